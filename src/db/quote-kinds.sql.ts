import { QuoteKind } from '../types/quote-kind';

/**
 * A SQL condition: `column` holds one of `kinds` (FALSE for none), written as literals (each
 * checked to be a QuoteKind; sorted, each once), so that a set of kinds is one statement text
 * whatever its order. For SQL built once per set of kinds (page loaders, search sources).
 */
export function quoteKindsSql(kinds: readonly QuoteKind[], column = 'kind'): string {
  const known = new Set<string>(Object.values(QuoteKind));
  const list = [...new Set(kinds)].sort();
  for (const kind of list) if (!known.has(kind)) throw new Error(`not a quote kind: ${kind}`);
  return list.length ? `${column} IN (${list.map((kind) => `'${kind}'`).join(', ')})` : 'FALSE';
}
