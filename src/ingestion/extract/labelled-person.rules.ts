import { isFunctionWord, isOrganizationHead, isPlaceHead, isVocabularyWord } from '../lexicon/english.lexicon';
import { GEO_HEADS } from '../lexicon/place-words.lexicon';
import { isCourtesyTitle, isTitleWord } from '../lexicon/title.lexicon';
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { personAge } from './name-evidence.rules';
import { isPluralShaped, nameShaped, personNoun, singularOf } from './name-shape.rules';
import { personNounBefore } from './person-name.reader';

/**
 * "human rights lawyer Duma Boko", "Justice minister Beat Jans said", "the driver, 38-year-old Florentino Lima Paucar,", "the
 * electronic musician Elin Dahlberg Fors": a run of two or three capitalised words right after a lower-case noun for a person
 * (personNounBefore: "lawyer", "minister", "musician"; not "developer") or a person's age ("38-year-old") is that person's whole
 * name, whatever its words are alone (a town: "Lima"; a word: "Beat"; an organization's short name: "Duma"), when none of them is
 * a title or a function word, the last is no plural nor head of an organization's or a place's name ("the singer Sugar Lane" may be
 * the lane), the run is not in capitals nor in a Title Case line, and no rule read an organization or a place by its form in it
 * nor a name the lists know or a person over the whole run ("the midfielder Aston Villa signed", "Great Britain"). The label may
 * open the sentence, the first word of the run ("Actress Tacoma Quorvel laughed"), and the name may end before a lower-case "of"
 * ("biologist Merida Quorvex of the University of Seychelles"). Returns the findings with those of such runs rewritten as one person.
 */
export function peopleAfterLabels(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const runs: { from: number; to: number; first: number; last: number }[] = [];
  let at = 0;
  for (const run of doc.chunks) {
    const chunk = nameAfterLabel(tokens, run);
    if (chunk.length < 2 || chunk.length > 3) continue;
    const [first, last] = [chunk[0], chunk[chunk.length - 1]];
    if (doc.segments[tokens[first].segment].titleCase || !chunk.every((c) => nameWord(tokens[c])) || !endsName(tokens[last])) continue;
    while (at < findings.length && findings[at].last < first) at++;
    let to = at;
    while (to < findings.length && findings[to].first <= last) to++;
    const inside = findings.slice(at, to);
    if (!inside.length || inside.some((f) => f.first < first || f.last > last || f.kind === 'org' || f.kind === 'place')) continue;
    if (inside.length === 1 && inside[0].first === first && inside[0].last === last && inside[0].kind !== 'partial') continue;
    runs.push({ from: at, to, first, last });
  }
  if (!runs.length) return findings;
  const out: EntityFinding[] = [];
  let r = 0;
  for (let i = 0; i < findings.length; i++) {
    const run = runs[r];
    if (run && i === run.from) {
      out.push({ kind: 'person', first: run.first, last: run.last, role: null, titleFirst: null });
      i = run.to - 1;
      r++;
    } else out.push(findings[i]);
  }
  return out;
}

/**
 * The words of the run `chunk` that may name the person a label sets before them (labelBefore), or none: the run after a noun for a
 * person that opens it and the sentence ("Actress Tacoma Quorvel"; no second noun for a person after it: "Detective Inspector"), or
 * the whole run after a label before it; either up to a lower-case "of" after the name ("Merida Quorvex of the University").
 */
function nameAfterLabel(tokens: ArticleToken[], chunk: number[]): number[] {
  // Not a label of two nouns ("Detective Inspector Craig Quorvel"), which the title rules read.
  const opening = chunk.length > 2 && tokens[chunk[0]].cap && personNounBefore(tokens, chunk[1]) && !personNoun(tokens[chunk[1]].key) ? 1 : 0;
  if (!opening && !labelBefore(tokens, chunk[0])) return [];
  const of = chunk.findIndex((c) => !tokens[c].cap && tokens[c].key === 'of');
  return chunk.slice(opening, of < 0 ? chunk.length : of);
}

/** A lower-case noun for a person (personNounBefore) or a person's age ("38-year-old") right before token `at`, in its segment. */
function labelBefore(tokens: ArticleToken[], at: number): boolean {
  const label = tokens[at - 1];
  if (!label || label.cap || !label.joinsNext || label.segment !== tokens[at].segment) return false;
  return personAge(label.key) || personNounBefore(tokens, at);
}

/** A word of a person's name after a label: capitalised, not in capitals, an initial or a name-shaped word that is no title or function word. */
function nameWord(t: ArticleToken): boolean {
  if (!t.cap || t.upper) return false;
  return t.initial || (nameShaped(t) && !isFunctionWord(t.key) && !isTitleWord(t.key) && !isCourtesyTitle(t.key));
}

/**
 * The last word of a person's name: no plural of an ordinary word ("Rovers"; "Jans", "Fors" are names: "jan", "for" are function
 * words), nor a word that heads an organization's or a place's name ("Lane", "Trust").
 */
function endsName(t: ArticleToken): boolean {
  const singular = singularOf(t.key);
  if (isPluralShaped(t.key) && isVocabularyWord(singular) && !isFunctionWord(singular)) return false;
  return !isOrganizationHead(t.key) && !isPlaceHead(t.key) && !GEO_HEADS.has(t.key);
}
