import fs from 'node:fs';
import http from 'node:http';
import Database from 'better-sqlite3';
import { buildSchema, DocumentNode, execute, GraphQLSchema, parse, validate } from 'graphql';
import { projectPath } from '../src/config/config';
import { toGlobalId } from '../src/types/global-id';
import { ftsQuery } from '../src/db/fts-query';
import { nameKey } from '../src/services/name-key';
import { ARTICLE_COLUMN_WEIGHTS, SEARCH_SCORES, SEARCH_WINDOW, SNIPPET_TOKENS, snippetHtml } from '../src/services/search.service';
import { searchParameters, sqliteDialect } from '../src/db/dialect';
import { registerInterruptible } from '../src/db/interruptible.function';

/**
 * The ceiling: the least a server can do to answer the benchmark's four operations with the
 * gateway's exact JSON. node:http, graphql-js `execute` over the gateway's own SDL (schema.graphql,
 * no resolvers but the four root fields; documents parsed and validated once), and one to three raw
 * better-sqlite3 prepared statements per operation (every relation joined in, no ORM, no
 * DataLoader, no plugins), the best SQL we know for SQLite on the project's schema: Q1 reads one
 * index range of quote_subject per place, Q4 reads the place's counts kept at write time before
 * naming the top speakers, dates compare as stored (indexable); search is the gateway's own FTS5
 * statement (src/db/dialect.ts). Only the fields and arguments of bench/queries.ts are implemented; nested arguments
 * are ignored (Article.quotes is first 20).
 */

const TYPE_NAMES: Record<string, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location' };
const speakerOf = (type: string | null, name: string | null) =>
  type === 'PERSON' || type === 'ORGANIZATION' ? { __typename: TYPE_NAMES[type], name } : null;

/** The recursive scope of a place: the entities named `key` and every place within them. */
const SCOPE = `scope(id) AS (SELECT entity_id FROM entity_name WHERE key = @place
  UNION SELECT e.id FROM entity e JOIN scope s ON e.within_id = s.id)`;

