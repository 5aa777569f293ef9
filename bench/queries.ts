/**
 * The four benchmark operations, shared by the harness and the reference servers. Each takes a
 * `$since` date that every server applies and that the data never reaches (all articles are from
 * 2015 on): the harness makes it unique per request to defeat the gateway's response cache
 * ("cold"), or keeps it fixed ("warm"). Q3 has no date filter: its query string gets a unique
 * suffix of punctuation instead, which the full-text parser drops (see `coldSearchQuery`).
 */

export const Q1 = `query Q1($speaker: String!, $place: String!, $since: String) {
  quotes(filter: { speaker: $speaker, about: [$place], from: $since }, first: 20) {
    totalCount
    edges {
      node {
        text
        speaker { __typename ... on Person { name } ... on Organization { name } }
        article { title publishedAt }
      }
    }
  }
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
        mentions { span { text } entity { __typename name } }
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

/** What the benchmark asks about: found in the data (the most frequent speaker and place, a two-word search). */
export interface BenchSubjects {
  speaker: string;
  place: string;
  search: string;
}

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'BARE';

export const DOCUMENTS: Record<QueryName, string> = { Q1, Q2, Q3, Q4, BARE };

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

/** The JSON body of request number `n`. */
export function requestBody(query: QueryName, subjects: BenchSubjects, n: number, cold: boolean): string {
  return JSON.stringify({ query: DOCUMENTS[query], variables: variablesFor(query, subjects, n, cold) });
}
