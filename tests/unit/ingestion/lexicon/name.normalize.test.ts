import { cityKey, countryKey, personKey } from '../../../../src/ingestion/lexicon/entity.keys';
import { foldName } from '../../../../src/ingestion/lexicon/name.normalize';

describe('name folding and keys', () => {
  it('folds accents, case, apostrophes and spaces', () => {
    expect(foldName('Gaël  Müller')).toBe('gael muller');
    expect(foldName('O’Neill')).toBe("o'neill");
    expect(foldName('NATO')).toBe('nato');
  });

  it('folds plain ASCII names the same way as the general path', () => {
    expect(foldName('U.S. Army')).toBe('u.s. army');
    expect(foldName("O'Neill-Smith & Co")).toBe("o'neill-smith & co");
    expect(foldName(' Kyiv')).toBe('kyiv');
    expect(foldName('New  York')).toBe('new york');
    expect(foldName('New York ')).toBe('new york');
    expect(foldName('')).toBe('');
  });

  it('builds stable keys', () => {
    expect(personKey('Jens Stoltenberg')).toBe('PERSON:jens stoltenberg');
    expect(countryKey('ua')).toBe('LOCATION:UA');
    expect(cityKey('UA', 'Kyiv')).toBe('LOCATION:UA:kyiv');
  });
});
