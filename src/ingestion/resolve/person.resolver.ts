import { hasLexiconTag } from '../lexicon/english.lexicon';
import { NAME_PARTICLES, NAME_SUFFIXES, PATRONYMIC_PARTICLES, doubleSurnameOpening, withoutJoinedArticle } from '../lexicon/name-words.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { packedMap } from '../extract/packed.map';

/**
 * Groups the person names of one article into people and resolves partial mentions to them.
 * A full name ("Jens Stoltenberg") founds a person; a longer name that contains a shorter one in
 * order and ends the same way ("Hillary Rodham Clinton" / "Hillary Clinton") is the same person,
 * named by the longest form. A later partial mention ("Stoltenberg", "Rodham Clinton", a unique
 * given name "Hillary") resolves to the person whose name ends with it (or starts with it, for a
 * given name); among several ("Bill Clinton", "Hillary Clinton") the one named in full most recently
 * in its paragraph wins, else the one the article named first, as news gives a shared surname alone
 * to its subject.
 */

/** One occurrence of a full person name, in article order. */
export interface PersonName {
  /** Name words as written ("Charles", "de", "Gaulle"). */
  words: string[];
  /** Body offset of the occurrence, for "most recent" decisions. */
  start: number;
  /** Nicknames written in quotation marks inside the name ("Ro" of 'Rosa "Ro" Quintell'), not in `words`. */
  nicknames?: string[];
}

/** A person's gender as a courtesy title tells it ("Mr.", "Mrs."). */
export type Gender = 'male' | 'female';

/** A person: the canonical words and where the person is named in full. */
export interface PersonCluster {
  words: string[];
  /** The gender of the courtesy title that named a person known by one word only ("Mrs. Orrick"). */
  gender?: Gender | null;
  /** Folded words, for matching. */
  keys: string[];
  /** Body offsets of the full-name occurrences, ascending. */
  starts: number[];
  /** Nicknames the article writes inside the person's name, as written ("Ro", "Big Ray"). */
  nicknames?: string[];
}

/**
 * The person named in full by `words` (folded: `keys`), first written at `start`. Every cluster is made here, all its fields
 * set in one order (undefined where absent), so that the code reading clusters sees objects of one shape (fewer deoptimizations).
 */
export function personCluster(words: string[], keys: string[], start: number, gender: Gender | null, nicknames: string[] | undefined): PersonCluster {
  return { words, gender, keys, starts: [start], nicknames };
}

/** Two folded name words that name alike, the Arabic article joined to either aside ("al-assad", "assad"). */
function sameNameWord(a: string, b: string): boolean {
  return a === b || withoutJoinedArticle(a) === withoutJoinedArticle(b);
}

/**
 * The folded words of a name run together without their hyphens ("kimjongun"): "Kim Jong Un", "Kim Jong-un" and "Kim Jong-Un"
 * spell one name, as wires write a Korean or Chinese given name with a hyphen, a space or neither.
 */
function spelledTogether(keys: string[]): string {
  return keys.join('').replace(/-/g, '');
}

/** True when the folded names `a` and `b` are one name written with its given name's syllables joined otherwise ("Moon Jae-in", "Moon Jae In"). */
export function sameNameSpelledApart(a: string[], b: string[]): boolean {
  return a.length !== b.length && a[0] === b[0] && spelledTogether(a) === spelledTogether(b);
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && sameNameWord(w, short[i])) i++;
  return i === short.length;
}

/** A folded initial: one letter, with or without its dot ("k.", "k"). */
const INITIAL = /^\p{L}\.?$/u;

/** True when the folded name `keys` has an initial before its last word ("k. mendis", "g. w. bush"). */
function hasInitial(keys: string[]): boolean {
  for (let i = 0; i + 1 < keys.length; i++) if (INITIAL.test(keys[i])) return true;
  return false;
}

/**
 * True when the folded name `short`, with an initial, names the folded full name `long` ending the same way: each word of
 * `short` in order, an initial standing for a word of `long` it opens and is not ("k. mendis" of "kusal mendis",
 * "d. de silva" of "dhananjaya de silva", "g. w. bush" of "george walker bush").
 */
