import { createHash } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ArticleAnnotations, EntityCandidate, ParsedArticle } from '../ingestion/annotations';
import { Article } from '../entities/article.entity';
import { EntityName, EntityNameKind } from '../entities/entity-name.entity';
import { Mention } from '../entities/mention.entity';
import { EntityKind, NamedEntity } from '../entities/named-entity.entity';
import { Location } from '../entities/location.entity';
import { Organization } from '../entities/organization.entity';
import { Person } from '../entities/person.entity';
import { Attribution, Quote } from '../entities/quote.entity';
import { dialectOf, sqlRows } from '../db/dialect';
import { markDataChanged } from './data-version';
import { nameKey } from './name-key';
import { publishQuotesAdded } from './quote-events';

/** What storing one article did. */
export interface StoreResult {
  /** `duplicate`: an article with the same body hash or url is already stored; nothing was written. */
  status: 'stored' | 'duplicate';
  articleId: number;
  quotes: number;
  /** Entities this article created (not those it linked to existing records). */
  newEntities: number;
  /** Row ids of the statement quotes stored (empty for a duplicate). */
  quoteIds: number[];
}

/** SHA-256 of an article body: its identity for de-duplication. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

const entityClasses: Record<EntityKind, new () => NamedEntity> = {
  PERSON: Person,
  ORGANIZATION: Organization,
  LOCATION: Location,
};

/**
 * Stores one parsed article and its annotations in a single transaction: the article, its
 * entities (merged with stored ones of the same type and name), mentions and quotes. Idempotent:
 * an article whose body hash or url is already stored is left alone (status `duplicate`).
 * On any error nothing of the article is written. A stored article marks the data as changed
 * (response caches key on it) and announces its quotes to live subscribers. On PostgreSQL, writers
 * take turns (the `data_version` row is locked first, and bumped when an article was stored), so
 * two gateway instances storing the same article or the same new entity at once cannot collide.
 */
export async function storeArticle(
  dataSource: DataSource,
  parsed: ParsedArticle,
  annotations: ArticleAnnotations,
): Promise<StoreResult> {
  const hash = contentHash(parsed.body);
  const dialect = dialectOf(dataSource);
  const result = await dataSource.transaction(async (manager): Promise<StoreResult> => {
    await dialect.lockForWrite(manager);
    const existing = await manager
      .createQueryBuilder(Article, 'a')
      .select('a.rowId')
      .where('a.contentHash = :hash OR a.url = :url', { hash, url: parsed.url })
      .getOne();
    if (existing) return { status: 'duplicate', articleId: existing.rowId, quotes: 0, newEntities: 0, quoteIds: [] };

    const article = await manager.save(
      Object.assign(new Article(), {
        url: parsed.url,
        title: parsed.title,
        dek: parsed.dek,
        section: parsed.section,
        publishedAt: parsed.publishedAt,
        source: parsed.source,
        imageCaption: parsed.imageCaption,
        imageCredit: parsed.imageCredit,
        subheadings: parsed.subheadings,
        body: parsed.body,
        paragraphSpans: parsed.paragraphs.map(({ start, end }) => ({ start, end })),
        contentHash: hash,
        origin: parsed.origin,
        ingestedAt: new Date().toISOString(),
      }),
    );

    const { ids, created } = await upsertEntities(manager, annotations.entities);
    const entityId = (key: string | null | undefined): number | null => (key ? (ids.get(key) ?? null) : null);

    await manager.insert(
      Mention,
      annotations.mentions
        .filter((m) => ids.has(m.entityKey))
        .map((m) => ({
          articleId: article.rowId,
          entityId: entityId(m.entityKey)!,
          start: m.start,
          end: m.end,
          text: parsed.body.slice(m.start, m.end),
          paragraph: m.paragraph,
        })),
    );

    const quotes = [...annotations.quotes].sort((a, b) => a.start - b.start).map((q) =>
      Object.assign(new Quote(), {
        articleId: article.rowId,
        text: parsed.body.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        paragraph: q.paragraph,
        cueStart: q.cue?.start ?? null,
        cueEnd: q.cue?.end ?? null,
        cueText: q.cue ? parsed.body.slice(q.cue.start, q.cue.end) : null,
        speakerMentionStart: q.speakerMention?.start ?? null,
        speakerMentionEnd: q.speakerMention?.end ?? null,
        speakerMentionText: q.speakerMention ? parsed.body.slice(q.speakerMention.start, q.speakerMention.end) : null,
        speakerId: entityId(q.speakerKey),
        attribution: q.attribution as Attribution,
        confidence: q.confidence,
        isStatement: q.isStatement,
        publishedAt: parsed.publishedAt,
      }),
    );
    if (quotes.length > 0) await manager.insert(Quote, quotes);
    const statements = await sqlRows<{ id: number }>(manager, 'SELECT id FROM quote WHERE article_id = ? AND is_statement = TRUE ORDER BY id', [
      article.rowId,
    ]);
    await dialect.markWritten(manager);
    return { status: 'stored', articleId: article.rowId, quotes: quotes.length, newEntities: created, quoteIds: statements.map((q) => q.id) };
  });
  if (result.status === 'stored') {
    markDataChanged(dataSource);
    publishQuotesAdded(dataSource, result.quoteIds);
  }
  return result;
}

