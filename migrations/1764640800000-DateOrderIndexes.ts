import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders by date that an index serves (issue 16): quotes and articles order by `published_at`
 * itself, no longer `COALESCE(published_at, '')`, which no index served, so a speaker's page by
 * date sorted every quote of the speaker. NULLs sort below every date, as SQLite orders them
 * natively (first ascending, last descending: src/db/paginate.ts), so idx_quote_published_at and
 * idx_article_published_at serve those orders as they are. `idx_quote_speaker_count` (speaker,
 * is_statement, kind: quoteCount from the index alone) gains (published_at, id), so that the
 * quotes of one speaker and kind are read in date order, and counted from the index, under a
 * date filter too.
 */
export class DateOrderIndexes1764640800000 implements MigrationInterface {
  name = 'DateOrderIndexes1764640800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_speaker_count"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_speaker_count" ON "quote" ("speaker_id", "is_statement", "kind", "published_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_speaker_count"`);
    await queryRunner.query(`CREATE INDEX "idx_quote_speaker_count" ON "quote" ("speaker_id", "is_statement", "kind")`);
  }
}
