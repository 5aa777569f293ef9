/**
 * Roads and transit lines named by a number: "Interstate 29", "U.S. Highway 101", "State Highway 30", "Colorado Highway 69",
 * "Route 58", "the 1 Line". The lists and the head words read the words before the number at most ("U.S. Highway"), or nothing.
 */
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { placeFinding } from './organization-context.rules';

/** Capitalised words that name a road by the number written after them ("Interstate 29", "Highway 63", "Route 58"). */
const ROUTE_WORDS: ReadonlySet<string> = new Set(['interstate', 'highway', 'route']);

/** A road's or a line's number: one to four figures, a letter after them allowed ("101", "9W", "58a", folded). */
const ROUTE_NUMBER = /^\d{1,4}[a-z]?$/;

/**
 * The findings with each road or transit line named by a number read as one place: a capitalised route word (ROUTE_WORDS, not in
 * capitals) and the number right after it, with the name a finding reads ending at the route word or right before it ("U.S.
 * Highway", "State Highway", "Colorado" of "Colorado Highway 69"; not a person's or an organization's); and a number after a
 * lower-case word and before a capitalised "Line" ("the 1 Line"). Replaces the findings inside the name; returns them in body order.
 */
export function routeNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (!joined(t, next)) continue;
    if (t.cap && !t.upper && ROUTE_WORDS.has(t.key) && ROUTE_NUMBER.test(next.key)) spans.push([routeNameStart(tokens, findings, i), i + 1]);
    const before = i > 0 ? tokens[i - 1] : undefined;
    if (next.key === 'line' && next.cap && !next.upper && !t.cap && ROUTE_NUMBER.test(t.key) && !!before && joined(before, t) && !before.cap) spans.push([i, i + 1]);
  }
  if (!spans.length) return findings;
  const out = findings.filter((f) => !spans.some(([first, last]) => f.first <= last && f.last >= first));
  for (const [first, last] of spans) out.push(placeFinding(doc, first, last, 'region'));
  return out.sort((a, b) => a.first - b.first);
}

/** True when token `t` runs on to token `next` in one segment (no punctuation between). */
function joined(t: ArticleToken, next: ArticleToken): boolean {
  return t.joinsNext && next.segment === t.segment;
}

/**
 * The first token of a numbered road's name whose route word is token `at`: that of a finding that reads a place or a name no rule
 * typed (no person, no organization) and ends at the route word ("U.S. Highway") or right before it ("Colorado" of "Colorado Highway");
 * else the route word's.
 */
function routeNameStart(tokens: ArticleToken[], findings: EntityFinding[], at: number): number {
  const f = findings.find((g) => (g.last === at || (at > 0 && g.last === at - 1 && joined(tokens[at - 1], tokens[at]))) && g.first <= at);
  const placeLike = !!f && (f.kind === 'place' || f.kind === 'partial' || (f.kind === 'dict' && f.hit.type !== 'ORGANIZATION' && f.hit.type !== 'DEMONYM'));
  return placeLike && !tokens[f.last].possessive ? f.first : at;
}
