import { MigrationInterface } from 'typeorm';

/**
 * Nothing to do on SQLite: a search finds an article's matching column by a column filter of its
 * FTS5 table (src/db/dialect.ts). The PostgreSQL twin adds `article.headline_vector`, the title
 * and dek part of its search vector, which its search ranks by (issue 16).
 */
export class HeadlineVector1764810000001 implements MigrationInterface {
  name = 'HeadlineVector1764810000001';

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
