import { Arg, Ctx, Int, Query, Resolver, registerEnumType } from 'type-graphql';
import { EntityKind, NamedEntity } from '../../entities/named-entity.entity';
import { lookupEntityIds, MAX_LOOKUP_QUERY_LENGTH } from '../../services/entity-lookup.service';
import { Context } from '../context';

/** The kinds of entity a lookup can be limited to. */
export enum EntityType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  LOCATION = 'LOCATION',
}
registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'A kind of entity.',
  valuesConfig: {
    PERSON: { description: 'People.' },
    ORGANIZATION: { description: 'Organizations.' },
    LOCATION: { description: 'Places.' },
  },
});

/** `entities(query)`: name lookup for search boxes and autocomplete. */
@Resolver()
export class EntityLookupResolver {
  @Query(() => [NamedEntity], {
    description:
      'People, organizations and places by name or alias, best first: exact ("kiev" finds Kyiv), then prefix ("atlantic" finds NATO through "Atlantic Alliance"), then a word prefix. Case and accents are ignored.',
  })
  async entities(
    @Arg('query', { description: `What the user typed: a name, an alias, or the start of one (at most ${MAX_LOOKUP_QUERY_LENGTH} characters).` }) query: string,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only these kinds; all when left out.' }) types: EntityType[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1 to 100, default 10).' }) first: number | null,
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<NamedEntity[]> {
    const ids = await lookupEntityIds(dataSource, query, types as EntityKind[] | null, first);
    return (await loaders.entity.loadMany(ids)) as NamedEntity[];
  }
}
