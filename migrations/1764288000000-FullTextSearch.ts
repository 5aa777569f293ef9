import { MigrationInterface, QueryRunner } from 'typeorm';

/** The FTS5 tokenizer of every search table: English stemming, case and accents folded. */
const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;

/** Each full-text table, the table it indexes (same rowids) and the columns it copies. */
const tables = [
  { fts: 'quote_fts', source: 'quote', columns: ['text'] },
  { fts: 'article_fts', source: 'article', columns: ['title', 'dek', 'body'] },
  { fts: 'entity_name_fts', source: 'entity_name', columns: ['name'] },
];

/**
 * Full-text search over quotes, articles and entity names with SQLite FTS5 (external-content
 * tables), kept in step with their tables by triggers on insert, update and delete (including
 * the cascade when an article is deleted).
 */
export class FullTextSearch1764288000000 implements MigrationInterface {
  name = 'FullTextSearch1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { fts, source, columns } of tables) {
      const list = columns.map((c) => `"${c}"`).join(', ');
      const values = (row: string) => columns.map((c) => `${row}."${c}"`).join(', ');
      await queryRunner.query(`CREATE VIRTUAL TABLE "${fts}" USING fts5(${list}, content = '${source}', content_rowid = 'id', ${TOKENIZE})`);
      await queryRunner.query(`CREATE TRIGGER "${fts}_insert" AFTER INSERT ON "${source}" BEGIN
        INSERT INTO "${fts}" (rowid, ${list}) VALUES (new.id, ${values('new')}); END`);
      await queryRunner.query(`CREATE TRIGGER "${fts}_delete" AFTER DELETE ON "${source}" BEGIN
        INSERT INTO "${fts}" ("${fts}", rowid, ${list}) VALUES ('delete', old.id, ${values('old')}); END`);
      await queryRunner.query(`CREATE TRIGGER "${fts}_update" AFTER UPDATE ON "${source}" BEGIN
        INSERT INTO "${fts}" ("${fts}", rowid, ${list}) VALUES ('delete', old.id, ${values('old')});
        INSERT INTO "${fts}" (rowid, ${list}) VALUES (new.id, ${values('new')}); END`);
      await queryRunner.query(`INSERT INTO "${fts}" ("${fts}") VALUES ('rebuild')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { fts } of tables) {
      for (const action of ['insert', 'delete', 'update']) await queryRunner.query(`DROP TRIGGER "${fts}_${action}"`);
      await queryRunner.query(`DROP TABLE "${fts}"`);
    }
  }
}
