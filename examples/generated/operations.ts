/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How the speaker of a quote was found. */
export type Attribution =
  /** "according to X". */
  | 'ACCORDING_TO'
  /** No cue: the same speaker as the neighbouring quote. */
  | 'CONTINUATION'
  /** A name next to a cue verb: "Stoltenberg stressed", "said Ingrid Solberg". */
  | 'EXPLICIT'
  /** No speaker found. */
  | 'NONE'
  /** "the minister", "the company": a phrase resolved to an entity. */
  | 'PHRASE'
  /** "he said": a pronoun resolved back to a named speaker. */
  | 'PRONOUN'
  /** No cue: the subject of the sentence that holds the quote. */
  | 'SUBJECT';

export type ArticlePageQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticlePageQuery = { articles: { edges: Array<{ node: { id: string, title: string, dek: string | null, section: string | null, publishedAt: string | null, imageCaption: string | null, imageCredit: string | null, subheadings: Array<string>, quotes: { totalCount: number, edges: Array<{ node: { text: string, speaker:
                | { __typename: 'Organization', name: string }
                | { __typename: 'Person', name: string }
               | null } }> }, mentions: Array<{ span: { text: string }, entity:
            | { __typename: 'Location', name: string }
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
           }> } }> } };

export type PlacesWithinUkraineQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacesWithinUkraineQuery = { locations: { edges: Array<{ node: { name: string, kind: string | null, countryCode: string | null, demonyms: Array<string>, contains: Array<{ name: string, kind: string | null, aliases: Array<string> }> } }> } };

export type QuotesAboutKievByEitherSpellingQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotesAboutKievByEitherSpellingQuery = { quotes: { totalCount: number, edges: Array<{ node: { text: string, speaker:
          | { name: string }
          | Record<PropertyKey, never>
         | null } }> } };

export type QuotesByNatoQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotesByNatoQuery = { quotes: { totalCount: number, edges: Array<{ node: { text: string, attribution: Attribution, speakerMention: { text: string } | null, cue: { text: string } | null } }> } };

export type QuotesNearCrimeaQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotesNearCrimeaQuery = { quotes: { totalCount: number, edges: Array<{ node: { text: string, paragraph: number | null, span: { start: number, end: number } } }> } };

export type StoltenbergOnUkraineQueryVariables = Exact<{ [key: string]: never; }>;


export type StoltenbergOnUkraineQuery = { quotes: { totalCount: number, edges: Array<{ node: { text: string, attribution: Attribution, confidence: number, speaker:
          | { name: string, role: string | null }
          | Record<PropertyKey, never>
         | null, article: { title: string, publishedAt: string | null } } }> } };

export type StoltenbergOnUkraineInHisOwnWordsQueryVariables = Exact<{ [key: string]: never; }>;


export type StoltenbergOnUkraineInHisOwnWordsQuery = { quotes: { totalCount: number, edges: Array<{ node: { text: string, mentions: Array<{ span: { text: string }, entity:
            | { name: string }
            | { name: string }
            | { name: string }
           }> } }> } };

export type WhoIsStoltenbergQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoIsStoltenbergQuery = { people: { edges: Array<{ node: { id: string, name: string, aliases: Array<string>, role: string | null, affiliation: { name: string, aliases: Array<string> } | null, quotes: { totalCount: number, edges: Array<{ node: { text: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } }> } };
