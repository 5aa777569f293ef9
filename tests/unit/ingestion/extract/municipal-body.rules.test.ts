import { surfaceOf, tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { articleFrom } from './entity.article-builder';

/** Each finding of the article of `lines` as "kind:text". */
function kinds(...lines: string[]): string[] {
  const doc = tokenizeArticle(articleFrom(lines));
  return classifyEntities(doc).map((f) => `${f.kind}:${surfaceOf(doc, f.first, f.last)}`);
}

describe('municipalities as bodies', () => {
  it('reads "the City of" or "the Town of" and a place as the municipality\'s corporation, one organization', () => {
    expect(kinds('The City of Quorvale and the City of Tellanby opened recreation centres.')).toEqual(['org:City of Quorvale', 'org:City of Tellanby']);
    expect(kinds('Ann Lee, a councillor in the City of Quorvale, sued the website.')).toContain('org:City of Quorvale');
    expect(kinds('The mayor said the Town of Tellanby would post notices.')).toContain('org:Town of Tellanby');
  });

  it('keeps a name the lists know whole, the place written alone, and "City of" with no "the" before it', () => {
    expect(kinds('He moved to the City of London in 2004.')).toEqual(['dict:City of London']);
    expect(kinds('The pool in Quorvale will close.')).not.toContain('org:Quorvale');
    expect(kinds('A Mexico City of the future was drawn.')).not.toContain('org:City of the future');
  });
});
