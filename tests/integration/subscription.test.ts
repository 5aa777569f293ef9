import { EventEmitter } from 'node:events';
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

  /**
   * Subscribes, and resolves with the first `count` events (or with fewer, if the server completes
   * the subscription first). Waits as long as it takes: the test's own timeout is the limit.
   */
  function collect(query: string, count: number): Promise<any[]> {
    const events: any[] = [];
    return new Promise<any[]>((resolve, reject) => {
      const unsubscribe = client.subscribe(
        { query },
        {
          next: (value) => {
            events.push(value);
            if (events.length === count) {
              unsubscribe();
              resolve(events);
            }
          },
          error: reject,
          complete: () => resolve(events),
        },
      );
    });
  }

  /**
   * Resolves once the server has started `count` more live feeds: a quoteAdded subscription is
   * live when it listens for the store's "added" event (src/services/quote-events.ts), and every
   * quote committed after that reaches it. graphql-ws does not acknowledge a subscription, so the
   * test watches the server, which runs in this process. Call it before subscribing.
   */
  function feedsListening(count: number): Promise<void> {
    let left = count;
    return new Promise<void>((resolve) => {
      const on = EventEmitter.prototype.on;
      const spy = jest.spyOn(EventEmitter.prototype, 'on').mockImplementation(function (this: EventEmitter, event, listener) {
        const emitter = on.call(this, event, listener);
        if (event === 'added' && --left === 0) {
          spy.mockRestore();
          resolve();
        }
        return emitter;
      });
    });
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
    const live = feedsListening(2);
    const solberg = collect('subscription { quoteAdded(filter: { speaker: "Solberg" }) { text speaker { ... on Person { name } } } }', 2);
    const all = collect('subscription { quoteAdded { text } }', 3);
    await live;
    await ingest('Cod quota', '“We have to protect the stock,” said Ingrid Solberg, the fisheries minister.\n\n“Nobody asked us,” said Kari Nilsen, a fisher.');
    await ingest('Quota again', '“The quota stays,” Solberg told reporters on Monday.');
    const received = await solberg;
    expect(received.map((e) => e.data.quoteAdded)).toEqual([
      { text: 'We have to protect the stock,', speaker: { name: 'Ingrid Solberg' } },
      { text: 'The quota stays,', speaker: { name: 'Ingrid Solberg' } },
    ]);
    expect((await all).map((e) => e.data.quoteAdded.text)).toEqual(['We have to protect the stock,', 'Nobody asked us,', 'The quota stays,']);
  });

  it('also pushes quotes that another writer commits (a CLI ingest beside the server)', async () => {
    const other = await openDataSource({ databasePath: gateway.databasePath, databaseUrl: gateway.databaseUrl });
    try {
      const live = feedsListening(1);
      const feed = collect('subscription { quoteAdded(filter: { speaker: "Lindqvist" }) { text article { title } } }', 1);
      await live;
      const file = path.join(gateway.dir, 'elsewhere.json');
      fs.writeFileSync(file, JSON.stringify({ title: 'Port strike', body: '“The strike is over,” said Marta Lindqvist, a union spokeswoman.' }));
      expect(await ingestPaths(other, [file])).toMatchObject({ articles: 1, failed: [] });
      // The server finds another writer's quotes by looking once a second (watchQuotesAdded).
      expect((await feed).map((e) => e.data.quoteAdded)).toEqual([{ text: 'The strike is over,', article: { title: 'Port strike' } }]);
    } finally {
      await other.destroy();
    }
  });

  it('pushes DIRECT quotes by default, and the kinds `kind` names (reported speech written by another writer: found by the poll)', async () => {
    const live = feedsListening(2);
    const reported = collect('subscription { quoteAdded(filter: { speaker: "Stoltenberg" }, kind: [INDIRECT, MIXED]) { kind text } }', 1);
    const direct = collect('subscription { quoteAdded(filter: { speaker: "Stoltenberg" }) { kind text } }', 1);
    await live;
    await gateway.sql(
      `INSERT INTO quote (article_id, text, start, "end", paragraph, speaker_id, attribution, confidence, is_statement, kind)
       SELECT MIN(a.id), 'Russia must withdraw', 0, 20, 0, (SELECT id FROM entity WHERE name = 'Jens Stoltenberg'), 'EXPLICIT', 0.7, TRUE, 'INDIRECT' FROM article a`,
    );
    expect((await reported).map((e) => e.data.quoteAdded)).toEqual([{ kind: 'INDIRECT', text: 'Russia must withdraw' }]);
    await ingest('Summit', '“We will not be divided,” said Jens Stoltenberg.');
    expect((await direct).map((e) => e.data.quoteAdded)).toEqual([{ kind: 'DIRECT', text: 'We will not be divided,' }]);
  });

  it('refuses a bad filter at once with a clear error', async () => {
    const [event] = await collect('subscription { quoteAdded(filter: { from: "yesterday" }) { text } }', 1);
    expect(event.errors).toEqual([
      expect.objectContaining({ message: '"from" must be a date as YYYY-MM-DD, got "yesterday"', extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });
});
