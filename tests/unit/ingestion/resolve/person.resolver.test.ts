import { clusterPersonNames, resolvePartialName } from '../../../../src/ingestion/resolve/person.resolver';

describe('person resolver', () => {
  it('groups a shorter full name into the longer one that contains it', () => {
    const clusters = clusterPersonNames([
      { words: ['Hillary', 'Clinton'], start: 10 },
      { words: ['Hillary', 'Rodham', 'Clinton'], start: 50 },
      { words: ['Bill', 'Clinton'], start: 90 },
    ]);
    expect(clusters.map((c) => c.words.join(' ')).sort()).toEqual(['Bill Clinton', 'Hillary Rodham Clinton']);
  });

  it('resolves a surname to the person named most recently before it, else the first after it', () => {
    const clusters = clusterPersonNames([
      { words: ['Bill', 'Clinton'], start: 0 },
      { words: ['Hillary', 'Clinton'], start: 100 },
    ]);
    expect(resolvePartialName(['Clinton'], 50, clusters)?.words.join(' ')).toBe('Bill Clinton');
    expect(resolvePartialName(['Clinton'], 150, clusters)?.words.join(' ')).toBe('Hillary Clinton');
    const later = clusterPersonNames([{ words: ['Jens', 'Stoltenberg'], start: 300 }]);
    expect(resolvePartialName(['Stoltenberg'], 10, later)?.words.join(' ')).toBe('Jens Stoltenberg');
  });

  it('matches tails with particles and accents, and a unique given name', () => {
    const clusters = clusterPersonNames([
      { words: ['Charles', 'de', 'Gaulle'], start: 0 },
      { words: ['Gaël', 'Müller'], start: 20 },
    ]);
    expect(resolvePartialName(['de', 'Gaulle'], 40, clusters)?.words.join(' ')).toBe('Charles de Gaulle');
    expect(resolvePartialName(['Muller'], 40, clusters)?.words.join(' ')).toBe('Gaël Müller');
    expect(resolvePartialName(['Gaël'], 40, clusters)?.words.join(' ')).toBe('Gaël Müller');
    expect(resolvePartialName(['Smith'], 40, clusters)).toBeNull();
  });
});
