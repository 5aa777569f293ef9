import { createHash } from 'node:crypto';
import type { ArticleAnnotations, EntityCandidate, ParsedArticle } from '../ingestion/annotations';
import type { EntityNameKind } from '../entities/entity-name.entity';
import { ARTICLES_ABOUT_ENTITY, quoteScopeCountsDelta } from '../db/quote-scope-counts.sql';
import { nameKey } from './name-key';
import { step, StepRow, WritePlan } from './write-plan';

/**
 * The one description of how an article and its annotations become rows: de-duplication by body
 * hash and url, entity merging (same type and folded name; a lone surname joins the one stored
 * person with that surname), names, roles, GeoNames IDs, affiliations, containment, mentions (with
 * their form and confidence) and quotes, and the
 * facet counts they add to (quote_scope_count).
 *
 * It is written as a generator of SQL statements (`SqlStep`), each answered with its rows, so
 * that the same logic runs synchronously on SQLite (prepared better-sqlite3 statements:
 * article-batch.store.ts) and asynchronously on PostgreSQL (through the transaction's
 * EntityManager: article-store.service.ts). Every statement is SQL both stores run as it is,
 * with `?` placeholders; booleans are bound as JavaScript booleans (the SQLite runner binds 1/0).
 * Transactions, locks and the data-version bump are the runner's business, not the plan's.
 */

/** What storing one article did. */
export interface StoreResult {
  /** `duplicate`: an article with the same body hash or url is already stored; nothing was written. */
  status: 'stored' | 'duplicate';
  articleId: number;
  quotes: number;
  /** Entities this article created (not those it linked to existing records). */
  newEntities: number;
  /** Row ids of the statement quotes stored, of every kind (empty for a duplicate). */
  quoteIds: number[];
  /** How many of those are reported statements (MIXED or INDIRECT); the rest are DIRECT. */
  reported: number;
}

/** SHA-256 of an article body: its identity for de-duplication. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

const SQL = {
  existing: 'SELECT id FROM article WHERE content_hash = ? OR url = ? LIMIT 1',
  insertArticle: `INSERT INTO article (url, title, dek, section, published_at, source, image_caption, image_credit,
    subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  entityByName: 'SELECT id, role, geonames_id FROM entity WHERE type = ? AND name_key = ?',
  personsBySurname: `SELECT DISTINCT e.id AS id, e.role AS role FROM entity_name n JOIN entity e ON e.id = n.entity_id
    WHERE n.kind = 'SURNAME' AND n.key = ? AND e.type = 'PERSON' LIMIT 2`,
  insertEntity: `INSERT INTO entity (type, name, name_key, role, affiliation_id, kind, country_code, within_id, geonames_id)
    VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, ?) RETURNING id`,
  updateRole: 'UPDATE entity SET role = ? WHERE id = ?',
  setGeonamesId: 'UPDATE entity SET geonames_id = ? WHERE id = ? AND geonames_id IS NULL',
  insertNames: 'INSERT INTO entity_name (entity_id, kind, name, key) VALUES ',
  setAffiliation: 'UPDATE entity SET affiliation_id = ? WHERE id = ? AND affiliation_id IS NULL',
  withinUnset: 'SELECT id FROM entity WHERE id = ? AND within_id IS NULL',
  setWithin: 'UPDATE entity SET within_id = ? WHERE id = ?',
  // Mentions and quotes go in as multi-row INSERTs (ROWS_PER_INSERT at most): one statement per
  // article rather than one per row. It matters for the full-text index: SQLite's FTS5 writes its
  // pending terms out as a new segment at the start of every statement of a transaction, so one
  // INSERT per quote made one quote_fts segment per quote, and merging them dominated the ingest.
  insertMentions: 'INSERT INTO mention (article_id, entity_id, start, "end", text, paragraph, form, confidence) VALUES ',
  insertQuotes: `INSERT INTO quote (article_id, text, start, "end", paragraph, cue_start, cue_end, cue_text,
    speaker_mention_start, speaker_mention_end, speaker_mention_text, speaker_id, attribution, confidence, is_statement, published_at, kind) VALUES `,
};

/** Rows of one multi-row INSERT at most (SQLite and PostgreSQL both take thousands of parameters). */
const ROWS_PER_INSERT = 100;

