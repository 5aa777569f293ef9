import path from 'node:path';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');

const QUOTES = `query Q($filter: QuoteFilter, $orderBy: QuoteOrder, $first: Int, $after: String, $last: Int, $before: String) {
  quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id text confidence speaker { ... on Person { name } ... on Organization { name } } article { publishedAt } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('query power: filters, orderings, facets, lookup', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir, fixtures]);
  });
  afterAll(() => gateway.close());

  const quotes = async (variables: Record<string, unknown>) => {
    const { data, errors } = await gateway.gql(QUOTES, variables);
    expect(errors).toBeUndefined();
    return data.quotes;
  };
  const speakers = (connection: any) => connection.edges.map((e: any) => e.node.speaker?.name);

  it('combines filters with and, or and not, in SQL', async () => {
    const either = await quotes({ filter: { or: [{ speaker: 'Stoltenberg' }, { speaker: 'NATO' }] }, first: 100 });
    expect(either.totalCount).toBe(8);
    const notNato = await quotes({ filter: { and: [{ about: ['Ukraine'] }, { not: { speaker: 'NATO' } }] }, first: 100 });
    expect(new Set(speakers(notNato))).toEqual(new Set(['Jens Stoltenberg']));
    expect(notNato.totalCount).toBe(5);
    const none = await quotes({ filter: { or: [] } });
    expect(none.totalCount).toBe(0);
  });

  it('a speaker no entity goes by matches no quote, and under not every quote, those without a speaker too', async () => {
    const all = (await quotes({})).totalCount;
    expect((await quotes({ filter: { speaker: 'Nobody Ever Quoted' } })).totalCount).toBe(0);
    expect((await quotes({ filter: { not: { speaker: 'Nobody Ever Quoted' } } })).totalCount).toBe(all);
    const notStoltenberg = (await quotes({ filter: { not: { speaker: 'Stoltenberg' } } })).totalCount;
    const stoltenberg = (await quotes({ filter: { speaker: 'Jens Stoltenberg' } })).totalCount;
    const unattributed = (await quotes({ filter: { not: { or: [{ speaker: 'Stoltenberg' }, { not: { speaker: 'Stoltenberg' } }] } } })).totalCount;
    expect(stoltenberg).toBeGreaterThan(0);
    expect(notStoltenberg + stoltenberg + unattributed).toBe(all);
  });

  it('filters by speaker ID, any of several places, words, dates and confidence', async () => {
    const solberg = await gateway.gql(`{ people(filter: { name: "ingrid solberg" }) { edges { node { id } } } }`);
    const id = solberg.data.people.edges[0].node.id;
    expect((await quotes({ filter: { speakerId: id } })).totalCount).toBe(1);
    const anyPlace = await quotes({ filter: { aboutAny: ['Zurich', 'Crimea'], aboutScope: 'ARTICLE' }, first: 100 });
    expect(new Set(speakers(anyPlace))).toEqual(new Set(['NATO', 'Jens Stoltenberg', 'Gaël Müller']));
    const stemmed = await quotes({ filter: { text: 'increase' } });
    expect(stemmed.edges.map((e: any) => e.node.text)).toEqual(['Our presence in the area has been increasing since 2014,']);
    const phrase = await quotes({ filter: { text: '"rapid military operation"' } });
    expect(phrase.totalCount).toBe(1);
    const spring = await quotes({ filter: { from: '2024-04-01', to: '2024-05-31' }, first: 100 });
    expect(spring.edges.every((e: any) => e.node.article.publishedAt >= '2024-04-01' && e.node.article.publishedAt <= '2024-05-31')).toBe(true);
    expect(spring.totalCount).toBe(8 + 3 + 2);
    const sure = await quotes({ filter: { minConfidence: 0.9 }, first: 100 });
    expect(sure.edges.every((e: any) => e.node.confidence >= 0.9)).toBe(true);
    expect(sure.totalCount).toBeGreaterThan(0);
  });

  it('refuses bad filter values with errors that name the field', async () => {
    const bad = async (filter: object, message: string) => {
      const { errors } = await gateway.gql(QUOTES, { filter });
      expect(errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    };
    await bad({ from: '2024-13-01' }, '"from" must be a date as YYYY-MM-DD, got "2024-13-01"');
    await bad({ text: '***' }, '"text" has no words to search for: "***"');
    await bad({ speakerId: 'nonsense' }, '"speakerId" is not the ID of a Person or Organization: "nonsense"');
    const { errors } = await gateway.gql(QUOTES, { orderBy: { field: 'RELEVANCE' } });
    expect(errors?.[0].message).toBe('orderBy RELEVANCE needs a full-text filter: give "filter.text"');
  });

  const orderings: Array<[string, Record<string, unknown>, (a: any, b: any) => boolean]> = [
    ['DATE descending', { field: 'DATE' }, (a, b) => a.node.article.publishedAt >= b.node.article.publishedAt],
    ['DATE ascending', { field: 'DATE', direction: 'ASC' }, (a, b) => a.node.article.publishedAt <= b.node.article.publishedAt],
    ['CONFIDENCE descending', { field: 'CONFIDENCE' }, (a, b) => a.node.confidence >= b.node.confidence],
    ['POSITION', { field: 'POSITION' }, () => true],
  ];
  it.each(orderings)('orders by %s and pages both ways without repeating or skipping', async (_name, orderBy, inOrder) => {
    const all = await quotes({ orderBy, first: 100 });
    for (let i = 1; i < all.edges.length; i++) expect(inOrder(all.edges[i - 1], all.edges[i])).toBe(true);
    const ids = all.edges.map((e: any) => e.node.id);
    const forward: string[] = [];
    for (let after: string | null = null; ; ) {
      const page: any = await quotes({ orderBy, first: 4, after });
      forward.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(ids);
    const backward: string[] = [];
    for (let before: string | null = null; ; ) {
      const page: any = await quotes({ orderBy, last: 3, before });
      backward.unshift(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(ids);
  });

  it('ranks by relevance when searching, and refuses a cursor from another ordering', async () => {
    const ranked = await quotes({ filter: { text: 'we' }, orderBy: { field: 'RELEVANCE' }, first: 100 });
    expect(ranked.totalCount).toBeGreaterThan(2);
    const { errors } = await gateway.gql(QUOTES, { orderBy: { field: 'DATE' }, after: ranked.pageInfo.endCursor });
    expect(errors?.[0].message).toMatch(/^"after" is a cursor for another ordering/);
  });

  it('orders people by quote count, with counts and co-mentions', async () => {
    const { data, errors } = await gateway.gql(`{ people(orderBy: { field: QUOTE_COUNT }, first: 3) {
      edges { node { name quoteCount mentionCount coMentions(first: 3) { entity { name } articles } } } } }`);
    expect(errors).toBeUndefined();
    const [top] = data.people.edges.map((e: any) => e.node);
    expect(top).toMatchObject({ name: 'Jens Stoltenberg', quoteCount: 5 });
    expect(top.mentionCount).toBe(4); // the dek, "Secretary General Jens Stoltenberg", two "Stoltenberg" cues
    expect(top.coMentions.map((c: any) => c.entity.name)).toEqual(expect.arrayContaining(['NATO']));
    expect(top.coMentions.every((c: any) => c.articles === 1)).toBe(true);
  });

  it('filters articles and entities in the same style', async () => {
    const { data, errors } = await gateway.gql(`{
      ukraine: articles(filter: { mentions: ["Ukraine"] }) { totalCount }
      notUkraine: articles(filter: { not: { mentions: ["Ukraine"] }, from: "2024-06-01" }, orderBy: { field: DATE }) { edges { node { title publishedAt } } }
      searched: articles(filter: { text: "drought" }) { edges { node { title } } }
      withinUkraine: locations(filter: { within: "Ukraine" }, orderBy: { field: NAME }) { edges { node { name } } }
      withNato: people(filter: { mentionedWith: "Atlantic Alliance" }) { edges { node { name } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.ukraine.totalCount).toBe(1);
    expect(data.notUkraine.edges.map((e: any) => e.node.publishedAt)).toEqual(['2024-08-30', '2024-07-15', '2024-06-03']);
    expect(data.searched.edges.map((e: any) => e.node.title)).toEqual(['Drought hits northern Kenya']);
    expect(data.withinUkraine.edges.map((e: any) => e.node.name)).toEqual(['Crimea', 'Kyiv']);
    expect(data.withNato.edges.map((e: any) => e.node.name)).toEqual(['Jens Stoltenberg']);
  });

  it('counts quotes by facet: speakers about a place, months, mentioned places', async () => {
    const { data, errors } = await gateway.gql(`{
      speakers: quoteStats(filter: { about: ["Russia"], aboutScope: ARTICLE }, groupBy: SPEAKER) { key count entity { __typename name } }
      months: quoteStats(groupBy: MONTH, first: 100) { key count }
      places: quoteStats(groupBy: MENTIONED_LOCATION) { key count entity { name } }
      articles: quoteStats(groupBy: ARTICLE, first: 1) { key count article { publishedAt } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.speakers).toEqual([
      { key: 'Jens Stoltenberg', count: 5, entity: { __typename: 'Person', name: 'Jens Stoltenberg' } },
      { key: 'NATO', count: 3, entity: { __typename: 'Organization', name: 'NATO' } },
    ]);
    expect(data.months.find((m: any) => m.key === '2024-05')).toEqual({ key: '2024-05', count: 8 + 2 });
    const counts = data.months.map((m: any) => m.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(data.places).toEqual(expect.arrayContaining([{ key: 'Kyiv', count: 1, entity: { name: 'Kyiv' } }]));
    expect(data.articles).toEqual([{ key: expect.stringContaining('NATO'), count: 8, article: { publishedAt: '2024-05-18' } }]);
  });

  it('looks entities up by prefix and alias, best first, accents aside', async () => {
    const lookup = async (query: string, types?: string[]) =>
      (await gateway.gql(`query L($q: String!, $t: [EntityType!]) { entities(query: $q, types: $t) { __typename name } }`, { q: query, t: types })).data.entities;
    expect((await lookup('kiev'))[0]).toEqual({ __typename: 'Location', name: 'Kyiv' });
    expect((await lookup('atlantic'))[0]).toEqual({ __typename: 'Organization', name: 'NATO' });
    expect((await lookup('muller'))[0]).toEqual({ __typename: 'Person', name: 'Gaël Müller' });
    expect((await lookup('stolt', ['PERSON']))[0].name).toBe('Jens Stoltenberg');
    expect(await lookup('stolt', ['LOCATION'])).toEqual([]);
  });
});
