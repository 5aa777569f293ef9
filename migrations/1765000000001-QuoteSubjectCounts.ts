import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `quote_subject` (1764374400000-QuoteSubjects: a quote and an entity its paragraph names, with
 * the quote's speaker) also carries the quote's `is_statement`, `kind` and `published_at`, and its
 * index on (entity, speaker) goes on to them, so that the count of "quotes by S about P" (the
 * headline query's `totalCount`, PARAGRAPH scope, with kinds and dates) is read from that index
 * alone: no quote row is looked up per match (issue 16; 12,830 matches at 1M articles took 16-30 ms
 * that way). Triggers copy the three columns wherever a subject row is made, and follow them if a
 * quote's change. Both stores run these statements; `text` is PostgreSQL's collation of text columns.
 */
export function quoteSubjectCountsUp(text: string): string[] {
  return [
    `ALTER TABLE "quote_subject" ADD COLUMN "is_statement" boolean`,
    `ALTER TABLE "quote_subject" ADD COLUMN "kind" ${text}`,
    `ALTER TABLE "quote_subject" ADD COLUMN "published_at" ${text}`,
    `UPDATE "quote_subject" SET "is_statement" = q."is_statement", "kind" = q."kind", "published_at" = q."published_at"
      FROM "quote" q WHERE q."id" = "quote_subject"."quote_id"`,
    `DROP INDEX "idx_quote_subject_entity"`,
    `CREATE INDEX "idx_quote_subject_speaker" ON "quote_subject" ("entity_id", "speaker_id", "is_statement", "kind", "published_at")`,
  ];
}

/** The statements of `down` that both stores run (their triggers are put back apart). */
export const QUOTE_SUBJECT_COUNTS_DOWN = [
  `DROP INDEX "idx_quote_subject_speaker"`,
  `CREATE INDEX "idx_quote_subject_entity" ON "quote_subject" ("entity_id", "speaker_id", "quote_id")`,
  `ALTER TABLE "quote_subject" DROP COLUMN "published_at"`,
  `ALTER TABLE "quote_subject" DROP COLUMN "kind"`,
  `ALTER TABLE "quote_subject" DROP COLUMN "is_statement"`,
];

/** The SQLite row triggers that make `quote_subject` rows, with the quote columns `columns` copied (none: as before this migration). */
function insertTriggers(columns: readonly string[]): string[] {
  const names = columns.map((c) => `, "${c}"`).join('');
  const fromNew = columns.map((c) => `, NEW."${c}"`).join('');
  const fromQuote = columns.map((c) => `, q."${c}"`).join('');
  return [
    `DROP TRIGGER "quote_subject_quote_ai"`,
    `CREATE TRIGGER "quote_subject_quote_ai" AFTER INSERT ON "quote" BEGIN
      INSERT OR IGNORE INTO "quote_subject" ("quote_id", "entity_id", "speaker_id"${names})
        SELECT NEW."id", m."entity_id", NEW."speaker_id"${fromNew} FROM "mention" m WHERE m."article_id" = NEW."article_id" AND m."paragraph" = NEW."paragraph";
    END`,
    `DROP TRIGGER "quote_subject_mention_ai"`,
    `CREATE TRIGGER "quote_subject_mention_ai" AFTER INSERT ON "mention" BEGIN
      INSERT OR IGNORE INTO "quote_subject" ("quote_id", "entity_id", "speaker_id"${names})
        SELECT q."id", NEW."entity_id", q."speaker_id"${fromQuote} FROM "quote" q WHERE q."article_id" = NEW."article_id" AND q."paragraph" = NEW."paragraph";
    END`,
  ];
}

/** The quote columns `quote_subject` copies. */
export const COPIED_QUOTE_COLUMNS = ['is_statement', 'kind', 'published_at'] as const;

export class QuoteSubjectCounts1765000000001 implements MigrationInterface {
  name = 'QuoteSubjectCounts1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of quoteSubjectCountsUp('text')) await queryRunner.query(sql);
    for (const sql of insertTriggers(COPIED_QUOTE_COLUMNS)) await queryRunner.query(sql);
    await queryRunner.query(`CREATE TRIGGER "quote_subject_quote_au" AFTER UPDATE OF "is_statement", "kind", "published_at" ON "quote" BEGIN
      UPDATE "quote_subject" SET "is_statement" = NEW."is_statement", "kind" = NEW."kind", "published_at" = NEW."published_at" WHERE "quote_id" = NEW."id";
    END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "quote_subject_quote_au"`);
    for (const sql of insertTriggers([])) await queryRunner.query(sql);
    for (const sql of QUOTE_SUBJECT_COUNTS_DOWN) await queryRunner.query(sql);
  }
}
