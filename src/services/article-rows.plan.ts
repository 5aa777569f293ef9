import { createHash } from 'node:crypto';
import type { ArticleAnnotations, EntityCandidate, ParsedArticle } from '../ingestion/annotations';
import type { EntityNameKind } from '../entities/entity-name.entity';
import { ARTICLES_ABOUT_ENTITY, quoteScopeCountsDelta } from '../db/quote-scope-counts.sql';
import { storePlaceKey } from '../ingestion/lexicon/entity.keys';
import { nameKey } from './name-key';
import { step, StepRow, WritePlan } from './write-plan';

/**
 * The one description of how articles and their annotations become rows: de-duplication by body
 * hash and url, entity merging (same type, folded name and place key: storePlaceKey, so that the
 * state of Washington and the capital stay two; a lone surname joins the one stored person with
 * that surname, and a person stored by a lone surname becomes the full name that first comes with
 * it while no other person holds that surname), names, roles, GeoNames IDs, affiliations,
 * containment, mentions (with their form and confidence) and quotes, and the facet counts they
 * add to (quote_scope_count).
 *
 * It is written as a generator of SQL statements (`SqlStep`), each answered with its rows, so
 * that the same logic runs synchronously on SQLite (prepared better-sqlite3 statements:
 * article-batch.store.ts) and asynchronously on PostgreSQL (a pool connection's prepared
 * statements: postgres-article.store.ts). Every statement is SQL both stores run as it is,
 * with `?` placeholders; booleans are bound as JavaScript booleans (the SQLite runner binds 1/0).
 * Transactions, locks and the data-version bump are the runner's business, not the plan's.
 *
 * A plan stores a list of articles (`articlesRows`; `articleRows` is the list of one) in a fixed
 * number of statements whatever their entities: the stored rows it needs are read first, by
 * list (the articles with the same hashes or urls, the entities with the candidates' names, the
 * people with their lone surnames), the merging is decided in memory article after article, as
 * one article after the other would see the store, and the rows then go in as multi-row INSERTs
 * per table. So a list of articles stores exactly the rows (and ids) that storing them one by one
 * does.
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
  insertArticles: `INSERT INTO article (url, title, dek, section, published_at, source, image_caption, image_credit,
    subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES `,
  insertEntities: 'INSERT INTO entity (type, name, name_key, place_key, role, affiliation_id, kind, country_code, within_id, geonames_id) VALUES ',
  updateRole: 'UPDATE entity SET role = ? WHERE id = ?',
  insertNames: 'INSERT INTO entity_name (entity_id, kind, name, key) VALUES ',
  setWithin: 'UPDATE entity SET within_id = ? WHERE id = ?',
  // A person stored by a lone surname takes the full name: its name row and its mentions become the surname's.
  renameEntity: 'UPDATE entity SET name = ?, name_key = ? WHERE id = ?',
  nameToSurname: `UPDATE entity_name SET kind = 'SURNAME' WHERE entity_id = ? AND kind = 'NAME' AND key = ?`,
  mentionsToSurname: `UPDATE mention SET form = 'SURNAME' WHERE entity_id = ? AND form = 'NAME'`,
  // Mentions and quotes go in as multi-row INSERTs: one statement per article (or list) rather
  // than one per row. It matters for the full-text index: SQLite's FTS5 writes its pending terms
  // out as a new segment at the start of every statement of a transaction, so one INSERT per
  // quote made one quote_fts segment per quote, and merging them dominated the ingest.
  insertMentions: 'INSERT INTO mention (article_id, entity_id, start, "end", text, paragraph, form, confidence) VALUES ',
  insertQuotes: `INSERT INTO quote (article_id, text, start, "end", paragraph, cue_start, cue_end, cue_text,
    speaker_mention_start, speaker_mention_end, speaker_mention_text, speaker_id, attribution, confidence, is_statement, published_at, kind) VALUES `,
};

/** The stored articles with one of the hashes (first list) or urls (second list). */
const existingArticles = (hashes: string, urls: string) => `SELECT id, content_hash, url FROM article WHERE content_hash IN (${hashes}) OR url IN (${urls})`;
/** The entities of the types (first list) with one of the folded names (second list), with their place key and what the plan may fill in. */
const entitiesByName = (types: string, keys: string) => `SELECT id, type, name_key, place_key, role, affiliation_id, within_id FROM entity
  WHERE type IN (${types}) AND name_key IN (${keys})`;
