import { hasLexiconTag, isFunctionWord } from '../lexicon/english.lexicon';
import { EVENT_WORDS, SCORE_TEXT } from '../lexicon/name-words.lexicon';
import { cityNamed } from '../lexicon/place.gazetteer';
import { TIME_WORDS } from '../lexicon/speaker.lexicon';
import { isConnector, surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isPluralShaped, modifiesNoun } from './name-shape.rules';
import { placeFinding } from './organization-context.rules';
import { untypedName } from './untyped-name.rules';

/**
 * Where a game or a race is played: a ground, a stadium, a course is a place (a facility), not the club that plays
 * there nor a person ("Goodison Park", "Soldier Field", "the crowd at Anfield", "beat Chelsea 2-1 at Anfield").
 */

/** Words that end the name of a ground or a course: "Goodison Park", "Soldier Field", "Kempton Park", "Daytona Speedway". */
export const GROUND_HEADS: ReadonlySet<string> = new Set(['park', 'ground', 'oval', 'field', 'stadium', 'arena', 'speedway', 'raceway', 'racecourse', 'velodrome']);

/** The most words a ground's name has, its head word counted. */
const GROUND_WORDS = 4;

/** Before a name, what stands only before a place where people watch a game: "the crowd at", "a crowd of 40,000 at", "spectators at". */
const CROWD_AT = /\b(?:crowds?|spectators|sell-out|capacity)(?:\s+of\s+[\d,]+)?\s+at\s+$/;

/** Before a name, a crowd filling it: "crowds packed the", "fans filled the". */
const PACKED_THE = /\b(?:packed|filled)\s+the\s+$/;

/** Before a name, a game's score after the other side's name: the ground where it was played ("beat Chelsea 2-1 at"). */
const SCORE_AT = new RegExp(String.raw`\p{Lu}[\p{L}'’.-]*\s+${SCORE_TEXT}\s+at\s+$`, 'u');

/** Before a name, "at the": a person's name takes no article, nor a club's in the singular ("at the Hungaroring", "at the Santiago Bernabeu"). */
const AT_THE = /\bat\s+the\s+$/;

/** True when `text` ends in the word "at" and spaces: the cheap test before CROWD_AT's and SCORE_AT's (both end so). */
function endsWithAt(text: string): boolean {
  const tail = text.trimEnd();
  return tail.length < text.length && tail.endsWith('at') && !/\w/.test(tail.charAt(tail.length - 3));
}

/** After a name, a ground's hosting of a game: "will host", "hosted", "staged", "was sold out". */
const HOSTS_AFTER = /^\s+(?:will\s+)?(?:host|hosts|hosted|stage|stages|staged)\b|^\s+was\s+(?:sold out|packed|full)\b/;

/**
 * Words only cricket and rugby copy writes, in lower case: games played at a few named grounds, which the copy names alone
 * after "at" ("rain stopped play at Headingley", "three tries at Murrayfield").
 */
const CRICKET_AND_RUGBY_WORDS: ReadonlySet<string> = new Set([
  'wicket', 'wickets', 'innings', 'batsman', 'batsmen', 'bowler', 'bowlers', 'all-rounder', 'lbw', 'scrum', 'scrums',
  'scrum-half', 'fly-half', 'lineout', 'lineouts', 'line-out', 'line-outs',
]);

/** Before a name, "at" or "at the", but after a stay's length or a career ("three years at", "a spell at", "his career at": a club). */
const GAME_AT = /\bat\s+(?:the\s+)?$/;
const STAY_AT = /\b(?:years?|seasons?|months?|spell|stint|career|time)\s+at\s+(?:the\s+)?$/;

/** `doc` writes, in lower case, a word only cricket and rugby copy writes (CRICKET_AND_RUGBY_WORDS). */
function isCricketOrRugbyCopy(doc: TokenizedArticle): boolean {
  return doc.tokens.some((t) => !t.cap && CRICKET_AND_RUGBY_WORDS.has(t.key));
}

