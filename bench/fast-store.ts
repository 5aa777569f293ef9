import type BetterSqlite3 from 'better-sqlite3';
import type { ArticleAnnotations, EntityCandidate, ParsedArticle } from '../src/ingestion/annotations';
import { contentHash } from '../src/services/article-store.service';
import { nameKey } from '../src/services/name-key';

/**
 * Bulk loading for the benchmark: writes exactly the rows `storeArticle`
 * (src/services/article-store.service.ts) writes for an article and its annotations (same
 * columns, same entity merging by type and folded name, same names, affiliations and containment,
 * same de-duplication by body hash and url), but through a handful of prepared better-sqlite3
 * statements and an in-memory entity index instead of the ORM's per-row round trips, so that
 * 100,000 articles load in minutes. The FTS triggers of the migrations fill the search tables as
 * usual. tests/unit/bench/fast-store.test.ts checks that it stores what `ingestPaths` stores.
 * Wrap calls in a transaction (`db.transaction`) to batch many articles per commit.
 */
export class FastStore {
  private readonly entities = new Map<string, { id: number; role: string | null }>();
  private readonly hashes = new Set<string>();
  private readonly urls = new Set<string>();
  private readonly insertArticle: BetterSqlite3.Statement;
  private readonly insertEntity: BetterSqlite3.Statement;
  private readonly updateRole: BetterSqlite3.Statement;
  private readonly insertName: BetterSqlite3.Statement;
  private readonly setAffiliation: BetterSqlite3.Statement;
  private readonly setWithin: BetterSqlite3.Statement;
  private readonly insertMention: BetterSqlite3.Statement;
  private readonly insertQuote: BetterSqlite3.Statement;
  /** Articles stored and skipped as duplicates. */
  stored = 0;
  skipped = 0;

