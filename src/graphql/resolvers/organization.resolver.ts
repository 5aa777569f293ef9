import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Organization } from '../../entities/organization.entity';
import { findEntities } from '../../services/entity.service';
import { Context } from '../context';
import { OrganizationConnection } from '../types/connections';
import { EntityFilter } from '../types/entity-filter.input';
import { PageArgs } from '../types/page-args';
import { createSpeakerResolver } from './entity.resolver';

/** `organizations` and the fields of Organization. */
@Resolver(() => Organization)
export class OrganizationResolver extends createSpeakerResolver(Organization) {
  @Query(() => OrganizationConnection, { description: 'Organizations, a page at a time.' })
  async organizations(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { dataSource }: Context,
  ) {
    return OrganizationConnection.fromPage(await findEntities(dataSource, Organization, filter, args));
  }
}
