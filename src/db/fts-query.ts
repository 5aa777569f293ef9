/**
 * A run of characters that may belong to one FTS5 token: letters, digits, combining marks (so that
 * a decomposed "x\u0301yz" is not split where the tokenizer would not split it) and private-use
 * characters (which the unicode61 tokenizer keeps inside tokens).
 */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Whether a run holds something the tokenizer indexes (a run of marks alone folds to nothing). */
const INDEXABLE = /[\p{L}\p{N}\p{Co}]/u;

/** One term of a search: a word, or a "quoted phrase" of words, optionally a prefix (`milit*`, `"rapid milit"*`). */
export interface FtsTerm {
  /** Letters, digits and marks only (NFC); never empty. */
  words: string[];
  /** The last word is a prefix. */
  prefix: boolean;
}

/**
 * Reads what a user types as search terms: words are separate terms, "quoted phrases" stay
 * phrases, a trailing `*` makes a prefix (`guarant*`, `"rapid milit"*`), and everything else a
 * search syntax would read as an operator (AND/OR/NOT/NEAR, parentheses, `-`, `^`, column
 * filters, stray quotes) is taken as plain text. Each term keeps only letters, digits and marks.
 * An empty list when nothing searchable is left (empty input, punctuation only). Reading stops
 * after `limit` terms (it returns the first `limit`), so checking a huge input against a cap
 * does not read all of it.
 */
export function ftsTerms(input: string, limit = Infinity): FtsTerm[] {
  const terms: FtsTerm[] = [];
  const text = input.normalize('NFC');
  const pattern = /"([^"]*)"(\*?)|([^\s"]+)/g;
  for (let match = pattern.exec(text); match && terms.length < limit; match = pattern.exec(text)) {
    const phrase = match[1] !== undefined;
    const raw = phrase ? match[1] : match[3];
    const prefix = phrase ? match[2] === '*' : raw.endsWith('*');
    const words = (raw.match(WORD) ?? []).filter((word) => INDEXABLE.test(word));
    if (words.length > 0) terms.push({ words, prefix });
  }
  return terms;
}

/**
 * The terms of `input` (see `ftsTerms`), each once: a term that repeats an earlier one (the same
 * words, case aside, and the same prefix star) is left out. Terms are ANDed, so a repeat matches
 * the same rows; FTS5 and PostgreSQL would still evaluate it once per repeat (`the` x32 took 10.6 s
 * on 20,000 articles, `the` once 0.26 s).
 */
function distinctTerms(input: string): FtsTerm[] {
  const seen = new Set<string>();
  return ftsTerms(input).filter(({ words, prefix }) => {
    const key = `${prefix ? '*' : ''}${words.join(' ').toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Turns what a user types into a safe FTS5 MATCH expression (see `ftsTerms`): terms are ANDed, each once,
 * and every term is emitted as a double-quoted FTS5 string holding only letters, digits and
 * marks, so the result can never be a syntax error. Returns null when nothing searchable is left.
 *
 * Prefixes match the index's stemmed tokens (the tables use the porter tokenizer): `milit*` finds
 * "military", but a prefix longer than a word's stem finds nothing (`operat*` misses "operation",
 * indexed as `oper`).
 */
export function ftsQuery(input: string): string | null {
  const terms = distinctTerms(input).map(({ words, prefix }) => `"${words.join(' ')}"${prefix ? ' *' : ''}`);
  return terms.length > 0 ? terms.join(' AND ') : null;
}

/**
 * The same search as `ftsQuery`, as PostgreSQL `to_tsquery` text: terms joined by `&`, the words
 * of a phrase by `<->` (followed by), a prefix as `:*` on the last word; each word a quoted
 * lexeme (it holds only letters, digits and marks, so it cannot be read as syntax).
 * `"rapid milit"* nato` -> `'rapid' <-> 'milit':* & 'nato'`. Null when nothing searchable is left.
 */
export function tsQuery(input: string): string | null {
  const terms = distinctTerms(input).map(({ words, prefix }) =>
    words.map((word, i) => `'${word}'${prefix && i === words.length - 1 ? ':*' : ''}`).join(' <-> '),
  );
  if (terms.length === 0) return null;
  return terms.length === 1 ? terms[0] : terms.map((term) => (term.includes(' <-> ') ? `(${term})` : term)).join(' & ');
}