/** Two people at most per surname of the list (two tell that a surname is shared). */
const personsBySurnames = (keys: string) => `SELECT surname, id, type, name_key, role, affiliation_id, within_id FROM (
    SELECT n.key AS surname, e.id, e.type, e.name_key, e.role, e.affiliation_id, e.within_id,
      ROW_NUMBER() OVER (PARTITION BY n.key ORDER BY e.id) AS rank
    FROM entity_name n JOIN entity e ON e.id = n.entity_id WHERE n.kind = 'SURNAME' AND n.key IN (${keys}) AND e.type = 'PERSON') AS found
  WHERE rank <= 2`;

/** Parameters of one multi-row INSERT at most (SQLite and PostgreSQL both take thousands). */
const PARAMETERS_PER_INSERT = 4000;
/**
 * Rows an INSERT takes as they come, up to this many; above it they go in parts of
 * PARAMETERS_PER_INSERT, then of powers of two, so that a table's INSERTs have few texts.
 */
const EXACT_ROWS = 128;
/** Values of one `IN` list at most. */
const VALUES_PER_LIST = 1024;

/** `(?, ?, ?)` for `columns` columns, `count` times, comma-separated (cached: counts repeat). */
const valueLists = new Map<string, string>();
function placeholders(columns: number, count: number): string {
  const key = `${columns}x${count}`;
  let text = valueLists.get(key);
  if (!text) {
    const row = columns === 1 ? '?' : `(${Array(columns).fill('?').join(', ')})`;
    text = Array(count).fill(row).join(', ');
    valueLists.set(key, text);
  }
  return text;
}

/**
 * Multi-row INSERTs of `rows` (each an array of `columns` values), PARAMETERS_PER_INSERT at most
 * each (see EXACT_ROWS), each followed by `suffix`. The parameters are copied into one array per
 * statement, never spread as arguments (thousands of them: a bulk ingest's main thread spent 3-5%
 * of storing in `slice`, `flat` and the spreads).
 */
function* insertRows(prefix: string, columns: number, rows: unknown[][], suffix = ''): WritePlan<StepRow[]> {
  const returned: StepRow[] = [];
  const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
  for (let from = 0; from < rows.length; ) {
    const left = rows.length - from;
    const size = left >= perInsert ? perInsert : left <= EXACT_ROWS ? left : 2 ** Math.floor(Math.log2(left));
    const params = new Array<unknown>(size * columns);
    for (let row = 0, at = 0; row < size; row++) for (const value of rows[from + row]) params[at++] = value;
    for (const row of yield { sql: `${prefix}${placeholders(columns, size)}${suffix}`, params }) returned.push(row);
    from += size;
  }
  return returned;
}

/**
 * `values` as `IN` lists of `?` (VALUES_PER_LIST at most each), each padded to a power of two
 * with its last value, so that a statement has few texts whatever the length of its lists.
 */
function inLists(values: unknown[]): Array<{ sql: string; params: unknown[] }> {
  const lists: Array<{ sql: string; params: unknown[] }> = [];
  for (let from = 0; from < values.length; from += VALUES_PER_LIST) {
    const part = values.slice(from, from + VALUES_PER_LIST);
    const size = 2 ** Math.ceil(Math.log2(part.length));
    const params = [...part, ...Array<unknown>(size - part.length).fill(part[part.length - 1])];
    lists.push({ sql: placeholders(1, size), params });
  }
  return lists;
}

