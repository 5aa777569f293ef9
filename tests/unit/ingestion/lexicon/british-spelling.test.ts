import { americanSpelling } from '../../../../src/ingestion/lexicon/british-spelling';
import { hasLexiconTag, isCommonWord, isVocabularyWord } from '../../../../src/ingestion/lexicon/english.lexicon';

describe('british spelling', () => {
  it('folds British endings to American ones', () => {
    expect(['neighbouring', 'organisers', 'privatisation', 'analysed', 'centre', 'travelled', 'catalogue', 'defence', 'programmes'].map(americanSpelling)).toEqual([
      'neighboring', 'organizers', 'privatization', 'analyzed', 'center', 'traveled', 'catalog', 'defense', 'programs',
    ]);
    expect(americanSpelling('quorvex')).toBe('quorvex');
  });

  it('makes British-spelt words ordinary vocabulary, and no invented name', () => {
    expect(['neighbouring', 'privatisation', 'theatre', 'defence', 'licence', 'behaviour', 'catalogue'].map(isVocabularyWord)).toEqual([true, true, true, true, true, true, true]);
    expect(['quorvour', 'brellise', 'tevantre'].map(isVocabularyWord)).toEqual([false, false, false]);
  });

  it('folds the British spellings no ending tells, by their stem and its forms, and no name or place', () => {
    expect(['jewellery', 'aluminium', 'manoeuvred', 'sceptical', 'paediatricians', 'anaemic', 'fibre', 'practised'].map(americanSpelling)).toEqual([
      'jewelry', 'aluminum', 'maneuvered', 'skeptical', 'pediatricians', 'anemic', 'fiber', 'practiced',
    ]);
    expect(['tyre', 'storey', 'grey', 'chequers', 'kerbside'].map(americanSpelling)).toEqual(['tyre', 'storey', 'grey', 'chequers', 'kerbside']);
  });

  it('answers the lexicon\'s own lookups for a British spelling by the American word: a word class, never a name', () => {
    expect(['jewellery', 'labourers', 'sceptical'].map(isCommonWord)).toEqual([true, true, false]);
    expect(isVocabularyWord('sceptical')).toBe(true);
    expect(hasLexiconTag('jewellery', 'Uncountable')).toBe(true);
    expect(['quorvour', 'brellise'].map(isCommonWord)).toEqual([false, false]);
  });
});
