import { DataSource } from 'typeorm';
import { openDataSource } from '../../src/db/data-source';
import { sqlRows } from '../../src/db/dialect';
import { createScratchStore, ScratchStore } from '../support/test-store';

/**
 * quote_subject (migrations/*-QuoteSubjects.ts) is filled by triggers, whatever writes the rows:
 * these tests write quotes and mentions with plain SQL, in both orders, and compare the table
 * with what it stands for (the entities mentioned in each quote's paragraph, with its speaker).
 */
describe('quote_subject follows the quotes and mentions', () => {
  let store: ScratchStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    store = await createScratchStore('newsgraph-subject-');
    dataSource = await openDataSource({ databasePath: store.databasePath, databaseUrl: store.databaseUrl });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.drop();
  });

  const insert = async (sql: string, values: unknown[]): Promise<number> =>
    Number((await sqlRows<{ id: number }>(dataSource, `${sql} RETURNING id`, values))[0].id);
  const entity = (type: string, name: string) =>
    insert('INSERT INTO entity (type, name, name_key) VALUES (?, ?, ?)', [type, name, name.toLowerCase()]);
  const article = (hash: string) =>
    insert(
      `INSERT INTO article (title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at) VALUES ('t', '[]', 'b', '[]', ?, 'test', '2026-01-01')`,
      [hash],
    );
  const mention = (articleId: number, entityId: number, paragraph: number) =>
    insert('INSERT INTO mention (article_id, entity_id, start, "end", text, paragraph) VALUES (?, ?, 0, 1, ?, ?)', [articleId, entityId, 'x', paragraph]);
  const quote = (articleId: number, speakerId: number | null, paragraph: number) =>
    insert(
      `INSERT INTO quote (article_id, text, start, "end", paragraph, speaker_id, attribution, confidence, is_statement) VALUES (?, 'q', 0, 1, ?, ?, 'EXPLICIT', 1, TRUE)`,
      [articleId, paragraph, speakerId],
    );
  const subjects = async () =>
    (await sqlRows<{ quote_id: number; entity_id: number; speaker_id: number | null }>(
      dataSource,
      'SELECT quote_id, entity_id, speaker_id FROM quote_subject ORDER BY quote_id, entity_id',
    )).map((row) => [Number(row.quote_id), Number(row.entity_id), row.speaker_id === null ? null : Number(row.speaker_id)]);

  it('pairs each quote with the entities of its own paragraph, once, whichever row comes first, and follows speakers and deletes', async () => {
    const speaker = await entity('PERSON', 'Ann Lee');
    const kyiv = await entity('LOCATION', 'Kyiv');
    const nato = await entity('ORGANIZATION', 'NATO');
    const a = await article('a');

    await mention(a, kyiv, 1); // mention first, then the quote in its paragraph
    const q1 = await quote(a, speaker, 1);
    const q2 = await quote(a, null, 2); // quote first, then mentions in its paragraph
    await mention(a, nato, 2);
    await mention(a, nato, 2); // a second mention of the same entity adds no row
    await mention(a, kyiv, 3); // another paragraph: no quote there
    expect(await subjects()).toEqual([
      [q1, kyiv, speaker],
      [q2, nato, null],
    ]);

    await sqlRows(dataSource, 'UPDATE quote SET speaker_id = ? WHERE id = ?', [speaker, q2]);
    expect(await subjects()).toEqual([
      [q1, kyiv, speaker],
      [q2, nato, speaker],
    ]);

    await sqlRows(dataSource, 'DELETE FROM entity WHERE id = ?', [speaker]); // speaker_id ON DELETE SET NULL
    expect(await subjects()).toEqual([
      [q1, kyiv, null],
      [q2, nato, null],
    ]);

    await sqlRows(dataSource, 'DELETE FROM article WHERE id = ?', [a]);
    expect(await subjects()).toEqual([]);
  });

  it("copies each quote's statement flag, kind and date into its rows (migrations/*-QuoteSubjectCounts.ts), whichever row comes first, and follows their changes", async () => {
    const place = await entity('LOCATION', 'Oslo');
    const a = await article('copies');
    const statement = await insert(
      `INSERT INTO quote (article_id, text, start, "end", paragraph, attribution, confidence, is_statement, kind, published_at) VALUES (?, 'q', 0, 1, 1, 'EXPLICIT', 1, TRUE, 'INDIRECT', '2024-05-01')`,
      [a],
    );
    await mention(a, place, 1); // the quote first: the mention's trigger copies the quote's columns
    await mention(a, place, 2); // then a mention first: the quote's trigger copies them
    const title = await insert(
      `INSERT INTO quote (article_id, text, start, "end", paragraph, attribution, confidence, is_statement) VALUES (?, 'q', 0, 1, 2, 'EXPLICIT', 1, FALSE)`,
      [a],
    );
    const copied = async () =>
      (await sqlRows<{ quote_id: number; is_statement: unknown; kind: string; published_at: string | null }>(
        dataSource,
        'SELECT quote_id, is_statement, kind, published_at FROM quote_subject WHERE entity_id = ? ORDER BY quote_id',
        [place],
      )).map((row) => [Number(row.quote_id), Boolean(row.is_statement), row.kind, row.published_at]);
    expect(await copied()).toEqual([
      [statement, true, 'INDIRECT', '2024-05-01'],
      [title, false, 'DIRECT', null],
    ]);
    await sqlRows(dataSource, `UPDATE quote SET kind = 'MIXED', published_at = '2024-06-01' WHERE id = ?`, [statement]);
    await sqlRows(dataSource, 'UPDATE quote SET is_statement = TRUE WHERE id = ?', [title]);
    expect(await copied()).toEqual([
      [statement, true, 'MIXED', '2024-06-01'],
      [title, true, 'DIRECT', null],
    ]);
  });
});
