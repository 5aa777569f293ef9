import { DataSource } from 'typeorm';
import { sqlRows } from '../db/dialect';
import { EntityKind } from '../entities/named-entity.entity';
import { nameKey } from './name-key';
import { checkPageSize } from '../types/page';
import { badInput } from '../types/bad-input';

/**
 * Longest lookup query, in characters: longer than any name, and far below the 50,000 bytes of
 * SQLite's LIKE patterns (SQLITE_LIMIT_LIKE_PATTERN_LENGTH), so the word-prefix LIKE always runs.
 */
export const MAX_LOOKUP_QUERY_LENGTH = 200;

/**
 * Finds the ids of the entities whose name or alias matches what a user typed, best first: an
 * exact name or alias ("kiev" -> Kyiv), then a name or alias that starts with it ("atlantic" ->
 * NATO, through "Atlantic Alliance"), then one with a word that starts with it; ties go to the
 * entity the articles name most. Case and accents are ignored. `first`: 1 to 100, default 10.
 * Throws BAD_USER_INPUT for a query longer than MAX_LOOKUP_QUERY_LENGTH characters.
 */
export async function lookupEntityIds(
  dataSource: DataSource,
  query: string,
  types: EntityKind[] | null | undefined,
  first: number | null | undefined,
): Promise<number[]> {
  const limit = checkPageSize(first ?? 10, 'first', 1);
  if (query.length > MAX_LOOKUP_QUERY_LENGTH) {
    throw badInput(`"query" is ${query.length} characters long: at most ${MAX_LOOKUP_QUERY_LENGTH} are allowed (names are shorter)`);
  }
  const key = nameKey(query);
  if (!key) return [];
  const kinds = types?.length ? types : ['PERSON', 'ORGANIZATION', 'LOCATION'];
  const rows = await sqlRows<{ id: number }>(
    dataSource,
    `SELECT n.entity_id AS id,
            MIN(CASE WHEN n.key = ? THEN 0 WHEN n.key >= ? AND n.key < ? THEN 1 ELSE 2 END) AS rank
     FROM entity_name n JOIN entity e ON e.id = n.entity_id
     WHERE ((n.key >= ? AND n.key < ?) OR n.key LIKE ? ESCAPE '\\')
       AND e.type IN (${kinds.map(() => '?').join(',')})
     GROUP BY n.entity_id
     ORDER BY rank, (SELECT COUNT(*) FROM mention m WHERE m.entity_id = n.entity_id) DESC, MIN(e.name_key), n.entity_id
     LIMIT ?`,
    [key, key, `${key}\uffff`, key, `${key}\uffff`, `% ${key.replace(/[\\%_]/g, '\\$&')}%`, ...kinds, limit],
  );
  return rows.map((r) => r.id);
}
