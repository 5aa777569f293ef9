import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestGateway, TestGateway } from '../support/test-gateway';
import { haugelandArticles } from '../support/surname-articles';

/**
 * A person first stored by a lone surname takes the full name of the first later article that
 * gives one, while no other person holds that surname (issue 15); each article ingested on its own,
 * as a newsroom feed arrives, so that the rename runs on stored rows.
 */
describe('a lone surname stored before the full name', () => {
  let gateway: TestGateway;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-surname-'));
    gateway = await startTestGateway([]);
    for (const [i, article] of haugelandArticles.entries()) {
      const file = path.join(dir, `article-${i}.json`);
      writeFileSync(file, JSON.stringify(article));
      const summary = await gateway.ingest([file]);
      expect(summary.failed).toEqual([]);
    }
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  type Quote = { text: string; article: { url: string }; speaker: { id: string; name: string; aliases: string[] } | null };
  const quotesBy = async (speaker: string) => {
    const { data, errors } = await gateway.gql(
      `query Q($speaker: String!) { quotes(filter: { speaker: $speaker }, first: 20) { totalCount edges { node { text article { url } speaker { ... on Person { id name aliases } } } } } }`,
      { speaker },
    );
    expect(errors).toBeUndefined();
    return { total: data.quotes.totalCount as number, quotes: (data.quotes.edges as Array<{ node: Quote }>).map((e) => e.node) };
  };
  const urlsOf = (quotes: Quote[]) => quotes.map((q) => q.article.url).sort();

  it('gives the quotes of the lone surname to the full name that came after it', async () => {
    const kari = await quotesBy('Kari Haugeland');
    expect(urlsOf(kari.quotes)).toEqual([haugelandArticles[0].url, haugelandArticles[1].url]);
    expect(kari.total).toBe(2);
    expect(new Set(kari.quotes.map((q) => q.speaker!.name))).toEqual(new Set(['Kari Haugeland']));
  });

  it('names the earlier mention by its surname, and keeps the entity one', async () => {
    const { data, errors } = await gateway.gql(
      `{ articles(first: 10) { edges { node { url mentions { span { text } form entity { __typename id } } } } } }`,
    );
    expect(errors).toBeUndefined();
    type Mention = { span: { text: string }; form: string; entity: { __typename: string; id: string } };
    const mentionsOf = (url: string) =>
      (data.articles.edges as Array<{ node: { url: string; mentions: Mention[] } }>).find((e) => e.node.url === url)!.node.mentions;
    const [early] = mentionsOf(haugelandArticles[0].url).filter((m) => m.span.text === 'Haugeland');
    const [full] = mentionsOf(haugelandArticles[1].url).filter((m) => m.span.text === 'Kari Haugeland');
    expect(early).toMatchObject({ form: 'SURNAME', entity: { __typename: 'Person' } });
    expect(full).toMatchObject({ form: 'NAME' });
    expect(early.entity.id).toBe(full.entity.id);
    // The first article's "Haugeland" is Kari Haugeland now; the one "Haugeland" left is the fourth article's.
    const people = await gateway.sql(`SELECT id, name FROM entity WHERE type = 'PERSON' AND name_key IN ('haugeland', 'kari haugeland') ORDER BY id`);
    expect(people.map((p) => p.name)).toEqual(['Kari Haugeland', 'Haugeland']);
  });

  it('keeps a second person with the surname apart, and a lone surname they share joins neither', async () => {
    const kari = await quotesBy('Kari Haugeland');
    const per = await quotesBy('Jon Haugeland');
    expect(urlsOf(per.quotes)).toEqual([haugelandArticles[2].url]);
    expect(per.quotes[0].speaker!.id).not.toBe(kari.quotes[0].speaker!.id);
    const { data, errors } = await gateway.gql(`{ articles(first: 10) { edges { node { url quotes { edges { node { speaker { ... on Person { id name } } } } } } } } }`);
    expect(errors).toBeUndefined();
    type Edge = { node: { url: string; quotes: { edges: Array<{ node: { speaker: { id: string; name: string } } }> } } };
    const article = (data.articles.edges as Edge[]).find((e) => e.node.url === haugelandArticles[3].url)!.node;
    const [speaker] = article.quotes.edges.map((q) => q.node.speaker);
    expect(speaker.name).toBe('Haugeland');
    expect([kari.quotes[0].speaker!.id, per.quotes[0].speaker!.id]).not.toContain(speaker.id);
  });
});
