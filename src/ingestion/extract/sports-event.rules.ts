import { CONTEST_WORDS } from '../lexicon/name-words.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { isGivenName, isSurname } from '../lexicon/english.lexicon';
import { wonNameAt } from './name-evidence.rules';
import { surfaceOf, type TokenizedArticle } from './article.tokenizer';
import { untypedNamesLike } from './untyped-name.rules';
import type { EntityFinding } from './entity.classifier';

/**
 * A sports contest's name is no mention of a person, and the place that opens it is no mention of the place, as CoNLL and wire annotation read it (the whole name is
 * an event, MISC): "the Monaco Grand Prix", "the Qatar Open", "the U.S. Open", "the Boston Marathon", "the Tokyo Olympics", "the
 * Tour de France", "the Tour of Britain". Wars and treaties keep their places ("the Vietnam War": GUM marks Vietnam).
 */

/** Words a tour's name writes before the place it tours: "Tour de France", "Tour of Britain", "Vuelta a España". */
const TOUR_GAP = /^ (?:de|du|of|a) $/;

/** Heads of a cycling tour's name, capitalised before TOUR_GAP and a place. */
const TOUR_HEADS: ReadonlySet<string> = new Set(['tour', 'vuelta']);

/**
 * A contest written in lower case after the place that names it, "the" before the place: "the Quorvia marathon", "the Quorvia half
 * marathon", "the Quorvia derby" (its clubs' match).
 */
const CONTEST_NOUN_AFTER = /^ (?:half )?(?:marathon|derby)\b/;

/** A finding of a place the lists know: a country, a state or region, a city. */
function listedPlace(f: EntityFinding | undefined): boolean {
  return !!f && f.kind === 'dict' && (f.hit.type === 'COUNTRY' || f.hit.type === 'REGION' || f.hit.type === 'CITY');
}

/**
 * The finding `g` is a contest's name of up to three capitalised words ending in one of CONTEST_WORDS ("Grand Prix", "Open"), no
 * possessive inside, outside a Title Case line (where "Open" may be a verb: "Kenya Open Talks With IMF").
 */
function contestName(doc: TokenizedArticle, g: EntityFinding | undefined): boolean {
  if (!g || g.kind === 'dict' || g.last - g.first > 2 || doc.segments[doc.tokens[g.first].segment].titleCase) return false;
  const ws = doc.tokens.slice(g.first, g.last + 1);
  return ws.every((t) => t.cap && !t.upper) && CONTEST_WORDS.has(ws[ws.length - 1].key) && !ws.slice(0, -1).some((t) => t.possessive);
}

/**
 * An organization's finding that is a place the lists know and a contest's word ("Paris Olympics", "Tokyo Games" read as a team
 * named by its town and a plural): the contest.
 */
function placedContest(doc: TokenizedArticle, f: EntityFinding): boolean {
  if (f.kind !== 'org' || f.last === f.first || f.last - f.first > 3 || !CONTEST_WORDS.has(doc.tokens[f.last].key)) return false;
  const hit = lookupName(surfaceOf(doc, f.first, f.last - 1), f.last - f.first);
  return !!hit && (hit.type === 'COUNTRY' || hit.type === 'REGION' || hit.type === 'CITY');
}

/**
 * The untyped name `f` (untypedName) is a contest's, no person's: a contest's name (contestName) whose last word is no surname
 * ("the Quorvle Marathon", "the Tellan Classic"; not "Oliver Masters"), or a name of two or more words, none a given name or a
 * surname, that a form of "win" names as won ("won the Quorvle Bianca": wonNameAt).
 */
function contestAsPerson(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  if (contestName(doc, f) && !isSurname(tokens[f.last].key)) return true;
  if (f.last === f.first) return false;
  // The words are read in place, no copy of them made: this is asked of every untyped finding of every article.
  for (let k = f.first; k <= f.last; k++) if (!tokens[k].cap || isGivenName(tokens[k].key) || isSurname(tokens[k].key)) return false;
  return wonNameAt(tokens, f.first);
}

/**
 * Drops from `findings` (body order) a contest's name read as a person (contestAsPerson), there and wherever the article writes
 * the same words as an untyped name ("Quorvle Bianca" of a headline), a listed place written right before a contest's name (contestName: "Monaco" of "Monaco Grand
 * Prix", "U.S." of "U.S. Open") or, after "the", before one in lower case (CONTEST_NOUN_AFTER: "the Milan derby"), or after a
 * tour's head and its particle ("France" of "Tour de France"), one space apart, and an
 * organization's finding that is a place and a contest's word (placedContest). Returns the findings kept.
 */
export function withoutPlacesInContests(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  const dropped = new Set<EntityFinding>();
  const contest = untypedNamesLike(doc, findings, (f) => contestAsPerson(doc, f));
  findings.forEach((f, i) => {
    const [before, after] = [findings[i - 1], findings[i + 1]];
    if (placedContest(doc, f) || contest(f)) dropped.add(f);
    if (!listedPlace(f)) return;
    const last = tokens[f.last];
    if (after && after.first === f.last + 1 && last.joinsNext && !last.possessive && contestName(doc, after)) dropped.add(f);
    const the = tokens[f.first - 1];
    if (the && the.key === 'the' && !last.possessive && CONTEST_NOUN_AFTER.test(body.slice(last.end, last.end + 14))) dropped.add(f);
    const head = before ? tokens[before.last] : undefined;
    if (head && before.first === before.last && head.cap && TOUR_HEADS.has(head.key) && TOUR_GAP.test(body.slice(head.end, tokens[f.first].start))) dropped.add(f);
  });
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}
