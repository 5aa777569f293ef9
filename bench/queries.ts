/**
 * The four benchmark operations, shared by the harness and the reference servers. Each takes a
 * `$since` date that every server applies and that the data never reaches (all articles are from
 * 2015 on): the harness makes it unique per request to defeat the gateway's response cache
 * ("cold"), or keeps it fixed ("warm"). Q3 has no date filter: its query string gets a unique
 * suffix of punctuation instead, which the full-text parser drops (see `coldSearchQuery`).
 */

/** What Q1 and Q1P read of a page of quotes. */
const QUOTE_PAGE = `{
    totalCount
    edges {
      node {
        text
        speaker { __typename ... on Person { name } ... on Organization { name } }
        article { title publishedAt }
      }
    }
  }`;

export const Q1 = `query Q1($speaker: String!, $place: String!, $since: String) {
  quotes(filter: { speaker: $speaker, about: [$place], from: $since }, first: 20) ${QUOTE_PAGE}
}`;

export const Q2 = `query Q2($since: String) {
  articles(filter: { from: $since }, first: 20) {
    edges {
      node {
        id
        title
        publishedAt
        quotes(first: 20) {
          totalCount
          edges { node { text speaker { __typename ... on Person { name } ... on Organization { name } } } }
        }
        mentions(forms: [NAME, ALIAS, SURNAME, FIRST_NAME, ACRONYM, DEMONYM]) { span { text } entity { __typename name } }
      }
    }
  }
}`;

export const Q3 = `query Q3($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges {
      snippet
      node {
        __typename
        ... on Article { title }
        ... on Quote { text }
        ... on Person { name }
        ... on Organization { name }
        ... on Location { name }
      }
    }
  }
}`;

export const Q4 = `query Q4($place: String!, $since: String) {
  quoteStats(filter: { about: [$place], aboutScope: ARTICLE, from: $since }, groupBy: SPEAKER, first: 10) {
    key
    count
    entity { __typename id name }
  }
}`;

export const BARE = `{ __typename }`;

/**
 * Q1 as the peer (PostGraphile, bench/peer/postgraphile.server.mjs) can ask it: the speaker page, the
 * 20 newest quotes of the speaker (DATE order, id breaking ties) with totalCount, speaker name,
 * article title and date. Q1's `about` place is left out: PostGraphile's generated schema filters
 * by equality on a table's own columns only (`condition`), so it can ask for the speaker's quotes
 * (quotesBySpeakerId) or for the quotes about one entity (quoteSubjectsByEntityId, unordered by
 * date and without the statement and kind filters), not for both with a place's sub-places.
 */
export const Q1P = `query Q1P($speaker: String!, $since: String) {
  quotes(filter: { speaker: $speaker, from: $since }, orderBy: { field: DATE }, first: 20) ${QUOTE_PAGE}
}`;

/**
 * The peer's documents (PostGraphile 5, amber preset, default inflection), answering what the
 * gateway's Q1P and Q2 answer: statement quotes of kind DIRECT (the gateway's default kinds) by
 * `condition`, the same orders (ids breaking ties). Neither takes `$since`: PostGraphile's
 * conditions test equality only, and the date is before every article, so the data is the same.
 */
export const PEER_DOCUMENTS: Partial<Record<QueryName, string>> = {
  Q1P: `query Q1P($speakerId: Int!) {
  entityByRowId(rowId: $speakerId) {
    quotesBySpeakerId(condition: { isStatement: true, kind: "DIRECT" }, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC], first: 20) {
      totalCount
      nodes { text entityBySpeakerId { type name } articleByArticleId { title publishedAt } }
    }
  }
}`,
  Q2: `query Q2 {
  allArticles(orderBy: ROW_ID_ASC, first: 20) {
    nodes {
      rowId
      title
      publishedAt
      quotesByArticleId(condition: { isStatement: true, kind: "DIRECT" }, orderBy: ROW_ID_ASC, first: 20) {
        totalCount
        nodes { text entityBySpeakerId { type name } }
      }
      mentionsByArticleId(orderBy: ROW_ID_ASC) { nodes { text entityByEntityId { type name } } }
    }
  }
}`,
  BARE,
};

/** What the benchmark asks about: found in the data (the most frequent speaker and place, a two-word search). */
export interface BenchSubjects {
  speaker: string;
  /** The speaker's row id (the peer asks by id). */
  speakerId: number;
  place: string;
  search: string;
}

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'BARE' | 'Q1P';

