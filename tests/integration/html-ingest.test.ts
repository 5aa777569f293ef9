import path from 'node:path';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/** A folder with one saved news page (tests/fixtures/html/norway-cod-quota.html). */
const htmlFixtures = path.resolve(__dirname, '..', 'fixtures', 'html');

describe('ingesting an HTML page, read back through GraphQL over HTTP', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([htmlFixtures]);
  });
  afterAll(() => gateway.close());

  it('stores the article with its title, date and canonical url', async () => {
    const { data, errors } = await gateway.gql('{ articles { edges { node { title publishedAt url } } } }');
    expect(errors).toBeUndefined();
    expect(data.articles.edges).toEqual([
      {
        node: {
          title: 'Norway cuts Arctic cod quota by a fifth',
          publishedAt: '2024-10-22T09:15:00+02:00',
          url: 'https://www.northernledger.example/business/2024/10/22/norway-cuts-arctic-cod-quota',
        },
      },
    ]);
  });

  it('finds the quotes of the minister, with her as the speaker', async () => {
    const { data, errors } = await gateway.gql(`{
      quotes(filter: { speaker: "Solberg" }) { totalCount edges { node { text speaker { ... on Person { name } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.quotes.totalCount).toBe(2);
    expect(data.quotes.edges.map((edge: any) => edge.node)).toEqual([
      {
        text: 'We are taking the advice of the researchers seriously, because a collapse would cost coastal communities far more than a lean year,',
        speaker: { name: 'Ingrid Solberg' },
      },
      {
        text: 'If the stock recovers faster than expected, we will not hesitate to raise the quota again,',
        speaker: { name: 'Ingrid Solberg' },
      },
    ]);
  });

  it('leaves the page furniture out of the stored body', async () => {
    const { data } = await gateway.gql('{ articles { edges { node { body } } } }');
    const body: string = data.articles.edges[0].node.body;
    expect(body).toMatch(/^Norway will cut next year’s quota for Arctic cod by 20 per cent/);
    for (const boilerplate of ['Advertisement', 'Share on', 'Related stories', 'All rights reserved', 'Marit Lund', 'Photo:']) {
      expect(body).not.toContain(boilerplate);
    }
  });
});
