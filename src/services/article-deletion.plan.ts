import { quoteScopeCountsDelta } from '../db/quote-scope-counts.sql';
import { step, WritePlan } from './write-plan';

/** Entities no article names or quotes any more and no entity points to (within, affiliation). */
const DELETE_ORPHANS = `DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = entity.id)
  AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.speaker_id = entity.id)
  AND NOT EXISTS (SELECT 1 FROM entity c WHERE c.within_id = entity.id OR c.affiliation_id = entity.id)
  RETURNING id`;

/**
 * The plan that deletes an article (its facet counts taken away first; its quotes and mentions
 * go with it: ON DELETE CASCADE), then the entities left orphaned, round after round (a place
 * freed may free the place it was within).
 * Returns whether there was such an article.
 */
export function* articleDeletion(articleId: number): WritePlan<boolean> {
  yield step(quoteScopeCountsDelta('?', -1), articleId);
  const deleted = yield step('DELETE FROM article WHERE id = ? RETURNING id', articleId);
  if (deleted.length === 0) return false;
  while ((yield step(DELETE_ORPHANS)).length > 0);
  return true;
}
