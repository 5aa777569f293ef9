import fs from 'node:fs';
import path from 'node:path';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const operationsDir = path.resolve(__dirname, '..', '..', 'examples', 'operations');
const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles.jsonl');
const paged = fs
  .readdirSync(operationsDir)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => [f, fs.readFileSync(path.join(operationsDir, f), 'utf8')] as const)
  .filter(([, document]) => /first: \d+/.test(document));

describe('the SQL cost of the cookbook', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir, fixtures]);
  });
  afterAll(() => gateway.close());

  it('has operations with page sizes to vary', () => {
    expect(paged.length).toBeGreaterThan(5);
  });

  /** The __typename values anywhere in a response, sorted: which kinds of node a page holds. */
  const typenames = (value: unknown, found = new Set<string>()): string[] => {
    if (Array.isArray(value)) value.forEach((v) => typenames(v, found));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === '__typename' && typeof v === 'string') found.add(v);
        else typenames(v, found);
      }
    }
    return [...found].sort();
  };

  // A page that holds another mix of node types (a search's articles, quotes, entities) loads
  // another set of relations, so the small page is the smallest whose mix is the large page's.
  // A first page that holds every match needs no COUNT for its totalCount (src/db/paginate.ts):
  // the large page may run one statement fewer per such list (a cookbook operation has at most
  // two top-level lists), never more.
  it.each(paged)('%s runs no more SQL statements with every page size set to 100 than set to the smallest holding each node type', async (_file, document) => {
    const run = async (size: number) => {
      gateway.logger.count = 0;
      const { data, errors } = await gateway.gql(document.replace(/first: \d+/g, `first: ${size}`));
      expect(errors).toBeUndefined();
      return { statements: gateway.logger.count, types: typenames(data) };
    };
    const large = await run(100);
    let small = await run(1);
    for (let size = 2; size <= 10 && small.types.join() !== large.types.join(); size++) small = await run(size);
    expect(small.types).toEqual(large.types);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    expect(large.statements).toBeGreaterThanOrEqual(small.statements - 2);
  });
});
