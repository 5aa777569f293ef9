/**
 * Reads entity gold written inline, the form a person annotates by hand: documents open with a line
 * `=== ID YYYY-MM-DD`, the first paragraph is the headline, paragraphs are separated by one blank
 * line, and each name is marked `[[surface|TYPE]]` or `[[surface|TYPE|canonical name]]` (TYPE PER,
 * ORG or LOC). Mentions sharing a canonical name (the surface when none is given) are one entity,
 * within and across documents. Lines before the first `===` are comments. Gives what gum.reader
 * gives for a GUM line, so the evaluator scores both the same way.
 */
import { readFileSync } from 'node:fs';
import { parseJsonArticle } from '../ingestion/parse/json-article.parser';
import { ENTITY_LABELS, type EntityLabel, type GoldMention } from './entity-eval';
import type { GumDocument } from './gum.reader';

const DOCUMENT_HEAD = /^=== (\S+)(?: (\d{4}-\d{2}-\d{2}))?\s*$/;
const MARK = /\[\[([^\][|]+)\|([A-Z]+)(?:\|([^\][|]+))?\]\]/g;

/** One document's text with its marks taken out, and the gold mentions the marks made. Throws naming `origin` on a bad mark. */
function unmark(marked: string, origin: (offset: number) => string): { text: string; gold: GoldMention[] } {
  const gold: GoldMention[] = [];
  let text = '';
  let from = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, surface, type, canonical] = m;
    text += marked.slice(from, m.index);
    if (!ENTITY_LABELS.includes(type as EntityLabel)) throw new Error(`${origin(m.index)}: ${whole} has no PER/ORG/LOC type`);
    if (surface !== surface.trim()) throw new Error(`${origin(m.index)}: ${whole} has spaces at an end of its surface`);
    gold.push({ start: text.length, end: text.length + surface.length, type: type as EntityLabel, identity: `gold:${(canonical ?? surface).trim()}`, titled: true });
    text += surface;
    from = m.index + whole.length;
  }
  text += marked.slice(from);
  const stray = /\[\[|\]\]/.exec(text);
  if (stray) throw new Error(`${origin(marked.length)}: a mark that is not [[surface|TYPE]] or [[surface|TYPE|canonical]] near "${text.slice(Math.max(0, stray.index - 20), stray.index + 20)}"`);
  return { text, gold };
}

/** Parses a whole inline-gold text read from `file`. Throws an Error naming the file and line of the first fault. */
export function parseInlineGold(source: string, file: string): GumDocument[] {
  const lines = source.split('\n');
  const heads = lines.flatMap((line, i) => (line.startsWith('===') ? [i] : []));
  return heads.map((head, n) => {
    const match = DOCUMENT_HEAD.exec(lines[head]);
    if (!match) throw new Error(`${file}:${head + 1}: expected "=== ID [YYYY-MM-DD]"`);
    const bodyLines = lines.slice(head + 1, heads[n + 1] ?? lines.length);
    const marked = bodyLines.join('\n').trim().replace(/\n[ \t]*\n\s*/g, '\n\n');
    const lineOf = (offset: number): string => `${file}:${head + 2 + (marked.slice(0, offset).match(/\n/g)?.length ?? 0)}`;
    const { text, gold } = unmark(marked, lineOf);
    const title = text.split('\n\n')[0].replace(/\s+/g, ' ').trim();
    if (!title) throw new Error(`${file}:${head + 1}: document ${match[1]} has no text`);
    const ingest = { title, body: text, publishedAt: match[2] ?? null };
    return { id: match[1], article: parseJsonArticle(ingest, `${file}:${head + 1}`), gold };
  });
}

/** Every document of an inline-gold file, in file order. Throws on a bad document or mark. */
export function readInlineGoldFile(file: string): GumDocument[] {
  return parseInlineGold(readFileSync(file, 'utf8'), file);
}
