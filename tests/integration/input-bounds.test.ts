import { codesOf } from '../support/http';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Search and filter input a hostile client can send, over real HTTP: too many search terms,
 * long filter lists, deeply nested filters and a lookup query longer than any name are each
 * refused with BAD_USER_INPUT and a message naming the limit, in linear time, never as a server
 * error; input at the limits is answered.
 */
const SEARCH = 'query S($q: String!) { search(query: $q, first: 100) { totalCount edges { snippet } } }';
const QUOTES = 'query Q($f: QuoteFilter) { quotes(filter: $f, first: 5) { totalCount } }';
const STATS = 'query S($f: QuoteFilter) { quoteStats(filter: $f, groupBy: SPEAKER) { key count } }';
const ARTICLES = 'query A($f: ArticleFilter) { articles(filter: $f, first: 5) { totalCount } }';
const PEOPLE = 'query P($f: EntityFilter) { people(filter: $f, first: 5) { totalCount } }';
const LOOKUP = 'query L($q: String!) { entities(query: $q) { id } }';

/** `leaf` wrapped in `depth` - 1 levels of `key` (`and`/`or` as one-item lists, `not` as an object): a filter `depth` levels deep. */
function nested(depth: number, key: 'and' | 'or' | 'not', leaf: Record<string, unknown>): Record<string, unknown> {
  let filter = leaf;
  for (let level = 1; level < depth; level++) filter = { [key]: key === 'not' ? filter : [filter] };
  return filter;
}

/** `n` search words, cycling through words that the sample articles hold. */
const words = (n: number) => Array.from({ length: n }, (_, i) => ['nato', 'said', 'the', 'ukraine'][i % 4]).join(' ');

