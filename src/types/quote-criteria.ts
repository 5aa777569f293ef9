import type { QuoteKind } from './quote-kind';

/** Which text must name an `about` entity for a quote to count as being about it. */
export enum AboutScope {
  QUOTE = 'QUOTE',
  PARAGRAPH = 'PARAGRAPH',
  ARTICLE = 'ARTICLE',
}

/**
 * Conditions on quotes, as the quote services take them (GraphQL's QuoteFilter input is one);
 * all given conditions must hold; `and`, `or` and `not` nest.
 */
export interface QuoteCriteria {
  and?: QuoteCriteria[] | null;
  or?: QuoteCriteria[] | null;
  not?: QuoteCriteria | null;
  /** Speaker name or alias (folded: case and accents aside). */
  speaker?: string | null;
  /** Speaker by global ID (a Person or an Organization). */
  speakerId?: string | null;
  /** Entities the quote is about, all of them. */
  about?: string[] | null;
  /** Entities the quote is about, at least one. */
  aboutAny?: string[] | null;
  aboutScope?: AboutScope | null;
  /** Full-text search inside the quoted words. */
  text?: string | null;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null;
  /** YYYY-MM-DD, inclusive. */
  to?: string | null;
  minConfidence?: number | null;
  /** Only quotes in this article (global ID). */
  articleId?: string | null;
  /**
   * Only quotes of these kinds. When no level of the filter names kinds, the whole filter means
   * DEFAULT_QUOTE_KINDS ([DIRECT]), once, at its top level; a level that names kinds is a condition
   * like any other (inside `or` and `not` too), and then no default applies anywhere.
   */
  kind?: QuoteKind[] | null;
}