export const DOCUMENTS: Record<QueryName, string> = { Q1, Q2, Q3, Q4, BARE, Q1P };

/** Fixed, before every article: the `$since` of a warm (repeated) request. */
export const WARM_SINCE = '1900-01-01';

/** A distinct date before 2000 for request number `n` (cold requests): 1000-01-01 plus n days. */
export function coldSince(n: number): string {
  return new Date(Date.UTC(1000, 0, 1) + (n % 300000) * 86400000).toISOString().slice(0, 10);
}

const PUNCTUATION = '!#$%&()+,;<=>?@[]^{|}~';

/** The search text with a distinct tail of punctuation for request `n` (the FTS query ignores it). */
export function coldSearchQuery(text: string, n: number): string {
  let tail = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / PUNCTUATION.length)) tail += PUNCTUATION[k % PUNCTUATION.length];
  return `${text} ${tail}`;
}

/** The variables of `query` for request number `n`; `cold` makes them unique per request. */
export function variablesFor(query: QueryName, subjects: BenchSubjects, n: number, cold: boolean): Record<string, unknown> {
  const since = cold ? coldSince(n) : WARM_SINCE;
  switch (query) {
    case 'Q1':
      return { speaker: subjects.speaker, place: subjects.place, since };
    case 'Q1P':
      return { speaker: subjects.speaker, since };
    case 'Q2':
      return { since };
    case 'Q3':
      return { query: cold ? coldSearchQuery(subjects.search, n) : subjects.search };
    case 'Q4':
      return { place: subjects.place, since };
    case 'BARE':
      return {};
  }
}

/** The JSON body of request number `n`; `peer`: PostGraphile's document (PEER_DOCUMENTS), which needs no cold variable (it caches no response). */
export function requestBody(query: QueryName, subjects: BenchSubjects, n: number, cold: boolean, peer = false): string {
  if (peer) return JSON.stringify({ query: PEER_DOCUMENTS[query], variables: query === 'Q1P' ? { speakerId: subjects.speakerId } : {} });
  return JSON.stringify({ query: DOCUMENTS[query], variables: variablesFor(query, subjects, n, cold) });
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const entityOf = (typename: string | undefined, name: string | undefined) => (typename ? { type: typename.toUpperCase(), name } : null);
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

/**
 * The `data` of a Q1P or Q2 answer in one shape whichever server gave it (field names, entity
 * types as PERSON/ORGANIZATION/LOCATION, article ids as row ids), so that the gateway's and the
 * peer's answers can be compared; `peer`: the answer is PostGraphile's.
 */
export function normalisedPeerData(query: QueryName, data: Json, peer: boolean): unknown {
  if (query === 'Q1P') {
    const page = peer ? data.entityByRowId.quotesBySpeakerId : data.quotes;
    const items = peer
      ? page.nodes.map((n: Json) => ({ text: n.text, speaker: n.entityBySpeakerId, article: n.articleByArticleId }))
      : page.edges.map(({ node: n }: Json) => ({ text: n.text, speaker: entityOf(n.speaker?.__typename, n.speaker?.name), article: n.article }));
    return { totalCount: page.totalCount, items };
  }
  if (query === 'Q2') {
    return peer
      ? data.allArticles.nodes.map((a: Json) => ({
          id: a.rowId, title: a.title, publishedAt: a.publishedAt,
          quotes: { totalCount: a.quotesByArticleId.totalCount, items: a.quotesByArticleId.nodes.map((q: Json) => ({ text: q.text, speaker: q.entityBySpeakerId })) },
          mentions: a.mentionsByArticleId.nodes.map((m: Json) => ({ text: m.text, entity: m.entityByEntityId })),
        }))
      : data.articles.edges.map(({ node: a }: Json) => ({
          id: idOf(a.id), title: a.title, publishedAt: a.publishedAt,
          quotes: { totalCount: a.quotes.totalCount, items: a.quotes.edges.map(({ node: q }: Json) => ({ text: q.text, speaker: entityOf(q.speaker?.__typename, q.speaker?.name) })) },
          mentions: a.mentions.map((m: Json) => ({ text: m.span.text, entity: entityOf(m.entity.__typename, m.entity.name) })),
        }));
  }
  return data;
}
