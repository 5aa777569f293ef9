/** Ascending or descending. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** What quotes can be ordered by. */
export enum QuoteOrderField {
  POSITION = 'POSITION',
  DATE = 'DATE',
  CONFIDENCE = 'CONFIDENCE',
  RELEVANCE = 'RELEVANCE',
}

/** What people, organizations and places can be ordered by. */
export enum EntityOrderField {
  NAME = 'NAME',
  QUOTE_COUNT = 'QUOTE_COUNT',
  MENTION_COUNT = 'MENTION_COUNT',
}

/** What articles can be ordered by. */
export enum ArticleOrderField {
  INGESTED = 'INGESTED',
  DATE = 'DATE',
  TITLE = 'TITLE',
}

/** An ordering: a field, and a direction (the field's natural one when left out). */
export interface Order<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}
