import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { evidenceAfter, isOrdinaryCompanyWord, isUnknownNameWord, organizationWords } from '../../../../src/ingestion/resolve/person-or-organization.rules';
import { articleFrom } from '../extract/entity.article-builder';

/** The tokenized article of `text` and the index of the first token written `word`. */
function docOf(text: string, word: string) {
  const doc = tokenizeArticle(articleFrom([text]));
  return { doc, at: doc.tokens.findIndex((t) => t.text === word) };
}

describe('evidenceAfter', () => {
  it('reads a person in "said he" and ", who", an organization in "said its", ", which" and a company noun', () => {
    const cases: [string, string, string | null][] = [
      ['Quorvle said he was tired.', 'Quorvle', 'person'],
      ['Quorvle said she was tired.', 'Quorvle', 'person'],
      ['Quorvle, who turned 60, smiled.', 'Quorvle', 'person'],
      ['Quorvle said its sales rose.', 'Quorvle', 'organization'],
      ['Quorvle said it would hire.', 'Quorvle', 'organization'],
      ['Quorvle, which sells shoes, grew.', 'Quorvle', 'organization'],
      ['Quorvle shares fell.', 'Quorvle', 'organization'],
      ['Quorvle\'s employees left.', 'Quorvle', 'organization'],
      ['Quorvle said nothing.', 'Quorvle', null],
      ['Quorvle said on Tuesday that it would hire.', 'Quorvle', 'organization'],
      ['Quorvle said in a statement its sales rose.', 'Quorvle', 'organization'],
      ['Quorvle said Monday she was tired.', 'Quorvle', 'person'],
      ['Quorvle said the firm would lose its license.', 'Quorvle', null],
      ['Quorvle reported that the vote failed.', 'Quorvle', 'organization'],
      ['Quorvle reports a loss.', 'Quorvle', 'organization'],
      ['Quorvle sold it.', 'Quorvle', null],
    ];
    for (const [text, word, expected] of cases) {
      const { doc, at } = docOf(text, word);
      expect([text, evidenceAfter(doc, at)]).toEqual([text, expected]);
    }
  });
});

describe('organizationWords', () => {
  it('collects a one-word name shown as an organization, unless a person\'s pronoun follows it elsewhere', () => {
    const doc = tokenizeArticle(articleFrom(['Quorvle said it would hire. Tellamy said it was fine. Later Tellamy said he left.']));
    const words = organizationWords(doc, classifyEntities(doc));
    expect(words.has('quorvle')).toBe(true);
    expect(words.has('tellamy')).toBe(false);
  });

  it('collects a one-word source after "according to"', () => {
    const doc = tokenizeArticle(articleFrom(['The plan failed, according to Quorvle. A report by Quorvle agreed.']));
    expect(organizationWords(doc, classifyEntities(doc)).has('quorvle')).toBe(true);
  });
});

describe('isUnknownNameWord', () => {
  it('knows no given name, surname, ordinary word, acronym or designation with digits', () => {
    const doc = tokenizeArticle(articleFrom(['Quorvle met Henry, Smith, Garden, NASA and Zyx-135.']));
    const unknown = doc.tokens.filter(isUnknownNameWord).map((t) => t.text);
    expect(unknown).toEqual(['Quorvle']);
  });
});

describe('isOrdinaryCompanyWord', () => {
  it('takes a singular ordinary word, not a name list\'s word, a plural, an adjective, an organization\'s head or an acronym', () => {
    const doc = tokenizeArticle(articleFrom(['They met Target, Henry, Smith, Officials, Republican, Police and NASA.']));
    const words = doc.tokens.filter((t) => t.cap && !t.sentenceStart && isOrdinaryCompanyWord(t)).map((t) => t.text);
    expect(words).toEqual(['Target']);
  });
});
