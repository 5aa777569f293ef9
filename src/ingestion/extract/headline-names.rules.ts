import { isFunctionWord } from '../lexicon/english.lexicon';
import { lookupName, type DictionaryHit } from '../lexicon/entity.dictionary';
import { keyOf, surfaceOf, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { packedMap } from './packed.map';
import { beforeActorNoun, opensWithSportSlug } from './sports-team.rules';
import { personOrUntyped } from './untyped-name.rules';

/**
 * A headline written in Title Case capitalises every word, so its capitals are no evidence of a name; the names it holds are
 * nearly always named again in the article's body, in ordinary prose, where the rules read them well. A headline's names are
 * read from the body's. A headline in sentence case ("Minister quits after Tarnwick bridge row") has a sentence's capitals, but
 * it is short and has few of the words around a name that type it; its names take the body's reading too, where the headline's
 * own reading shows nothing more.
 */

/** Kinds of segment a page marks as headings. */
const HEADING_KINDS: ReadonlySet<string> = new Set(['title', 'dek', 'subheading']);

/** The most words a line in sentence case may have to be read as a headline: a wire's run to some 16. */
const HEADLINE_WORDS = 20;

/** A full stop, question or exclamation mark and a space inside a line: two sentences, no headline. */
const SENTENCE_BREAK = /[.?!]["'’”]?\s/;

/**
 * Segment `s` of `doc` is a headline: the article's first segment or one the page marks as a heading (not a table's row, a credit
 * line or a wire brief's bullet in capitals, whose names the body need not write again); in Title Case, no wire headline under a
 * sport's slug, which the sports rules read (sports-team.rules); in sentence case, one short sentence with no full stop (HEADLINE_WORDS
 * words at most, no sentence's end inside it or a full stop at its end), not an opening paragraph. `words` counts each segment's tokens.
 */
function isHeadline(doc: TokenizedArticle, s: number, words: Uint32Array): boolean {
  const seg = doc.segments[s];
  if (s !== 0 && !HEADING_KINDS.has(seg.kind)) return false;
  if (seg.titleCase) return !opensWithSportSlug(doc, s);
  const text = doc.body.slice(seg.start, seg.end).trimEnd();
  return words[s] <= HEADLINE_WORDS && !text.endsWith('.') && !SENTENCE_BREAK.test(text);
}

/**
 * In a headline in sentence case, whose capitals are evidence as a sentence's are, the body's reading `run` of some of its words
 * yields to the headline's own finding `f` over them where `f` is typed and `run` untyped, or `f` is typed before a person's noun (the
 * place of "Leeds mayor hails promotion", where the body's Leeds is the club), or where `f` holds a capitalised word
 * beyond `run` that no other of the headline's `runs` reads and that does not open the headline (token `opener`): "U.S. Republican
 * Party" stays whole beside the body's "Republican Party"; "Central Idaho" gives the body's Idaho, "Grindavík and Blue Lagoon" both.
 */
function yieldsToHeadline(doc: TokenizedArticle, run: EntityFinding, f: EntityFinding, runs: EntityFinding[], opener: number): boolean {
  if (f.last < run.first || run.last < f.first) return false;
  if (f.kind !== 'partial' && (run.kind === 'partial' || beforeActorNoun(doc, f.last))) return true;
  for (let i = f.first; i <= f.last; i++) {
    if ((i >= run.first && i <= run.last) || i === opener || !doc.tokens[i].cap) continue;
    if (!runs.some((r) => r.first <= i && i <= r.last)) return true;
  }
  return false;
}

/** The body's reading `f` of a name, moved to the headline's tokens `first`..`last`: its kind and name; no title or cue of the body's. */
function readAt(f: EntityFinding, first: number, last: number): EntityFinding {
  if (f.kind === 'person') return { kind: 'person', first, last, role: null, titleFirst: null };
  if (f.kind === 'partial') return { kind: 'partial', first, last, cue: false };
  return { ...f, first, last };
}

/**
 * The headline's words from `first` are written as the body's finding `f` writes its words: the same characters between each two
 * (one space, no stop or comma between), whether or not the tokenizer parted them there (a headline's opening ordinary word,
 * "Free" of "Free List Wins Mayoralty", is parted from the word after it).
 */
function writtenAlike(doc: TokenizedArticle, f: EntityFinding, first: number): boolean {
  const { tokens, body } = doc;
  for (let k = 0; k < f.last - f.first; k++) {
    const [a, b] = [tokens[first + k], tokens[f.first + k]];
    const gap = tokens[first + k + 1].start - a.end;
    if (gap !== tokens[f.first + k + 1].start - b.end) return false;
    for (let c = 0; c < gap; c++) if (body.charCodeAt(a.end + c) !== body.charCodeAt(b.end + c)) return false;
  }
  return true;
}


/** A list knows the words `first`..`last` of `doc` whole as a name (a demonym is none). */
function listed(doc: TokenizedArticle, first: number, last: number): DictionaryHit | null {
  const hit = lookupName(surfaceOf(doc, first, last), last - first + 1);
  return hit && hit.type !== 'DEMONYM' ? hit : null;
}

/**
 * The places the lists know whole inside the headline finding `f` ("Portugal" of "Northern Portugal"), the longest first, left
 * to right, each a dictionary finding: what remains of a name that neither the body nor a list knows.
 */
function placesInside(doc: TokenizedArticle, f: EntityFinding): EntityFinding[] {
  const out: EntityFinding[] = [];
  for (let i = f.first; i <= f.last; i++) {
    if (!doc.tokens[i].cap) continue;
    for (let j = f.last; j >= i; j--) {
      const hit = doc.tokens[j].cap && !(i === f.first && j === f.last) ? listed(doc, i, j) : null;
      if (!hit || hit.type === 'ORGANIZATION') continue;
      out.push({ kind: 'dict', hit, first: i, last: j });
      i = j;
      break;
    }
  }
  return out;
}

/**
 * The findings of `doc` with those of its headlines (isHeadline) read from the body (the segments outside them):
 * - a run of headline words that the body names as a finding (the same folded words, joined alike, first and last capitalised) is that
 *   name, with the body's reading (kind; the first typed finding of those words in body order, else the first, but for a lone
 *   untyped word opening a sentence, which reads nothing): the longest such
 *   run first, left to right ("Quimby Gives Party A Boost" -> Quimby, "Clare Village's Festival" -> Clare, "Dublin Bus Drivers"
 *   -> Dublin Bus when the body names the company); not where a headline word beside the run is one the body writes
 *   capitalised beside it ("Seoul" of "Seoul Marathon" when the body writes "the Seoul Marathon"): a longer name, or none;
 *   nor a lone function word ("WHO" of "WHO COULD BLOCK THE DEAL?"), nor the surname of a person's full name (below);
 * - any other headline finding that overlaps no such run is dropped where the body writes each of its words in lower case
 *   and never capitalised inside a sentence but in a longer name ("Wiki", "Handball" where the body writes "wiki", "handball",
 *   "Zelda Wiki", "European Handball Federation"; no word in capitals);
 *   else it stays only where a list knows it whole (a dictionary finding: gazetteer,
 *   organization lists) or the body writes its words inside one of its own findings (a surname, "Tolstoy" of "Leo Tolstoy"), or
 *   it is a person's full name whose last word the body names alone ("Hillary Clinton", the body's "Clinton": kept whole), or
 *   it is in capitals and the body writes it so (an acronym); of the others only the places a list knows inside them are kept
 *   (placesInside: "Northern Portugal" -> Portugal; "Free Audiobook", "Dutch University" are dropped).
 * In a headline in sentence case the runs are read so too, but a run yields to the headline's own finding where that is typed and
 * the run is not, or holds a capitalised word beyond it (yieldsToHeadline); and the headline's other findings stay as they are, for
 * its capitals are a sentence's ("Former Haskell Varro trader jailed" -> the body's Haskell Varro; "as Lyon go top" -> the body's club).
 * Another line in Title Case (a wire brief's bullet in capitals, "* QUORVAN BANK SAYS ..."; not a sport's slug line) is read as a headline
 * in sentence case is, from the lines outside it: its own findings stay where the body's reading does not replace them, for such a line
 * need not name again what the body names.
 * Findings outside headlines are returned as they are, and all of them where the article has no body; the result is in token order. Pure; `findings` is not changed.
 */
export function headlineNamesFromBody(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, segments } = doc;
  const words = new Uint32Array(segments.length);
  for (const t of tokens) words[t.segment]++;
  const heading = packedMap(segments, (_, s) => isHeadline(doc, s, words));
  /** Headlines, and the other lines in Title Case (a wire brief's bullets in capitals): read from the rest, keeping their own findings. */
  const headlines = packedMap(segments, (seg, s) => heading[s] || (seg.titleCase && !opensWithSportSlug(doc, s)));
  // No headline, or nothing but headlines: no body to read them from.
  if (!headlines.includes(true) || !tokens.some((t) => !headlines[t.segment])) return findings;
  /** A headline in Title Case: only its findings are dropped on the body's words (inside, lower, capitalised, bodyCapitals below). */
  const titled = heading.some((h, s) => h && segments[s].titleCase);
  /**
   * The words of the headlines, and those of them capitalised: every question below asks of a run of headline words, so the body
   * is read only where it writes such words. A body finding names a run only by opening on its first word, a capitalised one
   * but in a Title Case headline, whose drop tests ask of any of its findings' words; a pair of the body's words is asked of only
   * where the headlines write both.
   */
  const headlineKeys = new Set<string>();
  const capitalisedKeys = new Set<string>();
  for (const t of tokens) {
    if (!headlines[t.segment]) continue;
    headlineKeys.add(t.key);
    if (t.cap) capitalisedKeys.add(t.key);
  }
  const heardKeys = titled ? headlineKeys : capitalisedKeys;
  /** A finding inside a headline. */
  const inHeadline = (f: EntityFinding): boolean => headlines[tokens[f.first].segment];
  /** The body's reading of each name it writes, by its folded words. */
  const reading = new Map<string, EntityFinding>();
  /** The folded words of every run of words inside a body finding ("leo", "tolstoy", "leo tolstoy"). */
  const inside = new Set<string>();
  /** The words the body names alone as a person or an untyped name ("Clinton"), opening a sentence too. */
  const lonePersons = new Set<string>();
  let longest = 0;
  /** Per token, 1 inside a body finding of two words or more. */
  const inLongerName = new Uint8Array(tokens.length);
  for (const f of findings) {
    if (inHeadline(f)) continue;
    if (f.last > f.first) for (let i = f.first; i <= f.last; i++) inLongerName[i] = 1;
    if (titled) for (let i = f.first; i <= f.last; i++) if (headlineKeys.has(tokens[i].key)) for (let j = i; j <= f.last; j++) inside.add(keyOf(doc, i, j));
    if (!heardKeys.has(tokens[f.first].key)) continue;
    const key = keyOf(doc, f.first, f.last);
    const had = reading.get(key);
    // An untyped word opening a sentence ("Kea are famous for ...") is no reading of a name.
    const opener = f.kind === 'partial' && f.first === f.last && tokens[f.first].sentenceStart;
    if (!opener && (!had || (had.kind === 'partial' && f.kind !== 'partial'))) reading.set(key, f);
    if (f.first === f.last && personOrUntyped(f)) lonePersons.add(key);
    longest = Math.max(longest, f.last - f.first + 1);
  }
  const bodyCapitals = new Set<string>();
  /**
   * Capitalised words the body writes together, one space apart ("seoul marathon", "always ready"): a name's words or none,
   * never two names; a function word only where the body never writes it so in lower case.
   */
  const pairs = new Set<string>();
  /** Function words the body writes in lower case before a capitalised word ("in halifax"): no name's word there. */
  const lowerBefore = new Set<string>();
  /** Capitalised function words the body writes before a capitalised word ("always ready", "in halifax" opening a sentence). */
  const functionPairs: string[] = [];
  /** Words the body writes in lower case, and those it capitalises inside a sentence, not as a word of a longer name ("Zelda Wiki"). */
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  tokens.forEach((t, i) => {
    if (headlines[t.segment] || !headlineKeys.has(t.key)) return;
    if (titled) {
      if (!t.cap) lower.add(t.key);
      else if (!t.sentenceStart && !inLongerName[i]) capitalised.add(t.key);
      if (t.upper) bodyCapitals.add(t.key);
    }
    const next = tokens[i + 1];
    if (!t.joinsNext || !next?.cap || !headlineKeys.has(next.key)) return;
    if (!t.cap) {
      if (isFunctionWord(t.key)) lowerBefore.add(`${t.key} ${next.key}`);
      return;
    }
    if (isFunctionWord(t.key)) functionPairs.push(`${t.key} ${next.key}`);
    else pairs.add(`${t.key} ${next.key}`);
  });
  for (const pair of functionPairs) if (!lowerBefore.has(pair)) pairs.add(pair);
  /** The headline's words `first`..`last` stand inside a longer run of capitalised words the body writes together. */
  const inLongerRun = (first: number, last: number, from: number, to: number): boolean =>
    (first > from && tokens[first - 1].joinsNext && pairs.has(`${tokens[first - 1].key} ${tokens[first].key}`)) ||
    (last + 1 < to && tokens[last].joinsNext && pairs.has(`${tokens[last].key} ${tokens[last + 1].key}`));
  const out: EntityFinding[] = findings.filter((f) => !inHeadline(f));
  const headlineFindings = findings.filter((f) => inHeadline(f));
  /** Every word of the headline's finding `f` is one the body writes in lower case and never capitalised inside a sentence ("Kea", "Handball"). */
  const ordinaryInBody = (f: EntityFinding): boolean => {
    for (let i = f.first; i <= f.last; i++) if (tokens[i].upper || !lower.has(tokens[i].key) || capitalised.has(tokens[i].key)) return false;
    return true;
  };
  /** A headline's name of a person, its last word one the body names alone as a person or an untyped name ("Hillary Clinton" -> "Clinton"). */
  const fullName = (f: EntityFinding): boolean => personOrUntyped(f) && f.last > f.first && lonePersons.has(tokens[f.last].key);
  /** The headline's word `first`..`last`, one word, ends a person's full name the headline writes (the body's surname of it). */
  const surnameOf = (first: number, last: number): boolean => first === last && headlineFindings.some((f) => f.last === last && f.first < first && fullName(f));
  let from = 0;
  for (let s = 0; s < segments.length; s++) {
    if (!headlines[s]) continue;
    while (from < tokens.length && tokens[from].segment < s) from++;
    let to = from;
    while (to < tokens.length && tokens[to].segment === s) to++;
    const runs: EntityFinding[] = [];
    for (let i = from; i < to; i++) {
      if (!tokens[i].cap) continue;
      for (let n = Math.min(longest, to - i); n >= 1; n--) {
        const body = tokens[i + n - 1].cap && (n > 1 || !isFunctionWord(tokens[i].key)) ? reading.get(keyOf(doc, i, i + n - 1)) : undefined;
        if (!body || !writtenAlike(doc, body, i) || inLongerRun(i, i + n - 1, from, to) || surnameOf(i, i + n - 1)) continue;
        runs.push(readAt(body, i, i + n - 1));
        i += n - 1;
        break;
      }
    }
    const sentenceCase = !segments[s].titleCase || !heading[s];
    const kept = sentenceCase ? runs.filter((r) => !headlineFindings.some((f) => yieldsToHeadline(doc, r, f, runs, from))) : runs;
    out.push(...kept);
    for (const f of headlineFindings) {
      if (tokens[f.first].segment !== s || kept.some((r) => r.first <= f.last && f.first <= r.last)) continue;
      // A sentence's capitals are evidence: the headline's own reading stands where the body's does not replace it.
      if (sentenceCase) {
        out.push(f);
        continue;
      }
      if (ordinaryInBody(f)) continue;
      const key = keyOf(doc, f.first, f.last);
      const acronym = f.first === f.last && tokens[f.first].upper && bodyCapitals.has(key);
      if (f.kind === 'dict' || inside.has(key) || acronym || fullName(f) || listed(doc, f.first, f.last)) out.push(f);
      else out.push(...placesInside(doc, f));
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
