import { MigrationInterface, QueryRunner } from 'typeorm';
import { COPIED_QUOTE_COLUMNS, QUOTE_SUBJECT_COUNTS_DOWN, quoteSubjectCountsUp } from '../1765000000001-QuoteSubjectCounts';

/**
 * The statement-level INSERT triggers' functions (1764700000001-QuoteSubjectStatementTriggers),
 * with the quote columns `columns` copied into `quote_subject` (none: as before this migration).
 */
function insertFunctions(columns: readonly string[]): string[] {
  const names = columns.map((c) => `, "${c}"`).join('');
  const from = (alias: string) => columns.map((c) => `, ${alias}."${c}"`).join('');
  const fn = (name: string, select: string) => `CREATE OR REPLACE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
    INSERT INTO "quote_subject" ("quote_id", "entity_id", "speaker_id"${names}) ${select} ON CONFLICT DO NOTHING;
    RETURN NULL; END $$`;
  return [
    fn('quote_subject_quote_ai', `SELECT n."id", m."entity_id", n."speaker_id"${from('n')} FROM new_quotes n JOIN "mention" m ON m."article_id" = n."article_id" AND m."paragraph" = n."paragraph"`),
    fn('quote_subject_mention_ai', `SELECT q."id", n."entity_id", q."speaker_id"${from('q')} FROM new_mentions n JOIN "quote" q ON q."article_id" = n."article_id" AND q."paragraph" = n."paragraph"`),
  ];
}

/** PostgreSQL twin of migrations/1765000000001-QuoteSubjectCounts.ts: the same columns, backfill and index; its triggers' functions copy them. */
export class QuoteSubjectCountsPostgres1765000000001 implements MigrationInterface {
  name = 'QuoteSubjectCountsPostgres1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of quoteSubjectCountsUp('text COLLATE "C"')) await queryRunner.query(sql);
    for (const sql of insertFunctions(COPIED_QUOTE_COLUMNS)) await queryRunner.query(sql);
    await queryRunner.query(`CREATE FUNCTION "quote_subject_quote_au"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      UPDATE "quote_subject" SET "is_statement" = NEW."is_statement", "kind" = NEW."kind", "published_at" = NEW."published_at" WHERE "quote_id" = NEW."id";
      RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER "quote_subject_quote_au" AFTER UPDATE OF "is_statement", "kind", "published_at" ON "quote" FOR EACH ROW EXECUTE FUNCTION "quote_subject_quote_au"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "quote_subject_quote_au"() CASCADE`);
    for (const sql of insertFunctions([])) await queryRunner.query(sql);
    for (const sql of QUOTE_SUBJECT_COUNTS_DOWN) await queryRunner.query(sql);
  }
}