/**
 * In cricket or rugby copy, the one-word name `f` no rule typed, written after "at" (GAME_AT) but not after a stay's length
 * (STAY_AT), is a ground ("at Headingley", "at Lord's", "at the Oval"): no plural (a club's: "at Saracens"), no name before
 * a noun it modifies ("at Quarley's request"), no part of a longer name ("at the Home of Cricket").
 */
function groundOfCricketOrRugby(doc: TokenizedArticle, f: EntityFinding, before: string): boolean {
  const t = doc.tokens[f.first];
  if (f.kind !== 'partial' || f.first !== f.last || !GAME_AT.test(before) || STAY_AT.test(before)) return false;
  const [next, after] = [doc.tokens[f.last + 1], doc.tokens[f.last + 2]];
  const partOfName = next?.key === 'of' && !!after?.cap;
  return !isPluralShaped(t.key) && !beforeItsNoun(doc, f.last) && !partOfName;
}

/**
 * The name ending at token `i` modifies the lower-case noun after it ("at the Brellow club") or, a possessive, owns it ("at
 * Quorvle's request"); a time word after it is no noun of its ("at the Oval later this month", "at Lord's yesterday").
 */
function beforeItsNoun(doc: TokenizedArticle, i: number): boolean {
  const next = doc.tokens[i + 1];
  return (modifiesNoun(doc.tokens, i) && !TIME_WORDS.has(next.key)) || ownsNoun(doc, i);
}

/** Token `i`, a possessive, owns the lower-case noun right after it: "at Quorvle's request" (not "at Lord's after lunch"). */
function ownsNoun(doc: TokenizedArticle, i: number): boolean {
  const [t, next] = [doc.tokens[i], doc.tokens[i + 1]];
  if (!t.possessive || !next || next.cap || next.segment !== t.segment || next.start - t.end !== 3) return false;
  return !isFunctionWord(next.key) && !hasLexiconTag(next.key, 'Preposition') && !TIME_WORDS.has(next.key);
}

/**
 * "at Lord's after lunch": a ground's name that ends in 's, which no noun follows (ownsNoun), takes it into its span; the
 * tokenizer cut it off as a possessive. Rewrites token `i` so.
 */
export function withItsS(doc: TokenizedArticle, i: number): void {
  const t = doc.tokens[i];
  if (!t.possessive || ownsNoun(doc, i)) return;
  t.end += 2;
  t.text = doc.body.slice(t.start, t.end);
  t.possessive = false;
}

/** The finding `f` may be a ground's name: a name no rule typed, one a rule (not the lists) typed as an organization, or an untitled person's. */
function groundShaped(f: EntityFinding): boolean {
  return f.kind === 'org' || untypedName(f);
}

/**
 * The name `f`, written after "at the", may be a ground's: no rule typed it, or it reads as an untitled person; no event's
 * word ends it ("the Open", "the Summit"), no plural ("the Masters", "the Knicks"), and no lower-case noun it would modify
 * follows it ("at the Brellow club"; a time word may: "at the Oval later"), nor a connector and a capital ("at the Thomas and Mack Center").
 */
function groundAfterThe(doc: TokenizedArticle, f: EntityFinding): boolean {
  const [last, next] = [doc.tokens[f.last], doc.tokens[f.last + 1]];
  if (!untypedName(f)) return false;
  if (EVENT_WORDS.has(last.key) || isPluralShaped(last.key) || last.possessive) return false;
  if (!next || next.cap || next.segment !== last.segment || !last.joinsNext) return true;
  // "at the Thomas and Mack Center": a part of a longer name.
  const joined = isConnector(next) && !!doc.tokens[f.last + 2]?.cap;
  return !joined && (isFunctionWord(next.key) || hasLexiconTag(next.key, 'Preposition') || TIME_WORDS.has(next.key));
}

