import { searchContent } from '../../src/services/search.service';
import { SearchType } from '../../src/types/search-type';
import { startTestGateway, TestGateway } from '../support/test-gateway';
import { onStore } from '../support/test-store';

/** Each store's statement that writes articles (title, dek, body) from the JSON array of triples in its parameter. */
const INSERT_ARTICLES = onStore({
  sqlite: `INSERT INTO article (title, dek, subheadings, body, paragraph_spans, content_hash, origin, ingested_at)
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), '[]', json_extract(value, '$[2]'), '[]', 'columns-' || key, 'columns', '2024-01-01' FROM json_each(?)`,
  postgres: `INSERT INTO article (title, dek, subheadings, body, paragraph_spans, content_hash, origin, ingested_at)
    SELECT a->>0, a->>1, '[]', a->>2, '[]', 'columns-' || n, 'columns', '2024-01-01' FROM json_array_elements(?::json) WITH ORDINALITY AS t(a, n)`,
});

/** Made-up articles: [title, dek, body]; the search "harbor tariffs" is in a different column of each. */
const ARTICLES: Array<[string, string | null, string]> = [
  ['Harbor tariffs vote', null, 'The council met. Harbor tariffs were set.'],
  ['Council news', 'Harbor tariffs debated again', 'The harbor tariffs debate went on.'],
  ['Weather today', 'Rain expected', 'Fishermen said the harbor tariffs hurt them.'],
  ['Harbor reopens', 'New tariffs announced', 'The harbor and its tariffs, again.'],
  ['Unrelated', 'Nothing here', 'No such words at all.'],
];

const SEARCH = `query S($query: String!, $first: Int) {
  search(query: $query, types: [ARTICLE], first: $first) { totalCount totalCountIsExact edges { score snippet node { ... on Article { title } } } }
}`;

/**
 * An article ranks by the first of its title, dek and body that holds the whole search (on
 * PostgreSQL from the title-and-dek vector, headline_vector), and a search's count is the same
 * whether the page's statement reads it (the operation asks for totalCount) or a statement of its
 * own does: on either store (TEST_DATABASE_URL for PostgreSQL).
 */
describe('search: the column an article matches in, and the count', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([]);
    await gateway.sql(INSERT_ARTICLES, [JSON.stringify(ARTICLES)]);
  });
  afterAll(() => gateway.close());

  it('scores the title above the dek above the body, and a search split between title and dek as the body', async () => {
    const { data, errors } = await gateway.gql(SEARCH, { query: 'harbor tariffs', first: 10 });
    expect(errors).toBeUndefined();
    expect(data.search.edges.map((e: { score: number; node: { title: string } }) => [e.node.title, e.score])).toEqual([
      ['Harbor tariffs vote', 10],
      ['Council news', 4],
      ['Harbor reopens', 1],
      ['Weather today', 1],
    ]);
    expect(data.search.edges[0].snippet).toBe('<mark>Harbor</mark> <mark>tariffs</mark> vote');
    expect(data.search.edges[1].snippet).toBe('<mark>Harbor</mark> <mark>tariffs</mark> debated again');
    expect(data.search).toMatchObject({ totalCount: 4, totalCountIsExact: true });
    const phrase = await gateway.gql(SEARCH, { query: '"harbor tariffs"', first: 10 });
    expect(phrase.data.search.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Harbor tariffs vote', 'Council news', 'Weather today']);
  });

  it('counts the same in the page statement, alone, and through the service without the page', async () => {
    for (const query of ['harbor tariffs', 'harbor', 'tariff*', 'nothing-like-it', 'again']) {
      const withPage = (await gateway.gql(SEARCH, { query, first: 10 })).data.search;
      const alone = (await gateway.gql(`query S($query: String!) { search(query: $query, types: [ARTICLE]) { totalCount totalCountIsExact } }`, { query })).data.search;
      const page = await searchContent(gateway.dataSource, { query, types: [SearchType.ARTICLE], first: 10, maxTerms: 32 });
      const counted = await searchContent(gateway.dataSource, { query, types: [SearchType.ARTICLE], first: 10, maxTerms: 32, withTotal: true });
      expect(page.hits).toEqual(counted.hits);
      expect(await page.total()).toEqual(await counted.total());
      expect({ totalCount: alone.totalCount, totalCountIsExact: alone.totalCountIsExact }).toEqual({ totalCount: withPage.totalCount, totalCountIsExact: withPage.totalCountIsExact });
      expect((await page.total()).count).toBe(withPage.totalCount);
    }
  });
});
