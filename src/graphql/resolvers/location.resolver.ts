import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Location } from '../../entities/location.entity';
import { findEntities } from '../../services/entity.service';
import { Context } from '../context';
import { LocationConnection } from '../types/connections';
import { EntityFilter } from '../types/entity-filter.input';
import { PageArgs } from '../types/page-args';
import { createEntityResolver } from './entity.resolver';

/** `locations` and the fields of Location. */
@Resolver(() => Location)
export class LocationResolver extends createEntityResolver(Location) {
  @Query(() => LocationConnection, { description: 'Places, a page at a time.' })
  async locations(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { dataSource }: Context,
  ) {
    return LocationConnection.fromPage(await findEntities(dataSource, Location, filter, args));
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The place it lies within (Kyiv: Ukraine).' })
  async within(@Root() location: Location, @Ctx() { loaders }: Context): Promise<Location | null> {
    if (location.withinId === null) return null;
    const entity = await loaders.entity.load(location.withinId);
    return entity instanceof Location ? entity : null;
  }

  @FieldResolver(() => [Location], { description: 'The places that lie directly within it.' })
  contains(@Root() location: Location, @Ctx() { loaders }: Context): Promise<Location[]> {
    return loaders.contains.load(location.rowId);
  }

  @FieldResolver(() => [String], { description: 'Adjectives for its people ("Ukrainian").' })
  async demonyms(@Root() location: Location, @Ctx() { loaders }: Context): Promise<string[]> {
    const names = await loaders.names.load(location.rowId);
    return names.filter((n) => n.kind === 'DEMONYM').map((n) => n.name);
  }
}