/** The names a candidate goes by, each with its kind, canonical name first. */
function namesOf(candidate: EntityCandidate): Array<{ kind: EntityNameKind; name: string }> {
  const names: Array<{ kind: EntityNameKind; name: string }> = [{ kind: 'NAME', name: candidate.name }];
  for (const alias of candidate.aliases) names.push({ kind: 'ALIAS', name: alias });
  for (const demonym of candidate.demonyms ?? []) names.push({ kind: 'DEMONYM', name: demonym });
  const tokens = candidate.name.split(/\s+/);
  if (candidate.type === 'PERSON' && tokens.length > 1) names.push({ kind: 'SURNAME', name: tokens[tokens.length - 1] });
  return names;
}

/**
 * The one stored person whose surname is `surname` (folded), so that an article that names only
 * "Solberg" joins the Ingrid Solberg met in earlier articles; null when none or several match.
 */
async function onlyPersonWithSurname(manager: EntityManager, surname: string): Promise<Person | null> {
  const rows = await sqlRows<{ id: number }>(
    manager,
    `SELECT DISTINCT n.entity_id AS id FROM entity_name n JOIN entity e ON e.id = n.entity_id
     WHERE n.kind = 'SURNAME' AND n.key = ? AND e.type = 'PERSON' LIMIT 2`,
    [surname],
  );
  return rows.length === 1 ? manager.findOne(Person, { where: { rowId: rows[0].id } }) : null;
}

/**
 * Finds or creates the stored entity for each candidate (same type and folded name; a lone
 * surname joins the one person stored with it), adds the
 * names it does not have yet, then links affiliations and containment. Returns key -> row id.
 */
async function upsertEntities(
  manager: EntityManager,
  candidates: EntityCandidate[],
): Promise<{ ids: Map<string, number>; created: number }> {
  const ids = new Map<string, number>();
  let created = 0;
  for (const candidate of candidates) {
    const key = nameKey(candidate.name);
    let entity =
      (await manager.findOne(entityClasses[candidate.type], { where: { type: candidate.type, nameKey: key } })) ??
      (candidate.type === 'PERSON' && !key.includes(' ') ? await onlyPersonWithSurname(manager, key) : null);
    if (!entity) {
      entity = await manager.save(
        Object.assign(new entityClasses[candidate.type](), {
          type: candidate.type,
          name: candidate.name,
          nameKey: key,
          ...(candidate.type === 'PERSON' ? { role: candidate.role ?? null, affiliationId: null } : {}),
          ...(candidate.type === 'LOCATION'
            ? { kind: candidate.kind ?? null, countryCode: candidate.countryCode ?? null, withinId: null }
            : {}),
        }),
      );
      created++;
    } else if (entity instanceof Person && !entity.role && candidate.role) {
      await manager.update(Person, entity.rowId, { role: candidate.role });
    }
    ids.set(candidate.key, entity.rowId);
    const entityId = entity.rowId;
    await manager
      .createQueryBuilder()
      .insert()
      .into(EntityName)
      .values(namesOf(candidate).map(({ kind, name }) => ({ entityId, kind, name, key: nameKey(name) })).filter((n) => n.key))
      .orIgnore()
      .execute();
  }
  for (const candidate of candidates) {
    const id = ids.get(candidate.key)!;
    const affiliationId = candidate.affiliationKey ? ids.get(candidate.affiliationKey) : undefined;
    if (candidate.type === 'PERSON' && affiliationId) {
      await manager.update(Person, { rowId: id, affiliationId: IsNull() }, { affiliationId });
    }
    const withinId = candidate.withinKey ? ids.get(candidate.withinKey) : undefined;
    if (candidate.type === 'LOCATION' && withinId && withinId !== id) {
      await manager.update(Location, { rowId: id, withinId: IsNull() }, { withinId });
    }
  }
  return { ids, created };
}
