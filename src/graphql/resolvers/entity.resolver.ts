import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ClassType, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { NamedEntity } from '../../entities/named-entity.entity';
import { findEntities } from '../../services/entity.service';
import { Context } from '../context';
import { operationReads } from '../operation-reads';
import { CoMention } from '../types/co-mention.type';
import { connectionType } from '../types/connection.type';
import { QuoteConnection } from '../types/connections';
import { EntityFilter } from '../types/entity-filter.input';
import { EntityOrder } from '../types/order.input';
import { PageArgs } from '../types/page-args';
import { QuotePageArgs } from '../types/quote-page.args';
import { DEFAULT_QUOTE_KINDS } from '../../types/quote-kind';
import { checkPageSize } from '../../types/page';
import { Reads } from '../../entities/reads.decorator';
import { entityReads } from './entity-reads';
import { joinsOf } from './joined-reads';

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
 * Location resolvers extend: the list query (with its name filter), `aliases`, the counts and
 * `coMentions`.
 */
export function createEntityResolver<T extends NamedEntity>({ entityClass, connection, listName, plural }: EntityApi<T>) {
  @Resolver(() => entityClass)
  abstract class EntityResolver {
    @Query(() => connection, { name: listName, description: `${plural}, a page at a time, by default in the order they were first met.` })
    async list(
      @Arg('filter', () => EntityFilter, { nullable: true, description: 'Which ones; all when left out.' }) filter: EntityFilter | null,
      @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Default: the order they were first met.' }) orderBy: EntityOrder | null,
      @Args(() => PageArgs) args: PageArgs,
      @Ctx() { dataSource }: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      return connection.fromPage(await findEntities(dataSource, entityClass, filter, orderBy, args, operationReads(info, entityClass.name)));
    }

    @FieldResolver(() => [String], { description: "Other names it goes by: aliases, other spellings, a person's surname." })
    @Reads('name')
    async aliases(@Root() entity: T, @Ctx() { loaders }: Context): Promise<string[]> {
      const names = await loaders.names.load(entity.rowId);
      const aliases = names.filter((n) => n.kind === 'ALIAS' || n.kind === 'SURNAME').map((n) => n.name);
      return [...new Set(aliases)].filter((name) => name !== entity.name);
    }

    @FieldResolver(() => Int, { description: 'How many DIRECT quotes it said (always 0 for places).' })
    quoteCount(@Root() entity: T, @Ctx() { loaders }: Context): Promise<number> {
      return loaders.quoteCount.load(entity.rowId);
    }

    @FieldResolver(() => Int, { description: 'How often the articles name it.' })
    mentionCount(@Root() entity: T, @Ctx() { loaders }: Context): Promise<number> {
      return loaders.mentionCount.load(entity.rowId);
    }

    @FieldResolver(() => [CoMention], { description: 'The entities most often named in the same articles, most shared articles first.' })
    async coMentions(
      @Root() entity: T,
      @Arg('first', () => Int, { nullable: true, description: 'How many (1 to 100, default 10).' }) first: number | null,
      @Ctx() { loaders }: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<CoMention[]> {
      const rows = await loaders.coMentions.load({ entityId: entity.rowId, first: checkPageSize(first ?? 10, 'first', 1) });
      const entities = await loaders.entityReading(entityReads(info)).loadMany(rows.map((r) => r.entityId));
      return rows.map((row, i) => Object.assign(new CoMention(), { entity: entities[i], articles: row.articles }));
    }
  }
  return EntityResolver;
}

/** Adds `quotes`, the quotes an entity is the speaker of, to a speaker type's resolver. */
export function createSpeakerResolver<T extends NamedEntity>(api: EntityApi<T>) {
  @Resolver(() => api.entityClass)
  abstract class SpeakerResolver extends createEntityResolver(api) {
    @FieldResolver(() => QuoteConnection, { description: 'Quotes this speaker said of the kinds `kind` (DIRECT when left out), in article order.' })
    async quotes(@Root() entity: T, @Args(() => QuotePageArgs) { kind, ...args }: QuotePageArgs, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
      const kinds = kind ?? DEFAULT_QUOTE_KINDS;
      return QuoteConnection.fromPage(await loaders.speakerQuotes(operationReads(info, 'Quote'), joinsOf(info, 'Quote')).load({ parentId: entity.rowId, args, kinds }));
    }
  }
  return SpeakerResolver;
}
