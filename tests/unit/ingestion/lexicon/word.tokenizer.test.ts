import { DOTTED_ABBREVIATIONS, FOLDED_ABBREVIATIONS, isCapitalized, isWord, tokenize } from '../../../../src/ingestion/lexicon/word.tokenizer';
import { TITLE_ABBREVIATIONS } from '../../../../src/ingestion/lexicon/title.lexicon';

const texts = (body: string) => tokenize(body, 0, body.length).map((t) => t.text);

describe('tokenize', () => {
  it('keeps titles, initials and dotted acronyms with their dots, and numbers with their separators', () => {
    expect(texts('Sen. Ronald R. Fieldstone of the U.S. spoke on 9/11 at 3:30.')).toEqual([
      'Sen.', 'Ronald', 'R.', 'Fieldstone', 'of', 'the', 'U.S.', 'spoke', 'on', '9/11', 'at', '3:30', '.',
    ]);
  });

  it('keeps inner apostrophes, hyphens and mis-decoded signs inside a word; every other mark is a token', () => {
    expect(texts('Norway’s al-Assad met FranÃ§ois, “twice”.')).toEqual(['Norway’s', 'al-Assad', 'met', 'FranÃ§ois', ',', '“', 'twice', '”', '.']);
  });

  it('gives offsets into the body, from `from` on', () => {
    const body = 'xx Hello there';
    expect(tokenize(body, 3, body.length)).toEqual([{ start: 3, end: 8, text: 'Hello' }, { start: 9, end: 14, text: 'there' }]);
    expect(isCapitalized({ start: 0, end: 1, text: 'Hello' })).toBe(true);
    expect(isWord({ start: 0, end: 1, text: ',' })).toBe(false);
  });
});

describe('the abbreviations with a dot', () => {
  it('hold every title abbreviation of title.lexicon, and the others once', () => {
    for (const t of TITLE_ABBREVIATIONS) expect(DOTTED_ABBREVIATIONS.has(t)).toBe(true);
    for (const a of ['Jr', 'St', 'Inc', 'Sept']) expect(DOTTED_ABBREVIATIONS.has(a)).toBe(true);
    expect(FOLDED_ABBREVIATIONS.has('del')).toBe(true);
  });
});
