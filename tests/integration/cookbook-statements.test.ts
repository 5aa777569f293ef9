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

  it.each(paged)('%s runs the same number of SQL statements with every page size set to 1 or to 100', async (_file, document) => {
    const statements = async (size: number) => {
      gateway.logger.count = 0;
      const { errors } = await gateway.gql(document.replace(/first: \d+/g, `first: ${size}`));
      expect(errors).toBeUndefined();
      return gateway.logger.count;
    };
    const small = await statements(1);
    expect(await statements(100)).toBe(small);
  });
});
