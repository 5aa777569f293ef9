import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { organizationFinding, placeFinding } from '../../../../src/ingestion/extract/organization-context.rules';
import { articleFrom } from './entity.article-builder';

describe('the findings a rule writes', () => {
  const doc = tokenizeArticle(articleFrom(['Crews at Vellamora Park met Quarnby Holdings staff.']));

  it('names an organization by its words as written', () => {
    expect(organizationFinding(doc, 5, 6)).toEqual({ kind: 'org', name: 'Quarnby Holdings', first: 5, last: 6 });
  });

  it('names a place by its words as written, or by the name it is given', () => {
    expect(placeFinding(doc, 2, 3, 'facility')).toEqual({ kind: 'place', name: 'Vellamora Park', placeKind: 'facility', first: 2, last: 3 });
    expect(placeFinding(doc, 2, 2, 'city', 'Vellamora')).toEqual({ kind: 'place', name: 'Vellamora', placeKind: 'city', first: 2, last: 2 });
  });
});
