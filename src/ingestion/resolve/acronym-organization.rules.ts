import { definedByLowerCaseWords } from '../extract/acronym-spelling.rules';
import type { ArticleToken, TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { isOrganizationFinding } from '../extract/organization-context.rules';
import { hasLexiconTag, isClosedClassWord, isFunctionWord } from '../lexicon/english.lexicon';
import { EVENT_WORDS, isBrandShaped } from '../lexicon/name-words.lexicon';
import { isOrganizationPeopleWord, isTitleHead } from '../lexicon/title.lexicon';

/**
 * An acronym no list knows and the text does not define names an organization ("CNBC", "NAACP",
 * "DAB") unless the article uses it as a term only: "the GNP of Israel", "the POV of the rocket"
 * (a measure or a view of something), "HTML 5" (a version), "@POTUS", "SETI @ home" (a handle or a
 * project), "ROS [reactive oxygen species, the group of chemicals ...]" (defined by a name that is
 * no organization's), "super PACs" (a plural: a kind of things, not one body). A sign of an organization at any of its mentions (but one after a lower-case
 * modifier where the plural is written: "the super PAC's donors") outweighs these: a possessive
 * ("DAB's leaders"), a person "of" it ("Edda Brask of DAB"), its people or an office after it ("KSC
 * employees"), a verb of its own after it ("the KPA fired", "SNY has broadcast"), a speech cue beside
 * it ("said KCNA"), its organization's name in brackets after it ("CEI (Italian Episcopal Conference)").
 */

/** Verbs, besides past tenses, that an organization as a subject takes right after its acronym. */
const ACTING_VERBS = new Set(['has', 'have', 'had', 'says', 'said']);

/** Token `i` (one acronym) stands as an organization: possessive, after "<person> of (the)", before its people, an office or a verb. */
function organizationSlot(tokens: ArticleToken[], findings: EntityFinding[], i: number): boolean {
  const t = tokens[i];
  if (t.possessive) return true;
  const the = tokens[i - 1]?.key === 'the' && !tokens[i - 1].cap ? 1 : 0;
  const of = tokens[i - 1 - the];
  if (of && of.key === 'of' && !of.cap && of.joinsNext && findings.some((g) => g.kind === 'person' && g.last === i - 2 - the)) return true;
  const next = tokens[i + 1];
  if (!next || next.cap || !t.joinsNext || next.segment !== t.segment) return false;
  return isOrganizationPeopleWord(next.key) || isTitleHead(next.key) || ACTING_VERBS.has(next.key) || hasLexiconTag(next.key, 'PastTense');
}

/** The finding `next` starts in brackets right after acronym finding `f` ("CEI (Italian ...", "ROS [Reactive ..."). */
function bracketedAfter(doc: TokenizedArticle, f: EntityFinding, next: EntityFinding | undefined): next is EntityFinding {
  return !!next && /^ ?[([]$/.test(doc.body.slice(doc.tokens[f.last].end, doc.tokens[next.first].start));
}

/** Determiners of a thing one has or does, not of a body: "a PhD", "an ROV", "his MBA". */
const THING_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'my', 'our', 'your']);

/**
 * Token `i` (one word) stands as a thing one has or does: after "a" / "an" / a possessive pronoun with
 * no noun after it ("doing a PhD and ...", "his MBA from ..."; in "a CNN poll" the article is the poll's).
 */
function thingSlot(tokens: ArticleToken[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || before.cap || !before.joinsNext || before.segment !== t.segment || !THING_DETERMINERS.has(before.key) || t.possessive) return false;
  return !next || next.segment !== t.segment || !t.joinsNext || (!next.cap && isClosedClassWord(next.key));
}

/** A decimal number ("1.92", "3,5"): a measure, no count of bodies nor a year. */
const DECIMAL = /^\d+[.,]\d+$/;

/**
 * Token `i` (one acronym) stands as a term: "the X of", before a number, after a measure (a decimal number, or a number after "a"/"an":
 * "a 1.92 ERA", "a 3.9 GPA", "a 12 MW plant"), beside an "@", after a ticker's "$", as a thing (thingSlot), or defined by lower-case
 * words ("liquefied natural gas (LNG)": definedByLowerCaseWords), or named an event by its apposition (eventInApposition).
 */
function termSlot(doc: TokenizedArticle, i: number): boolean {
  const { tokens, body } = doc;
  const t = tokens[i];
  const next = tokens[i + 1];
  const sameSegment = !!next && next.segment === t.segment && t.joinsNext;
  if (sameSegment && next.key === 'of' && !next.cap && tokens[i - 1]?.key === 'the' && !tokens[i - 1].cap && !t.possessive) return true;
  if (thingSlot(tokens, i) || measuredBy(tokens, i) || definedByLowerCaseWords(doc, i) || eventInApposition(doc, i)) return true;
  if (sameSegment && /^\d/.test(next.text)) return true;
  // "@POTUS", "SETI @ home", and a stock's ticker after its dollar sign ("$WFC").
  return body[t.start - 1] === '@' || body[t.start - 1] === '$' || /^ ?@/.test(body.slice(t.end, t.end + 2));
}

/** Token `i` comes right after a measure: a decimal number, or a number after a lower-case "a" / "an" ("a 1.92 ERA"). */
function measuredBy(tokens: ArticleToken[], i: number): boolean {
  const number = tokens[i - 1];
  if (!number || !number.joinsNext || number.segment !== tokens[i].segment || !/^\d/.test(number.text)) return false;
  const article = tokens[i - 2];
  return DECIMAL.test(number.text) || (!!article && !article.cap && article.joinsNext && (article.key === 'a' || article.key === 'an'));
}

/** Words of an apposition's noun phrase this reads at most, after its "the". */
const APPOSITION_WORDS = 5;

/**
 * Token `i` is named an event by the apposition right after it: ", the" and lower-case words that an event's word ends (EVENT_WORDS:
 * "QVMEX, the world music fair, in Tarsk", "QFF, the pan-African film festival held every two years"): a fair, a festival or a summit is
 * no body. Not where a noun follows the event's word ("QVMEX, the fair organiser"): that noun is what the acronym is.
 */
function eventInApposition(doc: TokenizedArticle, i: number): boolean {
  const { tokens, body } = doc;
  const the = tokens[i + 1];
  if (!the || the.key !== 'the' || the.cap || the.segment !== tokens[i].segment || body.slice(tokens[i].end, the.start) !== ', ') return false;
  for (let j = i + 2; j < i + 2 + APPOSITION_WORDS && j < tokens.length && tokens[j - 1].joinsNext; j++) {
    const w = tokens[j];
    if (w.cap || w.segment !== the.segment || isFunctionWord(w.key)) return false;
    if (!EVENT_WORDS.has(w.key)) continue;
    const after = tokens[j + 1];
    return !w.joinsNext || !after || after.cap || isClosedClassWord(after.key) || hasLexiconTag(after.key, 'PastTense');
  }
  return false;
}

/**
 * The texts of the one-word upper-case partial findings ("GNP", "ROS"), and of brand-shaped ones
 * written as a thing ("a PhD"), that the article uses as terms and never as an organization's name
 * (see the signs above). Findings in body order.
 */
export function acronymsUsedAsTerms(doc: TokenizedArticle, findings: EntityFinding[]): Set<string> {
  const { tokens } = doc;
  const terms = new Set<string>();
  const organizations = new Set<string>();
  // Capitalised words ending in a small "s", read once an acronym asks ("PACs").
  let plurals: Set<string> | null = null;
  const pluralWritten = (text: string): boolean => {
    if (!plurals) {
      plurals = new Set();
      for (const t of tokens) if (t.cap && t.text.length > 2 && t.text.endsWith('s')) plurals.add(t.text);
    }
    return plurals.has(`${text}s`);
  };
  findings.forEach((f, i) => {
    if (f.kind !== 'partial' || f.first !== f.last) return;
    const text = tokens[f.first].text;
    // A brand-shaped word ("PhD") is a term only as a thing; before a number it may be a pollster ("Quorvster 4.3 points").
    if (!tokens[f.first].upper) {
      if (!isBrandShaped(text)) return;
      if (f.cue || organizationSlot(tokens, findings, f.first)) organizations.add(text);
      else if (thingSlot(tokens, f.first)) terms.add(text);
      return;
    }
    const next = findings[i + 1];
    const bracketed = bracketedAfter(doc, f, next);
    // "the super PAC's donors" where the article writes "super PACs": after a lower-case modifier the common noun's possessive is no body's.
    const before = tokens[f.first - 1];
    const modified = !!before && !before.cap && before.joinsNext && !isFunctionWord(before.key) && pluralWritten(text);
    if (modified) terms.add(text);
    else if (f.cue || organizationSlot(tokens, findings, f.first) || (bracketed && isOrganizationFinding(next))) organizations.add(text);
    else if ((bracketed && next.kind === 'partial') || termSlot(doc, f.first) || pluralWritten(text)) terms.add(text);
  });
  for (const text of organizations) terms.delete(text);
  return terms;
}
