import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { EntityRegistry } from '../../../../src/ingestion/resolve/entity.registry';
import { articleFrom } from '../extract/entity.article-builder';

describe('EntityRegistry', () => {
  const doc = tokenizeArticle(articleFrom(['Talks in Kiev went on.', 'NATO and Ukrainian envoys came.']));
  const at = (word: string): number => doc.tokens.findIndex((t) => t.text === word);

  it('keeps one draft per key, the first entity given for it, and counts its mentions', () => {
    const reg = new EntityRegistry(doc);
    const nato = reg.organization('NATO');
    expect(reg.organization('NATO')).toBe(nato);
    reg.mention(nato, at('NATO'), at('NATO'));
    expect(reg.drafts.get(nato)).toMatchObject({ mentions: 1, firstStart: doc.tokens[at('NATO')].start, entity: { name: 'NATO', type: 'ORGANIZATION' } });
    expect(reg.mentions).toEqual([{ entityKey: nato, start: doc.tokens[at('NATO')].start, end: doc.tokens[at('NATO')].end, paragraph: 1 }]);
  });

  it('makes a city within its country, and a demonym a mention of the country without an alias', () => {
    const reg = new EntityRegistry(doc);
    const kyiv = reg.entityFor({ type: 'CITY', city: { name: 'Kyiv', countryCode: 'UA', population: 2900000, capital: true, primaryName: false, geonamesId: 703448 } });
    expect(reg.drafts.get(kyiv)!.entity).toMatchObject({ key: 'LOCATION:UA:kyiv', kind: 'city', withinKey: 'LOCATION:UA', geonamesId: 703448 });
    reg.mention('LOCATION:UA', at('Ukrainian'), at('Ukrainian'), false);
    expect([...reg.drafts.get('LOCATION:UA')!.surfaces]).toEqual([]);
    expect(reg.drafts.get('LOCATION:UA')!.entity).toMatchObject({ name: 'Ukraine', kind: 'country', countryCode: 'UA' });
  });
});
