import { createUnionType } from 'type-graphql';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';

/** Who said a quote: a person or an organization. */
export const Speaker = createUnionType({
  name: 'Speaker',
  description: 'Who said a quote: a person or an organization.',
  types: () => [Person, Organization] as const,
  resolveType: (value) => (value instanceof Person ? Person : Organization),
});
