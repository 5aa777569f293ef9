import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { Context } from '../context';
import { PersonConnection } from '../types/connections';
import { createSpeakerResolver } from './entity.resolver';
import { Reads } from '../../entities/reads.decorator';
import { entityReads } from './entity-reads';

/** `people` and the fields of Person. */
@Resolver(() => Person)
export class PersonResolver extends createSpeakerResolver({
  entityClass: Person,
  connection: PersonConnection,
  listName: 'people',
  plural: 'People',
}) {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the person speaks for.' })
  @Reads('affiliationId')
  async affiliation(@Root() person: Person, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Organization | null> {
    if (person.affiliationId === null) return null;
    const entity = await loaders.entityReading(entityReads(info)).load(person.affiliationId);
    return entity instanceof Organization ? entity : null;
  }
}
