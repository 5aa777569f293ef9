/** What quotes can be counted by (the facets of `quoteStats`). */
export enum QuoteGroup {
  SPEAKER = 'SPEAKER',
  ARTICLE = 'ARTICLE',
  MONTH = 'MONTH',
  MENTIONED_PERSON = 'MENTIONED_PERSON',
  MENTIONED_ORGANIZATION = 'MENTIONED_ORGANIZATION',
  MENTIONED_LOCATION = 'MENTIONED_LOCATION',
}

/** One group of quotes and how many there are. */
export interface QuoteGroupCount {
  /** The entity's name, the article's title, or the month as YYYY-MM. */
  key: string;
  count: number;
  /** The entity behind the key, for SPEAKER and MENTIONED_* groups. */
  entityId: number | null;
  /** The article behind the key, for ARTICLE groups. */
  articleId: number | null;
}
