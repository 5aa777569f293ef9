import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';
import { BatchScheduler, newLoader } from './batch-scheduler';
import { inList } from './in-list';

/** Another entity named in the same articles as a given one, and in how many. */
export interface CoMentionRow {
  entityId: number;
  articles: number;
}

/** A request for the top co-mentions of one entity. */
export interface CoMentionKey {
  entityId: number;
  first: number;
}

/**
 * A DataLoader for the entities most often named in the same articles as each key's entity: one
 * windowed SQL query (ROW_NUMBER per entity) for all keys that ask for the same number of rows.
 */
export function createCoMentionLoader(dataSource: DataSource, scheduler?: BatchScheduler): DataLoader<CoMentionKey, CoMentionRow[], string> {
  return newLoader<CoMentionKey, CoMentionRow[], string>(
    scheduler,
    async (keys) => {
      const results = new Map<string, CoMentionRow[]>();
      for (const first of new Set(keys.map((k) => k.first))) {
        const ids = [...new Set(keys.filter((k) => k.first === first).map((k) => k.entityId))];
        const list = inList(ids);
        const rows = await sqlRows<{ entity: number; other: number; articles: number }>(
          dataSource,
          `SELECT entity, other, articles FROM (
             SELECT m1.entity_id AS entity, m2.entity_id AS other, COUNT(DISTINCT m2.article_id) AS articles,
                    ROW_NUMBER() OVER (PARTITION BY m1.entity_id ORDER BY COUNT(DISTINCT m2.article_id) DESC, m2.entity_id) AS rn
             FROM (SELECT DISTINCT entity_id, article_id FROM mention WHERE entity_id IN (${list.sql})) m1
             JOIN mention m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
             GROUP BY m1.entity_id, m2.entity_id
           ) AS ranked WHERE rn <= ? ORDER BY entity, rn`,
          [...list.params, first],
        );
        for (const id of ids) {
          results.set(`${id}|${first}`, rows.filter((r) => r.entity === id).map((r) => ({ entityId: r.other, articles: r.articles })));
        }
      }
      return keys.map((k) => results.get(`${k.entityId}|${k.first}`)!);
    },
    { cacheKeyFn: (k) => `${k.entityId}|${k.first}` },
  );
}