describe('bounded search and filter input', () => {
  let gateway: TestGateway;
  let maxTerms: number;
  beforeAll(async () => {
    gateway = await startTestGateway();
    maxTerms = gateway.config.limits.maxSearchTerms;
  });
  afterAll(() => gateway.close());

  /** Runs an operation, expects exactly one BAD_USER_INPUT error (HTTP 200, no data) and returns its message. */
  const refused = async (query: string, variables: Record<string, unknown>): Promise<string> => {
    const response = await gateway.gql(query, variables);
    expect(response.status).toBe(200);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    return response.errors![0].message;
  };
  /** Runs an operation and expects an answer without errors. */
  const answered = async (query: string, variables: Record<string, unknown>) => {
    const response = await gateway.gql(query, variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    return response.data;
  };

  describe('search terms', () => {
    it('refuses a 4,000-term search with BAD_USER_INPUT naming the limit, well within a second', async () => {
      const started = performance.now();
      const message = await refused(SEARCH, { q: words(4000) });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(message).toContain(`more than ${maxTerms} search terms`);
      expect(message).toContain('NEWSGRAPH_MAX_SEARCH_TERMS');
    });

    it('refuses a 1 MB query string in linear time', async () => {
      const started = performance.now();
      await refused(SEARCH, { q: 'nato '.repeat(200_000) });
      await refused(SEARCH, { q: `"${'nato '.repeat(200_000)}"` }); // one phrase: its words count
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('answers a search at the limit and refuses one term more (the words of a phrase count)', async () => {
      const atLimit = await answered(SEARCH, { q: words(maxTerms) });
      expect(atLimit.search.totalCount).toBeGreaterThanOrEqual(0);
      await refused(SEARCH, { q: words(maxTerms + 1) });
      await refused(SEARCH, { q: `"${words(maxTerms)}" nato` });
      await refused(SEARCH, { q: `${words(maxTerms - 1)} "rapid military"` });
    });

    it('caps the text fields of quote and article filters, all levels together', async () => {
      const message = await refused(QUOTES, { f: { text: words(4000) } });
      expect(message).toContain(`"text" has more than ${maxTerms} search terms`);
      expect(message).toContain('NEWSGRAPH_MAX_SEARCH_TERMS');
      await answered(QUOTES, { f: { text: words(maxTerms) } });
      const half = words(maxTerms / 2 + 1);
      expect(await refused(QUOTES, { f: { text: half, or: [{ text: half }] } })).toContain('all "text" fields of one filter count together');
      await refused(STATS, { f: { not: { text: words(maxTerms + 1) } } });
      await refused(ARTICLES, { f: { and: [{ text: words(maxTerms + 1) }] } });
      await answered(ARTICLES, { f: { text: words(maxTerms) } });
    });
  });

  describe('filter lists', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Place ${i}`);

    it('refuses a 1,000-item about, aboutAny or mentions list with BAD_USER_INPUT naming the limit of 100', async () => {
      expect(await refused(QUOTES, { f: { about: names(1000) } })).toBe('"filter.about" has 1000 items: at most 100 are allowed in a filter list');
      expect(await refused(QUOTES, { f: { or: [{ aboutAny: names(1000) }] } })).toBe(
        '"filter.aboutAny" has 1000 items: at most 100 are allowed in a filter list',
      );
      await refused(STATS, { f: { aboutAny: names(101) } });
      await refused(ARTICLES, { f: { mentions: names(1000) } });
      await refused(PEOPLE, { f: { or: names(101).map((name) => ({ name })) } });
    });

    it('answers lists of 100 items at every level, up to the total of conditions', async () => {
      expect((await answered(QUOTES, { f: { about: names(100) } })).quotes.totalCount).toBe(0);
      // 3 filters, a list of 100 names and one of 97: 200 conditions, the most a filter may hold.
      const wide = { or: [{ aboutAny: names(100) }, { aboutAny: ['Ukraine', ...names(96)] }] };
      expect((await answered(QUOTES, { f: wide })).quotes.totalCount).toBeGreaterThan(0);
      expect(await refused(QUOTES, { f: { ...wide, about: ['Ukraine'] } })).toBe(
        '"filter" holds more than 200 filters and list items in all, its nested filters included',
      );
      await answered(ARTICLES, { f: { or: names(60).map((name) => ({ mentions: [name, 'Ukraine'] })) } });
      await answered(PEOPLE, { f: { or: names(100).map((name) => ({ name })) } });
    });
  });

  describe('nesting', () => {
    it('answers a filter 16 levels deep and refuses 17 with BAD_USER_INPUT, for and, or and not', async () => {
      for (const key of ['and', 'or', 'not'] as const) {
        await answered(QUOTES, { f: nested(16, key, { speaker: 'NATO' }) });
        expect(await refused(QUOTES, { f: nested(17, key, { speaker: 'NATO' }) })).toBe('"filter" nests "and", "or" and "not" more than 16 levels deep');
        await answered(ARTICLES, { f: nested(16, key, { source: 'x' }) });
        await refused(ARTICLES, { f: nested(17, key, { source: 'x' }) });
        await answered(PEOPLE, { f: nested(16, key, { name: 'NATO' }) });
        await refused(PEOPLE, { f: nested(17, key, { name: 'NATO' }) });
      }
    });

    it('refuses filters hundreds of levels deep through variables without overflowing the stack', async () => {
      // Past 16 levels, and still within the variables' nesting limit (64): the filter's own check.
      for (const depth of [20, 30]) {
        for (const key of ['and', 'or', 'not'] as const) {
          await refused(QUOTES, { f: nested(depth, key, { speaker: 'NATO' }) });
          await refused(STATS, { f: nested(depth, key, { speaker: 'NATO' }) });
          await refused(ARTICLES, { f: nested(depth, key, { source: 'x' }) });
          await refused(PEOPLE, { f: nested(depth, key, { name: 'x' }) });
        }
      }
      // Hundreds of levels: the server refuses the variables before anything reads them (HTTP 400).
      for (const depth of [300, 500]) {
        for (const key of ['and', 'or', 'not'] as const) {
          const response = await gateway.gql(QUOTES, { f: nested(depth, key, { speaker: 'NATO' }) });
          expect({ status: response.status, codes: codesOf(response) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
          expect(response.errors![0].message).toMatch(/nest arrays and objects more than 64 levels deep/);
        }
      }
      // The widest and deepest filter allowed compiles to SQL the store takes (no "Expression tree is too large").
      let deep: Record<string, unknown> = { aboutAny: Array.from({ length: 50 }, (_, i) => `Place ${i}`) };
      for (let level = 1; level < 16; level++) deep = { or: [deep, { speaker: `S${level}` }], about: [`Place ${level}`] };
      await answered(QUOTES, { f: deep });
    });
  });

  describe('entity lookup', () => {
    it('refuses a query longer than any name (it would make a LIKE pattern too complex for SQLite) with BAD_USER_INPUT', async () => {
      expect(await refused(LOOKUP, { q: 'a b '.repeat(20_000) })).toBe('"query" is 80000 characters long: at most 200 are allowed (names are shorter)');
      expect((await answered(LOOKUP, { q: `${'x'.repeat(199)} ` })).entities).toEqual([]);
      expect((await answered(LOOKUP, { q: 'atlantic' })).entities.length).toBeGreaterThan(0);
    });
  });
});
