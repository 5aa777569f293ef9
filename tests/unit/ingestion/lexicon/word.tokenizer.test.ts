import { DOTTED_ABBREVIATIONS, FOLDED_ABBREVIATIONS, isCapitalized, isWord, tokenize } from '../../../../src/ingestion/lexicon/word.tokenizer';
import { TITLE_ABBREVIATIONS } from '../../../../src/ingestion/lexicon/title.lexicon';

const texts = (body: string) => tokenize(body, 0, body.length).map((t) => t.text);

describe('tokenize', () => {
  it('keeps titles, initials and dotted acronyms with their dots, and numbers with their separators', () => {
    expect(texts('Sen. Ronald R. Fieldstone of the U.S. spoke on 9/11 at 3:30.')).toEqual([
      'Sen.', 'Ronald', 'R.', 'Fieldstone', 'of', 'the', 'U.S.', 'spoke', 'on', '9/11', 'at', '3:30', '.',
    ]);
  });

  it('keeps a dotted acronym written without its last dot whole ("the U.S government"), not an initial before a name', () => {
    expect(texts('the U.S government and U.K.')).toEqual(['the', 'U.S', 'government', 'and', 'U.K.']);
    expect(texts('R.Kelly and A.B')).toEqual(['R.', 'Kelly', 'and', 'A.B']);
  });

  it('keeps a legal form of letters each with its dot, some in lower case, whole ("S.p.A.", "S.r.l."); not two letters ("E.g.")', () => {
    expect(texts('Quorvex S.p.A. and Brellow S.r.l. merged. E.g. this')).toEqual(['Quorvex', 'S.p.A.', 'and', 'Brellow', 'S.r.l.', 'merged', '.', 'E', '.', 'g', '.', 'this']);
  });

  it('keeps a US state\'s AP abbreviation of a capital, its dot and a word whole ("W.Va."), not an initial run into a name', () => {
    expect(texts('Born in Quarry, W.Va., she met J.Quill.')).toEqual(['Born', 'in', 'Quarry', ',', 'W.Va', '.', ',', 'she', 'met', 'J.', 'Quill', '.']);
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

/** The regular expression the tokenizer's scanner follows (word.tokenizer.ts, tokenEnd), run the way it ran before. */
function regexTokens(body: string, from: number, to: number): Array<{ start: number; end: number; text: string }> {
  const token = /(?:\p{Lu}\.){2,}|\p{Lu}\.\p{Lu}(?![\p{L}\p{N}\p{M}])|\p{Lu}\.(?=\s*\p{Lu})|\p{N}+(?:[/:.,]\p{N}+)+|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF]*[\p{L}\p{N}\p{M}])?|[^\s\p{L}\p{N}]/gu;
  const text = body.slice(from, to);
  const tokens = [];
  for (let m = token.exec(text); m; m = token.exec(text)) {
    let word = m[0];
    if (text.charCodeAt(token.lastIndex) === 46 && DOTTED_ABBREVIATIONS.has(word) && /\s/.test(text[token.lastIndex + 1] ?? '')) {
      word += '.';
      token.lastIndex++;
    }
    tokens.push({ start: from + m.index, end: from + m.index + word.length, text: word });
  }
  return tokens;
}

describe('the scanner', () => {
  it('cuts every character of the Basic Multilingual Plane as the regular expression does, beside letters, dots, digits and spaces', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const body of [`A${c}b. ${c}1${c}2`, `${c}x`, `U.${c}S. 3${c}5 Mr${c}. Sen. ${c}`]) {
        const got = tokenize(body, 0, body.length);
        const want = regexTokens(body, 0, body.length);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ code, got }).toEqual({ code, got: want });
      }
    }
  });

  it('reads surrogate pairs as one character, but not across the end it is given, and a lone half as a mark', () => {
    for (const body of ['𝐀.𝐁. x', '😀word 𝟏/𝟐', 'ab\ud835', '\udc00cd', 'x𝐀y']) {
      for (let from = 0; from <= body.length; from++) {
        for (let to = from; to <= body.length; to++) expect(tokenize(body, from, to)).toEqual(regexTokens(body, from, to));
      }
    }
  });
});

describe('the abbreviations with a dot', () => {
  it('hold every title abbreviation of title.lexicon, and the others once', () => {
    for (const t of TITLE_ABBREVIATIONS) expect(DOTTED_ABBREVIATIONS.has(t)).toBe(true);
    for (const a of ['Jr', 'St', 'Inc', 'Sept']) expect(DOTTED_ABBREVIATIONS.has(a)).toBe(true);
    expect(FOLDED_ABBREVIATIONS.has('del')).toBe(true);
  });
});
