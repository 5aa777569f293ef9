import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/** Speakers whose surnames carry particles are found by every form of their name (issue 15). */
describe('speaker lookup by any name form', () => {
  let gateway: TestGateway;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-names-'));
    const file = path.join(dir, 'articles.jsonl');
    const body = [
      'Commission President Edda von der Brask spoke in the harbour town on Monday.',
      '“We will rebuild the pier,” von der Brask said.',
      'Later, Karim bin Tavita met the mayor. “It went well,” bin Tavita said.',
      'Councillor Rosa "Ro" Quintell watched the vote. “The pier is safe,” Ro said.',
    ].join('\n\n');
    writeFileSync(file, `${JSON.stringify({ title: 'Pier plans', body, url: 'https://example.org/pier' })}\n`);
    gateway = await startTestGateway([file]);
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['von der Brask', 'Edda von der Brask'],
    ['Von der Brask', 'Edda von der Brask'],
    ['Edda von der Brask', 'Edda von der Brask'],
    ['bin Tavita', 'Karim bin Tavita'],
    ['Rosa Quintell', 'Rosa Quintell'],
    ['Ro Quintell', 'Rosa Quintell'],
    ['Ro', 'Rosa Quintell'],
  ])('speaker: "%s" finds the quote of %s', async (speaker, name) => {
    const { data, errors } = await gateway.gql(`query Q($speaker: String!) { quotes(filter: { speaker: $speaker }) { totalCount edges { node { speaker { ... on Person { name } } } } } }`, { speaker });
    expect(errors).toBeUndefined();
    expect(data.quotes.totalCount).toBe(1);
    expect(data.quotes.edges[0].node.speaker.name).toBe(name);
  });
});
