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
    return [...select.matchAll(/ AS "(\w+)"/g)].map((m) => m[1]).filter((column) => column !== 'sort_value');
  };

  it('span reads start, end and text; cue and the speaker columns stay unread', async () => {
    const columns = await quotePageColumns('span { start end text }');
    expect(columns).toEqual(expect.arrayContaining(['id', 'start', 'end', 'text']));
    expect(columns).not.toContain('cue_text');
    expect(columns).not.toContain('speaker_id');
  });

  it('speaker reads speaker_id, and cue reads the cue columns', async () => {
    expect(await quotePageColumns('speaker { __typename }')).toEqual(['id', 'speaker_id']);
    expect(await quotePageColumns('cue { text }')).toEqual(['id', 'cue_start', 'cue_end', 'cue_text']);
  });
});
