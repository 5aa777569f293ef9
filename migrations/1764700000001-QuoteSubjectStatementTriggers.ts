import { MigrationInterface } from 'typeorm';

/**
 * The SQLite side of migrations/postgres/1764700000001-QuoteSubjectStatementTriggers.ts (issue 16),
 * which makes PostgreSQL's `quote_subject` INSERT triggers run once per statement over a
 * transition table. SQLite has only row triggers: its `quote_subject` triggers
 * (1764374400000-QuoteSubjects) stay as they are, and this migration changes nothing. It is here
 * so that both stores list the same migrations.
 */
export class QuoteSubjectStatementTriggers1764700000001 implements MigrationInterface {
  name = 'QuoteSubjectStatementTriggers1764700000001';

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