/** The rows of `select` (a statement of one `IN` list) for every value of `values`, read list by list. */
function* selectIn(select: (list: string) => string, values: unknown[], ...before: unknown[]): WritePlan<StepRow[]> {
  const rows: StepRow[] = [];
  for (const list of inLists(values)) rows.push(...(yield step(select(list.sql), ...before, ...list.params)));
  return rows;
}

/** One article to store, with its annotations. */
export interface ArticleInput {
  parsed: ParsedArticle;
  annotations: ArticleAnnotations;
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
  const [result] = yield* articlesRows([{ parsed, annotations }], ingestedAt);
  return result;
}

/**
 * The plan that stores articles in order, as many `articleRows` plans one after the other would
 * (the same rows, the same ids): an article whose body hash or url is stored, or earlier in the
 * list, is a `duplicate`; the others are stored, their entities merged with those stored and
 * with those of the articles before them. Results in input order. All or nothing: run it inside
 * a transaction (or savepoint); when it fails, which article was at fault is not known.
 */
export function* articlesRows(items: ArticleInput[], ingestedAt: string = new Date().toISOString()): WritePlan<StoreResult[]> {
  const hashes = items.map((item) => contentHash(item.parsed.body));
  const stored = new Map<string, { id: number | null }>(); // by 'h' + hash and 'u' + url
  for (const list of pairedInLists(hashes, items.map((item) => item.parsed.url ?? null))) {
    for (const row of yield step(existingArticles(list.hashes, list.urls), ...list.params)) {
      stored.set(`h${String(row.content_hash)}`, { id: Number(row.id) });
      if (row.url !== null) stored.set(`u${String(row.url)}`, { id: Number(row.id) });
    }
  }
  const kept: Array<{ item: ArticleInput; hash: string; article: { id: number | null } }> = [];
  const duplicates: Array<{ id: number | null } | null> = items.map((item, i) => {
    const url = item.parsed.url;
    const existing = stored.get(`h${hashes[i]}`) ?? (url != null ? stored.get(`u${url}`) : undefined);
    if (existing) return existing;
    const article = { id: null };
    stored.set(`h${hashes[i]}`, article);
    if (url != null) stored.set(`u${url}`, article);
    kept.push({ item, hash: hashes[i], article });
    return null;
  });

  if (kept.length > 0) {
    const rows = yield* insertRows(
      SQL.insertArticles,
      14,
      kept.map(({ item: { parsed }, hash }) => [
        parsed.url, parsed.title, parsed.dek, parsed.section, parsed.publishedAt, parsed.source, parsed.imageCaption, parsed.imageCredit,
        JSON.stringify(parsed.subheadings), parsed.body, JSON.stringify(parsed.paragraphs.map(({ start, end }) => ({ start, end }))),
        hash, parsed.origin, ingestedAt,
      ]),
      ' RETURNING id, content_hash',
    );
    const ids = new Map(rows.map((row) => [String(row.content_hash), Number(row.id)]));
    for (const { hash, article } of kept) article.id = ids.get(hash)!;
  }

  const merged = yield* entityRows(kept.map(({ item }) => item.annotations.entities));

  const mentions: unknown[][] = [];
  const quoteRows: unknown[][] = [];
  kept.forEach(({ item: { parsed, annotations }, article }, i) => {
    const ids = merged.ids[i];
    const entityId = (key: string | null | undefined): number | null => (key ? (ids.get(key)?.id ?? null) : null);
    for (const m of annotations.mentions) {
      const entity = m.entityKey ? ids.get(m.entityKey) : undefined;
      if (!entity) continue;
      // A lone surname that joined a person, or that a later article of the plan gave a full name
      // (as storing one by one has it), names that person by its surname.
      const surname = merged.bySurname[i].has(m.entityKey!) || (entity.namedFrom !== undefined && entity.namedFrom > i);
      const form = m.form === 'NAME' && surname ? 'SURNAME' : m.form;
      mentions.push([article.id, entity.id, m.start, m.end, parsed.body.slice(m.start, m.end), m.paragraph, form, m.confidence]);
    }
    for (const q of [...annotations.quotes].sort((a, b) => a.start - b.start)) {
      quoteRows.push([
        article.id, parsed.body.slice(q.start, q.end), q.start, q.end, q.paragraph,
        q.cue?.start ?? null, q.cue?.end ?? null, q.cue ? parsed.body.slice(q.cue.start, q.cue.end) : null,
        q.speakerMention?.start ?? null, q.speakerMention?.end ?? null,
        q.speakerMention ? parsed.body.slice(q.speakerMention.start, q.speakerMention.end) : null,
        entityId(q.speakerKey), q.attribution, q.confidence, q.isStatement, parsed.publishedAt, q.kind ?? 'DIRECT',
      ]);
    }
  });
  yield* insertRows(SQL.insertMentions, 8, mentions);
  const inserted = yield* insertRows(SQL.insertQuotes, 17, quoteRows, ' RETURNING id, article_id, is_statement');
  const articleIds = kept.map(({ article }) => article.id);
  for (const list of inLists(articleIds)) yield step(quoteScopeCountsDelta(list.sql, 1), ...list.params);

  const quoteIds = new Map<number, number[]>();
  for (const row of inserted) {
    if (row.is_statement !== true && row.is_statement !== 1) continue;
    const article = Number(row.article_id);
    quoteIds.set(article, [...(quoteIds.get(article) ?? []), Number(row.id)]);
  }
  const results = new Map<ArticleInput, StoreResult>();
  kept.forEach(({ item, article }, i) => {
    const quotes = item.annotations.quotes;
    results.set(item, {
      status: 'stored',
      articleId: article.id!,
      quotes: quotes.length,
      newEntities: merged.created[i],
      quoteIds: (quoteIds.get(article.id!) ?? []).sort((a, b) => a - b),
      reported: quotes.filter((q) => q.isStatement && (q.kind ?? 'DIRECT') !== 'DIRECT').length,
    });
  });
  return items.map((item, i) => {
    const duplicate = duplicates[i];
    if (duplicate) return { status: 'duplicate', articleId: duplicate.id!, quotes: 0, newEntities: 0, quoteIds: [], reported: 0 };
    return results.get(item)!;
  });
}

