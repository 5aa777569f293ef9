import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { evidenceAfter } from '../../../../src/ingestion/extract/name-evidence.rules';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom } from './entity.article-builder';

/** The tokenized article of `text` and the index of the first token written `word`. */
function docOf(text: string, word: string) {
  const doc = tokenizeArticle(articleFrom([text]));
  return { doc, at: doc.tokens.findIndex((t) => t.text === word) };
}

describe('evidenceAfter', () => {
  it('reads a person in the winner of a contest only one person wins ("won the Tellan Marathon"), not of a contract or a cup', () => {
    const cases: [string, string, string | null][] = [
      ['Quorvle won the Tellan Marathon again.', 'Quorvle', 'person'],
      ['Quorvle won his second Ostrava Open on Sunday.', 'Quorvle', 'person'],
      ['Quorvle won the Tour de Brellow.', 'Quorvle', 'person'],
      ['Quorvle won a contract from the army.', 'Quorvle', null],
      ['Quorvle won the Brellow Cup.', 'Quorvle', null],
    ];
    for (const [text, word, expected] of cases) {
      const { doc, at } = docOf(text, word);
      expect(evidenceAfter(doc, at)).toBe(expected);
    }
    const people = extractEntities(articleFrom(['Quorvle won the Tellan Marathon for the third time.'])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people).toContain('PERSON Quorvle');
  });

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
