import { isWorldGivenName } from '../../../../src/ingestion/lexicon/world-given-names.lexicon';

describe('world given names', () => {
  it('holds given names of several languages the English lists lack, folded, and no invented word', () => {
    expect(['oisin', 'emeka', 'caoimhe', 'mairead'].every(isWorldGivenName)).toBe(true);
    expect(isWorldGivenName('quorvel')).toBe(false);
    expect(isWorldGivenName('Oisin')).toBe(false);
  });
});
