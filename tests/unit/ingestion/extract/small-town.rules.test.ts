import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { smallTownNamed } from '../../../../src/ingestion/extract/small-town.rules';
import { articleFrom } from './entity.article-builder';

/** smallTownNamed over the words `from`..`to` (token indices) of one sentence. */
function townOf(sentence: string, name: string): string | null | undefined {
  const doc = tokenizeArticle(articleFrom([sentence]));
  const words = name.split(' ');
  const first = doc.tokens.findIndex((t, i) => words.every((w, k) => doc.tokens[i + k]?.text.replace(/['’]s$/, '') === w));
  return smallTownNamed(doc, first, first + words.length - 1);
}

describe('smallTownNamed', () => {
  it("gives the country of a small town's name of two or three words right after a place preposition", () => {
    expect(townOf('The convention in Eureka Springs drew 400 people.', 'Eureka Springs')).toBe('US');
    expect(townOf('Floods cut the road near Sleepy Eye on Monday.', 'Sleepy Eye')).toBe('US');
  });

  it('gives the town after "at" only where no capitalised word follows its name', () => {
    expect(townOf('The fair was held at Sleepy Eye on Monday.', 'Sleepy Eye')).toBe('US');
    expect(townOf('She is a fellow at Sleepy Eye Europe.', 'Sleepy Eye')).toBeUndefined();
  });

  it('gives undefined after no preposition, for one word, for a possessive and for a name no town bears', () => {
    expect(townOf('Sleepy Eye said it would cut jobs.', 'Sleepy Eye')).toBeUndefined();
    expect(townOf('The fair was held in Springs on Monday.', 'Springs')).toBeUndefined();
    expect(townOf("The fair was held in Sleepy Eye's park.", 'Sleepy Eye')).toBeUndefined();
    expect(townOf('The fair was held in Quorvle Springs on Monday.', 'Quorvle Springs')).toBeUndefined();
  });
});
