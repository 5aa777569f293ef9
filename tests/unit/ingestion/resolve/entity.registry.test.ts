import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { EntityRegistry } from '../../../../src/ingestion/resolve/entity.registry';
import { storePlaceKey } from '../../../../src/ingestion/lexicon/entity.keys';
import { articleFrom } from '../extract/entity.article-builder';
import type { CityRecord } from '../../../../src/ingestion/lexicon/place.gazetteer';

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
    const kyiv = reg.entityFor({ type: 'CITY', city: { name: 'Kyiv', countryCode: 'UA', population: 2900000, capital: true, seat: false, primaryName: false, geonamesId: 703448 } });
    expect(reg.drafts.get(kyiv)!.entity).toMatchObject({ key: 'LOCATION:UA:kyiv', kind: 'city', withinKey: 'LOCATION:UA', geonamesId: 703448 });
    reg.mention('LOCATION:UA', at('Ukrainian'), at('Ukrainian'), false);
    expect([...reg.drafts.get('LOCATION:UA')!.surfaces]).toEqual([]);
    expect(reg.drafts.get('LOCATION:UA')!.entity).toMatchObject({ name: 'Ukraine', kind: 'country', countryCode: 'UA' });
  });

  it('names a city\'s entity as English copy writes it, keyed by that name ("Cologne" of Köln, "Zurich" of Zürich)', () => {
    const reg = new EntityRegistry(doc);
    const city = (name: string, geonamesId: number): CityRecord => ({ name, countryCode: name === 'Köln' ? 'DE' : 'CH', population: 500000, capital: false, seat: false, primaryName: true, geonamesId });
    const cologne = reg.entityFor({ type: 'CITY', city: city('Köln', 2886242) });
    expect(reg.drafts.get(cologne)!.entity).toMatchObject({ key: 'LOCATION:DE:cologne', name: 'Cologne' });
    const zurich = reg.entityFor({ type: 'CITY', city: city('Zürich', 2657896) });
    expect(reg.drafts.get(zurich)!.entity).toMatchObject({ key: 'LOCATION:CH:zurich', name: 'Zurich' });
  });

  it('names a listed region without accents when that leaves plain letters, keyed as before ("Hokkaido" of Hokkaidō)', () => {
    const reg = new EntityRegistry(doc);
    const key = reg.entityFor({ type: 'REGION', name: 'Hokkaidō', kind: 'region', countryCode: 'JP' });
    expect(reg.drafts.get(key)!.entity).toMatchObject({ key: 'LOCATION:hokkaido', name: 'Hokkaido' });
  });

  it("reads a town's name that opens a region's the article named before, the rest no place's head, as that region", () => {
    const town = (name: string): CityRecord => ({ name, countryCode: 'UY', population: 38000, capital: false, seat: true, primaryName: true, geonamesId: 9990001 });
    const reg = new EntityRegistry(doc);
    const region = reg.entityFor({ type: 'REGION', name: 'Quorvas Tellanas', kind: 'region', countryCode: 'BR' });
    expect(reg.entityFor({ type: 'CITY', city: town('Quorvas') })).toBe(region);
    // A region named by its head or another English word ("Province", "Oriental") is another place than the town.
    for (const name of ['Quorvas Province', 'Quorvas Oriental']) {
      const other = new EntityRegistry(doc);
      other.entityFor({ type: 'REGION', name, kind: 'region', countryCode: 'BR' });
      expect(other.entityFor({ type: 'CITY', city: town('Quorvas') })).toBe('LOCATION:UY:quorvas');
    }
  });

  it('gives a listed state or region its country, and a place only the article puts in a country none', () => {
    const reg = new EntityRegistry(doc);
    const state = reg.entityFor({ type: 'REGION', name: 'Vermont', kind: 'region', countryCode: 'US' });
    expect(reg.drafts.get(state)!.entity).toMatchObject({ kind: 'region', withinKey: 'LOCATION:US', countryCode: 'US' });
    const town = reg.place('Zorinsk', 'city', 'UA');
    expect(reg.drafts.get(town)!.entity).toMatchObject({ withinKey: 'LOCATION:UA', countryCode: null });
  });

  it("keeps a US state's AP abbreviation's dot in its mention and alias, not an organization's or another place's", () => {
    const wire = tokenizeArticle(articleFrom(['QUORVLE, Calif. (Reuters) - Police in Fresno, Ill. and Quorvex Co. met in Paris.']));
    const word = (text: string): number => wire.tokens.findIndex((t) => t.text === text);
    const reg = new EntityRegistry(wire);
    const state = reg.entityFor({ type: 'REGION', name: 'California', kind: 'region', countryCode: 'US' });
    reg.mention(state, word('Calif'), word('Calif'));
    const illinois = reg.entityFor({ type: 'REGION', name: 'Illinois', kind: 'region', countryCode: 'US' });
    reg.mention(illinois, word('Ill'), word('Ill'));
    const company = reg.organization('Quorvex Co.');
    reg.mention(company, word('Quorvex'), word('Co.'));
    const city = reg.place('Paris', 'city', null);
    reg.mention(city, word('Paris'), word('Paris'));
    expect(reg.mentions.map((m) => wire.body.slice(m.start, m.end))).toEqual(['Calif.', 'Ill.', 'Quorvex Co.', 'Paris']);
    expect([...reg.drafts.get(state)!.surfaces]).toEqual(['Calif.']);
  });
});

describe('storePlaceKey', () => {
  it('folds a region or a site the words alone made into the gazetteer\'s city of its name, but not a subdivision named with its noun', () => {
    const text = tokenizeArticle(articleFrom(['Rain fell in the Quorvale valley and in Quorvale state.', 'Shops in Quorvale closed.']));
    const word = (n: number): number => text.tokens.filter((t) => t.text === 'Quorvale').map((t) => text.tokens.indexOf(t))[n];
    const city = { name: 'Quorvale', countryCode: 'BR', population: 90000, capital: false, seat: false, primaryName: true, geonamesId: 9999001 };
    const reg = new EntityRegistry(text);
    const valley = reg.place('Quorvale', 'region', null);
    reg.mention(valley, word(0), word(0));
    const town = reg.entityFor({ type: 'CITY', city });
    reg.mention(town, word(2), word(2));
    reg.foldTownsIntoCities();
    expect(reg.mentions.map((m) => m.entityKey)).toEqual([town, town]);
    const apart = new EntityRegistry(text);
    const state = apart.place('Quorvale', 'region', null);
    apart.mention(state, word(1), word(1));
    const same = apart.entityFor({ type: 'CITY', city });
    apart.mention(same, word(2), word(2));
    apart.foldTownsIntoCities();
    expect(apart.mentions.map((m) => m.entityKey)).toEqual([state, same]);
  });

  it('tells places apart by GeoNames ID, else by listed country, else not at all; people and organizations have none', () => {
    expect(storePlaceKey({ type: 'LOCATION', countryCode: 'US', geonamesId: 4140963 })).toBe('g4140963');
    expect(storePlaceKey({ type: 'LOCATION', countryCode: 'US', geonamesId: null })).toBe('US');
    expect(storePlaceKey({ type: 'LOCATION', countryCode: null })).toBe('');
    expect(storePlaceKey({ type: 'PERSON', countryCode: null })).toBe('');
  });
});
