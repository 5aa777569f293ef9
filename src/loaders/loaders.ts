import DataLoader from 'dataloader';
import { DataSource, ObjectLiteral } from 'typeorm';
import { Article } from '../entities/article.entity';
import { EntityName } from '../entities/entity-name.entity';
import { Location } from '../entities/location.entity';
import { Mention } from '../entities/mention.entity';
import { NamedEntity } from '../entities/named-entity.entity';
import { Quote } from '../entities/quote.entity';
import { isPostgres, sqlRows } from '../db/dialect';
import { BatchScheduler, newLoader } from './batch-scheduler';
import { readEntities } from '../db/entity.reader';
import { JoinedRead } from '../types/joined-read';
import { inList } from './in-list';
import { createCoMentionLoader } from './co-mention.loader';
import { createCountLoader } from './count-by.loader';
import { createQuotePageLoader } from './quote-page.loader';
import { quoteKindsSql } from '../db/quote-kinds.sql';
import { enumValuesSql } from '../db/enum-values.sql';
import { DEFAULT_QUOTE_KINDS, QuoteKind } from '../types/quote-kind';
import { MentionForm } from '../types/mention-form';

/** Groups rows by a numeric field, returning one list per key, in key order. */
function groupInOrder<T>(keys: readonly number[], rows: T[], keyOf: (row: T, index: number) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const [index, row] of rows.entries()) {
    const key = keyOf(row, index);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A loader of rows by row id: one `WHERE id IN (...)` per batch, null for a missing id; reading
 * only the columns of `properties` when given (see `readEntities`), else every column.
 */
function byId<T extends ObjectLiteral & { rowId: number }>(
  dataSource: DataSource,
  entity: new () => T,
  table: string,
  scheduler: BatchScheduler | undefined,
  properties?: ReadonlySet<string>,
): DataLoader<number, T | null> {
  return newLoader<number, T | null>(scheduler, async (ids) => {
    const list = inList(ids);
    const { entities } = await readEntities(dataSource, entity, { from: `${table} t`, where: `t.id IN (${list.sql})`, params: list.params, orderBy: 't.id', properties });
    const map = new Map(entities.map((row) => [row.rowId, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

const NO_JOINS: readonly JoinedRead[] = [];

/**
 * One loader per set of entity properties and list of joins (the graphql layer's `operationReads`
 * and `joinsOf`: each made once per type and operation, so in practice one loader per request),
 * each made on first use: loaders that read only those properties' columns, with the rows the read
 * rows point to when joins are given (see JoinedRead).
 */
function perReads<L>(make: (properties: ReadonlySet<string>, joins: readonly JoinedRead[]) => L): (properties: ReadonlySet<string>, joins?: readonly JoinedRead[]) => L {
  const made = new Map<ReadonlySet<string>, Map<readonly JoinedRead[], L>>();
  return (properties, joins = NO_JOINS) => {
    let byJoins = made.get(properties);
    if (!byJoins) made.set(properties, (byJoins = new Map()));
    let loader = byJoins.get(joins);
    if (!loader) byJoins.set(joins, (loader = make(properties, joins)));
    return loader;
  };
}

/**
 * One loader per SQL condition (made from a request's arguments by `conditionOf`), each made on
 * first use, so that a request's reads under one condition are one batch.
 */
function perCondition<A, L>(conditionOf: (args: A) => string, make: (condition: string) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const condition = conditionOf(args);
    let loader = made.get(condition);
    if (!loader) made.set(condition, (loader = make(condition)));
    return loader;
  };
}

/**
 * Count loaders of statement quotes per `column` (a speaker, an article), one per set of kinds,
 * each made on first use, so that a request's counts of one set of kinds are one batch.
 */
function quoteCounts(
  dataSource: DataSource,
  column: 'speaker_id' | 'article_id',
  scheduler: BatchScheduler | undefined,
): (kinds: readonly QuoteKind[]) => DataLoader<number, number> {
  return perCondition(
    (kinds: readonly QuoteKind[]) => `is_statement = TRUE AND ${quoteKindsSql(kinds)}`,
    (where) => createCountLoader(dataSource, 'quote', column, where, scheduler),
  );
}

/** The SQL condition of mentions (alias t) of `forms`. */
function mentionFormsSql(forms: readonly MentionForm[]): string {
  return enumValuesSql('t.form', forms, MentionForm, 'mention form');
}

/** The mentions of each article that meet `formsWhere`, in text order, reading only the columns of `properties`, with the rows of `joins` (their entities). */
function articleMentionsLoader(
  dataSource: DataSource,
  scheduler: BatchScheduler | undefined,
  formsWhere: string,
  properties: ReadonlySet<string>,
  joins: readonly JoinedRead[],
): DataLoader<number, Mention[]> {
  return newLoader<number, Mention[]>(scheduler, async (ids) => {
    const list = inList(ids);
    const { entities } = await readEntities(dataSource, Mention, {
      from: 'mention t',
      where: `t.article_id IN (${list.sql}) AND ${formsWhere}`,
      params: list.params,
      orderBy: 't.article_id, t.start',
      properties,
      also: ['articleId'],
      joins,
    });
    return groupInOrder(ids, entities, (m) => m.articleId);
  });
}

/**
 * The DataLoaders of one request. Every relation in the schema is resolved through one of these,
 * so a nested query costs a fixed number of SQL statements whatever the page size. On PostgreSQL
 * their batches go out level by level (see BatchScheduler), so that number does not depend on
 * the order the answers arrive in either.
 */
export function createLoaders(dataSource: DataSource) {
  const scheduler = isPostgres(dataSource) ? new BatchScheduler() : undefined;
  const quoteCount = quoteCounts(dataSource, 'speaker_id', scheduler);
  const articleQuoteCount = quoteCounts(dataSource, 'article_id', scheduler);
  const articles = (properties?: ReadonlySet<string>) => byId(dataSource, Article, 'article', scheduler, properties);
  const quotes = (properties?: ReadonlySet<string>) => byId(dataSource, Quote, 'quote', scheduler, properties);
  const entities = (properties?: ReadonlySet<string>) =>
    byId<NamedEntity>(dataSource, NamedEntity as unknown as new () => NamedEntity, 'entity', scheduler, properties);
  return {
    /** Rows by id with every column: for callers that do not know what will be read of them (`node`, federation). */
    article: articles(),
    quote: quotes(),
    entity: entities(),
    /** Rows by id reading only the columns of the properties asked for (the operation's reads of the type: operationReads). */
    articleReading: perReads((properties) => articles(properties)),
    quoteReading: perReads((properties) => quotes(properties)),
    entityReading: perReads((properties) => entities(properties)),
    /** The body of an article (left out of `article`, which lists and pages load). */
    articleBody: newLoader<number, string>(scheduler, async (ids) => {
      const list = inList(ids);
      const rows = await sqlRows<{ id: number; body: string }>(dataSource, `SELECT id, body FROM article WHERE id IN (${list.sql})`, list.params);
      const bodies = new Map(rows.map((row) => [row.id, row.body]));
      return ids.map((id) => bodies.get(id) ?? new Error(`article ${id} is gone`));
    }),
    /** Every name of an entity (canonical name, aliases, surname, demonyms). */
    names: newLoader<number, EntityName[]>(scheduler, async (ids) => {
      const list = inList(ids);
      const { entities } = await readEntities(dataSource, EntityName, { from: 'entity_name t', where: `t.entity_id IN (${list.sql})`, params: list.params, orderBy: 't.id ASC' });
      return groupInOrder(ids, entities, (n) => n.entityId);
    }),
    /** The places that lie directly within a place. */
    contains: newLoader<number, Location[]>(scheduler, async (ids) => {
      const list = inList(ids);
      const { entities } = await readEntities(dataSource, Location, {
        from: 'entity t',
        where: `t.type = 'LOCATION' AND t.within_id IN (${list.sql})`,
        params: list.params,
        orderBy: 't.name ASC',
      });
      return groupInOrder(ids, entities, (l) => l.withinId!);
    }),
    /** The mentions of an article of some forms, in text order, reading only the columns of the properties asked for, and the rows of the joins asked for. */
    articleMentions: perCondition(mentionFormsSql, (formsWhere) => perReads((properties, joins) => articleMentionsLoader(dataSource, scheduler, formsWhere, properties, joins))),
    /** The mentions of some forms that lie inside a quote's span, in text order, reading only the columns of the properties asked for, and the rows of the joins asked for. */
    quoteMentions: perCondition(mentionFormsSql, (formsWhere) => perReads((properties, joins) =>
      newLoader<number, Mention[]>(scheduler, async (ids) => {
        const list = inList(ids);
        const { entities, rows } = await readEntities(dataSource, Mention, {
          from: 'mention t INNER JOIN quote q ON t.article_id = q.article_id AND t.start >= q.start AND t."end" <= q."end"',
          where: `q.id IN (${list.sql}) AND ${formsWhere}`,
          params: list.params,
          orderBy: 't.start ASC',
          extra: ', q.id AS quote_id',
          properties,
          joins,
        });
        return groupInOrder(ids, entities, (_m, i) => rows[i].quote_id as number);
      }),
    )),
    /** Statement quotes said by an entity, DIRECT ones (`quoteCount`'s kinds). */
    quoteCount: quoteCount(DEFAULT_QUOTE_KINDS),
    /** Mentions of an entity. */
    mentionCount: createCountLoader(dataSource, 'mention', 'entity_id', 'TRUE', scheduler),
    coMentions: createCoMentionLoader(dataSource, scheduler),
    /** Pages of an article's quotes, reading only the columns of the properties asked for, and the rows of the joins asked for. */
    articleQuotes: perReads((properties, joins) => createQuotePageLoader(dataSource, 'article_id', articleQuoteCount, scheduler, properties, joins)),
    /** Pages of a speaker's quotes, the same way. */
    speakerQuotes: perReads((properties, joins) => createQuotePageLoader(dataSource, 'speaker_id', quoteCount, scheduler, properties, joins)),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