/** `IN` lists of hashes and urls, the two of equal length (a url list of nulls when none has one). */
function pairedInLists(hashes: string[], urls: Array<string | null>): Array<{ hashes: string; urls: string; params: unknown[] }> {
  const hashLists = inLists(hashes);
  const urlLists = inLists(urls);
  return hashLists.map((list, i) => ({ hashes: list.sql, urls: urlLists[i].sql, params: [...list.params, ...urlLists[i].params] }));
}

/** The names a candidate goes by, each with its kind, canonical name first. */
export function namesOf(candidate: EntityCandidate): Array<{ kind: EntityNameKind; name: string }> {
  const names: Array<{ kind: EntityNameKind; name: string }> = [{ kind: 'NAME', name: candidate.name }];
  for (const alias of candidate.aliases) names.push({ kind: 'ALIAS', name: alias });
  for (const demonym of candidate.demonyms ?? []) names.push({ kind: 'DEMONYM', name: demonym });
  const surname = surnameOf(candidate);
  if (surname) names.push({ kind: 'SURNAME', name: surname });
  return names;
}

/** The surname a person of more than one word goes by (its last word); null for one word or another type. */
function surnameOf(candidate: EntityCandidate): string | null {
  const tokens = candidate.name.split(/\s+/);
  return candidate.type === 'PERSON' && tokens.length > 1 ? tokens[tokens.length - 1] : null;
}

