import {
  isClosedClassWord,
  isCommonWord,
  isFunctionWord,
  isGivenName,
  isListedFirstName,
  isOrganizationHead,
  isSurname,
  lexiconEntriesTagged,
  lexiconTags,
} from '../../../../src/ingestion/lexicon/english.lexicon';

describe('english lexicon', () => {
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

  it('knows newspaper head words as organization heads', () => {
    for (const head of ['times', 'post', 'journal', 'observer', 'chronicle', 'sentinel']) expect(isOrganizationHead(head)).toBe(true);
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
});
