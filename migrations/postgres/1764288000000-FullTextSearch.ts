import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Characters PostgreSQL's text-search parser reads as part of a larger token (an HTML tag, a host
 * name, a file path, a hyphenated word, an email address...) where SQLite's unicode61 tokenizer
 * sees separators between words. `newsgraph_search_text` swaps each for a private-use character,
 * which the parser takes as a separator like a space, so that both stores split text into the same
 * words: "<Bank>", "U.S.", "de-escalation" and "example.org" are the words Bank, U S, de
 * escalation, example org. `newsgraph_search_text_restore` swaps them back (for snippets).
 */
const SEPARATORS = '<>.-/@:&~+';
const PLACEHOLDERS = Array.from(SEPARATORS, (_, i) => String.fromCharCode(0xe000 + i)).join('');

/** A SQL string literal. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The text-search configuration of every search column, and of every query (src/db/dialect.ts names it too). */
const SEARCH_CONFIG = 'newsgraph';

/** The weighted search vector of an article: title (A) above dek (B) above body (D). */
const articleVector = `setweight(to_tsvector('${SEARCH_CONFIG}', newsgraph_search_text("title")), 'A')
  || setweight(to_tsvector('${SEARCH_CONFIG}', newsgraph_search_text(COALESCE("dek", ''))), 'B')
  || setweight(to_tsvector('${SEARCH_CONFIG}', newsgraph_search_text("body")), 'D')`;

/**
 * Full-text search on PostgreSQL, the twin of migrations/1764288000000-FullTextSearch.ts (SQLite
 * FTS5): a text-search configuration `newsgraph` (English Snowball stemming without a stop-word
 * list, so that "we" or "not" are searchable as in FTS5; accents folded by the unaccent
 * dictionary when the extension can be created), and a stored generated tsvector column
 * `search_vector` with a GIN index on quote (text), article (title A, dek B, body D) and
 * entity_name (name). Generated columns follow every insert, update and delete by themselves,
 * as the FTS5 triggers do on SQLite.
 */
export class FullTextSearchPostgres1764288000000 implements MigrationInterface {
  name = 'FullTextSearchPostgres1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const unaccent = await this.createUnaccent(queryRunner);
    await queryRunner.query(`CREATE FUNCTION newsgraph_search_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$SELECT translate(value, ${literal(SEPARATORS)}, ${literal(PLACEHOLDERS)})$$`);
    await queryRunner.query(`CREATE FUNCTION newsgraph_search_text_restore(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$SELECT translate(value, ${literal(PLACEHOLDERS)}, ${literal(SEPARATORS)})$$`);
    await queryRunner.query(`CREATE TEXT SEARCH DICTIONARY newsgraph_english_stem (TEMPLATE = snowball, Language = english)`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG} (COPY = english)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG}
      ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
      WITH ${unaccent ? 'unaccent, ' : ''}newsgraph_english_stem`);

    const vectors: Array<[string, string]> = [
      ['quote', `to_tsvector('${SEARCH_CONFIG}', newsgraph_search_text("text"))`],
      ['article', articleVector],
      ['entity_name', `to_tsvector('${SEARCH_CONFIG}', newsgraph_search_text("name"))`],
    ];
    for (const [table, vector] of vectors) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (${vector}) STORED`);
      await queryRunner.query(`CREATE INDEX "idx_${table}_search" ON "${table}" USING gin ("search_vector")`);
    }
  }

  /**
   * Creates the unaccent extension (PostgreSQL's contrib; a trusted extension, so the database
   * owner may create it) when the server has it; returns whether it is there. Without it, search
   * still works, but accents are not folded ("zurich" does not find Zürich).
   */
  private async createUnaccent(queryRunner: QueryRunner): Promise<boolean> {
    const available = await queryRunner.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'`);
    if (available.length === 0) return false;
    // A failure (no privilege) must not abort the migration's transaction: try under a savepoint.
    const inTransaction = queryRunner.isTransactionActive;
    if (inTransaction) await queryRunner.query('SAVEPOINT newsgraph_unaccent');
    try {
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
      if (inTransaction) await queryRunner.query('RELEASE SAVEPOINT newsgraph_unaccent');
      return true;
    } catch {
      if (inTransaction) await queryRunner.query('ROLLBACK TO SAVEPOINT newsgraph_unaccent');
      return false;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['quote', 'article', 'entity_name']) {
      await queryRunner.query(`DROP INDEX "idx_${table}_search"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
    }
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG}`);
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY newsgraph_english_stem`);
    await queryRunner.query('DROP FUNCTION newsgraph_search_text_restore(text)');
    await queryRunner.query('DROP FUNCTION newsgraph_search_text(text)');
  }
}
