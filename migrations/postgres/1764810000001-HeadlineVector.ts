import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An article's headline vector: `headline_vector`, a stored generated tsvector of its title
 * (weight A) and dek (weight B), the first two parts of `search_vector`
 * (1764288000000-FullTextSearch.ts) with the same lexemes, positions and weights. A search ranks
 * an article by the first of title, dek and body that holds the whole search (src/db/dialect.ts):
 * filtering this small column by weight gives the same answer as filtering `search_vector`, without
 * reading the body's part out of TOAST and copying it, twice per article of the window (15 of the
 * 58 ms of the search statement of Q3 at 20,000 articles, EXPLAIN ANALYZE). Generated, so it follows
 * every insert and update by itself. The SQLite twin is empty: FTS5 filters a column by itself.
 */
export class HeadlineVectorPostgres1764810000001 implements MigrationInterface {
  name = 'HeadlineVectorPostgres1764810000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" ADD COLUMN "headline_vector" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('newsgraph', newsgraph_search_text("title")), 'A')
      || setweight(to_tsvector('newsgraph', newsgraph_search_text(COALESCE("dek", ''))), 'B')) STORED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "headline_vector"`);
  }
}
