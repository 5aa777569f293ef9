import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL twin of migrations/1764710000001-SpeakerDateIndex.ts: a speaker's statement quotes
 * of one kind in date order (NULLs below every date, then the id, as src/db/paginate.ts orders
 * them), beside idx_quote_speaker_count (speaker, is_statement, kind), which stays as it is (see
 * 1764640800000-DateOrderIndexes.ts). The speaker page (Q1P: the 20 newest DIRECT quotes of one
 * speaker, with a date filter) walked idx_quote_published_at backward and filtered out every other
 * speaker's quote on the way, and its count read all of idx_quote_article_speaker; both are one
 * range of this index now. EXPLAIN ANALYZE on newsgraph_bench (20,000 articles, the busiest
 * speaker, 6,153 quotes; force_custom_plan): page 0.6-0.8 ms -> 0.03-0.07 ms, count 12-20 ms ->
 * 0.8 ms (index only); Q1's count of the speaker's quotes about a place 22-25 ms -> 8-12 ms (an
 * index-only scan of this index instead of a bitmap heap scan), its page unchanged.
 */
export class SpeakerDateIndexPostgres1764710000001 implements MigrationInterface {
  name = 'SpeakerDateIndexPostgres1764710000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_quote_speaker_date" ON "quote" ("speaker_id", "is_statement", "kind", "published_at" NULLS FIRST, "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_speaker_date"`);
  }
}
