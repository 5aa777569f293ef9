import { isDictionaryWord } from '../../../../src/ingestion/lexicon/dictionary-words.lexicon';

describe('dictionary words', () => {
  it('knows the forms the dictionary\'s suffix rules make of a base word, and no ending the base does not take', () => {
    expect(['neighboring', 'investigated', 'traveler', 'organized'].map(isDictionaryWord)).toEqual([true, true, true, true]);
    // "offense" takes no "-ing"; plurals are left out: a capitalised plural often names a union or a team ("Teamsters").
    expect(['offensing', 'teamsters', 'quorvexing'].map(isDictionaryWord)).toEqual([false, false, false]);
  });
});
