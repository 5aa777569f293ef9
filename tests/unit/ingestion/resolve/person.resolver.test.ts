import { clusterPersonNames, endsName, resolvePartialName } from '../../../../src/ingestion/resolve/person.resolver';

describe('person resolver', () => {
  it('groups a shorter full name into the longer one that contains it', () => {
    const clusters = clusterPersonNames([
      { words: ['Hillary', 'Clinton'], start: 10 },
      { words: ['Hillary', 'Rodham', 'Clinton'], start: 50 },
      { words: ['Bill', 'Clinton'], start: 90 },
    ]);
    expect(clusters.map((c) => c.words.join(' ')).sort()).toEqual(['Bill Clinton', 'Hillary Rodham Clinton']);
  });

  it('groups a name written with an initial into the one person whose given name it opens, never guessing between two', () => {
    const clusters = clusterPersonNames([
      { words: ['Q.', 'Orrick'], start: 300 },
      { words: ['Tellan', 'Quorvex'], start: 0 },
      { words: ['T.', 'Quorvex'], start: 200 },
      { words: ['Vanna', 'Tess', 'Brellow'], start: 40 },
      { words: ['V.', 'Brellow'], start: 250 },
      { words: ['Ana', 'Orrick'], start: 60 },
      { words: ['Ari', 'Orrick'], start: 80 },
      { words: ['A.', 'Orrick'], start: 320 },
    ]);
    // Scorecards and bylines write "T. Quorvex": the one Quorvex whose given name opens with T, named by the words spelled out.
    expect(clusters.map((c) => `${c.words.join(' ')} @${c.starts.join(',')}`).sort()).toEqual([
      'A. Orrick @320', // two Orricks open with A: no guess
      'Ana Orrick @60',
      'Ari Orrick @80',
      'Q. Orrick @300', // no Orrick opens with Q
      'Tellan Quorvex @0,200',
      'Vanna Tess Brellow @40,250',
    ]);
  });

  it('resolves a lone word that no one named before it ends a name with to the one person named before it whose name it opens', () => {
    const clusters = clusterPersonNames([
      { words: ['Wu', 'Zujian'], start: 0 },
      { words: ['Kane', 'Wu'], start: 500 },
    ]);
    // "Wu said" at 100: Wu Zujian (a family name written first), not the reporter the credit line names at the end.
    expect(resolvePartialName(['Wu'], 100, clusters, 90)?.words.join(' ')).toBe('Wu Zujian');
    // After both, the surname rule holds: the person whose name it ends.
    expect(resolvePartialName(['Wu'], 600, clusters, 590)?.words.join(' ')).toBe('Kane Wu');
    const later = clusterPersonNames([{ words: ['Kane', 'Wu'], start: 0 }, { words: ['Wu', 'Zujian'], start: 500 }]);
    expect(resolvePartialName(['Wu'], 100, later, 90)?.words.join(' ')).toBe('Kane Wu');
  });

  it('resolves a shared surname to the person named first, unless its paragraph named another in full before it; else to the first named after it', () => {
    const clusters = clusterPersonNames([
      { words: ['Wendel', 'Orrick'], start: 0 },
      { words: ['Tobias', 'Orrick'], start: 100 },
    ]);
    // The paragraph of the lone surname starts at 140: the article's subject, named first, is meant.
    expect(resolvePartialName(['Orrick'], 150, clusters, 140)?.words.join(' ')).toBe('Wendel Orrick');
    // The paragraph starts at 90 and has just named Tobias Orrick in full.
    expect(resolvePartialName(['Orrick'], 150, clusters, 90)?.words.join(' ')).toBe('Tobias Orrick');
    expect(resolvePartialName(['Orrick'], 50, clusters, 0)?.words.join(' ')).toBe('Wendel Orrick');
    const later = clusterPersonNames([{ words: ['Jens', 'Stoltenberg'], start: 300 }]);
    expect(resolvePartialName(['Stoltenberg'], 10, later, 0)?.words.join(' ')).toBe('Jens Stoltenberg');
  });

  it('matches a surname with or without the Arabic article joined to it', () => {
    const clusters = clusterPersonNames([
      { words: ['Karim', 'al-Tavita'], start: 0 },
      { words: ['Karim', 'Tavita'], start: 40 },
      { words: ['Omar', 'el-Quorvle'], start: 80 },
    ]);
    expect(clusters.map((c) => c.words.join(' '))).toEqual(['Karim al-Tavita', 'Omar el-Quorvle']);
    expect(resolvePartialName(['Tavita'], 120, clusters, 0)?.words.join(' ')).toBe('Karim al-Tavita');
    expect(resolvePartialName(['Quorvle'], 120, clusters, 0)?.words.join(' ')).toBe('Omar el-Quorvle');
    expect(resolvePartialName(['al-Quorvle'], 120, clusters, 0)?.words.join(' ')).toBe('Omar el-Quorvle');
    expect(resolvePartialName(['Vita'], 120, clusters, 0)).toBeNull();
  });

  it('reads no father\'s name after "bin" or "ibn" as a surname, but as the given name of the person it opens', () => {
    const son = clusterPersonNames([{ words: ['Tamir', 'bin', 'Quorvan'], start: 0 }]);
    expect(resolvePartialName(['Quorvan'], 60, son, 0)).toBeNull();
    expect(resolvePartialName(['bin', 'Quorvan'], 60, son, 0)?.words.join(' ')).toBe('Tamir bin Quorvan');
    expect(resolvePartialName(['Tamir'], 60, son, 0)?.words.join(' ')).toBe('Tamir bin Quorvan');
    const both = clusterPersonNames([
      { words: ['Tamir', 'bin', 'Quorvan'], start: 0 },
      { words: ['Quorvan', 'ibn', 'Haddal'], start: 40 },
    ]);
    expect(resolvePartialName(['Quorvan'], 60, both, 0)?.words.join(' ')).toBe('Quorvan ibn Haddal');
    // "arap" is no patronymic: "Moi" of "Daniel arap Moi" is his surname.
    expect(resolvePartialName(['Moi'], 60, clusterPersonNames([{ words: ['Daniel', 'arap', 'Moi'], start: 0 }]), 0)?.words.join(' ')).toBe('Daniel arap Moi');
  });

  it('matches a surname written before a generational suffix, and a nickname one person holds', () => {
    const clusters = clusterPersonNames([
      { words: ['Tomas', 'Quorvle', 'III'], start: 0, nicknames: ['Big Tom'] },
      { words: ['Tomas', 'Quorvle', 'III'], start: 40, nicknames: ['Tommy'] },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].nicknames).toEqual(['Big Tom', 'Tommy']);
    expect(resolvePartialName(['Quorvle'], 60, clusters, 0)?.words.join(' ')).toBe('Tomas Quorvle III');
    expect(resolvePartialName(['Big', 'Tom'], 60, clusters, 0)?.words.join(' ')).toBe('Tomas Quorvle III');
    expect(resolvePartialName(['Tom'], 60, clusters, 0)).toBeNull();
    const dotted = clusterPersonNames([{ words: ['Tomas', 'Quorvle', 'Jr.'], start: 0 }]);
    expect(resolvePartialName(['Quorvle'], 60, dotted, 0)?.words.join(' ')).toBe('Tomas Quorvle Jr.');
  });

  it('matches tails with particles and accents, and a unique given name', () => {
    const clusters = clusterPersonNames([
      { words: ['Charles', 'de', 'Gaulle'], start: 0 },
      { words: ['Gaël', 'Müller'], start: 20 },
    ]);
    expect(resolvePartialName(['de', 'Gaulle'], 40, clusters, 0)?.words.join(' ')).toBe('Charles de Gaulle');
    expect(resolvePartialName(['Muller'], 40, clusters, 0)?.words.join(' ')).toBe('Gaël Müller');
    expect(resolvePartialName(['Gaël'], 40, clusters, 0)?.words.join(' ')).toBe('Gaël Müller');
    expect(resolvePartialName(['Smith'], 40, clusters, 0)).toBeNull();
  });

  it('groups the spellings of a given name joined by a hyphen, a space or in another case ("Kim Jong Un", "Kim Jong-un")', () => {
    const clusters = clusterPersonNames([
      { words: ['Quon', 'Jae-wol'], start: 0 },
      { words: ['Quon', 'Jae', 'Wol'], start: 40 },
      { words: ['Quon', 'Jaewol'], start: 80 },
      { words: ['Quon', 'Jae-sun'], start: 120 },
    ]);
    expect(clusters.map((c) => c.words.join(' '))).toEqual(['Quon Jae Wol', 'Quon Jae-sun']);
    // A different family name written before the same given name is someone else.
    expect(clusterPersonNames([{ words: ['Quon', 'Jae-wol'], start: 0 }, { words: ['Park', 'Jae', 'Wol'], start: 40 }])).toHaveLength(2);
  });

  it('resolves a family name written first that two people share to the one its paragraph or the article named, never guessing between two', () => {
    const clusters = clusterPersonNames([
      { words: ['Quon', 'Jae-wol'], start: 100 },
      { words: ['Quon', 'Sang-hu'], start: 300 },
    ]);
    const named = (at: number, paragraphStart: number) => resolvePartialName(['Quon'], at, clusters, paragraphStart)?.words.join(' ') ?? null;
    // A headline before both: the article's subject, named first.
    expect(named(10, 0)).toBe('Quon Jae-wol');
    // Only the first has been named: that one.
    expect(named(200, 180)).toBe('Quon Jae-wol');
    // Its paragraph has just named the second in full.
    expect(named(350, 290)).toBe('Quon Sang-hu');
    // Both named before, neither in its paragraph: no one.
    expect(named(500, 450)).toBeNull();
  });

  it('resolves a word inside one person\'s long name ("Lula" of "Luiz Inacio Lula da Silva"), not a particle nor a word two names hold', () => {
    const clusters = clusterPersonNames([
      { words: ['Rosa', 'Quorvle', 'Pardal'], start: 0 },
      { words: ['Tomas', 'Lulo', 'da', 'Quintell'], start: 40 },
    ]);
    expect(resolvePartialName(['Quorvle'], 90, clusters, 0)?.words.join(' ')).toBe('Rosa Quorvle Pardal');
    expect(resolvePartialName(['Lulo'], 90, clusters, 0)?.words.join(' ')).toBe('Tomas Lulo da Quintell');
    expect(resolvePartialName(['Lulo'], 90, clusters, 0, null, false)).toBeNull();
    expect(resolvePartialName(['da'], 90, clusters, 0)).toBeNull();
    // The father's name after "bin" is the father's.
    expect(resolvePartialName(['Harun'], 90, clusterPersonNames([{ words: ['Tamir', 'bin', 'Harun', 'al-Quorvan'], start: 0 }]), 0)).toBeNull();
    const shared = clusterPersonNames([
      { words: ['Rosa', 'Quorvle', 'Pardal'], start: 0 },
      { words: ['Ana', 'Quorvle', 'Vidal'], start: 40 },
    ]);
    expect(resolvePartialName(['Quorvle'], 90, shared, 0)).toBeNull();
    const given = clusterPersonNames([
      { words: ['Rosa', 'Quorvle', 'Pardal'], start: 0 },
      { words: ['Quorvle', 'Vidal'], start: 40 },
    ]);
    expect(resolvePartialName(['Quorvle'], 90, given, 0)?.words.join(' ')).toBe('Quorvle Vidal');
  });

  it('keeps a surname with a gendered courtesy title from a person of the other gender', () => {
    const clusters = clusterPersonNames([{ words: ['Michelle', 'Orrick'], start: 0 }]);
    expect(resolvePartialName(['Orrick'], 50, clusters, 0, 'male')).toBeNull();
    expect(resolvePartialName(['Orrick'], 50, clusters, 0, 'female')?.words.join(' ')).toBe('Michelle Orrick');
    expect(resolvePartialName(['Orrick'], 50, clusters, 0)?.words.join(' ')).toBe('Michelle Orrick');
    const titled = [...clusters, { words: ['Orrick'], keys: ['orrick'], starts: [60], gender: 'male' as const }];
    expect(resolvePartialName(['Orrick'], 90, titled, 0, 'female')?.words.join(' ')).toBe('Michelle Orrick');
    expect(resolvePartialName(['Orrick'], 90, titled, 0, 'male')?.words).toEqual(['Orrick']);
  });

  it('gives a surname with a gendered courtesy title to the person of that gender before one of unknown gender ("Mrs. Orrick")', () => {
    // "Bill" is no given name the lexicon tags; "Hillary" is a woman's.
    const clusters = clusterPersonNames([
      { words: ['Bill', 'Orrick'], start: 0 },
      { words: ['Hillary', 'Orrick'], start: 40 },
    ]);
    expect(resolvePartialName(['Orrick'], 90, clusters, 80, 'female')?.words.join(' ')).toBe('Hillary Orrick');
    expect(resolvePartialName(['Orrick'], 90, clusters, 80, 'male')?.words.join(' ')).toBe('Bill Orrick');
    expect(resolvePartialName(['Orrick'], 90, clusters, 80)?.words.join(' ')).toBe('Bill Orrick');
  });
});

