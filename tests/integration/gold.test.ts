import fs from 'node:fs';
import path from 'node:path';
import { corpusDir, sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const goldFile = path.join(corpusDir, '000_574b9d7c806bcde1.gold.json');
const hasGold = fs.existsSync(goldFile);
if (!hasGold) console.warn(`skipping the seed gold tests: ${goldFile} is not there`);
const describeGold = hasGold ? describe : describe.skip;

interface GoldQuote {
  n: number;
  text: string;
  start: number;
  end: number;
  speaker: string;
  speakerType: string;
}

const QUOTES = `query Quotes($filter: QuoteFilter) {
  quotes(filter: $filter, first: 100) {
    totalCount
    edges { node {
      id text attribution confidence
      span { start end text }
      cue { start end text }
      speakerMention { start end text }
      speaker { __typename ... on Person { name } ... on Organization { name } }
      article { body }
    } }
  }
}`;

describeGold('the seed article, through real HTTP, as its gold file says', () => {
  const gold = hasGold ? JSON.parse(fs.readFileSync(goldFile, 'utf8')) : null;
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir]);
  });
  afterAll(() => gateway.close());

  const numbersOf = (edges: Array<{ node: { span: { start: number; end: number } } }>) =>
    edges
      .map(({ node }) => gold.quotes.find((q: GoldQuote) => q.start === node.span.start && q.end === node.span.end)?.n ?? `unexpected ${node.span.start}-${node.span.end}`)
      .sort();

  it('finds exactly the 8 gold quotes, each with its gold speaker', async () => {
    const { data, errors } = await gateway.gql(QUOTES);
    expect(errors).toBeUndefined();
    expect(data.quotes.totalCount).toBe(8);
    const found = data.quotes.edges.map(({ node }: any) => ({
      text: node.text,
      start: node.span.start,
      end: node.span.end,
      speaker: node.speaker?.name,
      speakerType: node.speaker?.__typename,
    }));
    expect(found).toEqual(gold.quotes.map(({ text, start, end, speaker, speakerType }: GoldQuote) => ({ text, start, end, speaker, speakerType })));
  });

  it('gives spans that are verbatim in the article body', async () => {
    const { data } = await gateway.gql(QUOTES);
    for (const { node } of data.quotes.edges) {
      for (const span of [node.span, node.cue, node.speakerMention].filter(Boolean)) {
        expect(node.article.body.slice(span.start, span.end)).toBe(span.text);
      }
      expect(node.span.text).toBe(node.text);
      expect(node.confidence).toBeGreaterThan(0);
      expect(node.confidence).toBeLessThanOrEqual(1);
    }
  });

  for (const query of (gold?.queries ?? []) as Array<{ ask: string; filter: object; expect: number[] }>) {
    it(`answers "${query.ask}"`, async () => {
      const { data, errors } = await gateway.gql(QUOTES, { filter: query.filter });
      expect(errors).toBeUndefined();
      expect(numbersOf(data.quotes.edges)).toEqual([...query.expect].sort());
      expect(data.quotes.totalCount).toBe(query.expect.length);
    });
  }

  it('reads the page parts: title, date, section, dek, caption, credit, subheadings, 4 paragraphs', async () => {
    const { data } = await gateway.gql(`{ articles(first: 5) { totalCount edges { node {
      title publishedAt section dek imageCaption imageCredit subheadings paragraphs { start end text } body } } } }`);
    expect(data.articles.totalCount).toBe(1);
    const article = data.articles.edges[0].node;
    const { title, pageDate, section, dek, imageCaption, imageCredit, subheadings, bodyParagraphs } = gold.article;
    expect(article).toMatchObject({ title, publishedAt: pageDate, section, dek, imageCaption, imageCredit, subheadings });
    expect(article.paragraphs).toHaveLength(bodyParagraphs);
    for (const p of article.paragraphs) expect(article.body.slice(p.start, p.end)).toBe(p.text);
  });

  it('resolves the entities to canonical records: surnames, aliases, demonyms, containment', async () => {
    const { data, errors } = await gateway.gql(`{
      people(first: 100) { edges { node { name aliases role affiliation { name } } } }
      organizations(first: 100) { edges { node { name aliases } } }
      locations(first: 100) { edges { node { name aliases kind demonyms within { name } } } }
    }`);
    expect(errors).toBeUndefined();
    const byName = (conn: any) => new Map(conn.edges.map(({ node }: any) => [node.name, node]));
    const people = byName(data.people);
    for (const person of gold.entities.Person) {
      expect(people.get(person.name)).toMatchObject({ role: person.role, affiliation: { name: person.affiliation } });
      expect((people.get(person.name) as any).aliases).toEqual(expect.arrayContaining(person.aliases));
    }
    const organizations = byName(data.organizations);
    for (const org of gold.entities.Organization) {
      expect(organizations.has(org.name)).toBe(true);
      expect((organizations.get(org.name) as any).aliases).toEqual(expect.arrayContaining(org.aliases ?? []));
    }
    const locations = byName(data.locations);
    for (const place of gold.entities.Location) {
      const found: any = locations.get(place.name);
      expect({ name: place.name, found: Boolean(found) }).toEqual({ name: place.name, found: true });
      expect(found.kind).toBe(place.kind);
      if (place.within) expect(found.within?.name).toBe(place.within);
      if (place.demonym) expect(found.demonyms).toContain(place.demonym);
      expect(found.aliases).toEqual(expect.arrayContaining(place.aliases ?? []));
    }
  });

  it('stores the same article only once when it is ingested again', async () => {
    const count = async () =>
      (await gateway.gql(`{ articles { totalCount } quotes { totalCount } people { totalCount } organizations { totalCount } locations { totalCount } }`)).data;
    const before = await count();
    const summary = await gateway.ingest([sampleDir, path.join(corpusDir, '000_574b9d7c806bcde1.txt')]);
    expect(summary).toMatchObject({ articles: 0, skipped: 2, failed: [] });
    expect(await count()).toEqual(before);
  });
});
