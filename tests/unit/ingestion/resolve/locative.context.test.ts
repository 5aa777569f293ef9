import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { locativeContext } from '../../../../src/ingestion/resolve/locative.context';
import { articleFrom } from '../extract/entity.article-builder';

describe('locativeContext', () => {
  const context = (text: string, word: string) => {
    const doc = tokenizeArticle(articleFrom([text]));
    return locativeContext(doc, doc.tokens.findIndex((t) => t.text === word));
  };

  it('puts a place inside the country of "the Ukrainian peninsula of" or "Ukraine’s city of"', () => {
    expect(context('Troops left the Ukrainian peninsula of Crimea.', 'Crimea')).toEqual({ countryCode: 'UA', kind: 'region' });
    expect(context('Shells hit Ukraine’s city of Zorinsk.', 'Zorinsk')).toEqual({ countryCode: 'UA', kind: 'city' });
  });

  it('says nothing without such a phrase', () => {
    expect(context('Troops left Crimea.', 'Crimea')).toBeNull();
  });
});
