import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Places that share a name stay apart across articles, the same place stays one (issue 15): the
 * store tells them apart by GeoNames ID or listed country (entity.place_key), not by name alone.
 */
describe('place identity across articles', () => {
  let gateway: TestGateway;
  let dir: string;
  const articles = [
    ['https://example.org/fires', 'Fires in the northwest', 'The governor of Washington ordered crews to the Tallow Ridge fire on Monday, which has burned 2,000 acres of forest in the state.'],
    ['https://example.org/capital', 'A vote in the capital', 'Lawmakers in Washington, D.C. passed the transit bill on Tuesday after a long night of debate.'],
    ['https://example.org/paris-police', 'An arrest', 'Police in Paris, France arrested a man on Wednesday after a chase through the old market.'],
    ['https://example.org/paris-river', 'The river rises', 'The mayor of Paris closed the riverside roads on Thursday as the water rose.'],
    ['https://example.org/paris-texas', 'A small-town fair', 'The county fair in Paris, Texas opened on Friday with a rodeo and a pie contest.'],
  ];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-places-'));
    const file = path.join(dir, 'articles.jsonl');
    writeFileSync(file, articles.map(([url, title, body]) => JSON.stringify({ url, title, body })).join('\n') + '\n');
    gateway = await startTestGateway([file]);
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const placesNamed = async (name: string) => {
    const { data, errors } = await gateway.gql(
      `query P($name: String!) { locations(filter: { name: $name }, first: 10) { edges { node { id name kind countryCode geonamesId } } } }`,
      { name },
    );
    expect(errors).toBeUndefined();
    return (data.locations.edges as Array<{ node: { id: string; name: string; kind: string; countryCode: string | null; geonamesId: number | null } }>).map((e) => e.node);
  };
  const placeIdsOf = async (url: string, name: string) => {
    const { data, errors } = await gateway.gql(`{ articles(first: 10) { edges { node { url mentions { span { text } entity { __typename id } } } } } }`);
    expect(errors).toBeUndefined();
    const article = (data.articles.edges as Array<{ node: { url: string; mentions: Array<{ span: { text: string }; entity: { __typename: string; id: string } }> } }>)
      .find((e) => e.node.url === url)!.node;
    return article.mentions
      .filter((m) => m.span.text === name && m.entity.__typename === 'Location')
      .map((m) => m.entity.id);
  };

  it('keeps the state of Washington and the capital apart', async () => {
    const places = await placesNamed('Washington');
    expect(places.map(({ kind, countryCode }) => ({ kind, countryCode })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'city', countryCode: 'US' },
      { kind: 'region', countryCode: 'US' },
    ]);
    expect(places.find((p) => p.kind === 'city')!.geonamesId).not.toBeNull();
    const [state] = await placeIdsOf('https://example.org/fires', 'Washington');
    const [capital] = await placeIdsOf('https://example.org/capital', 'Washington');
    expect(state).toBeDefined();
    expect(capital).toBeDefined();
    expect(state).not.toBe(capital);
  });

  it('merges Paris, France and Paris in France, and keeps Paris, Texas apart', async () => {
    const [inFrance] = await placeIdsOf('https://example.org/paris-police', 'Paris');
    const [alone] = await placeIdsOf('https://example.org/paris-river', 'Paris');
    const [inTexas] = await placeIdsOf('https://example.org/paris-texas', 'Paris');
    expect(inFrance).toBeDefined();
    expect(alone).toBe(inFrance);
    expect(inTexas).toBeDefined();
    expect(inTexas).not.toBe(inFrance);
    const places = await placesNamed('Paris');
    expect(places.map((p) => p.countryCode).sort()).toEqual(['FR', 'US']);
  });
});
