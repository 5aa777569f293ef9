import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillGeonamesIds, backfillMentionForms } from '../mention-forms.backfill';

/**
 * PostgreSQL twin of migrations/1764637200000-MentionForms.ts (the same columns and backfill; form
 * in the "C" collation, confidence double precision, as quote.confidence).
 *
 * Issue 15's contract additions. `mention.form`: how the text names the entity (NAME, ALIAS,
 * SURNAME, FIRST_NAME, ACRONYM, DEMONYM; ingest derives it: src/ingestion/resolve/mention-form.rules.ts);
 * `mention.confidence`: how far to trust the mention (0..1; ingest derives it:
 * mention-confidence.rules.ts); `entity.geonames_id`: a gazetteer city's GeoNames ID.
 *
 * Backfill of the rows already stored (mention-forms.backfill.ts): `form` by the same rules
 * written in SQL, on the text as stored;
 * `confidence` 0.75, the share of the mentions the pipeline makes that are right on GUM's Wikinews
 * documents (exact span and type, issue 15: 0.747 at the time) for rows no evidence was kept for;
 * `geonames_id` from the GeoNames file for the stored cities, null for the rest.
 */
export class MentionFormsPostgres1764637200000 implements MigrationInterface {
  name = 'MentionFormsPostgres1764637200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mention" ADD COLUMN "form" text COLLATE "C" NOT NULL DEFAULT 'ALIAS'
      CHECK ("form" IN ('NAME', 'ALIAS', 'SURNAME', 'FIRST_NAME', 'ACRONYM', 'DEMONYM'))`);
    await queryRunner.query(`ALTER TABLE "mention" ADD COLUMN "confidence" double precision NOT NULL DEFAULT 0.75`);
    await queryRunner.query(`ALTER TABLE "entity" ADD COLUMN "geonames_id" integer`);
    await backfillMentionForms(queryRunner, { position: (text, needle) => `strpos(${text}, ${needle})`, initials: (text) => `(${text} ~ '^([A-Z]\\.?){2,6}$')` });
    await backfillGeonamesIds(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entity" DROP COLUMN "geonames_id"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP COLUMN "confidence"`);
    await queryRunner.query(`ALTER TABLE "mention" DROP COLUMN "form"`);
  }
}
