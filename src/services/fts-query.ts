/**
 * A run of characters that may belong to one FTS5 token: letters, digits, combining marks (so that
 * a decomposed "x\u0301yz" is not split where the tokenizer would not split it) and private-use
 * characters (which the unicode61 tokenizer keeps inside tokens).
 */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Whether a run holds something the tokenizer indexes (a run of marks alone folds to nothing). */
const INDEXABLE = /[\p{L}\p{N}\p{Co}]/u;

/**
 * Turns what a user types into a safe FTS5 MATCH expression: words are ANDed, "quoted phrases"
 * stay phrases, a trailing `*` makes a prefix (`guarant*`, `"rapid milit"*`), and everything else
 * FTS5 would read as syntax (AND/OR/NOT/NEAR, parentheses, `-`, `^`, column filters, stray quotes)
 * is taken as plain text. Every term is emitted as a double-quoted FTS5 string holding only
 * letters, digits and marks, so the result can never be a syntax error. Returns null when nothing
 * searchable is left (empty input, punctuation only).
 *
 * Prefixes match the index's stemmed tokens (the tables use the porter tokenizer): `milit*` finds
 * "military", but a prefix longer than a word's stem finds nothing (`operat*` misses "operation",
 * indexed as `oper`).
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  const text = input.normalize('NFC');
  const pattern = /"([^"]*)"(\*?)|([^\s"]+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const phrase = match[1] !== undefined;
    const raw = phrase ? match[1] : match[3];
    const prefix = phrase ? match[2] === '*' : raw.endsWith('*');
    const words = (raw.match(WORD) ?? []).filter((word) => INDEXABLE.test(word));
    if (words.length === 0) continue;
    const quoted = `"${words.join(' ')}"`;
    terms.push(prefix ? `${quoted} *` : quoted);
  }
  return terms.length > 0 ? terms.join(' AND ') : null;
}
