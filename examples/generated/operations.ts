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

export type ArticlesNamingUkraineQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticlesNamingUkraineQuery = { articles: { totalCount: number, edges: Array<{ node: { title: string, publishedAt: string | null, section: string | null } }> } };

export type LookupAtlanticQueryVariables = Exact<{ [key: string]: never; }>;


export type LookupAtlanticQuery = { entities: Array<
    | { __typename: 'Location', id: string, name: string, aliases: Array<string> }
    | { __typename: 'Organization', id: string, name: string, aliases: Array<string> }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string> }
  > };

export type MostQuotedPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type MostQuotedPeopleQuery = { people: { edges: Array<{ node: { name: string, quoteCount: number, mentionCount: number, coMentions: Array<{ articles: number, entity:
            | { __typename: 'Location', name: string }
            | { __typename: 'Organization', name: string }
            | { __typename: 'Person', name: string }
           }> } }> } };

export type NewestConfidentQuotesAboutDefenseQueryVariables = Exact<{ [key: string]: never; }>;


export type NewestConfidentQuotesAboutDefenseQuery = { quotes: { totalCount: number, edges: Array<{ cursor: string, node: { text: string, confidence: number, article: { title: string, publishedAt: string | null } } }> } };

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

export type QuotesPerMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotesPerMonthQuery = { quoteStats: Array<{ key: string, count: number }> };

export type SearchRapidMilitaryOperationQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchRapidMilitaryOperationQuery = { search: { totalCount: number, edges: Array<{ score: number, snippet: string, node:
        | { __typename: 'Article', title: string, publishedAt: string | null }
        | { __typename: 'Location', name: string }
        | { __typename: 'Organization', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Quote', text: string, speaker:
            | { name: string }
            | { name: string }
           | null, article: { title: string } }
       }> } };

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

export type StoltenbergOrNatoButNotOnChinaQueryVariables = Exact<{ [key: string]: never; }>;


export type StoltenbergOrNatoButNotOnChinaQuery = { quotes: { totalCount: number, edges: Array<{ node: { text: string, speaker:
          | { name: string }
          | { name: string }
         | null } }> } };

export type TopSpeakersAboutRussiaQueryVariables = Exact<{ [key: string]: never; }>;


export type TopSpeakersAboutRussiaQuery = { quoteStats: Array<{ key: string, count: number, entity:
      | { __typename: 'Location', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
     | null }> };

export type WhoIsStoltenbergQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoIsStoltenbergQuery = { people: { edges: Array<{ node: { id: string, name: string, aliases: Array<string>, role: string | null, affiliation: { name: string, aliases: Array<string> } | null, quotes: { totalCount: number, edges: Array<{ node: { text: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } }> } };
