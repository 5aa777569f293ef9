import Database from 'better-sqlite3';
import { openDataSource } from '../../src/db/data-source';
import { deleteArticle, ingestArticle } from '../../src/services/article-write.service';
import { codesOf, postJson } from '../support/http';
import { itOnSqlite, sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * The writes over real HTTP: ingestArticle and deleteArticle behind API keys (nothing written
 * without one), idempotent ingest, delete with its quotes, mentions and orphan entities, reads
 * behind a key when asked, the per-client rate limit, and the response cache following every
 * change to the data, this server's own and another connection's.
 */
const KEYS = ['alpha-key-0123456789', 'beta-key-9876543210'];
const auth = (key: string) => ({ authorization: `Bearer ${key}` });

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id title url quotes { totalCount edges { node { text speaker { ... on Person { name } } } } } mentions { entity { name } } }
  }
}`;
const DELETE = 'mutation Delete($id: ID!) { deleteArticle(id: $id) }';

/** An article with a speaker no other article names, and NATO, which the sample names too. */
const harbour = {
  title: 'Tromsø will rebuild its harbour',
  url: 'https://example.test/harbour',
  publishedAt: '2024-05-02',
  source: 'Test Wire',
  body:
    '“We will rebuild the harbour before winter,” said Henrietta Vorslund, the mayor of Tromsø.\n\n' +
    'Vorslund said NATO had offered engineers. “The alliance has been generous,” she added.',
};

async function count(gateway: TestGateway, table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
  const [{ n }] = await gateway.sql(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params);
  return n;
}

describe('writes behind API keys', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_API_KEYS: KEYS.join(',') } });
  });
  afterAll(() => gateway.close());

  it('refuses ingestArticle without a valid key, with UNAUTHENTICATED (401), and writes nothing', async () => {
    const before = { articles: await count(gateway, 'article'), entities: await count(gateway, 'entity'), quotes: await count(gateway, 'quote') };
    const refusals: Array<Record<string, string>> = [
      {},
      auth('wrong-key'),
      auth(KEYS[0].slice(0, -1)), // a prefix of a real key
      auth(`${KEYS[0]}x`),
      { authorization: KEYS[0] }, // no scheme
      { authorization: `Basic ${Buffer.from(`user:${KEYS[0]}`).toString('base64')}` },
      { authorization: 'Bearer' },
      { authorization: `Bearer ${KEYS.join(',')}` },
    ];
    for (const headers of refusals) {
      const response = await gateway.gql(INGEST, { input: harbour }, headers);
      expect({ headers, status: response.status }).toEqual({ headers, status: 401 });
      expect(response.data).toBeNull();
      expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.errors![0].message).toBe('A valid API key is needed: send "Authorization: Bearer KEY"');
    }
    expect({ articles: await count(gateway, 'article'), entities: await count(gateway, 'entity'), quotes: await count(gateway, 'quote') }).toEqual(before);
  });

  it('ingests with a key: created true the first time, false (the same article) on repeat', async () => {
    const before = await count(gateway, 'article');
    const first = await gateway.gql(INGEST, { input: harbour }, auth(KEYS[0]));
    expect(first.errors).toBeUndefined();
    const { created, article } = first.data.ingestArticle;
    expect(created).toBe(true);
    expect(article.title).toBe(harbour.title);
    expect(article.quotes.totalCount).toBe(2);
    expect(article.quotes.edges.map((e: any) => e.node.speaker?.name)).toEqual(['Henrietta Vorslund', 'Henrietta Vorslund']);
    expect(article.mentions.map((m: any) => m.entity.name)).toEqual(expect.arrayContaining(['Henrietta Vorslund', 'NATO']));

    const again = await gateway.gql(INGEST, { input: harbour }, auth(KEYS[1])); // the other key works too
    expect(again.data.ingestArticle).toMatchObject({ created: false, article: { id: article.id } });
    const sameUrl = await gateway.gql(INGEST, { input: { ...harbour, body: `${harbour.body} (updated)` } }, auth(KEYS[0]));
    expect(sameUrl.data.ingestArticle).toMatchObject({ created: false, article: { id: article.id } });
    expect(await count(gateway, 'article')).toBe(before + 1);
  });

  it('refuses an invalid article with BAD_USER_INPUT, writing nothing', async () => {
    const before = await count(gateway, 'article');
    for (const input of [{ title: 'Empty', body: '' }, { title: 'Date', body: 'Some text.', publishedAt: 'not a date' }, { title: '', body: 'Text.' }]) {
      const response = await gateway.gql(INGEST, { input }, auth(KEYS[0]));
      expect(response.status).toBeLessThan(500);
      expect(response.data?.ingestArticle ?? null).toBeNull();
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    }
    const missingBody = await gateway.gql(INGEST, { input: { title: 'No body' } }, auth(KEYS[0]));
    expect(missingBody.status).toBe(400);
    expect(await count(gateway, 'article')).toBe(before);
  });

  it('keeps spans exact with characters beyond the BMP, and refuses text that is not well-formed Unicode', async () => {
    const body = '“We ran 🏃 and swam 🏊 all day,” said Oskar Brenneman.\n\nHe laughed. “Again 🏃 tomorrow,” he added.';
    const stored = await gateway.gql(INGEST, { input: { title: 'Astral', body, url: 'https://example.test/astral' } }, auth(KEYS[0]));
    const article = stored.data.ingestArticle.article;
    const spans = await gateway.gql('query A($id: ID!) { article(id: $id) { body quotes { edges { node { text span { start end } } } } } }', { id: article.id });
    expect(spans.data.article.body).toBe(body);
    expect(spans.data.article.quotes.edges).toHaveLength(2);
    for (const { node } of spans.data.article.quotes.edges) expect(body.slice(node.span.start, node.span.end)).toBe(node.text);

    // A lone surrogate (valid JSON: "\ud800") cannot be stored as given: SQLite would keep U+FFFD
    // three times over, and every span after it would point at the wrong text.
    const before = await count(gateway, 'article');
    for (const input of [
      { title: 'Lone', body: '“Broken \ud800 text,” said Oskar Brenneman.' },
      { title: 'Lone \udc00 title', body: 'Fine body.' },
    ]) {
      const response = await gateway.gql(INGEST, { input }, auth(KEYS[0]));
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(/^input: field "(body|title)" is not well-formed Unicode \(a lone surrogate at offset \d+\)$/);
    }
    expect(await count(gateway, 'article')).toBe(before);
  });

  it('keeps a NUL character on SQLite, and refuses it with BAD_USER_INPUT on PostgreSQL (whose text cannot hold it)', async () => {
    const input = { title: 'Nul', body: '“Null \u0000 here,” said Oskar Brenneman.', url: 'https://example.test/nul' };
    const response = await gateway.gql(INGEST, { input }, auth(KEYS[0]));
    if (gateway.store === 'sqlite') {
      expect(response.errors).toBeUndefined();
      const { id } = response.data.ingestArticle.article;
      expect((await gateway.gql('query A($id: ID!) { article(id: $id) { body } }', { id })).data.article.body).toBe(input.body);
    } else {
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toBe('input: field "body" holds a NUL character (U+0000) at offset 6, which the store cannot keep');
    }
    // Filtering by such a source is no error either: it matches nothing.
    const filtered = await gateway.gql('{ articles(filter: { source: "x\u0000" }) { totalCount } }');
    expect(filtered).toMatchObject({ data: { articles: { totalCount: 0 } } });
    expect(filtered.errors).toBeUndefined();
  });

  it('refuses deleteArticle without a key and keeps the article', async () => {
    const { id } = (await gateway.gql(INGEST, { input: harbour }, auth(KEYS[0]))).data.ingestArticle.article;
    for (const headers of [{}, auth('nope')]) {
      const response = await gateway.gql(DELETE, { id }, headers);
      expect(response.status).toBe(401);
      expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    }
    expect((await gateway.gql('query A($id: ID!) { article(id: $id) { title } }', { id })).data.article.title).toBe(harbour.title);
  });

  it('deletes an article with its quotes and mentions, and the entities no other article names', async () => {
    const { id } = (await gateway.gql(INGEST, { input: harbour }, auth(KEYS[0]))).data.ingestArticle.article;
    const [{ id: rowId }] = await gateway.sql('SELECT id FROM article WHERE url = ?', [harbour.url]);
    expect(await count(gateway, 'quote', 'article_id = ?', [rowId])).toBe(3); // two quotes and "Vorslund said NATO had offered engineers"
    expect(await count(gateway, 'quote', "article_id = ? AND kind = 'INDIRECT'", [rowId])).toBe(1);
    expect(await count(gateway, 'mention', 'article_id = ?', [rowId])).toBeGreaterThan(0);
    const person = `{ people(filter: { name: "Vorslund" }) { totalCount } organizations(filter: { name: "NATO" }) { totalCount } }`;
    expect((await gateway.gql(person)).data).toEqual({ people: { totalCount: 1 }, organizations: { totalCount: 1 } });
    const articlesBefore = await count(gateway, 'article');

    const deleted = await gateway.gql(DELETE, { id }, auth(KEYS[1]));
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteArticle: true });

    expect(await count(gateway, 'article')).toBe(articlesBefore - 1);
    expect(await count(gateway, 'quote', 'article_id = ?', [rowId])).toBe(0);
    expect(await count(gateway, 'mention', 'article_id = ?', [rowId])).toBe(0);
    expect((await gateway.gql(person)).data).toEqual({ people: { totalCount: 0 }, organizations: { totalCount: 1 } });
    expect(await count(gateway, 'entity_name', "key = 'vorslund'")).toBe(0);
    // No entity is left that nothing names, quotes or points to.
    expect(
      await count(
        gateway,
        'entity',
        `NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = entity.id) AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.speaker_id = entity.id)
         AND NOT EXISTS (SELECT 1 FROM entity c WHERE c.within_id = entity.id OR c.affiliation_id = entity.id)`,
      ),
    ).toBe(0);
    expect((await gateway.gql('{ search(query: "Vorslund") { totalCount } }')).data.search.totalCount).toBe(0);
    expect((await gateway.gql('query A($id: ID!) { article(id: $id) { title } }', { id })).data.article).toBeNull();

    // Deleting it again, or an ID of another type, says so.
    expect((await gateway.gql(DELETE, { id }, auth(KEYS[0]))).data).toEqual({ deleteArticle: false });
    const wrongType = await gateway.gql(DELETE, { id: 'bogus' }, auth(KEYS[0]));
    expect(codesOf(wrongType)).toEqual(['BAD_USER_INPUT']);
  });

  it('marks write answers uncacheable (no-store), whatever the key', async () => {
    const response = await postJson(gateway.url, { query: INGEST, variables: { input: harbour } }, auth(KEYS[0]));
    expect(response.json.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('age')).toBeNull();
  });
});

describe('reads behind a key (NEWSGRAPH_REQUIRE_KEY_FOR_READS=true)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_API_KEYS: KEYS[0], NEWSGRAPH_REQUIRE_KEY_FOR_READS: 'true' } });
  });
  afterAll(() => gateway.close());

  it('answers reads only with a key, even when the answer is in the response cache', async () => {
    const query = '{ articles { totalCount } }';
    const withKey = await postJson(gateway.url, { query }, auth(KEYS[0]));
    expect(withKey.json.data).toEqual({ articles: { totalCount: 1 } });
    // Private: no shared cache (a CDN, a proxy) may keep an answer that needed a key.
    expect(withKey.headers.get('cache-control')).toBe('max-age=30, private');
    await postJson(gateway.url, { query }, auth(KEYS[0])); // seen twice: stored (see cache-admission.ts)
    const cached = await postJson(gateway.url, { query }, auth(KEYS[0]));
    expect(cached.headers.get('age')).not.toBeNull();
    expect(cached.headers.get('cache-control')).toBe('max-age=30, private');
    for (const headers of [{}, auth('wrong')]) {
      const refused = await postJson(gateway.url, { query }, headers);
      expect(refused.status).toBe(401);
      expect(refused.json.data).toBeUndefined();
      expect(codesOf(refused.json)).toEqual(['UNAUTHENTICATED']);
      expect(refused.text).not.toContain('totalCount');
    }
    const get = await postJson(gateway.url, { query: '{ __typename }' });
    expect(get.status).toBe(401);
  });
});

describe('the rate limit (NEWSGRAPH_RATE_LIMIT)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([], { env: { NEWSGRAPH_API_KEYS: KEYS.join(',') }, config: { limits: { ratePerMinute: 5 } } });
  });
  afterAll(() => gateway.close());

  it('answers 429 with Retry-After past the limit, per client: by key, else by address', async () => {
    const query = { query: '{ __typename }' };
    for (let i = 0; i < 5; i++) {
      // Made-up keys count for the address: inventing a key per request does not escape the limit.
      const response = await postJson(gateway.url, query, i % 2 ? auth(`made-up-${i}`) : {});
      expect(response.status).toBe(200);
    }
    const limited = await postJson(gateway.url, query, auth('made-up-again'));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(codesOf(limited.json)).toEqual(['RATE_LIMITED']);
    expect(limited.json.errors[0].message).toContain('at most 5 a minute');

    // A real key is a client of its own, with its own budget; so is each key.
    for (const key of KEYS) {
      for (let i = 0; i < 5; i++) expect((await postJson(gateway.url, query, auth(key))).status).toBe(200);
      expect((await postJson(gateway.url, query, auth(key))).status).toBe(429);
    }
    // Health checks are not limited.
    expect((await fetch(`${gateway.origin}/healthz`)).status).toBe(200);
  });
});

describe('the response cache', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir], { env: { NEWSGRAPH_API_KEYS: KEYS[0] } });
  });
  afterAll(() => gateway.close());

  const READ = '{ articles(first: 100) { totalCount edges { node { title } } } }';
  const read = async () => {
    const response = await postJson(gateway.url, { query: READ });
    expect(response.json.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe('max-age=30, public');
    return { hit: response.headers.get('age') !== null, count: response.json.data.articles.totalCount as number, titles: response.json.data.articles.edges.map((e: any) => e.node.title) as string[] };
  };

  it('answers a repeated read from the cache, and follows ingestArticle and deleteArticle', async () => {
    const first = await read();
    expect(first.hit).toBe(false);
    // Stored once seen twice (cache-admission.ts): the second read is a miss that stores it.
    expect(await read()).toEqual(first);
    const statements = gateway.logger.count;
    const second = await read();
    expect(second).toEqual({ ...first, hit: true });
    expect(gateway.logger.count - statements).toBeLessThanOrEqual(1); // only PRAGMA data_version

    const ingested = await gateway.gql(INGEST, { input: harbour }, auth(KEYS[0]));
    const { id } = ingested.data.ingestArticle.article;
    const afterIngest = await read();
    expect(afterIngest).toMatchObject({ hit: false, count: first.count + 1 });
    expect(afterIngest.titles).toContain(harbour.title);
    expect((await read()).hit).toBe(true);

    // A duplicate ingest changes nothing, and the cache stays.
    await gateway.gql(INGEST, { input: harbour }, auth(KEYS[0]));
    expect((await read()).hit).toBe(true);

    await gateway.gql(DELETE, { id }, auth(KEYS[0]));
    const afterDelete = await read();
    expect(afterDelete).toMatchObject({ hit: false, count: first.count });
    expect(afterDelete.titles).not.toContain(harbour.title);
  });

  it('follows writes made by another gateway instance (another DataSource on the same database)', async () => {
    await read();
    await read();
    expect((await read()).hit).toBe(true);
    const before = (await read()).count;
    const other = await openDataSource({ databasePath: gateway.databasePath, databaseUrl: gateway.databaseUrl });
    try {
      const stored = await ingestArticle(
        other,
        { title: 'Written by another instance', body: 'Another instance wrote this.', url: 'https://example.test/instance' },
        { limits: gateway.config.limits },
      );
      const afterInsert = await read();
      expect(afterInsert).toMatchObject({ hit: false, count: before + 1 });
      expect(afterInsert.titles).toContain('Written by another instance');
      expect((await read()).hit).toBe(true);

      expect(await deleteArticle(other, stored.articleId)).toBe(true);
      const afterDelete = await read();
      expect(afterDelete).toMatchObject({ hit: false, count: before });
      expect(afterDelete.titles).not.toContain('Written by another instance');
    } finally {
      await other.destroy();
    }
  });

  itOnSqlite('follows writes made by another connection to the same file', 'raw writes outside the store, through a second better-sqlite3 connection; the PostgreSQL twin is the test above', async () => {
    await read();
    await read();
    expect((await read()).hit).toBe(true);
    const before = (await read()).count;
    const other = new Database(gateway.databasePath);
    try {
      other.pragma('busy_timeout = 5000');
      other
        .prepare(
          `INSERT INTO article (url, title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at)
           VALUES ('https://example.test/outside', 'Written from outside', '[]', 'Outside.', '[]', 'outside-hash', 'test', '2024-01-01T00:00:00Z')`,
        )
        .run();
      const afterInsert = await read();
      expect(afterInsert).toMatchObject({ hit: false, count: before + 1 });
      expect(afterInsert.titles).toContain('Written from outside');
      expect((await read()).hit).toBe(true);

      other.prepare("DELETE FROM article WHERE url = 'https://example.test/outside'").run();
      const afterDelete = await read();
      expect(afterDelete).toMatchObject({ hit: false, count: before });
      expect(afterDelete.titles).not.toContain('Written from outside');
    } finally {
      other.close();
    }
  });
});
