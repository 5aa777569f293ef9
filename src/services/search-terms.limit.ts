import { loadConfig } from '../config/config';
import { ftsTerms } from '../db/fts-query';
import { badInput } from '../types/bad-input';

/** The cap on search terms when a caller gives none: the configured default (NEWSGRAPH_MAX_SEARCH_TERMS unset). */
export const DEFAULT_MAX_SEARCH_TERMS = loadConfig({}).limits.maxSearchTerms;

/**
 * Checks full-text input against the cap on search terms: the words of `texts` together (every
 * word counts, inside a "phrase" too; null texts are skipped) must be at most `max`, else throws
 * BAD_USER_INPUT naming `argument`, the limit and NEWSGRAPH_MAX_SEARCH_TERMS. Reads at most
 * `max` + 1 terms of each text (see `ftsTerms`), so a huge input is refused without reading it all.
 */
export function checkSearchTerms(texts: ReadonlyArray<string | null | undefined>, max: number, argument: string): void {
  let words = 0;
  for (const text of texts) {
    if (text == null) continue;
    for (const term of ftsTerms(text, max + 1 - words)) words += term.words.length;
    if (words > max) {
      const together = texts.length > 1 ? ` (all "${argument}" fields of one filter count together)` : '';
      throw badInput(
        `"${argument}" has more than ${max} search terms${together}: at most ${max} words, "phrases" and prefixes* are allowed, each word of a phrase counting (the server's NEWSGRAPH_MAX_SEARCH_TERMS)`,
      );
    }
  }
}
