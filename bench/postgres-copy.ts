import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDataSource } from '../src/db/data-source';

/** The table that marks a PostgreSQL bench database as a copy: its source file and row counts. */
const MARK_TABLE = 'bench_source';

/** Tables of both stores that are never copied: TypeORM's migration log, the PostgreSQL data version. */
const NOT_COPIED = new Set(['migrations', 'data_version', MARK_TABLE]);

/** What making (or finding) the PostgreSQL copy did. */
export interface PostgresCopyReport {
  /** True when the database already held this copy (nothing copied). */
  cached: boolean;
  seconds: number;
  /** Rows per table. */
  rows: Record<string, number>;
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the database of `databaseUrl` when missing, connected to the server's `postgres` database as the same role. */
async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${quoteName(name)}`);
  } finally {
    await admin.end();
  }
}

/** The tables to copy in an order that inserts every referenced row before the rows that reference it (self references aside). */
async function tablesInReferenceOrder(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
     JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`);
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const r of references) if (unquote(r.child) === table) visit(unquote(r.parent), path);
    ordered.push(table);
  };
  for (const { name } of tables) if (!NOT_COPIED.has(name)) visit(name, new Set());
  return ordered;
}

/**
 * The PostgreSQL twin of the SQLite bench database `sqlitePath`, in the database of `databaseUrl`
 * (created when missing): a bench fixture, not the product's ingest (bench/ingest.ts measures
 * that). When the database's `bench_source` mark names this file and its row counts, it is kept
 * as it is (after the migrations added since). Otherwise the public schema is emptied, the
 * project's PostgreSQL migrations run (openDataSource), and every table both stores have is
 * copied from SQLite with COPY FROM STDIN (CSV), ids kept: the columns the PostgreSQL table has
 * and SQLite's has too (generated columns aside: PostgreSQL computes its search vectors), the
 * tables' own triggers off while copying (the copied rows already hold what they maintain, such
 * as quote_subject), referenced tables first. Then the identity sequences are moved past the
 * copied ids, the tables vacuumed and analysed, and the mark written.
 */
export async function copyToPostgres(options: { sqlitePath: string; databaseUrl: string; log?: (line: string) => void }): Promise<PostgresCopyReport> {
  const { sqlitePath, databaseUrl } = options;
  const log = options.log ?? (() => {});
  const started = Date.now();
  await ensureDatabase(databaseUrl);
  const sqlite = new Database(sqlitePath, { readonly: true });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const source = path.basename(sqlitePath);
    const sqliteTables = new Set(
      (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name));
    const sqliteCounts = (tables: string[]) =>
      Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${quoteName(t)}`).get() as { n: number }).n]));

    const { rows: marked } = await client.query(`SELECT to_regclass('public.${MARK_TABLE}') IS NOT NULL AS marked`);
    if (marked[0].marked) {
      const { rows: [mark] } = await client.query(`SELECT source, counts FROM ${MARK_TABLE}`);
      if (mark?.source === source) {
        const counts = sqliteCounts(Object.keys(mark.counts));
        if (JSON.stringify(counts) === JSON.stringify(mark.counts)) {
          await (await openDataSource({ databasePath: ':memory:', databaseUrl })).destroy(); // the migrations added since
          return { cached: true, seconds: (Date.now() - started) / 1000, rows: counts };
        }
      }
    }

    log(`copying ${source} into ${new URL(databaseUrl).pathname.slice(1)}`);
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await (await openDataSource({ databasePath: ':memory:', databaseUrl })).destroy();
    const tables = (await tablesInReferenceOrder(client)).filter((t) => sqliteTables.has(t));
    for (const table of tables) await client.query(`ALTER TABLE ${quoteName(table)} DISABLE TRIGGER USER`);
    // The migrations' backfills ran on empty tables; their rows come from SQLite.
    for (const table of [...tables].reverse()) await client.query(`DELETE FROM ${quoteName(table)}`);
    for (const table of tables) {
      const { rows: pgColumns } = await client.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [table]);
      const sqliteColumns = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name));
      const columns = pgColumns.map((c) => c.name).filter((c) => sqliteColumns.has(c));
      const list = columns.map(quoteName).join(', ');
      const rows = sqlite.prepare(`SELECT ${list} FROM ${quoteName(table)}`).raw().iterate() as Iterable<unknown[]>;
      // Every string quoted, so that an empty string stays one and an unquoted empty field is NULL.
      const csv = stringify({ quoted_string: true, cast: { number: (n) => String(n) } });
      await pipeline(Readable.from(rows), csv, client.query(copyFrom(`COPY ${quoteName(table)} (${list}) FROM STDIN WITH (FORMAT csv)`)));
      log(`  ${table}: ${columns.length} columns copied`);
    }
    for (const table of tables) {
      await client.query(`ALTER TABLE ${quoteName(table)} ENABLE TRIGGER USER`);
      const { rows: identities } = await client.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'YES'`, [table]);
      for (const { name } of identities) {
        await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quoteName(name)}) FROM ${quoteName(table)}), 0) + 1, false)`,
          [quoteName(table), name]);
      }
    }
    // Statistics, and the visibility map that index-only scans need.
    await client.query(`VACUUM ANALYZE ${tables.map(quoteName).join(', ')}`);
    const counts = sqliteCounts(tables);
    await client.query(`CREATE TABLE ${MARK_TABLE} (source text NOT NULL, counts jsonb NOT NULL, copied_at timestamptz NOT NULL DEFAULT now())`);
    await client.query(`INSERT INTO ${MARK_TABLE} (source, counts) VALUES ($1, $2)`, [source, JSON.stringify(counts)]);
    return { cached: false, seconds: (Date.now() - started) / 1000, rows: counts };
  } finally {
    await client.end();
    sqlite.close();
  }
}
