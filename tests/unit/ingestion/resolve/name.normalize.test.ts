import { cityKey, countryKey, personKey } from '../../../../src/ingestion/resolve/entity.keys';
import { foldName } from '../../../../src/ingestion/resolve/name.normalize';

describe('name folding and keys', () => {
  it('folds accents, case, apostrophes and spaces', () => {
    expect(foldName('Gaël  Müller')).toBe('gael muller');
    expect(foldName('O’Neill')).toBe("o'neill");
    expect(foldName('NATO')).toBe('nato');
  });

  it('builds stable keys', () => {
    expect(personKey('Jens Stoltenberg')).toBe('PERSON:jens stoltenberg');
    expect(countryKey('ua')).toBe('LOCATION:UA');
    expect(cityKey('UA', 'Kyiv')).toBe('LOCATION:UA:kyiv');
  });
});
