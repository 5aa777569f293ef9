import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toGlobalId } from '../../src/types/global-id';
import { syntheticArticle } from '../support/synthetic-articles';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Date order (issue 16): quotes and articles ordered by DATE sort undated ones below every date,
 * last newest-first and first oldest-first, ids breaking ties in the same direction, and paging
 * with cursors (forward and backward, through the undated ones) visits each row once in that order,
 * on SQLite and on PostgreSQL (whose NULLs sort above every value unless told otherwise).
 */
describe('DATE order: undated rows below every date, ties by id, cursors through both', () => {
  let gateway: TestGateway;
  // Two articles share a date, two have none.
  const dates = ['2024-03-01', '2024-05-09', null, '2024-03-01', '2023-12-31', null, '2024-07-20'];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-date-order-'));
    const file = path.join(dir, 'articles.jsonl');
    const lines = dates.map((date, i) => {
      const { publishedAt: _dated, ...article } = syntheticArticle(i, 'dateorder');
      return JSON.stringify(date ? { ...article, publishedAt: date } : article);
    });
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    gateway = await startTestGateway([file]);
  }, 60_000);
  afterAll(() => gateway?.close());

  /** Rows `(id, date)` in DATE order, descending or (`ascending`) ascending: dated by date then id, the undated below. */
  const expected = (rows: Array<{ id: number; date: string | null }>, ascending: boolean) => {
    const sorted = [...rows].sort((a, b) =>
      a.date === b.date ? a.id - b.id : a.date === null ? -1 : b.date === null ? 1 : a.date < b.date ? -1 : 1);
    return ascending ? sorted : sorted.reverse();
  };

  /** The node ids of every page of `field`, `size` at a time, forward from the start or (`backward`) backward from the end. */
  const pages = async (field: 'quotes' | 'articles', direction: 'ASC' | 'DESC', size: number, backward: boolean) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const window: string = backward ? `last: ${size}, before: $cursor` : `first: ${size}, after: $cursor`;
      const response: { data?: any; errors?: unknown } = await gateway.gql(`query($cursor: String) { ${field}(orderBy: { field: DATE, direction: ${direction} }, ${window}) {
        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } }`, { cursor });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo }: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } } = response.data[field];
      const got = edges.map((e) => e.node.id);
      if (backward) ids.unshift(...got);
      else ids.push(...got);
      if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) return ids;
      cursor = backward ? edges[0].cursor : edges[edges.length - 1].cursor;
    }
    throw new Error('more pages than rows');
  };

  it('orders quotes and articles by date, undated last newest-first and first oldest-first, each row once whichever way it is paged', async () => {
    const quotes = await gateway.sql<{ id: number; date: string | null }>(
      `SELECT id, published_at AS date FROM quote WHERE is_statement = TRUE AND kind = 'DIRECT'`);
    const articles = await gateway.sql<{ id: number; date: string | null }>('SELECT id, published_at AS date FROM article');
    expect(articles.filter((a) => a.date === null)).toHaveLength(2);
    expect(quotes.filter((q) => q.date === null).length).toBeGreaterThan(1);
    for (const [field, rows, type] of [['quotes', quotes, 'Quote'], ['articles', articles, 'Article']] as const) {
      for (const direction of ['DESC', 'ASC'] as const) {
        const want = expected(rows, direction === 'ASC').map((row) => toGlobalId(type, row.id));
        expect(await pages(field, direction, 100, false)).toEqual(want);
        expect(await pages(field, direction, 2, false)).toEqual(want);
        expect(await pages(field, direction, 3, true)).toEqual(want);
      }
    }
  });
});
