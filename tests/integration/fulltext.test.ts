import { startTestGateway, TestGateway, testStore } from '../support/test-gateway';

/**
 * Full-text matching as a client sees it (`quotes(filter: { text })`), on whichever store the run
 * uses: the same documents, the same queries, the same answers on SQLite (FTS5, porter stemmer,
 * unicode61 tokenizer) and on PostgreSQL (tsvector, Snowball English without stop words, unaccent,
 * separators as unicode61 sees them). The cases of tests/unit/db/fts-query.test.ts, and those
 * where the two engines differ by default.
 */
const DOCS = [
  'NATO would be able to carry out a rapid military operation.',
  'The government guarantees all savings.',
  'Gaël Müller warned banks in Zürich.',
  'Zu\u0308rich, written with a combining umlaut; x\u0301yz too.',
  "The U.S. won't de-escalate.",
  'We are not near Smith & Sons <Bank> at example.org or mail@example.org.',
  'Prices rose 3.5 percent, to 100,000 euros, in the half-year.',
];

describe(`full-text matching on ${testStore}`, () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([]);
    await gateway.sql(
      `INSERT INTO article (title, subheadings, body, paragraph_spans, content_hash, origin, ingested_at)
       VALUES ('Fixtures', '[]', ?, '[]', 'fulltext-fixtures', 'test', '2024-01-01T00:00:00Z')`,
      [DOCS.join('\n\n')],
    );
    const [{ id }] = await gateway.sql('SELECT id FROM article');
    for (const text of DOCS) {
      await gateway.sql(
        `INSERT INTO quote (article_id, text, start, "end", paragraph, attribution, confidence, is_statement, published_at)
         VALUES (?, ?, 0, 1, 0, 'NONE', 1, TRUE, '2024-01-01')`,
        [id, text],
      );
    }
  });
  afterAll(() => gateway.close());

  /** The 1-based numbers (in DOCS) of the quotes `text` finds. */
  const find = async (text: string): Promise<number[]> => {
    const { data, errors } = await gateway.gql('query Q($text: String) { quotes(filter: { text: $text }, first: 100) { edges { node { text } } } }', { text });
    expect(errors).toBeUndefined();
    return data.quotes.edges.map(({ node }: { node: { text: string } }) => DOCS.indexOf(node.text) + 1).sort((a: number, b: number) => a - b);
  };

  it('stems, matches phrases and prefixes, folds case and accents', async () => {
    expect(await find('guarantee')).toEqual([2]);
    expect(await find('"rapid military operation"')).toEqual([1]);
    expect(await find('"operation military rapid"')).toEqual([]);
    expect(await find('milit*')).toEqual([1]);
    expect(await find('"rapid milit"*')).toEqual([1]);
    expect(await find('zurich')).toEqual([3, 4]);
    expect(await find('GAEL MULLER')).toEqual([3]);
    expect(await find('xyz')).toEqual([4]);
    expect(await find('x\u0301yz')).toEqual([4]);
    expect(await find("U.S. won't de-escalate")).toEqual([5]);
  });

  it('keeps short and common words searchable (no stop words)', async () => {
    expect(await find('we')).toEqual([6]);
    expect(await find('"not near"')).toEqual([6]);
    expect(await find('the')).toEqual([2, 5, 7]);
  });

  it('splits words at punctuation as the unicode61 tokenizer does: tags, hosts, addresses, numbers', async () => {
    expect(await find('bank')).toEqual([3, 6]); // "banks", and "<Bank>"
    expect(await find('"smith sons bank"')).toEqual([6]);
    expect(await find('example')).toEqual([6]);
    expect(await find('"example org"')).toEqual([6]);
    expect(await find('mail')).toEqual([6]);
    expect(await find('"3 5"')).toEqual([7]);
    expect(await find('000')).toEqual([7]);
    expect(await find('"half year"')).toEqual([7]);
  });

  it('refuses a text with no words, and takes operators and odd characters as text', async () => {
    const { errors } = await gateway.gql('{ quotes(filter: { text: "?!" }) { totalCount } }');
    expect(errors?.[0]).toMatchObject({ message: '"text" has no words to search for: "?!"', extensions: { code: 'BAD_USER_INPUT' } });
    for (const text of ['"', '" OR "', 'a AND', 'NEAR(', 'x:', '^', '**', 'a*b*', '{a}', "'", '\\', '\u0000nato', 'nato\u0000', '<->', '!', '&', '|', ':*']) {
      const response = await gateway.gql('query Q($text: String) { quotes(filter: { text: $text }) { totalCount } }', { text });
      expect({ text, errors: response.errors?.filter((e) => e.extensions?.code !== 'BAD_USER_INPUT') ?? [] }).toEqual({ text, errors: [] });
    }
    expect(await find('NATO OR operation')).toEqual([]); // "or" is a word here, and no document has it
  });
});
