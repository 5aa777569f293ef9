import type { TestGateway } from './test-gateway';
import { onStore } from './test-store';

/** 26 one-letter prefixes: each expands to most of the vocabulary, all ANDed (allowed: 26 terms of 32). */
export const HEAVY_SEARCH_QUERY = 'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => `${letter}*`).join(' ');

/** Each store's statement that writes one article a body of the JSON array in its parameter. */
const INSERT_BODIES = onStore({
  sqlite: `INSERT INTO article (title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at)
    SELECT 'Heavy ' || key, '[]', value, '[]', 'heavy-' || key, 'heavy', '2024-01-01' FROM json_each(?)`,
  postgres: `INSERT INTO article (title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at)
    SELECT 'Heavy ' || n, '[]', body, '[]', 'heavy-' || n, 'heavy', '2024-01-01' FROM json_array_elements_text(?::json) WITH ORDINALITY AS b(body, n)`,
});

/**
 * Writes 3,000 articles of 300 pseudo-words each (a vocabulary of 4,000, the same every run) into
 * the gateway's store in one statement (the full-text indexes follow): HEAVY_SEARCH_QUERY takes
 * most of a second on them (2 cores), where the sample corpus answers any search at once.
 */
export async function fillHeavyStore(gateway: TestGateway): Promise<void> {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const word = () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const vocabulary = Array.from({ length: 4000 }, word);
  const bodies = Array.from({ length: 3000 }, () => Array.from({ length: 300 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' '));
  await insertBodies(gateway, bodies);
}

/**
 * Writes one article per body, in order (increasing ids), in one statement, titled 'Heavy ' and
 * a number, with no date, quotes or mentions; the full-text indexes follow.
 */
export async function insertBodies(gateway: TestGateway, bodies: string[]): Promise<void> {
  await gateway.sql(INSERT_BODIES, [JSON.stringify(bodies)]);
}
