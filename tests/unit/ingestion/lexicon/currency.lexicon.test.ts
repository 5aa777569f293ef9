import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { isCurrencyCode } from '../../../../src/ingestion/lexicon/currency.lexicon';
import { articleFrom } from '../extract/entity.article-builder';

describe('isCurrencyCode: the ISO codes of the currencies world-countries lists', () => {
  it('knows the codes of the world\'s currencies in capitals, and no acronym of an organization', () => {
    expect(['NOK', 'SEK', 'DKK', 'INR', 'USD', 'EUR', 'GBP', 'CHF', 'ZAR'].every(isCurrencyCode)).toBe(true);
    expect(['NATO', 'QVX', 'IMF', 'nok', 'Sek'].some(isCurrencyCode)).toBe(false);
  });

  it('keeps a currency\'s code in brackets after a company in a results table from being its acronym', () => {
    const article = articleFrom(['COMPANY   PERIOD   PROFIT', 'Brellow Energy Corp (NOK)     Q4    9,440    n/a', 'Quintell Power (SEK)     Q4    8,215    n/a']);
    const { entities, mentions } = extractEntities(article);
    expect(entities.map((e) => e.name)).toEqual(['Brellow Energy Corp', 'Quintell Power']);
    expect(mentions.map((m) => article.body.slice(m.start, m.end))).toEqual(['Brellow Energy Corp', 'Quintell Power']);
  });

  it('keeps a currency\'s code in capitals in a name\'s place from being an organization', () => {
    const article = articleFrom(['The fund lent 300 million USD to INR-based clients and SEK to Quorvex Corp on Monday.']);
    expect(extractEntities(article).entities.map((e) => e.name)).toEqual(['Quorvex Corp']);
  });
});
