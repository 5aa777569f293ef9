import { keyOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isOrganizationFinding } from './organization-context.rules';
import { NAME_PARTICLES } from '../lexicon/name-words.lexicon';

/**
 * An agency story's credit line, the paragraph that closes most wire copy: "(Reporting by Simon Ledger in London and Ana
 * Ruiz in Madrid; Additional reporting by Tom Quorvle; Editing by Alexander Smith and Mark Heinrich)", and its byline, a
 * paragraph under the headline: "By Krisztina Than and Aleksandar Vasovic". The names after "by",
 * "and" and a comma there are the journalists, people whatever their words are elsewhere (a paper's "Ledger", "Post"); the
 * names after "in" are the towns they wrote from, left as the other rules read them.
 */

/** The words of a credit's role, before its "by": "Reporting", "Additional reporting", "Writing and editing", "Compiled". */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'additional', 'reporting', 'writing', 'editing', 'compiled', 'compiling', 'research', 'graphics', 'photography', 'translation', 'translated',
  'produced', 'production', 'and', 'by',
]);

/** What stands between two words of a credit line, a space and punctuation aside. */
type Gap = 'space' | 'comma' | 'semicolon' | 'end' | 'other';

/** The gap between token `i` and the next: 'end' at the paragraph's end (a newline, the body's end, a closing bracket). */
function gapAfter(doc: TokenizedArticle, i: number): Gap {
  const next = doc.tokens[i + 1];
  const text = doc.body.slice(doc.tokens[i].end, next ? next.start : doc.body.length);
  if (!next || text.includes('\n') || /^\s*\)\s*$/.test(text)) return 'end';
  const mark = text.trim();
  if (mark === '') return 'space';
  return mark === ',' ? 'comma' : mark === ';' ? 'semicolon' : 'other';
}

/** The last token of the run of capitalised words (lower-case particles inside: "Pieter van Dijk") from `i`, or -1 when `i` opens none. */
function runEnd(doc: TokenizedArticle, i: number): number {
  const { tokens } = doc;
  if (!tokens[i]?.cap) return -1;
  let last = i;
  while (gapAfter(doc, last) === 'space') {
    const next = tokens[last + 1];
    if (next.cap) last++;
    else if (NAME_PARTICLES.has(next.key) && tokens[last + 2]?.cap && gapAfter(doc, last + 1) === 'space') last += 2;
    else break;
  }
  return last;
}

/**
 * The journalists' names of the credit line that opens at token `i`, as token spans, or null when the paragraph from `i` is no
 * credit line: role words up to "by" (none before a byline's "By"), then names joined by "and" and commas, each maybe followed by "in" and a town, clauses
 * apart by semicolons (or a comma before the next role: "..., additional reporting by ..."), to the paragraph's end. A town
 * after "in ... and" that a finding reads as a place stays a town ("in London and Madrid").
 */
function creditedNames(doc: TokenizedArticle, findings: readonly EntityFinding[], i: number): Array<[number, number]> | null {
  const { tokens } = doc;
  const names: Array<[number, number]> = [];
  const place = (first: number, last: number): boolean => findings.some((f) => f.first === first && f.last === last && (f.kind === 'place' || (f.kind === 'dict' && f.hit.type !== 'ORGANIZATION')));
  // A byline names its agency too ("By Ana Ruiz, Reuters"): an organization's name there stays one.
  const organization = (first: number, last: number): boolean => findings.some((f) => f.first <= last && f.last >= first && isOrganizationFinding(f));
  let j = i;
  // A byline opens with its "By" and no role: "By Krisztina Than and Ana Ruiz".
  const byline = tokens[i].cap && tokens[i].key === 'by';
  for (;;) {
    // The role, up to its "by".
    let roles = 0;
    while (j < tokens.length && tokens[j].key !== 'by' && ROLE_WORDS.has(tokens[j].key) && gapAfter(doc, j) === 'space') {
      j++;
      roles++;
    }
    if ((!roles && !(byline && j === i)) || tokens[j]?.key !== 'by' || gapAfter(doc, j) !== 'space') return null;
    j++;
    // The names, each maybe with its town.
    let afterTown = false;
    for (;;) {
      const last = runEnd(doc, j);
      if (last < 0) return null;
      // "Compiled by Gdansk Newsroom": an agency's desk, named by its city, is no journalist.
      const desk = tokens[last].key === 'newsroom';
      if (!(afterTown && place(j, last)) && !(byline && organization(j, last)) && !desk) names.push([j, last]);
      j = last;
      afterTown = false;
      if (gapAfter(doc, j) === 'space' && tokens[j + 1].key === 'in' && gapAfter(doc, j + 1) === 'space') {
        j = runEnd(doc, j + 2);
        if (j < 0) return null;
        afterTown = true;
      }
      const gap = gapAfter(doc, j);
      if (gap === 'end') return names;
      if (gap === 'semicolon' || (gap === 'comma' && ROLE_WORDS.has(tokens[j + 1].key) && !tokens[j + 1].cap)) break;
      if (gap === 'space' && tokens[j + 1].key === 'and' && gapAfter(doc, j + 1) === 'space') j += 2;
      else if (gap === 'comma') j += 1;
      else return null;
    }
    j++;
  }
}

/** True when token `i` opens its paragraph (or the body). */
function opensParagraph(doc: TokenizedArticle, i: number): boolean {
  if (i === 0) return true;
  const { tokens, segments } = doc;
  const before = tokens[i - 1];
  if (before.segment === tokens[i].segment) return false;
  return segments[before.segment].paragraph !== segments[tokens[i].segment].paragraph || doc.body.slice(before.end, tokens[i].start).includes('\n');
}

/**
 * The findings of `doc` with each journalist's name in a credit line (see above) read as a person's: findings inside a name
 * give way to one person finding over it, and an organization or partial finding of the same words elsewhere in the article
 * becomes a person too ("Chief executive Jonathan Post" above "Reporting by Jonathan Post"). Returns the findings in body
 * order; running text ("The reporting by Quorvle showed") is never a credit line.
 */
export function personsInCreditLines(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const names: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || !ROLE_WORDS.has(tokens[i].key) || !opensParagraph(doc, i)) continue;
    const credited = creditedNames(doc, findings, i);
    if (credited) names.push(...credited);
  }
  if (!names.length) return findings;
  const credited = new Set(names.map(([first, last]) => keyOf(doc, first, last)));
  const out: EntityFinding[] = [];
  for (const f of findings) {
    if (names.some(([first, last]) => f.first <= last && f.last >= first)) continue;
    const same = (f.kind === 'org' || f.kind === 'partial') && credited.has(keyOf(doc, f.first, f.last));
    out.push(same ? { kind: 'person', first: f.first, last: f.last, role: null, titleFirst: null } : f);
  }
  for (const [first, last] of names) out.push({ kind: 'person', first, last, role: null, titleFirst: null });
  return out.sort((a, b) => a.first - b.first);
}