/** The one identity of a stored entity: its type, folded name and place key (storePlaceKey). */
function identityOf(type: string, nameKey: string, placeKey: string): string {
  return `${type}\0${nameKey}\0${placeKey}`;
}

/** An entity as the plan sees it: stored (read by name or surname) or to be created, with what it may still fill in. */
interface EntityState {
  /** Row id; null until its INSERT ran (an entity this plan creates). */
  id: number | null;
  role: string | null;
  affiliationSet: boolean;
  withinSet: boolean;
  /** Whether stored articles may be about it (it is stored, or such a place is within it): putting it within another re-counts them. */
  hasArticles: boolean;
  /** The place it was put within by this plan. */
  within: EntityState | null;
  /** The article of this plan whose full name took it when it was known by a lone surname: the mentions before it name it by its surname. */
  namedFrom?: number;
}

/** A write the plan decided, in the order one article after the other would have made it. */
type EntityChange =
  | { kind: 'role'; entity: EntityState }
  | { kind: 'rename'; entity: EntityState; name: string; key: string; surname: string }
  | { kind: 'affiliation'; entity: EntityState; target: EntityState }
  | { kind: 'within'; entity: EntityState; target: EntityState; recount: boolean };

/**
 * Finds or creates the stored entity for each candidate of each article in turn (same type, folded
 * name and place key; a lone surname joins the one person stored with it, none when several share it;
 * a full name takes the person stored by its surname alone while no person holds that surname),
 * fills a missing role, adds the names it does not have yet, then links
 * affiliations and containment (only where none is set; the facet counts of the stored articles
 * about a place re-counted when it is put within another). Reads the stored entities it needs in
 * two statements, decides in memory, then writes. Returns candidate key -> entity per article,
 * and how many entities each article created.
 */
