import fs from 'node:fs';
import path from 'node:path';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { openDataSource } from '../../src/db/data-source';
import { ingestPaths } from '../../src/services/ingest.service';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const KEY = 'test-key-for-subscriptions';

describe('live quotes: quoteAdded over graphql-ws', () => {
  let gateway: TestGateway;
  let client: Client;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_API_KEYS: KEY } });
    client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client.dispose();
    await gateway.close();
  });

  /** Subscribes, then resolves with the first `count` events (or whatever came within `ms`). */
  function collect(query: string, count: number, ms = 5000): { ready: Promise<void>; events: Promise<any[]> } {
    const events: any[] = [];
    let resolveReady: () => void;
    const ready = new Promise<void>((resolve) => (resolveReady = resolve));
    const done = new Promise<any[]>((resolve, reject) => {
      const timer = setTimeout(() => (unsubscribe(), resolve(events)), ms);
      const unsubscribe = client.subscribe(
        { query },
        {
          next: (value) => {
            events.push(value);
            if (events.length === count) {
              clearTimeout(timer);
              unsubscribe();
              resolve(events);
            }
          },
          error: reject,
          complete: () => resolve(events),
        },
      );
      setTimeout(resolveReady, 300);
    });
    return { ready, events: done };
  }

  const ingest = (title: string, body: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        query: 'mutation I($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
        variables: { input: { title, body, publishedAt: '2024-09-01' } },
      }),
    }).then((r) => r.json());

  it('pushes each new quote that matches the filter, filtered on the server', async () => {
    const solberg = collect('subscription { quoteAdded(filter: { speaker: "Solberg" }) { text speaker { ... on Person { name } } } }', 2);
    const all = collect('subscription { quoteAdded { text } }', 3);
    await Promise.all([solberg.ready, all.ready]);
    await ingest('Cod quota', '“We have to protect the stock,” said Ingrid Solberg, the fisheries minister.\n\n“Nobody asked us,” said Kari Nilsen, a fisher.');
    await ingest('Quota again', '“The quota stays,” Solberg told reporters on Monday.');
    const received = await solberg.events;
    expect(received.map((e) => e.data.quoteAdded)).toEqual([
      { text: 'We have to protect the stock,', speaker: { name: 'Ingrid Solberg' } },
      { text: 'The quota stays,', speaker: { name: 'Ingrid Solberg' } },
    ]);
    expect((await all.events).map((e) => e.data.quoteAdded.text)).toEqual(['We have to protect the stock,', 'Nobody asked us,', 'The quota stays,']);
  });

  it('also pushes quotes that another writer commits (a CLI ingest beside the server)', async () => {
    const other = await openDataSource({ databasePath: gateway.databasePath, databaseUrl: gateway.databaseUrl });
    try {
      const feed = collect('subscription { quoteAdded(filter: { speaker: "Lindqvist" }) { text article { title } } }', 1, 8000);
      await feed.ready;
      const file = path.join(gateway.dir, 'elsewhere.json');
      fs.writeFileSync(file, JSON.stringify({ title: 'Port strike', body: '“The strike is over,” said Marta Lindqvist, a union spokeswoman.' }));
      expect(await ingestPaths(other, [file])).toMatchObject({ articles: 1, failed: [] });
      expect((await feed.events).map((e) => e.data.quoteAdded)).toEqual([{ text: 'The strike is over,', article: { title: 'Port strike' } }]);
    } finally {
      await other.destroy();
    }
  });

  it('refuses a bad filter at once with a clear error', async () => {
    const [event] = await collect('subscription { quoteAdded(filter: { from: "yesterday" }) { text } }', 1).events;
    expect(event.errors).toEqual([
      expect.objectContaining({ message: '"from" must be a date as YYYY-MM-DD, got "yesterday"', extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });
});
