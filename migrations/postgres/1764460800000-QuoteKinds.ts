import { MigrationInterface, QueryRunner } from 'typeorm';

/** PostgreSQL twin of migrations/1764460800000-QuoteKinds.ts: `quote.kind`, DIRECT for every quote stored before; `kind` in idx_quote_article_speaker. */
export class QuoteKindsPostgres1764460800000 implements MigrationInterface {
  name = 'QuoteKindsPostgres1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" ADD COLUMN "kind" text COLLATE "C" NOT NULL DEFAULT 'DIRECT' CHECK ("kind" IN ('DIRECT', 'MIXED', 'INDIRECT'))`);
    await queryRunner.query(`DROP INDEX "idx_quote_article_speaker"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_article_speaker" ON "quote" ("article_id", "is_statement", "kind", "speaker_id", "published_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_article_speaker"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_article_speaker" ON "quote" ("article_id", "is_statement", "speaker_id", "published_at")`);
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "kind"`);
  }
}