/** `(?, ?, ?)` for `columns` columns, `count` times, comma-separated (cached: counts repeat). */
const valueLists = new Map<string, string>();
function placeholders(columns: number, count: number): string {
  const key = `${columns}x${count}`;
  let text = valueLists.get(key);
  if (!text) {
    const row = `(${Array(columns).fill('?').join(', ')})`;
    text = Array(count).fill(row).join(', ');
    valueLists.set(key, text);
  }
  return text;
}

/** Multi-row INSERTs of `rows` (each an array of `columns` values), ROWS_PER_INSERT at a time, each followed by `suffix`. */
function* insertRows(prefix: string, columns: number, rows: unknown[][], suffix = ''): WritePlan<StepRow[]> {
  const returned: StepRow[] = [];
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
    const part = rows.slice(from, from + ROWS_PER_INSERT);
    returned.push(...(yield step(`${prefix}${placeholders(columns, part.length)}${suffix}`, ...part.flat())));
  }
  return returned;
}

/**
 * The plan that stores one parsed article and its annotations: nothing but a `duplicate` result
 * when an article with the same body hash or url is stored (committed, or earlier in the same
 * transaction); otherwise the article, its entities (merged with stored ones), their names,
 * mentions and quotes. Run it inside a transaction (or savepoint) so that a failure leaves nothing.
 */
export function* articleRows(
  parsed: ParsedArticle,
  annotations: ArticleAnnotations,
  ingestedAt: string = new Date().toISOString(),
): WritePlan<StoreResult> {
  const hash = contentHash(parsed.body);
  const [existing] = yield step(SQL.existing, hash, parsed.url);
  if (existing) return { status: 'duplicate', articleId: Number(existing.id), quotes: 0, newEntities: 0, quoteIds: [], reported: 0 };

  const [article] = yield step(
    SQL.insertArticle,
    parsed.url, parsed.title, parsed.dek, parsed.section, parsed.publishedAt, parsed.source, parsed.imageCaption, parsed.imageCredit,
    JSON.stringify(parsed.subheadings), parsed.body, JSON.stringify(parsed.paragraphs.map(({ start, end }) => ({ start, end }))),
    hash, parsed.origin, ingestedAt,
  );
  const articleId = Number(article.id);

  const { ids, created } = yield* entityRows(annotations.entities);
  const entityId = (key: string | null | undefined): number | null => (key ? (ids.get(key) ?? null) : null);

  const mentions: unknown[][] = [];
  for (const m of annotations.mentions) {
    const id = ids.get(m.entityKey);
    if (id !== undefined) mentions.push([articleId, id, m.start, m.end, parsed.body.slice(m.start, m.end), m.paragraph, m.form, m.confidence]);
  }
  yield* insertRows(SQL.insertMentions, 8, mentions);

  const quotes = [...annotations.quotes].sort((a, b) => a.start - b.start);
  const inserted = yield* insertRows(
    SQL.insertQuotes,
    17,
    quotes.map((q) => [
      articleId, parsed.body.slice(q.start, q.end), q.start, q.end, q.paragraph,
      q.cue?.start ?? null, q.cue?.end ?? null, q.cue ? parsed.body.slice(q.cue.start, q.cue.end) : null,
      q.speakerMention?.start ?? null, q.speakerMention?.end ?? null,
      q.speakerMention ? parsed.body.slice(q.speakerMention.start, q.speakerMention.end) : null,
      entityId(q.speakerKey), q.attribution, q.confidence, q.isStatement, parsed.publishedAt, q.kind ?? 'DIRECT',
    ]),
    ' RETURNING id, is_statement',
  );
  yield step(quoteScopeCountsDelta('?', 1), articleId);
  const quoteIds = inserted.filter((row) => row.is_statement === true || row.is_statement === 1).map((row) => Number(row.id));
  const reported = quotes.filter((q) => q.isStatement && (q.kind ?? 'DIRECT') !== 'DIRECT').length;
  return { status: 'stored', articleId, quotes: quotes.length, newEntities: created, quoteIds: quoteIds.sort((a, b) => a - b), reported };
}

