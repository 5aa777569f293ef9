/**
 * Conditions on articles, as the article service takes them (GraphQL's ArticleFilter input is
 * one); all given conditions must hold; `and`, `or` and `not` nest.
 */
export interface ArticleCriteria {
  and?: ArticleCriteria[] | null;
  or?: ArticleCriteria[] | null;
  not?: ArticleCriteria | null;
  /** Full-text search in title, dek and body. */
  text?: string | null;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null;
  /** YYYY-MM-DD, inclusive. */
  to?: string | null;
  /** Entities the article names, all of them. */
  mentions?: string[] | null;
  /** Publisher or feed, case-insensitive. */
  source?: string | null;
}
