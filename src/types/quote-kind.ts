/**
 * What a quote's content is: its own words in quotation marks, a report of what was said, or a
 * report that holds quoted words. Stored in `quote.kind`; filters that do not name kinds mean DIRECT.
 */
export enum QuoteKind {
  DIRECT = 'DIRECT',
  MIXED = 'MIXED',
  INDIRECT = 'INDIRECT',
}

/** The kinds a query means when it names none: verbatim quotes only. */
export const DEFAULT_QUOTE_KINDS: readonly QuoteKind[] = [QuoteKind.DIRECT];