function* entityRows(
  articles: EntityCandidate[][],
): WritePlan<{ ids: Array<Map<string, EntityState>>; created: number[]; bySurname: Array<Set<string>> }> {
  const byName = new Map<string, EntityState>(); // identityOf: type, name key, place key
  const byId = new Map<number, EntityState>();
  const stateOf = (row: StepRow): EntityState => {
    const id = Number(row.id);
    let state = byId.get(id);
    if (!state) {
      state = {
        id,
        role: (row.role as string | null) ?? null,
        affiliationSet: row.affiliation_id !== null,
        withinSet: row.within_id !== null,
        hasArticles: true,
        within: null,
      };
      byId.set(id, state);
    }
    return state;
  };

  // A batch's articles name the same people and places again and again: each name is folded once.
  const foldedNames = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = foldedNames.get(name);
    if (key === undefined) foldedNames.set(name, (key = nameKey(name)));
    return key;
  };
  const candidates = articles.flat();
  const types = [...new Set(candidates.map((c) => c.type))];
  // Read by name: every candidate's, and the surname of every full name (a person stored by it alone).
  const fullNameSurnames = candidates.map(surnameOf).filter((s): s is string => s !== null).map(keyOf);
  const keys = [...new Set([...candidates.map((c) => keyOf(c.name)), ...fullNameSurnames])];
  if (keys.length > 0) {
    for (const row of yield* selectIn((list) => entitiesByName(placeholders(1, types.length), list), keys, ...types)) {
      byName.set(identityOf(String(row.type), String(row.name_key), String(row.place_key)), stateOf(row));
    }
  }
  // People known by a surname: two at most (stored ones read once), and those this plan gives it;
  // read for lone surnames no person is stored by, and for those one is (may a full name take it?).
  const surnames = new Map<string, Set<EntityState>>();
  const lone = [
    ...new Set([
      ...candidates.filter((c) => c.type === 'PERSON').map((c) => keyOf(c.name)).filter((key) => !key.includes(' ') && !byName.has(identityOf('PERSON', key, ''))),
      ...fullNameSurnames.filter((key) => byName.has(identityOf('PERSON', key, ''))),
    ]),
  ];
  if (lone.length > 0) {
    for (const row of yield* selectIn(personsBySurnames, lone)) {
      const key = String(row.surname);
      surnames.set(key, (surnames.get(key) ?? new Set()).add(stateOf(row)));
    }
  }

  const created: Array<{ entity: EntityState; candidate: EntityCandidate; key: string; place: string }> = [];
  const createdBy = articles.map(() => 0);
  const bySurname = articles.map(() => new Set<string>()); // candidates of each article that joined a person by its surname
  const names: Array<[EntityState, EntityNameKind, string, string]> = [];
  const changes: EntityChange[] = [];
  /**
   * The person stored (or created by this plan) by `surname` alone, which the full name `key` of
   * `candidate` takes when no person holds that surname yet: it is renamed, and found by its new name.
   */
  const takeLoneSurname = (candidate: EntityCandidate, key: string, surname: string, article: number): EntityState | undefined => {
    const loneIdentity = identityOf('PERSON', surname, '');
    const entity = byName.get(loneIdentity);
    if (!entity || surnames.get(surname)?.size) return undefined;
    entity.namedFrom = article;
    for (const name of names) if (name[0] === entity && name[1] === 'NAME' && name[3] === surname) name[1] = 'SURNAME';
    byName.delete(loneIdentity);
    byName.set(identityOf('PERSON', key, ''), entity);
    const unstored = created.find((c) => c.entity === entity);
    if (unstored) Object.assign(unstored, { candidate, key });
    else changes.push({ kind: 'rename', entity, name: candidate.name, key, surname });
    return entity;
  };
  const ids = articles.map((candidatesOf, article) => {
    const mine = new Map<string, EntityState>();
    for (const candidate of candidatesOf) {
      const key = keyOf(candidate.name);
      const place = storePlaceKey(candidate);
      const identity = identityOf(candidate.type, key, place);
      let entity = byName.get(identity);
      if (!entity && candidate.type === 'PERSON' && !key.includes(' ')) {
        const people = surnames.get(key);
        if (people?.size === 1) {
          entity = [...people][0];
          bySurname[article].add(candidate.key);
        }
      }
      const surname = entity ? null : surnameOf(candidate);
      if (surname) entity = takeLoneSurname(candidate, key, keyOf(surname), article);
      if (!entity) {
        entity = {
          id: null,
          role: candidate.type === 'PERSON' ? (candidate.role ?? null) : null,
          affiliationSet: false,
          withinSet: false,
          hasArticles: false,
          within: null,
        };
        byName.set(identity, entity);
        created.push({ entity, candidate, key, place });
        createdBy[article]++;
      } else if (candidate.type === 'PERSON' && !entity.role && candidate.role) {
        entity.role = candidate.role;
        if (entity.id !== null) changes.push({ kind: 'role', entity });
      }
      mine.set(candidate.key, entity);
      for (const { kind, name } of namesOf(candidate)) {
        const folded = keyOf(name);
        if (!folded) continue;
        names.push([entity, kind, name, folded]);
        if (kind === 'SURNAME') surnames.set(folded, (surnames.get(folded) ?? new Set()).add(entity));
      }
    }
    for (const candidate of candidatesOf) {
      const entity = mine.get(candidate.key)!;
      const affiliation = candidate.affiliationKey ? mine.get(candidate.affiliationKey) : undefined;
      if (candidate.type === 'PERSON' && affiliation && !entity.affiliationSet) {
        entity.affiliationSet = true;
        changes.push({ kind: 'affiliation', entity, target: affiliation });
      }
      const within = candidate.withinKey ? mine.get(candidate.withinKey) : undefined;
      if (candidate.type === 'LOCATION' && within && within !== entity && !entity.withinSet) {
        entity.withinSet = true;
        entity.within = within;
        changes.push({ kind: 'within', entity, target: within, recount: entity.hasArticles });
        for (let up: EntityState | null = within; entity.hasArticles && up && !up.hasArticles; up = up.within) up.hasArticles = true;
      }
    }
    return mine;
  });

  // Created entities go in with the role the later articles gave them; stored ones are updated.
  if (created.length > 0) {
    const rows = yield* insertRows(
      SQL.insertEntities,
      10,
      created.map(({ entity, candidate, key, place }) => {
        const location = candidate.type === 'LOCATION';
        return [candidate.type, candidate.name, key, place, entity.role, null, location ? (candidate.kind ?? null) : null,
          location ? (candidate.countryCode ?? null) : null, null, location ? (candidate.geonamesId ?? null) : null];
      }),
      ' RETURNING id, type, name_key, place_key',
    );
    const newIds = new Map(rows.map((row) => [identityOf(String(row.type), String(row.name_key), String(row.place_key)), Number(row.id)]));
    for (const { entity, candidate, key, place } of created) entity.id = newIds.get(identityOf(candidate.type, key, place))!;
  }
  for (const change of changes) {
    if (change.kind === 'role') yield step(SQL.updateRole, change.entity.role, change.entity.id);
    if (change.kind !== 'rename') continue;
    yield step(SQL.renameEntity, change.name, change.key, change.entity.id);
    yield step(SQL.nameToSurname, change.entity.id, change.surname);
    yield step(SQL.mentionsToSurname, change.entity.id);
  }
  if (names.length > 0) yield* insertRows(SQL.insertNames, 4, names.map(([entity, ...rest]) => [entity.id, ...rest]), ' ON CONFLICT DO NOTHING');
  // Links go in together, but a place re-counted sees every link decided before it.
  const links: { affiliation: Array<[number, number]>; within: Array<[number, number]> } = { affiliation: [], within: [] };
  for (const change of changes) {
    if (change.kind === 'affiliation') links.affiliation.push([change.entity.id!, change.target.id!]);
    if (change.kind !== 'within') continue;
    if (!change.recount) {
      links.within.push([change.entity.id!, change.target.id!]);
      continue;
    }
    yield* setLinks(links);
    yield* putWithin(change.entity.id!, change.target.id!);
  }
  yield* setLinks(links);
  return { ids, created: createdBy, bySurname };
}

