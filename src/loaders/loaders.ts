import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral } from 'typeorm';
import { Article } from '../entities/article.entity';
import { EntityName } from '../entities/entity-name.entity';
import { Location } from '../entities/location.entity';
import { Mention } from '../entities/mention.entity';
import { NamedEntity } from '../entities/named-entity.entity';
import { Quote } from '../entities/quote.entity';
import { isPostgres } from '../db/dialect';
import { BatchScheduler, newLoader } from './batch-scheduler';
import { createCoMentionLoader } from './co-mention.loader';
import { createCountLoader } from './count-by.loader';
import { createQuotePageLoader } from './quote-page.loader';

/** Groups rows by a numeric field, returning one list per key, in key order. */
function groupInOrder<T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row));
    if (list) list.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** A loader of rows by row id: one `WHERE id IN (...)` per batch, null for a missing id. */
function byId<T extends ObjectLiteral & { rowId: number }>(
  dataSource: DataSource,
  entity: new () => T,
  scheduler: BatchScheduler | undefined,
): DataLoader<number, T | null> {
  return newLoader<number, T | null>(scheduler, async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ rowId: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.rowId, row]));
    return ids.map((id) => map.get(id) ?? null);
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
  const quoteCount = createCountLoader(dataSource, 'quote', 'speaker_id', 'is_statement = TRUE', scheduler);
  const articleQuoteCount = createCountLoader(dataSource, 'quote', 'article_id', 'is_statement = TRUE', scheduler);
  return {
    article: byId(dataSource, Article, scheduler),
    quote: byId(dataSource, Quote, scheduler),
    entity: byId<NamedEntity>(dataSource, NamedEntity as unknown as new () => NamedEntity, scheduler),
    /** The body of an article (left out of `article`, which lists and pages load). */
    articleBody: new DataLoader<number, string>(async (ids) => {
      const rows = await dataSource.getRepository(Article).find({ select: { rowId: true, body: true }, where: { rowId: In([...ids]) } });
      const bodies = new Map(rows.map((row) => [row.rowId, row.body]));
      return ids.map((id) => bodies.get(id) ?? new Error(`article ${id} is gone`));
    }),
    /** Every name of an entity (canonical name, aliases, surname, demonyms). */
    names: newLoader<number, EntityName[]>(scheduler, async (ids) =>
      groupInOrder(ids, await dataSource.getRepository(EntityName).find({ where: { entityId: In([...ids]) }, order: { id: 'ASC' } }), (n) => n.entityId),
    ),
    /** The places that lie directly within a place. */
    contains: newLoader<number, Location[]>(scheduler, async (ids) =>
      groupInOrder(ids, await dataSource.getRepository(Location).find({ where: { withinId: In([...ids]) }, order: { name: 'ASC' } }), (l) => l.withinId!),
    ),
    /** The mentions of an article, in text order. */
    articleMentions: newLoader<number, Mention[]>(scheduler, async (ids) =>
      groupInOrder(ids, await dataSource.getRepository(Mention).find({ where: { articleId: In([...ids]) }, order: { start: 'ASC' } }), (m) => m.articleId),
    ),
    /** The mentions that lie inside a quote's span, in text order. */
    quoteMentions: newLoader<number, Mention[]>(scheduler, async (ids) => {
      const rows = await dataSource
        .getRepository(Mention)
        .createQueryBuilder('m')
        .innerJoin(Quote, 'q', 'm.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"')
        .addSelect('q.id', 'quote_id')
        .where('q.id IN (:...ids)', { ids: [...ids] })
        .orderBy('m.start', 'ASC')
        .getRawAndEntities();
      const quoteIdOf = new Map(rows.raw.map((raw: { m_id: number; quote_id: number }) => [raw.m_id, raw.quote_id]));
      return groupInOrder(ids, rows.entities, (m) => quoteIdOf.get(m.id)!);
    }),
    /** Statement quotes said by an entity. */
    quoteCount,
    /** Mentions of an entity. */
    mentionCount: createCountLoader(dataSource, 'mention', 'entity_id', 'TRUE', scheduler),
    coMentions: createCoMentionLoader(dataSource, scheduler),
    articleQuotes: createQuotePageLoader(dataSource, 'article_id', articleQuoteCount, scheduler),
    speakerQuotes: createQuotePageLoader(dataSource, 'speaker_id', quoteCount, scheduler),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
