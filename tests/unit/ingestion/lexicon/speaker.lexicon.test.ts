import { ORGANIZATION_NOUNS } from '../../../../src/ingestion/lexicon/english.lexicon';
import { ARTICLES, DETERMINERS, ROLE_NOUNS, TIME_WORDS, isWeekdayName } from '../../../../src/ingestion/lexicon/speaker.lexicon';
import { OFFICES } from '../../../../src/ingestion/lexicon/title.lexicon';

describe('speaker lexicon', () => {
  it('builds its classes from the one list of each word', () => {
    for (const a of ARTICLES) expect(DETERMINERS.has(a)).toBe(true);
    for (const o of OFFICES) expect(ROLE_NOUNS.has(o)).toBe(true);
    for (const w of ['lawyer', 'voters', 'former', 'press']) expect(ROLE_NOUNS.has(w)).toBe(true);
    expect(ROLE_NOUNS.has('of')).toBe(false);
    expect(ORGANIZATION_NOUNS.has('company')).toBe(true);
  });

  it('reads weekdays as time words, and as names only with their capital', () => {
    expect(TIME_WORDS.has('monday')).toBe(true);
    expect(['Monday', 'monday', 'Mondays'].map(isWeekdayName)).toEqual([true, false, false]);
  });
});
