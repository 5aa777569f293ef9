import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { findEntities } from '../../services/entity.service';
import { Context } from '../context';
import { PersonConnection } from '../types/connections';
import { EntityFilter } from '../types/entity-filter.input';
import { PageArgs } from '../types/page-args';
import { createSpeakerResolver } from './entity.resolver';

/** `people` and the fields of Person. */
@Resolver(() => Person)
export class PersonResolver extends createSpeakerResolver(Person) {
  @Query(() => PersonConnection, { description: 'People, a page at a time.' })
  async people(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { dataSource }: Context,
  ) {
    return PersonConnection.fromPage(await findEntities(dataSource, Person, filter, args));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the person speaks for.' })
  async affiliation(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Organization | null> {
    if (person.affiliationId === null) return null;
    const entity = await loaders.entity.load(person.affiliationId);
    return entity instanceof Organization ? entity : null;
  }
}
