import { MigrationInterface } from 'typeorm';

/**
 * Nothing to do on SQLite: its `idx_quote_speaker_count` already is (speaker, is_statement, kind,
 * published_at, id) (migrations/1764640800000-DateOrderIndexes.ts), which serves a speaker's page
 * by date and its count. The PostgreSQL twin adds that index (issue 16).
 */
export class SpeakerDateIndex1764710000001 implements MigrationInterface {
  name = 'SpeakerDateIndex1764710000001';

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
