import { BoundedMemo } from '../../../../src/ingestion/lexicon/bounded.memo';

describe('BoundedMemo', () => {
  it('computes an answer once per key, null answers included', () => {
    const memo = new BoundedMemo<string | null>(10);
    let calls = 0;
    const compute = (answer: string | null) => () => {
      calls++;
      return answer;
    };
    expect(memo.get('a', compute('A'))).toBe('A');
    expect(memo.get('a', compute('other'))).toBe('A');
    expect(memo.get('none', compute(null))).toBeNull();
    expect(memo.get('none', compute('other'))).toBeNull();
    expect(calls).toBe(2);
  });

  it('forgets every answer when it holds `limit` of them, so it never grows past its limit', () => {
    const memo = new BoundedMemo<number>(2);
    memo.get('a', () => 1);
    memo.get('b', () => 2);
    memo.get('c', () => 3);
    expect(memo.get('a', () => 10)).toBe(10);
    expect(memo.get('c', () => 30)).toBe(3);
  });
});