/**
 * The finding `f` may open a ground's name written before its head word: a town or a region the lists know ("Melbourne" of "Melbourne
 * Park", "Victoria" of "Victoria Park"), a place another rule read ("North Sydney"; no building), or a name read as an untitled person
 * ("Quorvle Tellan" of "Quorvle Tellan Field": grounds are named after people).
 */
function namesGround(f: EntityFinding): boolean {
  if (f.kind === 'dict') return f.hit.type === 'CITY' || f.hit.type === 'REGION';
  return (f.kind === 'place' && f.placeKind !== 'facility') || (f.kind === 'person' && untypedName(f));
}

/**
 * "Goodison Park", "Melbourne Park", "the crowd at Anfield", "beat Chelsea 2-1 at Anfield", "Eden Park will host", in sports copy
 * "crowds packed the MCG" (a one-word name, its initials too, after PACKED_THE): a town
 * the gazetteer knows and a ground's name after it, found apart ("Melbourne" "Park"), are one ground; a name after a
 * crowd's "at" (CROWD_AT) or a score's (SCORE_AT), or in sports copy after "at the" (groundAfterThe), is a ground, but a town; a region or
 * a person's name before a ground's head word found apart is one ground too (namesGround: "Victoria Park", "Quorvle Tellan Field"); a name ending in a ground's head word
 * (GROUND_HEADS) is a ground in sports copy (`sports`), or, read as a person or outside sports copy, where a ground stands
 * ("at", in sports copy "the", or before HOSTS_AFTER). Rewrites `findings` so, in body order.
 */
export function typeSportsGrounds(doc: TokenizedArticle, findings: EntityFinding[], sports: boolean): void {
  const { tokens, body } = doc;
  // "The Oval": a ground's name, without the article the rule that found it may have kept.
  const ground = (from: number, last: number): EntityFinding => {
    const first = tokens[from].key === 'the' && from < last ? from + 1 : from;
    withItsS(doc, last);
    return placeFinding(doc, first, last, 'facility');
  };
  let cricketOrRugby: boolean | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const [t, next] = [tokens[f.last], findings[i + 1]];
    // "Melbourne Park", "Melbourne Cricket Ground", "Victoria Park", "North Sydney Oval", "Quorvle Tellan Field": a town, a region or a
    // person's name and a ground's name after it, found apart.
    if (namesGround(f) && t.joinsNext && next?.kind === 'partial' && next.first === f.last + 1 && next.last - f.first < GROUND_WORDS && GROUND_HEADS.has(tokens[next.last].key)) {
      findings.splice(i, 2, ground(f.first, next.last));
      continue;
    }
    if (!groundShaped(f) || f.last - f.first >= GROUND_WORDS) continue;
    const segmentStart = doc.segments[tokens[f.first].segment].start;
    const before = body.slice(Math.max(segmentStart, tokens[f.first].start - 40), tokens[f.first].start);
    // "Crowds packed the MCG": a ground's initials only where a crowd fills it.
    const packed = sports && PACKED_THE.test(before) && f.first === f.last && !beforeItsNoun(doc, f.last);
    if (tokens[f.first].upper && !packed) continue;
    const headed = f.last > f.first && GROUND_HEADS.has(t.key) && !t.possessive;
    const placed = (sports ? /\b(?:at|the)\s+$/i : /\bat\s+$/i).test(before) || HOSTS_AFTER.test(body.slice(t.end, t.end + 24));
    const placedGround =
      packed ||
      (endsWithAt(before) && (CROWD_AT.test(before) || SCORE_AT.test(before))) ||
      (sports && AT_THE.test(before) && groundAfterThe(doc, f)) ||
      (headed && (placed || (sports && f.kind !== 'person'))) ||
      (groundOfCricketOrRugby(doc, f, before) && (cricketOrRugby ??= isCricketOrRugbyCopy(doc)));
    // A town stays a town but before a ground's head word: the gazetteer asked last, as it costs most.
    if (placedGround && (headed || !cityNamed(surfaceOf(doc, f.first, f.last)))) findings[i] = ground(f.first, f.last);
  }
}
