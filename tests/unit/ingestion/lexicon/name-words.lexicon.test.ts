import { NAME_CONNECTORS, NAME_PARTICLES, isBrandShaped, withoutJoinedArticle } from '../../../../src/ingestion/lexicon/name-words.lexicon';

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

  it('reads a name word without the Arabic article joined to it, and leaves any other word as it is', () => {
    expect(['al-quorvle', 'el-tavita', 'ash-quorvex', 'ul-haq'].map(withoutJoinedArticle)).toEqual(['quorvle', 'tavita', 'quorvex', 'haq']);
    expect(['quorvle', 'al', 'al-', 'ala-quorvle', 'jean-paul'].map(withoutJoinedArticle)).toEqual(['quorvle', 'al', 'al-', 'ala-quorvle', 'jean-paul']);
  });
});
