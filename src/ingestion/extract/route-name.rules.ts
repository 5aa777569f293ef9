/**
 * Roads and transit lines named by a number: "Interstate 29", "U.S. Highway 101", "State Highway 30", "Colorado Highway 69",
 * "Route 58", "the 1 Line", "the A40". The lists and the head words read the words before the number at most ("U.S. Highway"), or nothing.
 */
import { isClosedClassWord, isPastTense, isVerbForm } from '../lexicon/english.lexicon';
import { CARDINAL_POINTS, PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import { runsOn, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { withSpansRead } from './spanned-findings.util';
import { placeFinding } from './organization-context.rules';

/** Capitalised words that name a road by the number written after them ("Interstate 29", "Highway 63", "Route 58"). */
const ROUTE_WORDS: ReadonlySet<string> = new Set(['interstate', 'highway', 'route']);

/** A road's or a line's number: one to four figures, a letter after them allowed ("101", "9W", "58a", folded). */
const ROUTE_NUMBER = /^\d{1,4}[a-z]?$/;

/**
 * A road named by a letter and its number, as Britain, Ireland, Germany and Australia number them: A and B roads, M for motorways,
 * N and R for Irish national and regional roads ("A40", "B6259", "M25", "N56", "R251"), as written. Not Airbus's type numbers
 * (A220, A300 to A399), which news writes after "the" more often than the roads of those numbers.
 */
const LETTERED_ROAD = /^(?:[ABMN]\d{1,4}|R\d{3})$/;
const AIRCRAFT_TYPE = /^A(?:3\d\d|220)$/;

/** Lower-case words that may follow a lettered road's number as its head ("the A14 motorway"). */
const ROAD_HEADS: ReadonlySet<string> = new Set(['road', 'motorway', 'autobahn', 'highway', 'carriageway', 'bypass', 'trunk']);

/**
 * True when token `at` is a lettered road (LETTERED_ROAD) where news writes one: right after a lower-case "the" in its segment
 * ("closed the A66", "on the B6259"), the sentence going on after it with a road's head noun ("the A14 motorway"), a word of a closed
 * class or of place ("the A3 near Würzburg", "the M6 north of"), a verb ("the B6259 went under water") or punctuation ("the N56, where"). Not before any other
 * noun, whose name or thing it is ("the B3 exchange", "the N95 mask"), nor before a capitalised word ("the M1 Abrams").
 */
function letteredRoad(tokens: ArticleToken[], at: number): boolean {
  const [the, road, after] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!the || the.key !== 'the' || the.cap || !runsOn(the, road) || !LETTERED_ROAD.test(road.text) || AIRCRAFT_TYPE.test(road.text)) return false;
  if (!after || !runsOn(road, after)) return true;
  if (after.cap) return false;
  const key = after.key;
  return ROAD_HEADS.has(key) || isClosedClassWord(key) || PLACE_PREPOSITIONS.has(key) || CARDINAL_POINTS.includes(key) || isVerbForm(key) || isPastTense(key);
}

/**
 * The findings with each road or transit line named by a number read as one place: a capitalised route word (ROUTE_WORDS, not in
 * capitals) and the number right after it, with the name a finding reads ending at the route word or right before it ("U.S.
 * Highway", "State Highway", "Colorado" of "Colorado Highway 69"; not a person's or an organization's); and a number after a
 * lower-case word and before a capitalised "Line" ("the 1 Line"); a lettered road after "the" (letteredRoad: "the A40"). Replaces the findings inside the name; returns them in body order.
 */
export function routeNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i], tokens[i + 1]];
    if (letteredRoad(tokens, i + 1)) spans.push([i + 1, i + 1]);
    if (!runsOn(t, next)) continue;
    if (t.cap && !t.upper && ROUTE_WORDS.has(t.key) && ROUTE_NUMBER.test(next.key)) spans.push([routeNameStart(tokens, findings, i), i + 1]);
    const before = i > 0 ? tokens[i - 1] : undefined;
    if (next.key === 'line' && next.cap && !next.upper && !t.cap && ROUTE_NUMBER.test(t.key) && !!before && runsOn(before, t) && !before.cap) spans.push([i, i + 1]);
  }
  return withSpansRead(findings, spans, (first, last) => placeFinding(doc, first, last, 'region'));
}

/**
 * The first token of a numbered road's name whose route word is token `at`: that of a finding that reads a place or a name no rule
 * typed (no person, no organization) and ends at the route word ("U.S. Highway") or right before it ("Colorado" of "Colorado Highway");
 * else the route word's.
 */
function routeNameStart(tokens: ArticleToken[], findings: EntityFinding[], at: number): number {
  const f = findings.find((g) => (g.last === at || (at > 0 && g.last === at - 1 && runsOn(tokens[at - 1], tokens[at]))) && g.first <= at);
  const placeLike = !!f && (f.kind === 'place' || f.kind === 'partial' || (f.kind === 'dict' && f.hit.type !== 'ORGANIZATION' && f.hit.type !== 'DEMONYM'));
  return placeLike && !tokens[f.last].possessive ? f.first : at;
}