export function createCeilingHandler(db: Database.Database) {
  // "About the place in the quote's paragraph, by the speaker": one range of the quote_subject
  // index (entity, speaker, quote) per place in scope.
  const q1Where = `q.is_statement = 1 AND q.kind = 'DIRECT' AND q.published_at >= @since AND q.id IN (SELECT qs.quote_id FROM quote_subject qs
    WHERE qs.entity_id IN scope AND qs.speaker_id IN (SELECT entity_id FROM entity_name WHERE key = @speaker))`;
  const q1Page = db.prepare(`WITH RECURSIVE ${SCOPE}
    SELECT q.text, s.type AS speakerType, s.name AS speakerName, a.title, a.published_at AS publishedAt
    FROM quote q CROSS JOIN article a ON a.id = q.article_id LEFT JOIN entity s ON s.id = q.speaker_id
    WHERE ${q1Where} ORDER BY q.id LIMIT @first`); // CROSS JOIN: quotes drive (else SQLite starts from article)
  const q1Count = db.prepare(`WITH RECURSIVE ${SCOPE} SELECT COUNT(*) FROM quote q WHERE ${q1Where}`).pluck();

  const q2Articles = db.prepare(`SELECT id, title, published_at AS publishedAt FROM article
    WHERE published_at >= ? ORDER BY id LIMIT ?`);
  const q2Quotes = db.prepare(`SELECT parent, text, total, s.type AS speakerType, s.name AS speakerName FROM (
      SELECT q.article_id AS parent, q.text, q.speaker_id, q.id AS qid,
             ROW_NUMBER() OVER (PARTITION BY q.article_id ORDER BY q.id) AS rn, COUNT(*) OVER (PARTITION BY q.article_id) AS total
      FROM quote q WHERE q.is_statement = 1 AND q.kind = 'DIRECT' AND q.article_id IN (SELECT value FROM json_each(?))
    ) LEFT JOIN entity s ON s.id = speaker_id WHERE rn <= ? ORDER BY parent, qid`);
  const q2Mentions = db.prepare(`SELECT m.article_id AS parent, m.text, e.type, e.name FROM mention m JOIN entity e ON e.id = m.entity_id
    WHERE m.article_id IN (SELECT value FROM json_each(?)) ORDER BY m.article_id, m.start`);

  // The gateway's own search SQL (src/db/dialect.ts), its rows' labels joined in.
  const sources = sqliteDialect.searchSources({
    kinds: { ARTICLE: 0, QUOTE: 1, ENTITY: 2 },
    articleWeights: ARTICLE_COLUMN_WEIGHTS,
    snippetWords: SNIPPET_TOKENS,
    quoteKinds: "q.kind IN ('DIRECT')",
    window: SEARCH_WINDOW,
    scores: SEARCH_SCORES,
  });
  const all = [sources.ARTICLE, sources.QUOTE, sources.ENTITY];
  const hitSql = all.map((s) => s.hits).join(' UNION ALL ');
  const snippet = (table: string, column: number | string) => `snippet(${table}, ${column}, char(2), char(3), '…', ${SNIPPET_TOKENS})`;
  const q3Page = db.prepare(`WITH hit AS (${hitSql}),
    page AS (SELECT * FROM hit ORDER BY score DESC, kind, id DESC LIMIT ?)
    SELECT page.kind, page.id, CASE page.kind
        WHEN 0 THEN (SELECT ${snippet('article_fts', `CASE page.score WHEN ${ARTICLE_COLUMN_WEIGHTS.title} THEN 0 WHEN ${ARTICLE_COLUMN_WEIGHTS.dek} THEN 1 ELSE 2 END`)} FROM article_fts WHERE article_fts MATCH ? AND rowid = page.snippet_id)
        WHEN 1 THEN (SELECT ${snippet('quote_fts', 0)} FROM quote_fts WHERE quote_fts MATCH ? AND rowid = page.snippet_id)
        ELSE (SELECT ${snippet('entity_name_fts', 0)} FROM entity_name_fts WHERE entity_name_fts MATCH ? AND rowid = page.snippet_id) END AS snippet,
      CASE page.kind WHEN 0 THEN a.title WHEN 1 THEN q.text ELSE e.name END AS label, e.type
    FROM page LEFT JOIN article a ON page.kind = 0 AND a.id = page.id LEFT JOIN quote q ON page.kind = 1 AND q.id = page.id
      LEFT JOIN entity e ON page.kind = 2 AND e.id = page.id
    ORDER BY page.score DESC, page.kind, page.id DESC`);
  const countSql = all.map((s) => `SELECT MIN(results, ${SEARCH_WINDOW}) AS n FROM (${s.count})`).join(' UNION ALL ');
  const q3Count = db.prepare(`SELECT SUM(n) FROM (${countSql})`).pluck();
  const q3 = (match: string, first: number) => q3Page.all(...searchParameters(hitSql, match), first, match, match, match);

  // The counts kept at write time (quote_scope_count: the place's range of its primary key, dated
  // DIRECT quotes per speaker), and only the top speakers looked up. Only for what the benchmark
  // asks: one place, a $since before every article (so every dated quote counts).
  const q4 = db.prepare(`SELECT e.name AS key, g.n AS count, e.id, e.type FROM (
      SELECT speaker_id AS id, SUM(n) AS n FROM quote_scope_count
      WHERE entity_id = (SELECT entity_id FROM entity_name WHERE key = @place) AND kind = 'DIRECT' AND dated = 1
        AND @since <= (SELECT MIN(published_at) FROM quote)
      GROUP BY speaker_id HAVING SUM(n) > 0) g JOIN entity e ON e.id = g.id
    ORDER BY count DESC, key ASC LIMIT @first`);

  type Args = Record<string, any>;
  const rootValue = {
    quotes: ({ filter, first }: Args) => {
      const params = { speaker: nameKey(filter.speaker), place: nameKey(filter.about[0]), since: filter.from ?? '' };
      const rows = q1Page.all({ ...params, first: first ?? 10 }) as Array<Record<string, any>>;
      return {
        totalCount: () => q1Count.get(params),
        edges: rows.map((r) => ({
          node: { text: r.text, speaker: speakerOf(r.speakerType, r.speakerName), article: { title: r.title, publishedAt: r.publishedAt } },
        })),
      };
    },
    articles: ({ filter, first }: Args) => {
      const articles = q2Articles.all(filter?.from ?? '', first ?? 10) as Array<{ id: number; title: string; publishedAt: string | null }>;
      const ids = JSON.stringify(articles.map((a) => a.id));
      const byArticle = new Map(articles.map((a) => [a.id, { quotes: [] as any[], total: 0, mentions: [] as any[] }]));
      for (const r of q2Quotes.all(ids, 20) as Array<Record<string, any>>) {
        const entry = byArticle.get(r.parent)!;
        entry.total = r.total;
        entry.quotes.push({ node: { text: r.text, speaker: speakerOf(r.speakerType, r.speakerName) } });
      }
      for (const r of q2Mentions.all(ids) as Array<Record<string, any>>) {
        byArticle.get(r.parent)!.mentions.push({ span: { text: r.text }, entity: { __typename: TYPE_NAMES[r.type], name: r.name } });
      }
      return {
        edges: articles.map((a) => {
          const entry = byArticle.get(a.id)!;
          return {
            node: {
              id: toGlobalId('Article', a.id),
              title: a.title,
              publishedAt: a.publishedAt,
              quotes: { totalCount: entry.total, edges: entry.quotes },
              mentions: entry.mentions,
            },
          };
        }),
      };
    },
    search: ({ query, first }: Args) => {
      const match = ftsQuery(query);
      if (match === null) return { totalCount: 0, edges: [] };
      const rows = q3(match, first ?? 10) as Array<Record<string, any>>;
      return {
        totalCount: () => q3Count.get(...searchParameters(countSql, match)),
        edges: rows.map((r) => ({
          snippet: snippetHtml(r.snippet ?? ''),
          node:
            r.kind === 0
              ? { __typename: 'Article', title: r.label }
              : r.kind === 1
                ? { __typename: 'Quote', text: r.label }
                : { __typename: TYPE_NAMES[r.type], name: r.label },
        })),
      };
    },
    quoteStats: ({ filter, first }: Args) =>
      (q4.all({ place: nameKey(filter.about[0]), since: filter.from ?? '', first: first ?? 10 }) as Array<Record<string, any>>).map((r) => ({
        key: r.key,
        count: r.count,
        entity: { __typename: TYPE_NAMES[r.type], id: toGlobalId(TYPE_NAMES[r.type], r.id), name: r.key },
      })),
  };

  const schema: GraphQLSchema = buildSchema(fs.readFileSync(projectPath('schema.graphql'), 'utf8'));
  const documents = new Map<string, DocumentNode | readonly Error[]>();
  const documentOf = (query: string) => {
    let document = documents.get(query);
    if (!document) {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length ? errors : parsed;
      documents.set(query, document);
    }
    return document;
  };

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      let status = 200;
      let result: unknown;
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const document = documentOf(query);
        if (Array.isArray(document)) {
          status = 400;
          result = { errors: document.map((e) => ({ message: e.message })) };
        } else {
          result = await execute({ schema, document: document as DocumentNode, rootValue, variableValues: variables });
        }
      } catch (error) {
        status = 400;
        result = { errors: [{ message: (error as Error).message }] };
      }
      const json = JSON.stringify(result);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    });
  };
}

/** Starts the ceiling on the database file; resolves to the HTTP server once it listens. */
export async function startCeiling(databasePath: string, port = 0): Promise<http.Server> {
  const db = new Database(databasePath, { readonly: true });
  registerInterruptible(db); // the search SQL calls it for every row
  const server = http.createServer(createCeilingHandler(db));
  server.keepAliveTimeout = 60000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  server.on('close', () => db.close());
  return server;
}
