/**
 * The statement that adds to `quote_scope_count` (migrations/1764547200000-QuoteScopeCounts.ts)
 * the counts of the articles `articles` (a subquery of article ids, its `?` parameters first),
 * each multiplied by `sign`: 1 once an article's mentions and quotes are stored, -1 before they
 * are deleted. An article counts once for each entity it is about at ARTICLE scope: the entities
 * it mentions and every place they are within, at any depth (as `about` with `aboutScope:
 * ARTICLE` reads it), its statement quotes with a speaker grouped by kind, speaker and whether
 * they are dated. SQL both stores run as it is.
 */
export function quoteScopeCountsDelta(articles: string, sign: 1 | -1): string {
  // Each (article, entity) of the scope reads its article's statement quotes through the index on
  // quote (article_id, is_statement, ...): a cost linear in the quotes counted, however many articles
  // the list holds. CROSS JOIN keeps SQLite's planner from walking every quote with a speaker
  // instead; PostgreSQL's write transactions use nested loops only (dialect.ts, lockForWrite), where
  // joining the scope to quotes counted per article compared every pair of the two lists.
  return `WITH RECURSIVE scope(article_id, entity_id) AS (
      SELECT m.article_id, m.entity_id FROM mention m WHERE m.article_id IN (${articles})
      UNION SELECT s.article_id, e.within_id FROM scope s JOIN entity e ON e.id = s.entity_id WHERE e.within_id IS NOT NULL)
    INSERT INTO quote_scope_count (entity_id, kind, dated, speaker_id, n)
    SELECT s.entity_id, q.kind, q.published_at IS NOT NULL, q.speaker_id, ${sign} * COUNT(*) FROM scope s CROSS JOIN quote q
    WHERE q.article_id = s.article_id AND q.is_statement = TRUE AND q.speaker_id IS NOT NULL
    GROUP BY s.entity_id, q.kind, q.published_at IS NOT NULL, q.speaker_id
    ON CONFLICT (entity_id, kind, dated, speaker_id) DO UPDATE SET n = quote_scope_count.n + excluded.n`;
}

/**
 * The articles whose ARTICLE scope holds the entity of the `?` parameter: those that mention it
 * or a place within it, at any depth. For re-counting them when that entity is put within another.
 */
export const ARTICLES_ABOUT_ENTITY = `SELECT m2.article_id FROM mention m2 WHERE m2.entity_id IN (
  WITH RECURSIVE below(id) AS (SELECT id FROM entity WHERE id = ? UNION SELECT c.id FROM entity c JOIN below b ON c.within_id = b.id)
  SELECT id FROM below)`;
