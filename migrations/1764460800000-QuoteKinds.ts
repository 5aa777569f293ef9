import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reported speech beside direct quotes: `quote.kind` is DIRECT (the words inside quotation marks),
 * MIXED (reported content that holds quoted words) or INDIRECT (reported content without marks).
 * Every quote stored before is DIRECT. No index of its own: a kind is one of three values, read
 * beside a more selective condition (article, speaker, subject, date, text).
 */
export class QuoteKinds1764460800000 implements MigrationInterface {
  name = 'QuoteKinds1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" ADD COLUMN "kind" text NOT NULL DEFAULT 'DIRECT' CHECK ("kind" IN ('DIRECT', 'MIXED', 'INDIRECT'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "kind"`);
  }
}
