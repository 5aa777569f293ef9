import { americanSpelling } from '../../../../src/ingestion/lexicon/british-spelling';
import { isVocabularyWord } from '../../../../src/ingestion/lexicon/english.lexicon';

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
});
