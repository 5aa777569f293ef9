import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each quote is about at PARAGRAPH scope, kept as rows: `quote_subject` holds one row per
 * quote and entity mentioned in the quote's paragraph, with the quote's speaker beside it. The
 * index (entity, speaker, quote) answers "quotes by S about P" (the headline query) as one index
 * range per place in scope, instead of intersecting every quote of S with every paragraph that
 * names P (45 ms on 100,000 articles, 1.3 ms this way: bench/RESULTS.md). Triggers keep it
 * filled whatever writes the rows, in either order: a quote gains the entities already mentioned
 * in its paragraph, a mention joins the quotes already in its paragraph, and a quote's new
 * speaker is copied over (ON DELETE SET NULL of a speaker included). Rows go with their quote or
 * entity (ON DELETE CASCADE).
 *
 * Also a covering index on quote (article, statement, speaker, date), so that ARTICLE-scope
 * filters and per-speaker facets read the quotes of many articles from the index alone.
 */
export class QuoteSubjects1764374400000 implements MigrationInterface {
  name = 'QuoteSubjects1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "quote_subject" (
      "quote_id" integer NOT NULL REFERENCES "quote" ("id") ON DELETE CASCADE,
      "entity_id" integer NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE,
      "speaker_id" integer,
      PRIMARY KEY ("quote_id", "entity_id")
    ) WITHOUT ROWID`);
    await queryRunner.query(`INSERT OR IGNORE INTO "quote_subject" ("quote_id", "entity_id", "speaker_id")
      SELECT q."id", m."entity_id", q."speaker_id" FROM "quote" q JOIN "mention" m ON m."article_id" = q."article_id" AND m."paragraph" = q."paragraph"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_subject_entity" ON "quote_subject" ("entity_id", "speaker_id", "quote_id")`);
    await queryRunner.query(`CREATE TRIGGER "quote_subject_quote_ai" AFTER INSERT ON "quote" BEGIN
      INSERT OR IGNORE INTO "quote_subject" ("quote_id", "entity_id", "speaker_id")
        SELECT NEW."id", m."entity_id", NEW."speaker_id" FROM "mention" m WHERE m."article_id" = NEW."article_id" AND m."paragraph" = NEW."paragraph";
    END`);
    await queryRunner.query(`CREATE TRIGGER "quote_subject_mention_ai" AFTER INSERT ON "mention" BEGIN
      INSERT OR IGNORE INTO "quote_subject" ("quote_id", "entity_id", "speaker_id")
        SELECT q."id", NEW."entity_id", q."speaker_id" FROM "quote" q WHERE q."article_id" = NEW."article_id" AND q."paragraph" = NEW."paragraph";
    END`);
    await queryRunner.query(`CREATE TRIGGER "quote_subject_speaker_au" AFTER UPDATE OF "speaker_id" ON "quote" BEGIN
      UPDATE "quote_subject" SET "speaker_id" = NEW."speaker_id" WHERE "quote_id" = NEW."id";
    END`);
    await queryRunner.query(`CREATE INDEX "idx_quote_article_speaker" ON "quote" ("article_id", "is_statement", "speaker_id", "published_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_article_speaker"`);
    for (const trigger of ['quote_subject_speaker_au', 'quote_subject_mention_ai', 'quote_subject_quote_ai']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    }
    await queryRunner.query(`DROP TABLE "quote_subject"`);
  }
}
