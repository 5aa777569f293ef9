import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { distCli, ensureBuilt } from '../support/build';
import { writeSyntheticJsonl } from '../support/synthetic-articles';
import { describeOnSqlite } from '../support/test-store';

/**
 * A crash in the middle of an ingest: `newsgraph ingest BIG.jsonl` killed with SIGKILL while it
 * writes leaves a sound database (integrity_check ok, full-text indexes consistent, no article
 * half-written), and running the same ingest again completes it: every article exactly once.
 * It is killed when it reports its first 1,000 articles done: half-way.
 */
const ARTICLES = 2000;

describeOnSqlite('kill -9 during an ingest', 'checks the SQLite file itself (integrity_check, foreign_key_check, FTS5 integrity) after a crash', () => {
  let dir: string;
  let jsonl: string;
  let databasePath: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-crash-'));
    jsonl = path.join(dir, 'big.jsonl');
    databasePath = path.join(dir, 'crash.sqlite');
    writeSyntheticJsonl(jsonl, ARTICLES, 'crash');
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** How an ingest ended, and how many inputs it had reported done when it was killed (null if it was not). */
  interface IngestRun {
    code: number | null;
    signal: NodeJS.Signals | null;
    output: string;
    doneAtKill: number | null;
  }

  /**
   * Runs the CLI ingest. With `killAtProgress`, kills it (SIGKILL) as soon as it reports progress:
   * when standard error is not a terminal it writes a line every 1,000 inputs, "(done/total, ...)",
   * once they are committed. Rejects if it ends before that.
   */
  function ingest(killAtProgress = false): Promise<IngestRun> {
    const child = spawn(process.execPath, [distCli, 'ingest', jsonl], {
      env: { PATH: process.env.PATH, DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let doneAtKill: number | null = null;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const progress = /\((\d+)\/\d+, /.exec(output);
      if (killAtProgress && doneAtKill === null && progress) {
        doneAtKill = Number(progress[1]);
        child.kill('SIGKILL');
      }
    });
    return new Promise((resolve, reject) =>
      child.once('close', (code, signal) => {
        if (killAtProgress && doneAtKill === null) reject(new Error(`the ingest ended (${code ?? signal}) before it reported progress:\n${output}`));
        else resolve({ code, signal, output, doneAtKill });
      }),
    );
  }

  function check(db: Database.Database) {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const fts of ['article_fts', 'quote_fts', 'entity_name_fts']) {
      expect(() => db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run()).not.toThrow();
    }
    // No article half-written: each synthetic article has its two quotes and its mentions.
    const partial = db.prepare(`SELECT count(*) AS n FROM article a WHERE (SELECT count(*) FROM quote q WHERE q.article_id = a.id) <> 2
      OR NOT EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id)`).get() as { n: number };
    expect(partial.n).toBe(0);
  }

  it('leaves a sound database, and the same ingest run again stores every article exactly once', async () => {
    const killed = await ingest(true);
    expect(killed.signal).toBe('SIGKILL');

    const afterCrash = new Database(databasePath);
    let storedAtCrash: number;
    try {
      check(afterCrash);
      storedAtCrash = (afterCrash.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
      expect(storedAtCrash).toBeGreaterThanOrEqual(killed.doneAtKill!);
      expect(storedAtCrash).toBeLessThan(ARTICLES); // it really was killed in the middle
    } finally {
      afterCrash.close();
    }

    const completed = await ingest();
    expect(completed.code).toBe(0);
    const summary = /ingested (\d+) articles?, .*; skipped (\d+) already stored; failed (\d+)\n?$/.exec(completed.output.trim().split('\n').pop()!);
    expect(summary).not.toBeNull();
    const [ingested, skipped, failed] = summary!.slice(1).map(Number);
    expect({ ingested, skipped, failed }).toEqual({ ingested: ARTICLES - storedAtCrash, skipped: storedAtCrash, failed: 0 });

    const db = new Database(databasePath, { readonly: true });
    try {
      const counts = db.prepare('SELECT count(*) AS n, count(DISTINCT url) AS urls, count(DISTINCT title) AS titles, count(DISTINCT content_hash) AS hashes FROM article').get();
      expect(counts).toEqual({ n: ARTICLES, urls: ARTICLES, titles: ARTICLES, hashes: ARTICLES });
      expect((db.prepare('SELECT count(*) AS n FROM quote').get() as { n: number }).n).toBe(2 * ARTICLES);
      const duplicates = db.prepare('SELECT article_id, start, count(*) AS n FROM quote GROUP BY article_id, start HAVING n > 1').all();
      expect(duplicates).toEqual([]);
      const entityDuplicates = db.prepare('SELECT type, name_key, count(*) AS n FROM entity GROUP BY type, name_key HAVING n > 1').all();
      expect(entityDuplicates).toEqual([]);
    } finally {
      db.close();
    }
    const final = new Database(databasePath);
    try {
      check(final);
    } finally {
      final.close();
    }
  }, 60_000);
});
