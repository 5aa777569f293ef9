import { createUnionType } from 'type-graphql';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';

/**
 * Who said a quote: a person or an organization. Without a `resolveType` of its own: type-graphql's
 * default picks the member class the value is an instance of, synchronously (a `resolveType`
 * given here would be wrapped in an async function: a promise per speaker of every answer).
 */
export const Speaker = createUnionType({
  name: 'Speaker',
  description: 'Who said a quote: a person or an organization.',
  types: () => [Person, Organization] as const,
});
