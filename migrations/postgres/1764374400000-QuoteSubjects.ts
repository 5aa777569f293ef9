import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL twin of migrations/1764374400000-QuoteSubjects.ts: the `quote_subject` rows (quote,
 * entity mentioned in its paragraph, speaker), kept by row triggers, and the covering index on
 * quote (article, statement, speaker, date).
 */
export class QuoteSubjectsPostgres1764374400000 implements MigrationInterface {
  name = 'QuoteSubjectsPostgres1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "quote_subject" (
      "quote_id" integer NOT NULL REFERENCES "quote" ("id") ON DELETE CASCADE,
      "entity_id" integer NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE,
      "speaker_id" integer,
      PRIMARY KEY ("quote_id", "entity_id")
    )`);
    await queryRunner.query(`INSERT INTO "quote_subject" ("quote_id", "entity_id", "speaker_id")
      SELECT q."id", m."entity_id", q."speaker_id" FROM "quote" q JOIN "mention" m ON m."article_id" = q."article_id" AND m."paragraph" = q."paragraph"
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`CREATE INDEX "idx_quote_subject_entity" ON "quote_subject" ("entity_id", "speaker_id", "quote_id")`);
    const triggers: Array<[name: string, event: string, body: string]> = [
      [
        'quote_subject_quote_ai',
        'AFTER INSERT ON "quote"',
        `INSERT INTO "quote_subject" ("quote_id", "entity_id", "speaker_id")
          SELECT NEW."id", m."entity_id", NEW."speaker_id" FROM "mention" m WHERE m."article_id" = NEW."article_id" AND m."paragraph" = NEW."paragraph"
          ON CONFLICT DO NOTHING;`,
      ],
      [
        'quote_subject_mention_ai',
        'AFTER INSERT ON "mention"',
        `INSERT INTO "quote_subject" ("quote_id", "entity_id", "speaker_id")
          SELECT q."id", NEW."entity_id", q."speaker_id" FROM "quote" q WHERE q."article_id" = NEW."article_id" AND q."paragraph" = NEW."paragraph"
          ON CONFLICT DO NOTHING;`,
      ],
      ['quote_subject_speaker_au', 'AFTER UPDATE OF "speaker_id" ON "quote"', `UPDATE "quote_subject" SET "speaker_id" = NEW."speaker_id" WHERE "quote_id" = NEW."id";`],
    ];
    for (const [name, event, body] of triggers) {
      await queryRunner.query(`CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`);
      await queryRunner.query(`CREATE TRIGGER "${name}" ${event} FOR EACH ROW EXECUTE FUNCTION "${name}"()`);
    }
    await queryRunner.query(`CREATE INDEX "idx_quote_article_speaker" ON "quote" ("article_id", "is_statement", "speaker_id", "published_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_quote_article_speaker"`);
    await queryRunner.query(`DROP TABLE "quote_subject"`);
    for (const name of ['quote_subject_speaker_au', 'quote_subject_mention_ai', 'quote_subject_quote_ai']) {
      await queryRunner.query(`DROP FUNCTION "${name}"() CASCADE`);
    }
  }
}
