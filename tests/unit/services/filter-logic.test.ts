import { compileBoolean, filterLevels, joinBalanced, MAX_FILTER_DEPTH, SqlParams } from '../../../src/services/filter-logic';
import { checkSearchTerms } from '../../../src/services/search-terms.limit';

interface Filter {
  and?: Filter[] | null;
  or?: Filter[] | null;
  not?: Filter | null;
  names?: string[] | null;
  text?: string | null;
}

/** `leaf` under `depth` - 1 levels of `not`. */
const deep = (depth: number, leaf: Filter = {}): Filter => {
  let filter = leaf;
  for (let level = 1; level < depth; level++) filter = { not: filter };
  return filter;
};

describe('filterLevels', () => {
  it('lists every filter, the top one first', () => {
    const filter: Filter = { and: [{ names: ['a'] }], or: [{ not: { text: 'x' } }] };
    expect(filterLevels(filter).map((level) => Object.keys(level).join())).toEqual(['and,or', 'not', 'text', 'names']);
  });

  it('checks a filter a million levels deep iteratively: BAD_USER_INPUT at the first level too deep, no stack overflow', () => {
    expect(filterLevels(deep(MAX_FILTER_DEPTH))).toHaveLength(MAX_FILTER_DEPTH);
    for (const depth of [MAX_FILTER_DEPTH + 1, 1_000_000]) {
      expect(() => filterLevels(deep(depth), 'where')).toThrow('"where" nests "and", "or" and "not" more than 16 levels deep');
    }
  });

  it('caps each list at 100 items and the whole filter at 200 conditions', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
    expect(() => filterLevels<Filter>({ names: items(100) })).not.toThrow();
    expect(() => filterLevels<Filter>({ names: items(101) })).toThrow('"filter.names" has 101 items: at most 100 are allowed in a filter list');
    expect(() => filterLevels<Filter>({ or: items(101).map(() => ({})) })).toThrow('"filter.or" has 101 items');
    expect(() => filterLevels<Filter>({ names: items(100), and: [{ names: items(98) }] })).not.toThrow(); // 2 filters + 198 names
    expect(() => filterLevels<Filter>({ names: items(100), and: [{ names: items(99) }] })).toThrow('more than 200 filters and list items');
  });
});

describe('joinBalanced and compileBoolean', () => {
  it('nests n conditions log2(n) deep', () => {
    expect(joinBalanced(['a'], 'OR')).toBe('a');
    expect(joinBalanced(['a', 'b', 'c'], 'OR')).toBe('(a OR (b OR c))');
    const joined = joinBalanced(Array.from({ length: 1024 }, (_, i) => `c${i}`), 'AND');
    expect(Math.max(...[...joined].reduce((depths, c) => [...depths, depths[depths.length - 1] + (c === '(' ? 1 : c === ')' ? -1 : 0)], [0]))).toBe(10);
  });

  it('keeps the meaning of and, or and not', () => {
    const params = new SqlParams();
    const sql = compileBoolean<Filter>({ names: ['a', 'b'], or: [{ names: ['c'] }, { not: { names: ['d'] } }], and: [] }, (f) =>
      (f.names ?? []).map((name) => `x = ${params.add(name)}`),
    );
    expect(sql).toBe('(x = :p0 AND (x = :p1 AND ((x = :p2) OR (NOT (x = :p3)))))');
    expect(params.values).toEqual({ p0: 'a', p1: 'b', p2: 'c', p3: 'd' });
    expect(compileBoolean<Filter>({ or: [] }, () => [])).toBe('FALSE');
    expect(compileBoolean<Filter>({}, () => [])).toBe('TRUE');
  });
});

describe('checkSearchTerms', () => {
  it('counts words, "phrases" (each word) and prefixes of all texts together, up to the cap', () => {
    expect(() => checkSearchTerms(['a b "c d" e*'], 5, 'query')).not.toThrow();
    expect(() => checkSearchTerms(['a b "c d e" f*'], 5, 'query')).toThrow(
      '"query" has more than 5 search terms: at most 5 words, "phrases" and prefixes* are allowed, each word of a phrase counting (the server\'s NEWSGRAPH_MAX_SEARCH_TERMS)',
    );
    expect(() => checkSearchTerms(['a b c', null, '-- ! --', 'd e'], 5, 'text')).not.toThrow();
    expect(() => checkSearchTerms(['a b c', null, 'd e f'], 5, 'text')).toThrow('(all "text" fields of one filter count together)');
  });

  // No clock asserted here (timings belong to the benchmarks): a scan that is not linear on 10 MB runs past jest's timeout.
  it('refuses a 10 MB query', () => {
    expect(() => checkSearchTerms(['word '.repeat(2_000_000)], 32, 'query')).toThrow('more than 32 search terms');
    expect(() => checkSearchTerms([`"${'word '.repeat(2_000_000)}`], 32, 'query')).toThrow('more than 32 search terms');
  });
});
