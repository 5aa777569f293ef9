/** What `search` can look in. */
export enum SearchType {
  ARTICLE = 'ARTICLE',
  QUOTE = 'QUOTE',
  ENTITY = 'ENTITY',
}
