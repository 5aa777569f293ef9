import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL twin of migrations/1764550800000-QuoteSpeakerCount.ts (an index-only scan once the
 * visibility map is set).
 *
 * `quoteCount` (a speaker's statement quotes of some kinds: src/loaders/loaders.ts) read from an
 * index alone (issue 16): (speaker, is_statement, kind) covers its condition, where
 * idx_quote_speaker (speaker, id) made it read every quote row of the speaker (30 ms for a speaker
 * of 29,000 quotes).
 */
export class QuoteSpeakerCountPostgres1764550800000 implements MigrationInterface {
  name = 'QuoteSpeakerCountPostgres1764550800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_quote_speaker_count" ON "quote" ("speaker_id", "is_statement", "kind")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_speaker_count"`);
  }
}
