import fs from 'node:fs';
import path from 'node:path';
import type { StoltenbergOnUkraineQuery, QuotesByNatoQuery, PlacesWithinUkraineQuery } from '../../examples/generated/client/graphql';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const operationsDir = path.resolve(__dirname, '..', '..', 'examples', 'operations');
const operations = fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort();
const read = (name: string) => fs.readFileSync(path.join(operationsDir, `${name}.graphql`), 'utf8');

describe('the cookbook (examples/operations) against the sample corpus', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir]);
  });
  afterAll(() => gateway.close());

  it.each(operations)('%s runs without errors and finds something', async (file) => {
    const { status, data, errors } = await gateway.gql(fs.readFileSync(path.join(operationsDir, file), 'utf8'));
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    const firstField = Object.values(data)[0] as unknown[] | { edges: unknown[] };
    expect(Array.isArray(firstField) ? firstField.length : firstField.edges.length).toBeGreaterThan(0);
  });

  it('StoltenbergOnUkraine returns his five quotes, each with his name and role', async () => {
    const { data } = await gateway.gql<StoltenbergOnUkraineQuery>(read('StoltenbergOnUkraine'));
    expect(data!.quotes.totalCount).toBe(5);
    for (const { node } of data!.quotes.edges) {
      expect(node.speaker).toEqual({ name: 'Jens Stoltenberg', role: 'Secretary General' });
      expect(node.article.publishedAt).toBe('2024-05-18');
    }
  });

  it('QuotesByNato finds the three NATO quotes, one of them through its alias "Atlantic Alliance"', async () => {
    const { data } = await gateway.gql<QuotesByNatoQuery>(read('QuotesByNato'));
    expect(data!.quotes.totalCount).toBe(3);
    const mentions = data!.quotes.edges.map(({ node }) => node.speakerMention?.text);
    expect(mentions).toEqual(expect.arrayContaining(['NATO', expect.stringContaining('Atlantic Alliance')]));
  });

  it('PlacesWithinUkraine finds Ukraine by its demonym, with Kyiv and Crimea within it', async () => {
    const { data } = await gateway.gql<PlacesWithinUkraineQuery>(read('PlacesWithinUkraine'));
    const ukraine = data!.locations.edges[0].node;
    expect(ukraine).toMatchObject({ name: 'Ukraine', kind: 'country', countryCode: 'UA', demonyms: ['Ukrainian'] });
    expect(ukraine.contains.map((place) => place.name)).toEqual(expect.arrayContaining(['Crimea', 'Kyiv']));
    expect(ukraine.contains.find((place) => place.name === 'Kyiv')?.aliases).toContain('Kiev');
  });
});
