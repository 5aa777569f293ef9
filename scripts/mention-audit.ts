import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotateArticle } from '../src/ingestion/annotate-article';
import { parseJsonArticle } from '../src/ingestion/parse/json-article.parser';

/**
 * `node dist/scripts/mention-audit.js [FILE.jsonl]`: every mention the ingest code finds in every
 * article of a JSONL file, one tab-separated line each: line number, start, end, the text, the
 * entity's type, the mention's form, the entity's name, and 30 characters either side. Reads
 * PolNeAR and GUM lines (`title`, `text`) and ingest lines (`title`, `body`); default: the PolNeAR
 * dev file beside the repository (real political newswire, the held-out set's kind). What a rule
 * change moves shows as the diff of two runs, before and after it: each changed line should be a
 * right name gained or a wrong one gone. Never part of `npm test`; prints no corpus text to any file.
 */

const DEFAULT_FILE = path.join('..', 'shared', 'corpus', 'polnear', 'dev.jsonl');
const CONTEXT = 30;

/** One line of the audit for one mention; tabs and line breaks in the text become spaces. */
function auditLine(line: number, body: string, m: { start: number; end: number; form: string }, type: string, name: string): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const context = flat(body.slice(Math.max(0, m.start - CONTEXT), m.end + CONTEXT));
  return [line, m.start, m.end, flat(body.slice(m.start, m.end)), type, m.form, name, context].join('\t');
}

function main(): void {
  const file = process.argv[2] ?? DEFAULT_FILE;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    const origin = `${file}:${i + 1}`;
    try {
      const record = JSON.parse(text) as Record<string, unknown>;
      const ingest = { title: record.title, body: record.body ?? record.text };
      const article = parseJsonArticle(ingest, origin);
      const { entities, mentions } = annotateArticle(article);
      const byKey = new Map(entities.map((e) => [e.key, e]));
      for (const m of mentions) {
        const e = byKey.get(m.entityKey);
        if (e) process.stdout.write(`${auditLine(i + 1, article.body, m, e.type, e.name)}\n`);
      }
    } catch (err) {
      const message = (err as Error).message;
      process.stderr.write(`${message.startsWith(origin) ? message : `${origin}: ${message}`}\n`);
      process.exitCode = 1;
    }
  });
}

main();
