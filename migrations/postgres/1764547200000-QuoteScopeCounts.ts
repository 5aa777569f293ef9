import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL twin of migrations/1764547200000-QuoteScopeCounts.ts (the same table and
 * backfill; kind in the "C" collation, as quote.kind).
 *
 * Facet counts kept at write time (issue 16): `quote_scope_count` holds, for every entity an
 * article is about at ARTICLE scope (one it mentions, or a place such a mention is within, at any
 * depth), the statement quotes of that article per kind, speaker and whether they are dated,
 * summed over articles. So "quotes about P (ARTICLE scope) per speaker" is one range of its
 * primary key, whatever the number of quotes. The write plans keep it (src/db/quote-scope-counts.sql.ts:
 * an article's rows added when it is stored and taken away before it is deleted, and the articles
 * of a place re-counted when the place is put within another). Rows that fall to 0 stay.
 * Backfilled here from the stored articles.
 */
export class QuoteScopeCountsPostgres1764547200000 implements MigrationInterface {
  name = 'QuoteScopeCountsPostgres1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "quote_scope_count" (
      "entity_id" integer NOT NULL,
      "kind" text COLLATE "C" NOT NULL,
      "dated" boolean NOT NULL,
      "speaker_id" integer NOT NULL,
      "n" integer NOT NULL,
      PRIMARY KEY ("entity_id", "kind", "dated", "speaker_id")
    )`);
    await queryRunner.query(`WITH RECURSIVE "scope"("article_id", "entity_id") AS (
        SELECT "article_id", "entity_id" FROM "mention"
        UNION SELECT s."article_id", e."within_id" FROM "scope" s JOIN "entity" e ON e."id" = s."entity_id" WHERE e."within_id" IS NOT NULL)
      INSERT INTO "quote_scope_count" ("entity_id", "kind", "dated", "speaker_id", "n")
      SELECT s."entity_id", q."kind", q."published_at" IS NOT NULL, q."speaker_id", COUNT(*) FROM "scope" s JOIN "quote" q ON q."article_id" = s."article_id"
      WHERE q."is_statement" = TRUE AND q."speaker_id" IS NOT NULL
      GROUP BY s."entity_id", q."kind", q."published_at" IS NOT NULL, q."speaker_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "quote_scope_count"`);
  }
}
