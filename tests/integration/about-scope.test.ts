import path from 'node:path';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');

const QUOTES = `query Q($filter: QuoteFilter, $first: Int) {
  quotes(filter: $filter, first: $first) { totalCount edges { node { text } } }
}`;

/**
 * Quotes about a place read the place's scope (the entities named so and the places within them),
 * which PostgreSQL looks up before the page and binds as ids: the answers are the same as the
 * scope read inside the statement, on either store (run with TEST_DATABASE_URL for PostgreSQL).
 */
describe('quotes about a place: the scope of the name', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir, fixtures]);
  });
  afterAll(() => gateway.close());

  const quotes = async (filter: Record<string, unknown>): Promise<{ count: number; texts: string[] }> => {
    const { data, errors } = await gateway.gql(QUOTES, { filter, first: 100 });
    expect(errors).toBeUndefined();
    return { count: data.quotes.totalCount as number, texts: data.quotes.edges.map((e: any) => e.node.text as string) };
  };

  it('a country finds the quotes whose paragraph names a city within it, at every scope and under a speaker', async () => {
    const ukraine = await quotes({ about: ['Ukraine'] });
    expect(ukraine.texts).toContain('We are all committed to the sovereignty of Kiev. China and Russia are working together, they are two authoritarian governments that want to decide the future of the countries around them through spheres of influence. We cannot allow that');
    expect(ukraine.count).toBe(ukraine.texts.length);
    const kiev = await quotes({ about: ['Kiev'] });
    expect(kiev.count).toBeGreaterThan(0);
    expect(kiev.texts.every((text) => ukraine.texts.includes(text))).toBe(true);
    const stoltenberg = await quotes({ speaker: 'Stoltenberg', about: ['Ukraine'] });
    expect(stoltenberg.count).toBe(5);
    for (const aboutScope of ['QUOTE', 'ARTICLE']) {
      const scoped = await quotes({ about: ['Ukraine'], aboutScope });
      expect(scoped.count).toBe(scoped.texts.length);
      expect(scoped.count).toBeGreaterThan(0);
    }
  });

  it('a place no entity goes by matches no quote, and under not every quote; aboutAny joins the scopes', async () => {
    const all = (await quotes({})).count;
    expect((await quotes({ about: ['Nowhere Ever Named'] })).count).toBe(0);
    expect((await quotes({ not: { about: ['Nowhere Ever Named'] } })).count).toBe(all);
    const ukraine = await quotes({ about: ['Ukraine'] });
    const either = await quotes({ aboutAny: ['Ukraine', 'Nowhere Ever Named'] });
    expect(either.texts).toEqual(ukraine.texts);
    const notUkraine = await quotes({ not: { about: ['Ukraine'] } });
    expect(notUkraine.count + ukraine.count).toBe(all);
    const both = await quotes({ about: ['Ukraine', 'Kiev'] });
    expect(both.texts).toEqual((await quotes({ about: ['Kiev'] })).texts);
  });
});
