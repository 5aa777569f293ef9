import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Location } from '../../entities/location.entity';
import { Context } from '../context';
import { LocationConnection } from '../types/connections';
import { createEntityResolver } from './entity.resolver';
import { Reads } from '../../entities/reads.decorator';
import { entityReads } from './entity-reads';

/** `locations` and the fields of Location. */
@Resolver(() => Location)
export class LocationResolver extends createEntityResolver({
  entityClass: Location,
  connection: LocationConnection,
  listName: 'locations',
  plural: 'Places',
}) {
  @FieldResolver(() => Location, { nullable: true, description: 'The place it lies within (Kyiv: Ukraine).' })
  @Reads('withinId')
  async within(@Root() location: Location, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Location | null> {
    if (location.withinId === null) return null;
    const entity = await loaders.entityReading(entityReads(info)).load(location.withinId);
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
