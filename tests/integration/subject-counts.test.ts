import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deleteArticle } from '../../src/services/article-write.service';
import { CorpusGenerator } from '../../src/synth/corpus.generator';
import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * totalCount of "quotes by S about P" read from quote_subject's index alone (compileSubjectCount,
 * migrations/*-QuoteSubjectCounts.ts), on both stores: the same number as the count over the
 * quotes (the filter wrapped in `and`, which takes the ordinary path) and as a recount from the
 * quotes and mentions themselves, for speakers, places with places within, kinds and dates, and
 * after an article is deleted.
 */
describe('quote counts read from quote_subject', () => {
  let gateway: TestGateway;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-subject-counts-'));
    const file = path.join(dir, 'corpus.jsonl');
    writeFileSync(file, [...new CorpusGenerator({ seed: 11 }).articles(300)].map((a) => JSON.stringify(a.article)).join('\n') + '\n');
    gateway = await startTestGateway([file]);
  }, 120_000);
  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The busiest (speaker, country) pairs: a speaker's quotes whose paragraph names the country or a place within it. */
  const pairs = async () =>
    gateway.sql<{ speaker: string; speaker_id: number; place: string }>(
      `SELECT s.name AS speaker, s.id AS speaker_id, p.name AS place FROM quote_subject qs
        JOIN entity s ON s.id = qs.speaker_id JOIN entity p ON p.id = qs.entity_id
        WHERE p.type = 'LOCATION' AND p.within_id IS NULL AND EXISTS (SELECT 1 FROM entity c WHERE c.within_id = p.id)
        GROUP BY s.name, s.id, p.name ORDER BY COUNT(*) DESC, s.id LIMIT 3`,
    );

  /** The quotes `where` (on q) selects whose paragraph names the place `place` or a place within it, counted from quotes and mentions. */
  const recount = async (place: string, where: string, params: unknown[]) => {
    const [{ n }] = await gateway.sql<{ n: number }>(
      `WITH RECURSIVE scope(id) AS (SELECT entity_id FROM entity_name WHERE key = ? UNION SELECT e.id FROM entity e JOIN scope s ON e.within_id = s.id)
       SELECT COUNT(DISTINCT q.id) AS n FROM quote q JOIN mention m ON m.article_id = q.article_id AND m.paragraph = q.paragraph
       WHERE m.entity_id IN (SELECT id FROM scope) AND q.is_statement = TRUE AND ${where}`,
      [place.toLowerCase(), ...params],
    );
    return Number(n);
  };

  const totalCount = async (filter: Record<string, unknown>) => {
    const { data, errors } = await gateway.gql(`query($filter: QuoteFilter) { quotes(first: 1, filter: $filter) { totalCount } }`, { filter });
    expect(errors).toBeUndefined();
    return data.quotes.totalCount as number;
  };

  /** The count read from quote_subject (checked by its statement), the same filter's count over the quotes, and the recount. */
  const counts = async (filter: Record<string, unknown>, place: string, where: string, params: unknown[]) => {
    gateway.logger.statements = [];
    const fromSubjects = await totalCount(filter);
    expect(gateway.logger.statements.some((sql) => /COUNT\(.*FROM quote_subject qs WHERE/s.test(sql))).toBe(true);
    return { fromSubjects, fromQuotes: await totalCount({ and: [filter] }), recounted: await recount(place, where, params) };
  };

  it('counts a speaker about a place, a place alone, other kinds and dates as the quotes do', async () => {
    const found = await pairs();
    expect(found.length).toBe(3);
    for (const { speaker, speaker_id: id, place } of found) {
      const direct = await counts({ speaker, about: [place] }, place, `q.speaker_id = ? AND q.kind = 'DIRECT'`, [id]);
      expect(direct.fromSubjects).toBeGreaterThan(1);
      expect(direct).toEqual({ fromSubjects: direct.recounted, fromQuotes: direct.recounted, recounted: direct.recounted });

      const every = await counts({ speaker, about: [place], kind: ['DIRECT', 'MIXED', 'INDIRECT'] }, place, 'q.speaker_id = ?', [id]);
      expect(every.fromSubjects).toBeGreaterThanOrEqual(direct.fromSubjects);
      expect(every).toEqual({ fromSubjects: every.recounted, fromQuotes: every.recounted, recounted: every.recounted });

      const [{ mid }] = await gateway.sql<{ mid: string }>('SELECT MIN(published_at) AS mid FROM (SELECT published_at FROM article ORDER BY published_at DESC LIMIT 150) AS newer');
      const day = String(mid).slice(0, 10);
      const dated = await counts({ speaker, about: [place], from: day }, place, `q.speaker_id = ? AND q.kind = 'DIRECT' AND q.published_at >= ?`, [id, day]);
      expect(dated.fromSubjects).toBeLessThanOrEqual(direct.fromSubjects);
      expect(dated).toEqual({ fromSubjects: dated.recounted, fromQuotes: dated.recounted, recounted: dated.recounted });
    }
    const { place } = found[0];
    const about = await counts({ about: [place] }, place, `q.kind = 'DIRECT'`, []);
    expect(about.fromSubjects).toBeGreaterThan(found.length);
    expect(about).toEqual({ fromSubjects: about.recounted, fromQuotes: about.recounted, recounted: about.recounted });
  });

  it('counts the same after an article about the place is deleted', async () => {
    const [{ speaker, speaker_id: id, place }] = await pairs();
    const before = await counts({ speaker, about: [place] }, place, `q.speaker_id = ? AND q.kind = 'DIRECT'`, [id]);
    const [{ article_id: articleId }] = await gateway.sql<{ article_id: number }>(
      `SELECT q.article_id FROM quote q JOIN quote_subject qs ON qs.quote_id = q.id WHERE qs.speaker_id = ? AND q.kind = 'DIRECT' ORDER BY q.id LIMIT 1`,
      [id],
    );
    expect(await deleteArticle(gateway.dataSource, Number(articleId))).toBe(true);
    const after = await counts({ speaker, about: [place] }, place, `q.speaker_id = ? AND q.kind = 'DIRECT'`, [id]);
    expect(after.recounted).toBeLessThan(before.recounted);
    expect(after).toEqual({ fromSubjects: after.recounted, fromQuotes: after.recounted, recounted: after.recounted });
  });
});