/**
 * UPDATEs that set each entity's affiliation (where none is set) or place within (where the
 * plan knows no facet count changes), many entities a statement (the list padded as `inLists`
 * pads, repeating its last entity); empties the lists.
 */
function* setLinks(links: { affiliation: Array<[number, number]>; within: Array<[number, number]> }): WritePlan<void> {
  for (const [column, pairs] of [['affiliation_id', links.affiliation], ['within_id', links.within]] as const) {
    const guard = column === 'affiliation_id' ? ' AND affiliation_id IS NULL' : '';
    const targets = new Map(pairs);
    for (const list of inLists(pairs.map(([id]) => id))) {
      const cases = Array(list.params.length).fill('WHEN ? THEN CAST(? AS INTEGER)').join(' ');
      yield step(
        `UPDATE entity SET ${column} = CASE id ${cases} END WHERE id IN (${list.sql})${guard}`,
        ...list.params.flatMap((id) => [id, targets.get(id as number)]),
        ...list.params,
      );
    }
    pairs.length = 0;
  }
}

/**
 * Puts the stored place `id` within `withinId`; the facet counts of the articles about it
 * (quote_scope_count) are taken away before and added back after, so that they count for the
 * places it is now within too.
 */
function* putWithin(id: number, withinId: number): WritePlan<void> {
  yield step(quoteScopeCountsDelta(ARTICLES_ABOUT_ENTITY, -1), id);
  yield step(SQL.setWithin, withinId, id);
  yield step(quoteScopeCountsDelta(ARTICLES_ABOUT_ENTITY, 1), id);
}
