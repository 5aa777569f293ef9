import { QuoteKind } from '../types/quote-kind';
import { enumValuesSql } from './enum-values.sql';

/** A SQL condition: `column` holds one of `kinds` (FALSE for none); see enumValuesSql. */
export function quoteKindsSql(kinds: readonly QuoteKind[], column = 'kind'): string {
  return enumValuesSql(column, kinds, QuoteKind, 'quote kind');
}
