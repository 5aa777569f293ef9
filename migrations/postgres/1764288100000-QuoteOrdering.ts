import { MigrationInterface, QueryRunner } from 'typeorm';

/** PostgreSQL twin of migrations/1764288100000-QuoteOrdering.ts: each quote carries its article's date. */
export class QuoteOrderingPostgres1764288100000 implements MigrationInterface {
  name = 'QuoteOrderingPostgres1764288100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" ADD COLUMN "published_at" text COLLATE "C"`);
    await queryRunner.query(`UPDATE "quote" SET "published_at" = (SELECT "published_at" FROM "article" WHERE "article"."id" = "quote"."article_id")`);
    await queryRunner.query(`CREATE INDEX "idx_quote_published_at" ON "quote" ("published_at", "id")`);
    await queryRunner.query(`CREATE INDEX "idx_quote_confidence" ON "quote" ("confidence", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_confidence"`);
    await queryRunner.query(`DROP INDEX "idx_quote_published_at"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "published_at"`);
  }
}
