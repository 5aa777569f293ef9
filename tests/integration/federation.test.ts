import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

describe('Apollo Federation subgraph mode (NEWSGRAPH_FEDERATION=true)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_FEDERATION: 'true' } });
  });
  afterAll(() => gateway.close());

  it('publishes its SDL with a key on Article, Person, Organization and Location', async () => {
    const { data, errors } = await gateway.gql('{ _service { sdl } }');
    expect(errors).toBeUndefined();
    const sdl: string = data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    for (const type of ['Article', 'Person', 'Organization', 'Location']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\)`));
    }
    expect(sdl).not.toMatch(/type Quote implements [^{]*@key/);
  });

  it('resolves entity references by global ID through _entities', async () => {
    const ids = (await gateway.gql(`{ people(first: 1) { edges { node { id name } } } articles(first: 1) { edges { node { id title } } }
      locations(filter: { name: "Kiev" }) { edges { node { id } } } }`)).data;
    const person = ids.people.edges[0].node;
    const article = ids.articles.edges[0].node;
    const kyiv = ids.locations.edges[0].node;
    const { data, errors } = await gateway.gql(
      `query E($r: [_Any!]!) { _entities(representations: $r) { __typename
        ... on Person { name quotes(first: 1) { totalCount } } ... on Article { title } ... on Location { name within { name } } } }`,
      { r: [{ __typename: 'Person', id: person.id }, { __typename: 'Article', id: article.id }, { __typename: 'Location', id: kyiv.id }, { __typename: 'Person', id: article.id }] },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { __typename: 'Person', name: person.name, quotes: { totalCount: 5 } },
      { __typename: 'Article', title: article.title },
      { __typename: 'Location', name: 'Kyiv', within: { name: 'Ukraine' } },
      null,
    ]);
  });

  it('still answers the ordinary API', async () => {
    const { data } = await gateway.gql('{ quotes(filter: { speaker: "Stoltenberg", about: ["Ukraine"] }) { totalCount } }');
    expect(data.quotes.totalCount).toBe(5);
  });
});
