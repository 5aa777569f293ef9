/**
 * Reads GUM-format entity documents (one JSON object a line: id, title, text, published, entities
 * with start, end, text, type PER/ORG/LOC, wikipedia title or null, cluster) into what the ingester
 * would get for them, `{ title, body: text, publishedAt: published }` (the README's `gum://ID` url is
 * no http: URL the JSON parser takes, and annotation never reads it), and the gold mentions, each span
 * checked to index the text.
 */
import { readFileSync } from 'node:fs';
import type { ParsedArticle } from '../ingestion/annotations';
import { parseJsonArticle } from '../ingestion/parse/json-article.parser';
import { ENTITY_LABELS, type EntityLabel, type GoldMention } from './entity-eval';

/** One GUM document, ready to annotate and score. */
export interface GumDocument {
  id: string;
  article: ParsedArticle;
  gold: GoldMention[];
}

interface RawEntity {
  start: number;
  end: number;
  text: string;
  type: string;
  wikipedia: string | null;
  cluster: number;
}

/**
 * True for an organization written as the country's name whose Wikipedia identity is that country's national
 * team ("Sweden" for "Sweden national football team", "Korea" for "South Korea national football team"): GUM types
 * it ORG, CoNLL-2003 LOC (the set's README). Team names of their own ("Gliders") and demonyms ("Belgians") are not.
 */
function standsForNationalTeam(e: RawEntity): boolean {
  return e.type === 'ORG' && e.wikipedia !== null && e.wikipedia.includes(`${e.text} national `) && / team$/.test(e.wikipedia);
}

/** Parses one line. Throws an Error naming `origin` when it is no document or an entity does not index its text. */
export function parseGumLine(line: string, origin: string): GumDocument {
  const record = JSON.parse(line) as Record<string, unknown>;
  const { text, title } = record;
  if (typeof text !== 'string' || typeof title !== 'string' || typeof record.id !== 'string') {
    throw new Error(`${origin}: expected "id", "title" and "text" strings`);
  }
  const gold = ((record.entities ?? []) as RawEntity[]).map((e, i): GoldMention => {
    if (!ENTITY_LABELS.includes(e.type as EntityLabel) || text.slice(e.start, e.end) !== e.text) {
      throw new Error(`${origin}: entity ${i} ${JSON.stringify(e)} does not index the text or has no PER/ORG/LOC type`);
    }
    const titled = typeof e.wikipedia === 'string';
    const gold: GoldMention = { start: e.start, end: e.end, type: e.type as EntityLabel, identity: titled ? `wiki:${e.wikipedia}` : `${record.id}#${e.cluster}`, titled };
    return standsForNationalTeam(e) ? { ...gold, conllType: 'LOC' } : gold;
  });
  const ingest = { title, body: text, publishedAt: typeof record.published === 'string' ? record.published : null };
  return { id: record.id, article: parseJsonArticle(ingest, origin), gold };
}

/** Every document of a GUM .jsonl file, in file order; blank lines skipped. Throws on a bad line. */
export function readGumFile(file: string): GumDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.trim() ? [parseGumLine(line, `${file}:${i + 1}`)] : []));
}