function abbreviatesName(short: string[], long: string[]): boolean {
  if (!sameNameWord(short[short.length - 1], long[long.length - 1])) return false;
  let i = 0;
  for (const w of long) {
    if (i >= short.length) break;
    const k = short[i];
    if (sameNameWord(w, k) || (INITIAL.test(k) && !INITIAL.test(w) && w[0] === k[0])) i++;
  }
  return i === short.length;
}

/**
 * The one person of `clusters` that the folded name `keys`, written with an initial, names ("k. mendis": Kusal Mendis);
 * undefined for a name without an initial, or when no person or several fit ("Kusal Mendis" and "Kamindu Mendis").
 */
export function personOfInitials(clusters: PersonCluster[], keys: string[]): PersonCluster | undefined {
  if (!hasInitial(keys)) return undefined;
  const fits = clusters.filter((c) => !hasInitial(c.keys) && abbreviatesName(keys, c.keys));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Clusters full names into people (see the module comment). Input in any order. A name written with an initial
 * ("K. Mendis", as scorecards and bylines write it) joins the one person named in full whose given name the initial
 * opens; with two such people ("Kusal Mendis", "Kamindu Mendis") it stays apart.
 */
export function clusterPersonNames(names: PersonName[]): PersonCluster[] {
  const keyed = packedMap(names, (name) => {
    const keys = packedMap(name.words, foldName);
    return { name, keys, initial: Number(hasInitial(keys)) };
  });
  // Longest first; of one length, names without initials first, so that a person is named by the words the article spells out.
  const byLength = keyed.sort((a, b) => b.keys.length - a.keys.length || a.initial - b.initial || a.name.start - b.name.start);
  const clusters: PersonCluster[] = [];
  for (const { name, keys } of byLength) {
    const home =
      clusters.find(
        (c) =>
          (sameNameWord(c.keys[c.keys.length - 1], keys[keys.length - 1]) && isSubsequence(keys, c.keys) && (keys.length > 1 || c.keys.length === 1)) ||
          sameNameSpelledApart(c.keys, keys) ||
          particleNameInside(c.keys, keys),
      ) ?? personOfInitials(clusters, keys);
    if (home) {
      home.starts.push(name.start);
      if (name.nicknames?.length) home.nicknames = [...new Set([...(home.nicknames ?? []), ...name.nicknames])];
    } else clusters.push(personCluster(name.words, keys, name.start, null, name.nicknames?.length ? name.nicknames : undefined));
  }
  for (const c of clusters) c.starts.sort((a, b) => a - b);
  return clusters;
}

/**
 * True when the one folded word `tail` is the part before the hyphen of the double surname ending the folded name `keys`
 * ("yesilgoz" of "dilan yesilgoz-zegerius"); not a joined Arabic article ("al" of "al-assad") nor a part under three letters.
 */
export function opensDoubleSurname(keys: string[], tail: string[]): boolean {
  return tail.length === 1 && keys.length > 1 && doubleSurnameOpening(keys[keys.length - 1]) === tail[0];
}

/** True when the folded words `tail` are the words of `keys` right before its position `end` ("quorvle" of "raymond quorvle iii" before 2). */
function endsBefore(keys: string[], end: number, tail: string[]): boolean {
  if (tail.length > end) return false;
  for (let i = 0; i < tail.length; i++) if (!sameNameWord(keys[end - tail.length + i], tail[i])) return false;
  return true;
}

/** True when the folded word `key` is a generational suffix, with or without its dot ("iii", "jr."). */
function isNameSuffix(key: string): boolean {
  return NAME_SUFFIXES.has(key.endsWith('.') ? key.slice(0, -1) : key);
}

/**
 * True when the folded words `tail` end the folded name `keys`, or end it before a generational suffix ("Quorvle" of "Raymond Quorvle
 * III", "Raymond Quorvle Jr."). It runs for every person at every partial name (some 500 times an article): it builds no array.
 */
export function endsName(keys: string[], tail: string[]): boolean {
  return endsBefore(keys, keys.length, tail) || (keys.length > 2 && isNameSuffix(keys[keys.length - 1]) && endsBefore(keys, keys.length - 1, tail));
}

/** The one word `tail` ends `keys` after an Arabic patronymic particle: the father's given name ("Salman" of "Mohammed bin Salman": King Salman), no surname. */
function namesFather(keys: string[], tail: string[]): boolean {
  return tail.length === 1 && keys.length > 2 && PATRONYMIC_PARTICLES.has(keys[keys.length - 2]);
}

/** True when the person `c`'s name ends with the folded words `tail` (endsName), not as a father's given name after "bin" (namesFather). */
function bearsTail(c: PersonCluster, tail: string[]): boolean {
  return c.keys.length >= tail.length && endsName(c.keys, tail) && !namesFather(c.keys, tail);
}

/**
 * True when two people of the article, each named in two words or more, bear the one folded word `key` as their surname (bearsTail,
 * the test resolvePartialName reads a surname by: "Quorvle" of "Ann Quorvle" and "Raymond Quorvle Jr."): a family's name, which
 * alone no more tells one of them than the other. It stops at the second bearer and builds no array of them.
 */
export function surnameShared(clusters: PersonCluster[], key: string): boolean {
  const tail = [key];
  let bearers = 0;
  for (const c of clusters) if (c.keys.length > 1 && bearsTail(c, tail) && ++bearers > 1) return true;
  return false;
}

/**
 * Among several people of one surname, the one a lone mention at `at` names: the one named in full
 * most recently in its paragraph (from `paragraphStart`: the text just named them), else the one the
 * article named first (its subject), else the first named after it.
 */
function referent(candidates: PersonCluster[], at: number, paragraphStart: number): PersonCluster {
  return namedLastInParagraph(candidates, at, paragraphStart) ?? namedFirst(candidates);
}

/** Of `candidates`, the one the article named first. */
function namedFirst(candidates: PersonCluster[]): PersonCluster {
  return candidates.reduce((a, b) => (a.starts[0] <= b.starts[0] ? a : b));
}

/** Of `candidates`, the one named in full most recently before `at` in the paragraph starting at `paragraphStart`, or null when none is. */
function namedLastInParagraph(candidates: PersonCluster[], at: number, paragraphStart: number): PersonCluster | null {
  let best: PersonCluster | null = null;
  let bestStart = -1;
  for (const c of candidates) {
    const last = c.starts.filter((s) => s >= paragraphStart && s <= at).pop() ?? -1;
    if (last > bestStart) {
      best = c;
      bestStart = last;
    }
  }
  return best;
}

/**
 * Among several people whose names open with one word, the one a lone mention of it at `at` names, as wires name a Korean or
 * Chinese person by the family name written first ("Lee" beside Lee Jae-myung and Lee Sang-hoon): the one named in full most
 * recently in its paragraph, else the only one the article has named in full before it, else, before all of them (a headline),
 * the first named after it, the article's subject; null when two were named before and not in its paragraph (no guess).
 */
function nearestOfFirstWord(candidates: PersonCluster[], at: number, paragraphStart: number): PersonCluster | null {
  const named = namedLastInParagraph(candidates, at, paragraphStart);
  if (named) return named;
  const before = candidates.filter((c) => c.starts[0] < at);
  if (before.length === 0) return namedFirst(candidates);
  return before.length === 1 ? before[0] : null;
}

/** The gender other than `gender`. */
function otherThan(gender: Gender): Gender {
  return gender === 'male' ? 'female' : 'male';
}

/**
 * The person's gender, or null when unknown: by the courtesy title that named a person known by one word, or by a given name
 * the lexicon knows for one gender only ("Michelle", "Donald"; not "Bill", no name to the lexicon's tags).
 */
function genderOf(c: PersonCluster): Gender | null {
  if (c.keys.length === 1) return c.gender ?? null;
  const given = c.keys[0];
  const male = hasLexiconTag(given, 'MaleName');
  const female = hasLexiconTag(given, 'FemaleName');
  return male === female ? null : male ? 'male' : 'female';
}

/**
 * The person a partial name at body offset `at` (in the paragraph starting at `paragraphStart`)
 * refers to: a surname or any tail of a full name, a generational suffix or a joined Arabic article aside ("Stoltenberg", "de Gaulle", "King" of "Martin Luther King Jr.", "Assad" of "Bashar al-Assad"; not the father's name after "bin": "Salman" of "Mohammed bin Salman"; among several people,
 * see `referent`), of no person whose given name is of the other gender than the courtesy title's
 * (`gender`: "Mr. Orrick" is not "Michelle Orrick"; among several, one whose given name is of that gender first), or a given name that starts exactly one person's
 * name (among several, see nearestOfFirstWord), or a nickname exactly one person's name held ("Ro" of 'Rosa "Ro" Quintell'), or, when `inner` (not for a word the lists
 * know as a place or organization: "Washington" of "George Washington Carver"), a word inside exactly one person's name (innerNameOf:
 * "Lula" of "Luiz Inacio Lula da Silva"). Null when no person fits.
 */
export function resolvePartialName(words: string[], at: number, clusters: PersonCluster[], paragraphStart: number, gender: Gender | null = null, inner = true): PersonCluster | null {
  const tail = packedMap(words, foldName);
  const byTail = clusters.filter((c) => bearsTail(c, tail) && !(gender && genderOf(c) === otherThan(gender)));
  // "Mrs. Clinton" beside Bill and Hillary Clinton: the one of the title's gender, when the lexicon knows it, before one it does not.
  const ofGender = gender ? byTail.filter((c) => genderOf(c) === gender) : [];
  const byGiven = tail.length === 1 ? clusters.filter((c) => c.keys.length > 1 && c.keys[0] === tail[0]) : [];
  // "Wu" after "Wu Zujian" and before a credit line's "Kane Wu": a word no one named before it ends a name with, that
  // one person named before it opens a name with, is that person's (a family name written first, or a given name).
  const openedBefore = byTail.length && byTail.every((c) => c.starts[0] > at) ? byGiven.filter((c) => c.starts[0] < at) : [];
  if (openedBefore.length === 1) return openedBefore[0];
  if (byTail.length) return referent(ofGender.length ? ofGender : byTail, at, paragraphStart);
  // "Yesilgoz" of "Dilan Yesilgoz-Zegerius": the first part of a double surname joined by a hyphen, written alone.
  const byFirstPart = clusters.filter((c) => opensDoubleSurname(c.keys, tail));
  if (byFirstPart.length) return referent(byFirstPart, at, paragraphStart);
  if (tail.length === 1) {
    const given = byGiven.length === 1 ? byGiven[0] : byGiven.length > 1 ? nearestOfFirstWord(byGiven, at, paragraphStart) : null;
    if (given) return given;
  }
  const folded = tail.join(' ');
  const byNickname = clusters.filter((c) => c.nicknames?.some((n) => foldName(n) === folded));
  if (byNickname.length) return byNickname.length === 1 ? byNickname[0] : null;
  return inner ? innerNameOf(tail, clusters) : null;
}

/**
 * True when the folded words `tail`, opened by a particle, stand in a row inside the folded name `keys` after its first word: a
 * surname with its particles inside a Spanish name of two surnames ("de la fuente" of "marisol de la fuente ibarra").
 */
export function particleNameInside(keys: string[], tail: string[]): boolean {
  if (tail.length < 2 || !NAME_PARTICLES.has(tail[0])) return false;
  return keys.some((_, i) => i > 0 && i + tail.length <= keys.length && tail.every((w, k) => sameNameWord(keys[i + k], w)));
}

/**
 * The one person whose name of three words or more has the one folded word `tail` inside it, neither first nor last nor a particle:
 * a name a Portuguese or Spanish name carries inside ("Lula" of "Luiz Inacio Lula da Silva", the father's surname "Sheinbaum" of
 * "Claudia Sheinbaum Pardo"; not a father's name after "bin"). Null when no person or several have the word anywhere in their names.
 */
function innerNameOf(tail: string[], clusters: PersonCluster[]): PersonCluster | null {
  if (tail.length > 1) {
    const holders = clusters.filter((c) => particleNameInside(c.keys, tail));
    return holders.length === 1 ? holders[0] : null;
  }
  if (NAME_PARTICLES.has(tail[0])) return null;
  const holders = clusters.filter((c) => c.keys.some((k) => sameNameWord(k, tail[0])));
  const [holder] = holders;
  // Not the father's name after "bin" ("Hamad" of "Tamim bin Hamad al-Thani": Sheikh Hamad is his father).
  const inside = (k: string, i: number): boolean => i > 0 && i < holder.keys.length - 1 && sameNameWord(k, tail[0]) && !PATRONYMIC_PARTICLES.has(holder.keys[i - 1]);
  return holders.length === 1 && holder.keys.some(inside) ? holder : null;
}
