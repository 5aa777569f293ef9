import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { registerInterruptible } from '../../../src/db/interruptible.function';
import { Logger } from 'typeorm';
import { SqliteArticleWriter } from '../../../src/services/article-batch.store';
import { benchConfig } from '../../../bench/gateway.server';
import { BenchSubjects, QueryName, requestBody } from '../../../bench/queries';
import { openDataSource } from '../../../src/db/data-source';
import { parseJsonArticle } from '../../../src/ingestion/parse/json-article.parser';
import { annotateArticle } from '../../../src/ingestion/annotate-article';
import { createServer } from '../../../src/server/create-server';
import { CorpusGenerator } from '../../../src/synth/corpus.generator';

/** A TypeORM logger that keeps every statement with its parameters. */
class RecordingLogger implements Logger {
  statements: Array<{ sql: string; parameters: unknown[] }> = [];
  logQuery(sql: string, parameters?: unknown[]): void {
    this.statements.push({ sql, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The tables that grow with the corpus: a scan of one of these is a scan of millions of rows. */
const BIG_TABLES = ['quote', 'mention', 'article', 'entity_name'];

/** A step of a query plan that reads a whole big table without an index. */
interface FullScan {
  query: QueryName;
  table: string;
  /** The plan step as SQLite prints it ("SCAN q"). */
  step: string;
  sql: string;
  plan: string;
}

/**
 * Known full table scans of Q1-Q4 (bench/queries.ts), found by this test. They are not fixed here:
 * each needs an index or a rewrite in src/ (see bench/RESULTS.md and the report of issue 6).
 * TODO(lead): when a fix lands, this test fails naming the scan that went away: remove it from the list.
 */
const KNOWN_FULL_SCANS: Array<Pick<FullScan, 'query' | 'table' | 'step'>> = [
  // Q2 articles(filter: { from }, first: 20) walks article in id order and stops at the 21st row
  // that passes `a.published_at >= ?`: the best plan while the date lets most rows through (as
  // in the benchmark). For a selective date, the planner's statistics make it read
  // idx_article_published_at instead (tests/integration/planner-statistics.test.ts).
  { query: 'Q2', table: 'article', step: 'SCAN a' },
];

/** The table each alias of a statement stands for ("q" -> "quote"), and each table for itself. */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  const pattern = /\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?"?(\w+)"?)?/gi;
  for (let match = pattern.exec(sql); match; match = pattern.exec(sql)) {
    const [, table, alias] = match;
    map.set(table, table);
    if (alias && !/^(?:WHERE|ON|INNER|LEFT|CROSS|JOIN|GROUP|ORDER|LIMIT|WITH|UNION|SELECT)$/i.test(alias)) map.set(alias, table);
  }
  return map;
}

describe('no full table scan in the benchmark operations Q1-Q4', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-explain-'));
  const file = path.join(dir, 'explain.sqlite');
  const logger = new RecordingLogger();
  const scans: FullScan[] = [];
  const indexScans: FullScan[] = [];
  const statementsBy = new Map<QueryName, number>();

  beforeAll(async () => {
    await (await openDataSource({ databasePath: file })).destroy();
    const db = new Database(file);
    registerInterruptible(db); // the search SQL calls it, as on every connection the gateway opens
    const writer = new SqliteArticleWriter(db);
    const generator = new CorpusGenerator({ seed: 3 });
    writer.storeBatch([...generator.articles(120)].map(({ article }) => {
      const parsed = parseJsonArticle(article, 'explain');
      return { parsed, annotations: annotateArticle(parsed) };
    }));
    const top = (sql: string) => (db.prepare(sql).get() as { name: string }).name;
    const subjects: BenchSubjects = {
      speaker: top(`SELECT e.name FROM quote q JOIN entity e ON e.id = q.speaker_id GROUP BY q.speaker_id ORDER BY COUNT(*) DESC LIMIT 1`),
      speakerId: 0, // the peer's variable (PostGraphile): unused here
      place: top(`SELECT e.name FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.type = 'LOCATION' GROUP BY m.entity_id ORDER BY COUNT(*) DESC LIMIT 1`),
      search: 'pension reform',
    };

    const dataSource = await openDataSource({ databasePath: file, logger });
    const server = await createServer(dataSource, benchConfig(file));
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    try {
      for (const query of ['Q1', 'Q2', 'Q3', 'Q4'] as const) {
        logger.statements = [];
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(query, subjects, 1, true) });
        const json = (await response.json()) as { data?: unknown; errors?: unknown };
        expect({ query, errors: json.errors }).toEqual({ query, errors: undefined });
        const statements = logger.statements.filter(({ sql }) => !/^\s*(?:PRAGMA|BEGIN|COMMIT|ROLLBACK)/i.test(sql));
        statementsBy.set(query, statements.length);
        for (const { sql, parameters } of statements) {
          const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(parameters as unknown[])) as Array<{ detail: string }>;
          const names = aliases(sql);
          const planText = plan.map((p) => p.detail).join('\n');
          // A subquery's result (a page's 21 rows read as a co-routine) may carry a table's alias: its SCAN reads no table.
          const subqueries = new Set(plan.map((p) => /^(?:CO-ROUTINE|MATERIALIZE) (\w+)$/.exec(p.detail)?.[1]).filter(Boolean));
          for (const { detail } of plan) {
            const match = /^SCAN (\w+)(.*)$/.exec(detail);
            if (!match || /VIRTUAL TABLE/.test(match[2]) || subqueries.has(match[1])) continue;
            const table = names.get(match[1]) ?? match[1];
            if (!BIG_TABLES.includes(table)) continue;
            const found = { query, table, step: detail, sql: sql.replace(/\s+/g, ' '), plan: planText };
            (/USING (?:COVERING )?INDEX/.test(match[2]) ? indexScans : scans).push(found);
          }
        }
      }
    } finally {
      await server.stop();
      await dataSource.destroy();
      db.close();
    }
    // Setup, not a measurement: about 4 s alone, and it once passed the default 30 s under a loaded machine.
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('each operation runs a handful of statements', () => {
    for (const [query, count] of statementsBy) expect({ query, small: count > 0 && count <= 12 }).toEqual({ query, small: true });
  });

  test('full scans of the big tables are exactly the known ones (TODO list above)', () => {
    const report = [...scans, ...indexScans].map((s) => `${s.query} ${s.step} on ${s.table}\n  SQL: ${s.sql}\n  plan:\n    ${s.plan.replace(/\n/g, '\n    ')}`).join('\n\n');
    if (report) console.log(`Scans of big tables in Q1-Q4:\n\n${report}`);
    const key = (s: Pick<FullScan, 'query' | 'table' | 'step'>) => `${s.query} ${s.table}: ${s.step}`;
    const found = [...new Set(scans.map(key))].sort();
    const known = KNOWN_FULL_SCANS.map(key).sort();
    expect({ fullScans: found }).toEqual({ fullScans: known });
  });
});
