import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: articles, entities with their names, mentions and quotes. */
export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "article" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "url" text UNIQUE,
      "title" text NOT NULL,
      "dek" text,
      "section" text,
      "published_at" text,
      "source" text,
      "image_caption" text,
      "image_credit" text,
      "subheadings" text NOT NULL,
      "body" text NOT NULL,
      "paragraph_spans" text NOT NULL,
      "content_hash" text NOT NULL UNIQUE,
      "origin" text NOT NULL,
      "ingested_at" text NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_article_published_at" ON "article" ("published_at")`);

    await queryRunner.query(`CREATE TABLE "entity" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "type" text NOT NULL CHECK ("type" IN ('PERSON', 'ORGANIZATION', 'LOCATION')),
      "name" text NOT NULL,
      "name_key" text NOT NULL,
      "role" text,
      "affiliation_id" integer REFERENCES "entity" ("id") ON DELETE SET NULL,
      "kind" text,
      "country_code" text,
      "within_id" integer REFERENCES "entity" ("id") ON DELETE SET NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_entity_type_name_key" ON "entity" ("type", "name_key")`);
    await queryRunner.query(`CREATE INDEX "idx_entity_within" ON "entity" ("within_id")`);
    await queryRunner.query(`CREATE INDEX "idx_entity_affiliation" ON "entity" ("affiliation_id")`);

    await queryRunner.query(`CREATE TABLE "entity_name" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "entity_id" integer NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE,
      "kind" text NOT NULL CHECK ("kind" IN ('NAME', 'ALIAS', 'SURNAME', 'DEMONYM')),
      "name" text NOT NULL,
      "key" text NOT NULL
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_entity_name_unique" ON "entity_name" ("entity_id", "kind", "key")`);
    await queryRunner.query(`CREATE INDEX "idx_entity_name_key" ON "entity_name" ("key", "entity_id")`);

    await queryRunner.query(`CREATE TABLE "mention" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "article_id" integer NOT NULL REFERENCES "article" ("id") ON DELETE CASCADE,
      "entity_id" integer NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE,
      "start" integer NOT NULL,
      "end" integer NOT NULL,
      "text" text NOT NULL,
      "paragraph" integer
    )`);
    await queryRunner.query(`CREATE INDEX "idx_mention_entity" ON "mention" ("entity_id", "article_id", "paragraph")`);
    await queryRunner.query(`CREATE INDEX "idx_mention_article" ON "mention" ("article_id", "start")`);

    await queryRunner.query(`CREATE TABLE "quote" (
      "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      "article_id" integer NOT NULL REFERENCES "article" ("id") ON DELETE CASCADE,
      "text" text NOT NULL,
      "start" integer NOT NULL,
      "end" integer NOT NULL,
      "paragraph" integer,
      "cue_start" integer,
      "cue_end" integer,
      "cue_text" text,
      "speaker_mention_start" integer,
      "speaker_mention_end" integer,
      "speaker_mention_text" text,
      "speaker_id" integer REFERENCES "entity" ("id") ON DELETE SET NULL,
      "attribution" text NOT NULL,
      "confidence" real NOT NULL,
      "is_statement" boolean NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX "idx_quote_article" ON "quote" ("article_id", "start")`);
    await queryRunner.query(`CREATE INDEX "idx_quote_speaker" ON "quote" ("speaker_id", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['quote', 'mention', 'entity_name', 'entity', 'article']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
