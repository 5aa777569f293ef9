import { isClosedClassWord, isVerbForm } from '../lexicon/english.lexicon';
import { DIRECTION_PREPOSITIONS, PLACE_NOUNS_AFTER, PLACE_PREPOSITIONS, SITE_NOUNS_AFTER } from '../lexicon/place-words.lexicon';
import { runsOn, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { evidenceAfter } from './name-evidence.rules';
import { placeFinding } from './organization-context.rules';
import { packedMap } from './packed.map';
import { hasCue, personNameWords } from './person-name.reader';

/**
 * A name after a place's preposition and "the": news writes no person's name after the definite article but where the name
 * modifies a noun ("the Joe Biden administration", "the Tom Cruise video"); a name of two words or more standing alone after "across
 * the", "at the", "over the" ("travelled across the Quorvel Pass", "a concert at the Santo Ferrandi.") is a place, a pass, a range,
 * a stadium, whatever its words.
 */

/**
 * "across the Quorvel Pass", "at the Estadio Tellan.", "over the North Dorran for two days", "through the Kali Quorvi valley": a
 * name of two words or more read as a person only by its shape (no title, nickname, speech cue or possessive, in no Title Case
 * line), right after a lower-case place's preposition and "the" (PLACE_OBJECT_PREPOSITIONS; not "of the", "won the", "the late"),
 * that ends its phrase (punctuation, the segment's end, a closed-class word or a verb form after it) or stands before a place's or a
 * site's noun (PLACE_NOUNS_AFTER, SITE_NOUNS_AFTER: "the Kali Quorvi valley", "in the Ardan Tellis governorate"), is a place; not
 * before a noun it modifies ("at the Joe Quorvel rally"), a capitalised word ("at the Andy Quorvel Photographic Legacy") or a
 * person's sign (evidenceAfter: "the Ann Quorvel, who"), nor a name whose words another person of the article bears. Returns the
 * findings so retyped.
 */
export function placesAfterThe(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const candidate = (f: EntityFinding): boolean => {
    if (f.kind !== 'person' || f.titleFirst !== null || f.nicknamed || f.first === f.last || tokens[f.last].possessive) return false;
    if (doc.segments[tokens[f.first].segment].titleCase || !afterPrepositionAndThe(doc, f.first)) return false;
    return (endsPhrase(doc, f.last) || placeNounNext(doc, f.last)) && evidenceAfter(doc, f.last) !== 'person' && !hasCue(doc, f.first, f.last);
  };
  if (!findings.some(candidate)) return findings;
  // The words of the people named elsewhere: a name among them stays a person's.
  const personWords = personNameWords(tokens, findings.filter((f) => !candidate(f)));
  return packedMap(findings, (f) => {
    if (!candidate(f) || tokens.slice(f.first, f.last + 1).some((t) => personWords.has(t.key))) return f;
    return placeFinding(doc, f.first, f.last, PLACE_NOUNS_AFTER.get(tokens[f.last + 1]?.key ?? '') ?? SITE_NOUNS_AFTER.get(tokens[f.last + 1]?.key ?? '') ?? 'region');
  });
}

/** Prepositions of place or movement whose object after "the" is a place ("across the", "at the", "from the", "over the"; not "of the", "to the"). */
const PLACE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...DIRECTION_PREPOSITIONS, 'on', 'over', 'through', 'along', 'under', 'beneath', 'beyond', 'past', 'via']);

/** True when a place's preposition (PLACE_OBJECT_PREPOSITIONS; in lower case, or opening the sentence) and a lower-case "the" stand joined right before token `first` in its segment. */
function afterPrepositionAndThe(doc: TokenizedArticle, first: number): boolean {
  const { tokens } = doc;
  const [preposition, the] = [tokens[first - 2], tokens[first - 1]];
  if (!preposition || !the || !runsOn(the, tokens[first]) || !runsOn(preposition, the)) return false;
  // The preposition may open the sentence ("At the Santo Ferrandi, Quorvel scored"), in no capitals.
  const opening = !preposition.cap || (preposition.sentenceStart && !preposition.upper);
  return !the.cap && the.key === 'the' && opening && PLACE_OBJECT_PREPOSITIONS.has(preposition.key);
}

/** True when the name ending at token `last` ends its phrase: no token joined after it in its segment, or a lower-case closed-class word or verb form. */
function endsPhrase(doc: TokenizedArticle, last: number): boolean {
  const { tokens } = doc;
  const next = tokens[last + 1];
  if (!next || !runsOn(tokens[last], next)) return true;
  return !next.cap && (isClosedClassWord(next.key) || isVerbForm(next.key));
}

/** True when a lower-case place's or site's noun (PLACE_NOUNS_AFTER, SITE_NOUNS_AFTER) is joined right after token `last`. */
function placeNounNext(doc: TokenizedArticle, last: number): boolean {
  const { tokens } = doc;
  const next = tokens[last + 1];
  return !!next && !next.cap && runsOn(tokens[last], next) && (PLACE_NOUNS_AFTER.has(next.key) || SITE_NOUNS_AFTER.has(next.key));
}
