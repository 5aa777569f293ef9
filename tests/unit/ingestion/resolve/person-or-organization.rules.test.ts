import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { isUnknownNameWord, organizationWords } from '../../../../src/ingestion/resolve/person-or-organization.rules';
import { isOrdinaryCompanyWord } from '../../../../src/ingestion/extract/name-shape.rules';
import { articleFrom } from '../extract/entity.article-builder';

describe('organizationWords', () => {
  it('collects a one-word name shown as an organization, unless a person\'s pronoun follows it elsewhere', () => {
    const doc = tokenizeArticle(articleFrom(['Quorvle said it would hire. Tellamy said it was fine. Later Tellamy said he left.']));
    const words = organizationWords(doc, classifyEntities(doc));
    expect(words.has('quorvle')).toBe(true);
    expect(words.has('tellamy')).toBe(false);
  });

  it('collects a one-word name told or spoken to in a sentence, not in a title-case headline', () => {
    const doc = tokenizeArticle(articleFrom(['The mayor told Quorvle the plan was sound. She spoke to Tellamy later.']));
    const words = organizationWords(doc, classifyEntities(doc));
    expect(words.has('quorvle')).toBe(true);
    expect(words.has('tellamy')).toBe(true);
    const headline = tokenizeArticle(articleFrom(['Novelist Speaks to Quorvle About Her Book', 'The book sold well.']));
    expect(organizationWords(headline, classifyEntities(headline)).has('quorvle')).toBe(false);
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
