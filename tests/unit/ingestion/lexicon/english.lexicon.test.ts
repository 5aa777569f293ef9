import nlp from 'compromise';
import {
  isClosedClassWord,
  isCommonWord,
  isCompanyLegalForm,
  isFunctionWord,
  isGivenName,
  isIrregularPastTense,
  isListedFirstName,
  isOrganizationHead,
  isPlaceHead,
  ORGANIZATION_NOUNS,
  isRegularPastTense,
  isSurname,
  lexiconEntriesTagged,
  lexiconTags,
  taggerReadsAsAdjective,
} from '../../../../src/ingestion/lexicon/english.lexicon';

describe('english lexicon', () => {
  it('knows the regular past tense of a verb it knows, though it tags the form an adjective, and no word merely ending in "ed"', () => {
    expect(['released', 'carried'].map(isRegularPastTense)).toEqual([true, true]);
    expect(['hundred', 'need', 'red'].map(isRegularPastTense)).toEqual([false, false, false]);
  });

  it('knows the first-name lists\' words, even those it reads as surnames or titles', () => {
    expect(isListedFirstName('lee')).toBe(true);
    expect(isGivenName('lee')).toBe(false);
    expect(isListedFirstName('obama')).toBe(false);
  });

  it('classes words from compromise’s lexicon', () => {
    expect(isGivenName('hillary')).toBe(true);
    expect(isSurname('obama')).toBe(true);
    expect(isFunctionWord('the')).toBe(true);
    expect(isClosedClassWord('of')).toBe(true);
    expect(isCommonWord('running')).toBe(true);
  });

  it('does not count a name as ordinary vocabulary even when it is also a word', () => {
    expect(isGivenName('grace')).toBe(true);
    expect(isCommonWord('grace')).toBe(false);
  });

  it('answers each question of a word alike, whatever was asked before of it or of another word', () => {
    const ask = (word: string): boolean[] => [isGivenName(word), isSurname(word), isCommonWord(word), isOrganizationHead(word), isPlaceHead(word), isIrregularPastTense(word)];
    const first = ['hillary', 'river', 'committee', 'rose', 'quorvle'].map(ask);
    expect(first).toEqual([
      [true, false, false, false, false, false],
      [false, false, false, false, true, false],
      [false, false, false, true, false, false],
      [true, false, true, false, false, true],
      [false, false, false, false, false, false],
    ]);
    expect(['quorvle', 'rose', 'committee', 'river', 'hillary'].map(ask).reverse()).toEqual(first);
  });

  it('knows newspaper head words as organization heads', () => {
    for (const head of ['times', 'post', 'journal', 'observer', 'chronicle', 'sentinel']) expect(isOrganizationHead(head)).toBe(true);
  });

  it('knows a company\'s legal form however its dots are written ("s.a.", "s.a", "sa", "inc.", "s.p.a.", "s.r.l")', () => {
    for (const form of ['s.a.', 's.a', 'sa', 'inc.', 'inc', 'co.', 's.p.a.', 's.p.a', 'n.v.', 's.r.l']) expect(isCompanyLegalForm(form)).toBe(true);
    for (const word of ['s.', 'a.', 'and', 'u.s.']) expect(isCompanyLegalForm(word)).toBe(false);
  });

  it('reads a legal form with dots as an organization\'s head however they are written, from one list of undotted forms', () => {
    for (const form of ['s.a.', 's.a', 's.p.a.', 'n.v.', 'p.l.c.', 'l.l.c.']) expect(isOrganizationHead(form)).toBe(true);
    for (const word of ['u.s.', 'a.', 'e.g.']) expect(isOrganizationHead(word)).toBe(false);
    expect([...ORGANIZATION_NOUNS].filter((w) => w.includes('.'))).toEqual([]);
  });

  it('gives the same tag set for a word every time, and an empty one for unknown words', () => {
    expect(lexiconTags('crimea')).toBe(lexiconTags('crimea'));
    expect(lexiconTags('crimea').has('Region')).toBe(true);
    expect(lexiconTags('zzqx').size).toBe(0);
    expect(lexiconTags('constructor').size).toBe(0);
  });

  it('lists the entries with a tag', () => {
    expect(lexiconEntriesTagged(['Region'])).toContain('crimea');
  });

  it('reads a word alone as an adjective or a demonym as compromise\'s whole tagger does', () => {
    // Invented words by their endings, the lexicon's own words, and compounds (which take the whole pipeline).
    const words = ['Zorbic', 'Quorvlish', 'Zorbous', 'Zorbless', 'Brellow', 'Folketing', 'Quorvlian', 'Kurdish', 'Islamic', 'Soviet', 'Green', 'Journal', 'Asia-Pacific', 'Trans-Pacific', 'Post-Debate', 'Prize-winner'];
    const expected = words.map((w) => nlp(w).has('(#Adjective|#Demonym)'));
    expect(words.map(taggerReadsAsAdjective)).toEqual(expected);
    expect(words.filter(taggerReadsAsAdjective)).toEqual(expect.arrayContaining(['Zorbic', 'Quorvlish', 'Kurdish', 'Soviet']));
    expect(words.filter(taggerReadsAsAdjective)).not.toEqual(expect.arrayContaining(['Brellow']));
  });
});
