import { compileQuoteFilter, withKinds } from '../../../src/services/quote-filter.compiler';
import { QuoteKind } from '../../../src/types/quote-kind';

const { DIRECT, MIXED, INDIRECT } = QuoteKind;

describe('compileQuoteFilter: the kinds', () => {
  it('means DIRECT, once, at the top, when no level names kind (no filter, nested and/or/not included)', () => {
    for (const filter of [null, {}, { speaker: 'A' }, { or: [{ speaker: 'A' }, { not: { speaker: 'B' } }] }]) {
      const { sql, params } = compileQuoteFilter(filter);
      expect(sql.match(/q\.kind IN/g)).toHaveLength(1);
      expect(sql).toMatch(/^q\.is_statement = TRUE AND q\.kind IN \(:p\d+\) AND /);
      expect(Object.values(params)).toContain(DIRECT);
    }
  });

  it('adds no default once any level names kind: each kind list is a condition of its own level', () => {
    const { sql, params } = compileQuoteFilter({ or: [{ speaker: 'A' }, { speaker: 'B', kind: [INDIRECT, MIXED] }] });
    expect(sql.match(/q\.kind IN/g)).toHaveLength(1);
    expect(sql).toMatch(/^q\.is_statement = TRUE AND \(/);
    expect(Object.values(params)).toEqual(['a', 'b', INDIRECT, MIXED]);
    expect(compileQuoteFilter({ not: { kind: [] } }).sql).toContain('NOT (FALSE)');
  });
});

describe('withKinds', () => {
  it('leaves the filter as it is without kinds, sets them at its top, or keeps the kinds in both; adds no level', () => {
    const filter = { speaker: 'A', or: [{ about: ['X'] }] };
    expect(withKinds(filter, null)).toBe(filter);
    expect(withKinds(null, null)).toBeNull();
    expect(withKinds(null, [MIXED])).toEqual({ kind: [MIXED] });
    expect(withKinds(filter, [INDIRECT])).toEqual({ ...filter, kind: [INDIRECT] });
    expect(withKinds({ kind: [DIRECT, MIXED] }, [MIXED, INDIRECT])).toEqual({ kind: [MIXED] });
  });
});
