import { isCurrencyCode } from '../lexicon/currency.lexicon';
import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { organizationFinding, organizationShaped } from './organization-context.rules';

/**
 * A table of figures by company, as agency copy sets results out: each line a name, maybe its currency's code
 * in brackets, then columns of figures set off by two spaces or more ("Statkraft (NOK)   Q4   9,440   n/a").
 */

/** One cell of figures: a signed amount (currency sign, thousands' commas, decimals, percent), "n/a", a dash, a quarter or a half ("Q4", "H1"). */
const CELL = String.raw`(?:[-+−]?[$€£¥]?\d[\d,.]*%?|n\/a|N\/A|na|[-–—]|[QH][1-4])`;

/** The gap between two columns: two spaces or more, or a tab. */
const GAP = String.raw`(?: {2,}|\t)[ \t]*`;

/**
 * A line of such a table: a name of capitalised words set off by single spaces (no digit), maybe a code in brackets,
 * then two cells or more, each after a column's gap. Group 1 is the name, group 2 the code.
 */
const ROW = new RegExp(String.raw`^[ \t]*(\p{Lu}(?:[^\s\d(]| (?=[^\s\d(]))*)(?: \((\p{Lu}{3})\))?${GAP}${CELL}(?:${GAP}${CELL})+[ \t]*$`, 'gmu');

/**
 * An amount a company's results have and a score, a round's strokes or a poll's share have not: a figure with thousands' commas or
 * decimals that no percent sign ends ("9,440", "12.4"; not "34.5%").
 */
const AMOUNT = /\d[,.]\d+(?=[ \t]|$)/;

/** How many lines make a table: one line of figures alone is no table. */
const MIN_ROWS = 2;

/**
 * A table's header line: capitalised words and no figure, in two cells or more set off by a column's gap ("COMPANY    PERIOD    PREV
 * YEAR", which the tokenizer's body writes "Company    Period    PREV YEAR").
 */
const HEADER = /^[ \t]*\p{Lu}[\p{L} \t.&/%()-]*$/u;
const HEADER_GAP = /\p{L}(?: {2,}|\t)[ \t]*\p{Lu}/u;
const LOWER_CASE_WORD = /[\s(/-]\p{Ll}/u;

/** The names opening the rows of the tables of figures in an article's body, and the spans of the tables' header lines. */
interface FiguresTables {
  /** Each row's name: its start offset -> its end offset. */
  names: Map<number, number>;
  /** Each header line's start and end offsets. */
  headers: [number, number][];
}

/**
 * The tables of figures in `body` (at least MIN_ROWS lines): a line is a row when after its name come two columns of figures or
 * more, and the name carries a currency's code or its figures an amount (AMOUNT); a golfer's rounds, a team's standings
 * ("Quorvane  69  70  71") or a poll's shares ("Quorvle  34.5%  31.2%", a candidate's) hold neither. The line right before a
 * table's first row is its header when it is capitalised words in columns (HEADER).
 */
export function figuresTables(body: string): FiguresTables {
  const tables: FiguresTables = { names: new Map(), headers: [] };
  // Most articles have no column set off by spaces: a quick test on the text first.
  if (!body.includes('  ') && !body.includes('\t')) return tables;
  let rowEnd = -2;
  for (const row of body.matchAll(ROW)) {
    const [line, name, code] = row;
    if (code ? !isCurrencyCode(code) : !AMOUNT.test(line.slice(name.length))) continue;
    const start = row.index + line.indexOf(name);
    tables.names.set(start, start + name.length);
    if (row.index !== rowEnd + 1 && row.index > 0) {
      const headerStart = body.lastIndexOf('\n', row.index - 2) + 1;
      const header = body.slice(headerStart, row.index - 1);
      if (HEADER.test(header) && HEADER_GAP.test(header) && !LOWER_CASE_WORD.test(header)) tables.headers.push([headerStart, row.index - 1]);
    }
    rowEnd = row.index + line.length;
  }
  return tables.names.size >= MIN_ROWS ? tables : { names: new Map(), headers: [] };
}

/**
 * "Statkraft (NOK)   Q4   9,440   n/a", "Quorvex   12.4   11.9": the name opening a row of a table of figures
 * (figuresTables), read by no rule and shaped as an organization's (no given name, known surname or title word, not
 * one ordinary word), names a company; the words of the table's header ("PERIOD", "PREV YEAR") name nothing. Rewrites those
 * partial findings in `findings` and leaves out those in a header.
 */
export function companiesInFiguresTables(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { names, headers } = figuresTables(doc.body);
  if (!names.size) return;
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (names.get(tokens[f.first].start) === tokens[f.last].end && organizationShaped(tokens, f, false, true)) findings[i] = organizationFinding(doc, f.first, f.last);
  });
  for (let i = findings.length - 1; i >= 0; i--) {
    const at = tokens[findings[i].first].start;
    if (headers.some(([start, end]) => at >= start && at < end)) findings.splice(i, 1);
  }
}
