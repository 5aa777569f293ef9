import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reported speech beside direct quotes: `quote.kind` is DIRECT (the words inside quotation marks),
 * MIXED (reported content that holds quoted words) or INDIRECT (reported content without marks).
 * Every quote stored before is DIRECT. No index of its own: a kind is one of three values, read
 * beside a more selective condition (article, speaker, subject, date, text); but every quote read
 * now names its kinds (DIRECT by default), so the covering index of ARTICLE-scope filters and
 * per-speaker facets (idx_quote_article_speaker, migrations/*-QuoteSubjects.ts) gains `kind`
 * after `is_statement`, and those reads still come from the index alone.
 */
export class QuoteKinds1764460800000 implements MigrationInterface {
  name = 'QuoteKinds1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" ADD COLUMN "kind" text NOT NULL DEFAULT 'DIRECT' CHECK ("kind" IN ('DIRECT', 'MIXED', 'INDIRECT'))`);
    await queryRunner.query(`DROP INDEX "idx_quote_article_speaker"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_article_speaker" ON "quote" ("article_id", "is_statement", "kind", "speaker_id", "published_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_article_speaker"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_article_speaker" ON "quote" ("article_id", "is_statement", "speaker_id", "published_at")`);
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "kind"`);
  }
}