  constructor(private readonly db: BetterSqlite3.Database) {
    for (const row of db.prepare('SELECT id, type, name_key AS nameKey, role FROM entity').all() as Array<{ id: number; type: string; nameKey: string; role: string | null }>) {
      this.entities.set(`${row.type}|${row.nameKey}`, { id: row.id, role: row.role });
    }
    for (const row of db.prepare('SELECT url, content_hash AS hash FROM article').all() as Array<{ url: string | null; hash: string }>) {
      this.hashes.add(row.hash);
      if (row.url) this.urls.add(row.url);
    }
    this.insertArticle = db.prepare(`INSERT INTO article (url, title, dek, section, published_at, source, image_caption, image_credit,
      subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEntity = db.prepare(`INSERT INTO entity (type, name, name_key, role, affiliation_id, kind, country_code, within_id)
      VALUES (?, ?, ?, ?, NULL, ?, ?, NULL)`);
    this.updateRole = db.prepare('UPDATE entity SET role = ? WHERE id = ?');
    this.insertName = db.prepare('INSERT OR IGNORE INTO entity_name (entity_id, kind, name, key) VALUES (?, ?, ?, ?)');
    this.setAffiliation = db.prepare('UPDATE entity SET affiliation_id = ? WHERE id = ? AND affiliation_id IS NULL');
    this.setWithin = db.prepare('UPDATE entity SET within_id = ? WHERE id = ? AND within_id IS NULL');
    this.insertMention = db.prepare('INSERT INTO mention (article_id, entity_id, start, "end", text, paragraph) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertQuote = db.prepare(`INSERT INTO quote (article_id, text, start, "end", paragraph, cue_start, cue_end, cue_text,
      speaker_mention_start, speaker_mention_end, speaker_mention_text, speaker_id, attribution, confidence, is_statement, published_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  }

  /** Stores one article as storeArticle does; returns its row id, or null for a duplicate. */
  store(parsed: ParsedArticle, annotations: ArticleAnnotations, ingestedAt = new Date().toISOString()): number | null {
    const hash = contentHash(parsed.body);
    if (this.hashes.has(hash) || (parsed.url !== null && this.urls.has(parsed.url))) {
      this.skipped++;
      return null;
    }
    this.hashes.add(hash);
    if (parsed.url !== null) this.urls.add(parsed.url);
    const articleId = Number(
      this.insertArticle.run(
        parsed.url, parsed.title, parsed.dek, parsed.section, parsed.publishedAt, parsed.source, parsed.imageCaption,
        parsed.imageCredit, JSON.stringify(parsed.subheadings), parsed.body,
        JSON.stringify(parsed.paragraphs.map(({ start, end }) => ({ start, end }))), hash, parsed.origin, ingestedAt,
      ).lastInsertRowid,
    );

    const ids = this.upsertEntities(annotations.entities);
    const entityId = (key: string | null | undefined): number | null => (key ? (ids.get(key) ?? null) : null);
    for (const m of annotations.mentions) {
      if (!ids.has(m.entityKey)) continue;
      this.insertMention.run(articleId, ids.get(m.entityKey)!, m.start, m.end, parsed.body.slice(m.start, m.end), m.paragraph);
    }
    for (const q of [...annotations.quotes].sort((a, b) => a.start - b.start)) {
      this.insertQuote.run(
        articleId, parsed.body.slice(q.start, q.end), q.start, q.end, q.paragraph,
        q.cue?.start ?? null, q.cue?.end ?? null, q.cue ? parsed.body.slice(q.cue.start, q.cue.end) : null,
        q.speakerMention?.start ?? null, q.speakerMention?.end ?? null,
        q.speakerMention ? parsed.body.slice(q.speakerMention.start, q.speakerMention.end) : null,
        entityId(q.speakerKey), q.attribution, q.confidence, q.isStatement ? 1 : 0, parsed.publishedAt,
      );
    }
    this.stored++;
    return articleId;
  }

  private upsertEntities(candidates: EntityCandidate[]): Map<string, number> {
    const ids = new Map<string, number>();
    for (const candidate of candidates) {
      const key = nameKey(candidate.name);
      const cacheKey = `${candidate.type}|${key}`;
      let entity = this.entities.get(cacheKey);
      if (!entity) {
        const person = candidate.type === 'PERSON';
        const location = candidate.type === 'LOCATION';
        const role = person ? (candidate.role ?? null) : null;
        const id = Number(
          this.insertEntity.run(candidate.type, candidate.name, key, role, location ? (candidate.kind ?? null) : null, location ? (candidate.countryCode ?? null) : null)
            .lastInsertRowid,
        );
        entity = { id, role };
        this.entities.set(cacheKey, entity);
      } else if (candidate.type === 'PERSON' && !entity.role && candidate.role) {
        this.updateRole.run(candidate.role, entity.id);
        entity.role = candidate.role;
      }
      ids.set(candidate.key, entity.id);
      for (const { kind, name } of namesOf(candidate)) {
        const nameKeyed = nameKey(name);
        if (nameKeyed) this.insertName.run(entity.id, kind, name, nameKeyed);
      }
    }
    for (const candidate of candidates) {
      const id = ids.get(candidate.key)!;
      const affiliationId = candidate.affiliationKey ? ids.get(candidate.affiliationKey) : undefined;
      if (candidate.type === 'PERSON' && affiliationId) this.setAffiliation.run(affiliationId, id);
      const withinId = candidate.withinKey ? ids.get(candidate.withinKey) : undefined;
      if (candidate.type === 'LOCATION' && withinId && withinId !== id) this.setWithin.run(withinId, id);
    }
    return ids;
  }
}

/** The names a candidate goes by, as storeArticle records them (its `namesOf`). */
function namesOf(candidate: EntityCandidate): Array<{ kind: string; name: string }> {
  const names = [{ kind: 'NAME', name: candidate.name }];
  for (const alias of candidate.aliases) names.push({ kind: 'ALIAS', name: alias });
  for (const demonym of candidate.demonyms ?? []) names.push({ kind: 'DEMONYM', name: demonym });
  const tokens = candidate.name.split(/\s+/);
  if (candidate.type === 'PERSON' && tokens.length > 1) names.push({ kind: 'SURNAME', name: tokens[tokens.length - 1] });
  return names;
}
