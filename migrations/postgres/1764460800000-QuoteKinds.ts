import { MigrationInterface, QueryRunner } from 'typeorm';

/** PostgreSQL twin of migrations/1764460800000-QuoteKinds.ts: `quote.kind`, DIRECT for every quote stored before. */
export class QuoteKindsPostgres1764460800000 implements MigrationInterface {
  name = 'QuoteKindsPostgres1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" ADD COLUMN "kind" text COLLATE "C" NOT NULL DEFAULT 'DIRECT' CHECK ("kind" IN ('DIRECT', 'MIXED', 'INDIRECT'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "kind"`);
  }
}
