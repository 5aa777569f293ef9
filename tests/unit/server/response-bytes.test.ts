import { getOperationAST, parse } from 'graphql';
import { createSchema } from '../../../src/graphql/schema';
import { withPageSizes } from '../../../src/server/plugins/limits.plugin';
import { estimateResponseBytes } from '../../../src/server/response-bytes';

describe('estimateResponseBytes', () => {
  const estimate = async (query: string, variables: Record<string, unknown> = {}) => {
    const schema = await createSchema();
    const document = parse(query);
    return estimateResponseBytes(schema, withPageSizes(schema, document, getOperationAST(document)!, variables));
  };

  it('weighs a long text by its declared size, times the page size above it', async () => {
    const titles = await estimate('{ articles(first: 10) { edges { node { title } } } }');
    const bodies = await estimate('{ articles(first: 10) { edges { node { body } } } }');
    expect(bodies - titles).toBeGreaterThan(10 * 16_000);
    const twice = await estimate('{ articles(first: 20) { edges { node { body } } } }');
    expect(twice / bodies).toBeGreaterThan(1.9);
  });

  it('multiplies nested pages, and reads page sizes from variables and defaults', async () => {
    const nested = await estimate('query Q($n: Int) { articles(first: $n) { edges { node { quotes(first: 100) { edges { node { article { body } } } } } } } }', { n: 100 });
    expect(nested).toBeGreaterThan(100 * 100 * 16_000);
    const byDefault = await estimate('{ articles { edges { node { body } } } }');
    const twenty = await estimate('{ articles(first: 20) { edges { node { body } } } }');
    expect(byDefault).toBe(twenty);
  });

  it('follows fragments and inline fragments', async () => {
    const inline = await estimate('{ articles(first: 5) { edges { node { body } } } }');
    const spread = await estimate('{ articles(first: 5) { edges { node { ...A } } } } fragment A on Article { body }');
    expect(spread).toBe(inline);
  });
});
