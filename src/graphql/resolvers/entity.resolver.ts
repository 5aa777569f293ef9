import { Arg, Args, ClassType, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { NamedEntity } from '../../entities/named-entity.entity';
import { findEntities } from '../../services/entity.service';
import { Context } from '../context';
import { connectionType } from '../types/connection.type';
import { QuoteConnection } from '../types/connections';
import { EntityFilter } from '../types/entity-filter.input';
import { PageArgs } from '../types/page-args';

/** How an entity type appears in the API: its class, its connection type, its list query's name. */
export interface EntityApi<T extends NamedEntity> {
  entityClass: ClassType<T>;
  connection: ReturnType<typeof connectionType<T>>;
  /** The Query field that lists it: "people", "organizations", "locations". */
  listName: string;
  /** What the list holds, for the description: "People". */
  plural: string;
}

/**
 * The parts every entity type shares, as an abstract resolver that the Person, Organization and
 * Location resolvers extend: the list query (with its name filter) and `aliases`.
 */
export function createEntityResolver<T extends NamedEntity>({ entityClass, connection, listName, plural }: EntityApi<T>) {
  @Resolver(() => entityClass)
  abstract class EntityResolver {
    @Query(() => connection, { name: listName, description: `${plural}, a page at a time, in the order they were first met.` })
    async list(
      @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
      @Args(() => PageArgs) args: PageArgs,
      @Ctx() { dataSource }: Context,
    ) {
      return connection.fromPage(await findEntities(dataSource, entityClass, filter, args));
    }

    @FieldResolver(() => [String], { description: "Other names it goes by: aliases, other spellings, a person's surname." })
    async aliases(@Root() entity: T, @Ctx() { loaders }: Context): Promise<string[]> {
      const names = await loaders.names.load(entity.rowId);
      const aliases = names.filter((n) => n.kind === 'ALIAS' || n.kind === 'SURNAME').map((n) => n.name);
      return [...new Set(aliases)].filter((name) => name !== entity.name);
    }
  }
  return EntityResolver;
}

/** Adds `quotes`, the quotes an entity is the speaker of, to a speaker type's resolver. */
export function createSpeakerResolver<T extends NamedEntity>(api: EntityApi<T>) {
  @Resolver(() => api.entityClass)
  abstract class SpeakerResolver extends createEntityResolver(api) {
    @FieldResolver(() => QuoteConnection, { description: 'Quotes this speaker said, in article order.' })
    async quotes(@Root() entity: T, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context) {
      return QuoteConnection.fromPage(await loaders.speakerQuotes.load({ parentId: entity.rowId, args }));
    }
  }
  return SpeakerResolver;
}
