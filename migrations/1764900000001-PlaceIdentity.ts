import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `entity.place_key`: what tells apart places that share a name (src/ingestion/lexicon/entity.keys.ts,
 * storePlaceKey: "g" and a gazetteer city's GeoNames ID, else its country's ISO code, else ''; ''
 * for people and organizations). The store's identity of an entity is now (type, name_key,
 * place_key), where (type, name_key) merged the state of Washington with the capital and Paris,
 * Texas with Paris, France (issue 15). Stored places get the key their GeoNames ID or country
 * code gives; places stored before that merged two are not split.
 */
export class PlaceIdentity1764900000001 implements MigrationInterface {
  name = 'PlaceIdentity1764900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of placeIdentityUp('text')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of PLACE_IDENTITY_DOWN) await queryRunner.query(sql);
  }
}

/** The statements of `up`, the new column of type `columnType` (both stores run them; PostgreSQL's twin gives its collation). */
export function placeIdentityUp(columnType: string): string[] {
  return [
    `ALTER TABLE "entity" ADD COLUMN "place_key" ${columnType} NOT NULL DEFAULT ''`,
    `UPDATE "entity" SET "place_key" = CASE WHEN "geonames_id" IS NOT NULL THEN 'g' || CAST("geonames_id" AS TEXT)
      ELSE COALESCE("country_code", '') END WHERE "type" = 'LOCATION'`,
    `DROP INDEX "idx_entity_type_name_key"`,
    `CREATE UNIQUE INDEX "idx_entity_identity" ON "entity" ("type", "name_key", "place_key")`,
  ];
}

/** The statements of `down`, on both stores. */
export const PLACE_IDENTITY_DOWN = [
  `DROP INDEX "idx_entity_identity"`,
  `CREATE UNIQUE INDEX "idx_entity_type_name_key" ON "entity" ("type", "name_key")`,
  `ALTER TABLE "entity" DROP COLUMN "place_key"`,
];
