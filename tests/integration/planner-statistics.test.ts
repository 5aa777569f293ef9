import path from 'node:path';
import { DataSource } from 'typeorm';
import { openDataSource, refreshPlannerStatistics, STATISTICS_MIN_ARTICLES } from '../../src/db/data-source';
import { sqlRows } from '../../src/db/dialect';
import { ingestPaths } from '../../src/services/ingest.service';
import { compileArticleFilter } from '../../src/services/article-filter.compiler';
import { createScratchStore, describeOnSqlite, ScratchStore } from '../support/test-store';
import { writeSyntheticJsonl } from '../support/synthetic-articles';

/**
 * With planner statistics (refreshPlannerStatistics, run by openDataSource and as a bulk ingest
 * grows the store), SQLite picks the plan of `articles(filter: { from })` by the date given: in
 * id order while most articles pass (the scan stops at the page's last row), through the date
 * index when few do (no walk of the table). A small store keeps none.
 */
describeOnSqlite('planner statistics', 'PRAGMA optimize and EXPLAIN QUERY PLAN are SQLite', () => {
  let store: ScratchStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    store = await createScratchStore('newsgraph-planner-');
    const file = path.join(store.dir, 'articles.jsonl');
    writeSyntheticJsonl(file, STATISTICS_MIN_ARTICLES);
    dataSource = await openDataSource({ databasePath: store.databasePath });
    await ingestPaths(dataSource, [file]);
    await refreshPlannerStatistics(dataSource);
  }, 120000);
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.drop();
  });

  const planOf = async (from: string): Promise<string> => {
    const { sql, params } = compileArticleFilter({ from });
    const [query, parameters] = dataSource.driver.escapeQueryWithParameters(
      `EXPLAIN QUERY PLAN SELECT a.id, a.title FROM article a WHERE ${sql} ORDER BY a.id LIMIT 21`,
      params,
    );
    return (await sqlRows<{ detail: string }>(dataSource, query, parameters)).map((row) => row.detail).join(' | ');
  };

  it('keeps no statistics for a store under the threshold', async () => {
    const small = await createScratchStore('newsgraph-planner-small-');
    const file = path.join(small.dir, 'articles.jsonl');
    writeSyntheticJsonl(file, 50);
    const smallSource = await openDataSource({ databasePath: small.databasePath });
    try {
      await ingestPaths(smallSource, [file]);
      await refreshPlannerStatistics(smallSource);
      expect(await sqlRows(smallSource, `SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'`)).toEqual([]);
    } finally {
      await smallSource.destroy();
      await small.drop();
    }
  });

  it('reads the date index for a selective date and walks in id order for an open one', async () => {
    expect(await planOf('2024-12-27')).toMatch(/USING INDEX idx_article_published_at/);
    expect(await planOf('2000-01-01')).toBe('SCAN a');
  });
});
