import { startTestGateway, TestGateway } from '../support/test-gateway';

/**
 * Only the columns a query asks for are read: an article's body (the large column) is read only
 * when `body` (or a span's text, which needs it) is asked for; lists of titles and quote pages
 * never load it.
 */
describe('the body column is read only when asked for', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  /** The statements `query` runs that read article.body (any select list naming a "body" column). */
  const bodyReads = async (query: string): Promise<string[]> => {
    gateway.logger.statements = [];
    const response = await gateway.gql(query);
    expect(response.errors).toBeUndefined();
    return gateway.logger.statements.filter((sql) => /^\s*SELECT\b/i.test(sql) && /"?body"?\s*(?:AS|,|FROM)/i.test(sql.replace(/search_vector/g, '')));
  };

  it('lists of titles, quotes with their article, and entities with their quotes read no body', async () => {
    expect(await bodyReads('{ articles(first: 5) { edges { node { id title publishedAt dek section url } } } }')).toEqual([]);
    expect(await bodyReads('{ quotes(first: 10) { edges { node { text article { title } speaker { __typename } } } } }')).toEqual([]);
    expect(await bodyReads('{ people(first: 5) { edges { node { name quotes(first: 3) { edges { node { text article { title } } } } } } } }')).toEqual([]);
  });

  it('reads the body once when it is asked for', async () => {
    expect(await bodyReads('{ articles(first: 5) { edges { node { title body } } } }')).toHaveLength(1);
  });
});

/**
 * What a field reads is declared beside it (`@Reads`): a page of quotes reads the columns of the
 * fields asked for, the ones `@Reads` names for fields whose own name is not a column.
 */
describe('a page reads the columns its fields declare', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  /** The select list of the statement that reads the page of quotes (the one with the sort value). */
  const quotePageColumns = async (fields: string): Promise<string[]> => {
    gateway.logger.statements = [];
    const response = await gateway.gql(`{ quotes(first: 3) { edges { node { ${fields} } } } }`);
    expect(response.errors).toBeUndefined();
    const page = gateway.logger.statements.find((sql) => /\bsort_value\b/.test(sql) && /\bFROM quote q\b/.test(sql));
    expect(page).toBeDefined();
    const select = /^\s*SELECT (.*?) FROM quote q/s.exec(page!)![1];
    // The quote's own columns (a joined row's are named j_<relation>__<column>).
    return [...select.matchAll(/ AS "(\w+)"/g)].map((m) => m[1]).filter((column) => column !== 'sort_value' && !column.startsWith('j_'));
  };

  it('span reads start, end and text; cue and the speaker columns stay unread', async () => {
    const columns = await quotePageColumns('span { start end text }');
    expect(columns).toEqual(expect.arrayContaining(['id', 'start', 'end', 'text']));
    expect(columns).not.toContain('cue_text');
    expect(columns).not.toContain('speaker_id');
  });

  it('speaker reads speaker_id, and cue reads the cue columns', async () => {
    expect(await quotePageColumns('speaker { __typename }')).toEqual(['id', 'speaker_id']);
    // The speaker, joined: its id and type (which __typename needs).
    const page = gateway.logger.statements.find((sql) => /\bsort_value\b/.test(sql) && /\bFROM quote q\b/.test(sql))!;
    expect([...page.matchAll(/ AS "j_speaker__(\w+)"/g)].map((m) => m[1]).sort()).toEqual(['id', 'type']);
    expect(await quotePageColumns('cue { text }')).toEqual(['id', 'cue_start', 'cue_end', 'cue_text']);
  });
});

/**
 * Rows loaded by id under a field (a quote's article and speaker, a mention's entity), or joined
 * into the read of the rows that point to them, read only the columns of the fields the
 * operation asks of their type, as lists and pages do.
 */
describe('rows loaded by id read the columns the operation asks of their type', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  /**
   * The columns read of `table` by each statement `query` runs: one that reads its rows by id
   * (`t.id IN (...)`), or one that joins them to the rows it reads (`JOIN ... table j_x`, the
   * columns selected as "j_x__column").
   */
  const byIdColumns = async (query: string, table: string): Promise<string[][]> => {
    gateway.logger.statements = [];
    const response = await gateway.gql(query);
    expect(response.errors).toBeUndefined();
    const reads: string[][] = [];
    for (const sql of gateway.logger.statements) {
      if (new RegExp(`\\bFROM ${table} t WHERE t\\.id IN\\b`).test(sql)) reads.push([...sql.matchAll(/ AS "(\w+)"/g)].map((m) => m[1]));
      for (const [, alias] of sql.matchAll(new RegExp(`\\b(?:JOIN|FROM) ${table} (j_\\w+)`, 'g'))) {
        reads.push([...sql.matchAll(new RegExp(` AS "${alias}__(\\w+)"`, 'g'))].map((m) => m[1]));
      }
    }
    return reads;
  };

  it("a page of quotes with their article's title and date reads those columns of the article, and no body", async () => {
    const query = '{ quotes(first: 10) { edges { node { text article { title publishedAt } } } } }';
    const reads = await byIdColumns(query, 'article');
    expect(reads).toHaveLength(1);
    expect(reads[0].sort()).toEqual(['id', 'published_at', 'title']);
  });

  it('an article page of quotes, speakers and mentions reads the speaker and entity names only', async () => {
    const query = `{ articles(first: 3) { edges { node { title publishedAt
      quotes(first: 5) { edges { node { text speaker { __typename ... on Person { name } ... on Organization { name } } } } }
      mentions { span { text } entity { __typename name } } } } } }`;
    const reads = await byIdColumns(query, 'entity');
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read.sort()).toEqual(['id', 'name', 'type']);
  });

  it("a type's own fields are read for every entity that can be of it: places within places, a person's affiliation", async () => {
    const { data, errors } = await gateway.gql(`{ quotes(first: 100) { edges { node {
      speaker { ... on Person { id affiliation { name } } }
      mentions { entity { id ... on Location { countryCode within { name } } } } } } } }`);
    expect(errors).toBeUndefined();
    const seen = new Map<string, unknown>();
    for (const { node } of data.quotes.edges) {
      if (node.speaker?.id) seen.set(node.speaker.id, { affiliation: node.speaker.affiliation });
      for (const { entity } of node.mentions) if ('countryCode' in entity) seen.set(entity.id, { countryCode: entity.countryCode, within: entity.within });
    }
    const values = [...seen.values()].map((v) => JSON.stringify(v));
    expect(values.some((v) => v.includes('"within":{'))).toBe(true);
    expect(values.some((v) => v.includes('"affiliation":{'))).toBe(true);
    // Each as `node` (every column read) gives it.
    for (const [id, expected] of seen) {
      const one = await gateway.gql(`query($id: ID!) { node(id: $id) {
        ... on Person { affiliation { name } } ... on Location { countryCode within { name } } } }`, { id });
      expect(one.data.node).toEqual(expected);
    }
  });
});
