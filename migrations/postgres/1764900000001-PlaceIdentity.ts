import { MigrationInterface, QueryRunner } from 'typeorm';
import { PLACE_IDENTITY_DOWN, placeIdentityUp } from '../1764900000001-PlaceIdentity';

/** PostgreSQL twin of migrations/1764900000001-PlaceIdentity.ts: the same statements, the column in the "C" collation of every text column here. */
export class PlaceIdentityPostgres1764900000001 implements MigrationInterface {
  name = 'PlaceIdentityPostgres1764900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of placeIdentityUp('text COLLATE "C"')) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of PLACE_IDENTITY_DOWN) await queryRunner.query(sql);
  }
}