describe('endsName', () => {
  it('is true for the last words of a name, a joined Arabic article aside', () => {
    expect(endsName(['raymond', 'quorvle'], ['quorvle'])).toBe(true);
    expect(endsName(['ann', 'van', 'quintell'], ['van', 'quintell'])).toBe(true);
    expect(endsName(['bashar', 'al-quorvex'], ['quorvex'])).toBe(true);
    expect(endsName(['raymond', 'quorvle'], ['raymond'])).toBe(false);
  });

  it('is false for a tail longer than the name', () => {
    expect(endsName(['quorvle'], ['raymond', 'quorvle'])).toBe(false);
  });

  it('reads past a generational suffix, with or without its dot, on a name of three words or more', () => {
    expect(endsName(['raymond', 'quorvle', 'iii'], ['quorvle'])).toBe(true);
    expect(endsName(['raymond', 'quorvle', 'jr.'], ['quorvle'])).toBe(true);
    expect(endsName(['raymond', 'quorvle', 'jr.'], ['raymond', 'quorvle'])).toBe(true);
    expect(endsName(['quorvle', 'iii'], ['quorvle'])).toBe(false);
    expect(endsName(['raymond', 'quorvle', 'jr..'], ['quorvle'])).toBe(false);
    expect(endsName(['raymond', 'quorvle', 'quintell'], ['quorvle'])).toBe(false);
  });
});
