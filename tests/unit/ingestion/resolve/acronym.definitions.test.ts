import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { acronymDefinitions } from '../../../../src/ingestion/resolve/acronym.definitions';
import { articleFrom } from '../extract/entity.article-builder';

describe('acronymDefinitions', () => {
  it('finds "Long Form Name (LFN)" with the words whose initials spell it', () => {
    const doc = tokenizeArticle(articleFrom(['The Quantum Safety Board (QSB) opened an inquiry. The QSB said it would report soon.']));
    const defined = [...acronymDefinitions(doc, classifyEntities(doc)).values()];
    expect(defined.map(({ acronym, name }) => ({ acronym, name }))).toEqual([{ acronym: 'QSB', name: 'Quantum Safety Board' }]);
  });

  it('ignores a parenthesis whose letters the words before it do not spell', () => {
    const doc = tokenizeArticle(articleFrom(['Officials of the Quimby Water Board (XYZ) met.']));
    expect(acronymDefinitions(doc, classifyEntities(doc)).size).toBe(0);
  });

  it('takes an acronym of the name in another language, its letters in another order', () => {
    const doc = tokenizeArticle(articleFrom(['The Union of Quorvan Tellers and Brights (UBQT) has launched a petition.']));
    const defined = [...acronymDefinitions(doc, classifyEntities(doc)).values()];
    expect(defined.map(({ acronym, name }) => ({ acronym, name }))).toEqual([{ acronym: 'UBQT', name: 'Union of Quorvan Tellers and Brights' }]);
  });
});