/** The names a candidate goes by, each with its kind, canonical name first. */
export function namesOf(candidate: EntityCandidate): Array<{ kind: EntityNameKind; name: string }> {
  const names: Array<{ kind: EntityNameKind; name: string }> = [{ kind: 'NAME', name: candidate.name }];
  for (const alias of candidate.aliases) names.push({ kind: 'ALIAS', name: alias });
  for (const demonym of candidate.demonyms ?? []) names.push({ kind: 'DEMONYM', name: demonym });
  const tokens = candidate.name.split(/\s+/);
  if (candidate.type === 'PERSON' && tokens.length > 1) names.push({ kind: 'SURNAME', name: tokens[tokens.length - 1] });
  return names;
}

/**
 * Finds or creates the stored entity for each candidate (same type and folded name; a lone
 * surname joins the one person stored with it, none when several share it), fills a missing
 * role or GeoNames ID, adds the names it does not have yet, then links affiliations and containment (only
 * where none is set). Returns candidate key -> row id, and how many entities were created.
 */
function* entityRows(candidates: EntityCandidate[]): WritePlan<{ ids: Map<string, number>; created: number }> {
  const ids = new Map<string, number>();
  let created = 0;
  // Names wait to go in together (one INSERT), but before any lookup by surname, which must see them.
  let names: unknown[][] = [];
  const insertNames = function* (): WritePlan<void> {
    if (names.length > 0) yield* insertRows(SQL.insertNames, 4, names, ' ON CONFLICT DO NOTHING');
    names = [];
  };
  for (const candidate of candidates) {
    const key = nameKey(candidate.name);
    let [entity] = yield step(SQL.entityByName, candidate.type, key);
    if (!entity && candidate.type === 'PERSON' && !key.includes(' ')) {
      yield* insertNames();
      const people = yield step(SQL.personsBySurname, key);
      if (people.length === 1) entity = people[0];
    }
    let id: number;
    if (!entity) {
      const person = candidate.type === 'PERSON';
      const location = candidate.type === 'LOCATION';
      const [row] = yield step(
        SQL.insertEntity,
        candidate.type, candidate.name, key, person ? (candidate.role ?? null) : null,
        location ? (candidate.kind ?? null) : null, location ? (candidate.countryCode ?? null) : null,
        location ? (candidate.geonamesId ?? null) : null,
      );
      id = Number(row.id);
      created++;
    } else {
      id = Number(entity.id);
      if (candidate.type === 'PERSON' && !entity.role && candidate.role) yield step(SQL.updateRole, candidate.role, id);
      if (candidate.type === 'LOCATION' && entity.geonames_id === null && candidate.geonamesId) yield step(SQL.setGeonamesId, candidate.geonamesId, id);
    }
    ids.set(candidate.key, id);
    for (const { kind, name } of namesOf(candidate)) {
      const folded = nameKey(name);
      if (folded) names.push([id, kind, name, folded]);
    }
  }
  yield* insertNames();
  for (const candidate of candidates) {
    const id = ids.get(candidate.key)!;
    const affiliationId = candidate.affiliationKey ? ids.get(candidate.affiliationKey) : undefined;
    if (candidate.type === 'PERSON' && affiliationId) yield step(SQL.setAffiliation, affiliationId, id);
    const withinId = candidate.withinKey ? ids.get(candidate.withinKey) : undefined;
    if (candidate.type === 'LOCATION' && withinId && withinId !== id) yield* putWithin(id, withinId);
  }
  return { ids, created };
}

/**
 * Puts the place `id` within `withinId` when it is within none yet; the facet counts of the
 * articles about it (quote_scope_count) are taken away before and added back after, so that they
 * count for the places it is now within too.
 */
function* putWithin(id: number, withinId: number): WritePlan<void> {
  const [unset] = yield step(SQL.withinUnset, id);
  if (!unset) return;
  yield step(quoteScopeCountsDelta(ARTICLES_ABOUT_ENTITY, -1), id);
  yield step(SQL.setWithin, withinId, id);
  yield step(quoteScopeCountsDelta(ARTICLES_ABOUT_ENTITY, 1), id);
}
