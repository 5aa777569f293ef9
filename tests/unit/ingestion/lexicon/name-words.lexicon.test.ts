import { NAME_CONNECTORS, NAME_PARTICLES, isBrandShaped } from '../../../../src/ingestion/lexicon/name-words.lexicon';

describe('name words', () => {
  it('has one list of particles, every one a connector too', () => {
    for (const p of ['de', 'van', 'bin', 'des', 'ten']) expect(NAME_PARTICLES.has(p)).toBe(true);
    for (const p of NAME_PARTICLES) expect(NAME_CONNECTORS.has(p)).toBe(true);
    for (const c of ['of', 'the', 'and']) expect([NAME_CONNECTORS.has(c), NAME_PARTICLES.has(c)]).toEqual([true, false]);
  });

  it('tells brands from surnames with a capital inside', () => {
    expect(['YouTube', 'FactHound'].map(isBrandShaped)).toEqual([true, true]);
    expect(['McCain', 'DeNiro', 'O’Neill', 'Smith'].map(isBrandShaped)).toEqual([false, false, false, false]);
  });
});
