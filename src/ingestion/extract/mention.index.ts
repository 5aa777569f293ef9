/**
 * The entity mentions of one article arranged for speaker resolution: ordered by offset, with each
 * one's entity, whether it lies inside a quote (people named in a quote are not its speaker's
 * antecedents), whether it stands where a subject stands, and each person's grammatical gender
 * when an honorific gives it away (Mr. / Ms.) or, failing that, when the pronouns right after the
 * person's subject mentions clearly agree (Solberg said she … / Ibarra and his …).
 */
import type { EntityCandidate, MentionCandidate, Span } from '../annotations';
import { findCues } from '../lexicon/cue.lexicon';
import { DETERMINERS, ROLE_NOUNS } from '../lexicon/speaker.lexicon';
import { genderOfCourtesyTitle, mayHoldGenderedCourtesy } from '../lexicon/title.lexicon';
import { countBefore } from './sorted-offsets.util';

export type Gender = 'male' | 'female';

/** A mention with what resolution needs to know about it. */
export interface IndexedMention extends MentionCandidate {
  entity: EntityCandidate;
  insideQuote: boolean;
  /** Not the object of a verb or preposition: a sentence subject or a speaker after a cue. */
  subjectLike: boolean;
}

/** The mentions of one article, ready for lookups. */
export interface MentionIndex {
  /** Mentions in body order whose entity is known. */
  mentions: IndexedMention[];
  entities: Map<string, EntityCandidate>;
  /** Gender by entity key, when an honorific tells it. */
  gender: Map<string, Gender>;
}

/** The word right before a mention ("Ms. Solberg") and the first word of one ("Mr Ibarra"), where a courtesy title may stand. */
const WORD_BEFORE = /\b(\p{L}+)\.?\s+$/u;
const FIRST_WORD = /^(\p{L}+)\b/u;
/** A third-person singular pronoun at most two words after a mention: "Solberg said she", "Ibarra and his". */
const NEXT_PRONOUN = /^[\s,]*(?:[\p{L}’']+\s+){0,2}?(he|his|him|himself|she|her|hers|herself)\b/iu;
const PRONOUN_WINDOW = 40;
/** How many more votes one gender needs than the other to count. */
const VOTE_MARGIN = 1;

/** Gender by entity key from the pronouns that follow its subject mentions, where the votes clearly agree. */
function genderByPronouns(body: string, mentions: IndexedMention[]): Map<string, Gender> {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (m.entity.type !== 'PERSON' || !m.subjectLike || m.insideQuote) continue;
    const pronoun = NEXT_PRONOUN.exec(body.slice(m.end, m.end + PRONOUN_WINDOW))?.[1].toLowerCase();
    if (pronoun) votes.set(m.entity.key, (votes.get(m.entity.key) ?? 0) + (pronoun.startsWith('h') && !pronoun.startsWith('her') ? 1 : -1));
  }
  const gender = new Map<string, Gender>();
  for (const [key, vote] of votes) if (Math.abs(vote) >= VOTE_MARGIN) gender.set(key, vote > 0 ? 'male' : 'female');
  return gender;
}

const SUBJECT_AFTER = new Set([',', ';', ':', '.', '!', '?', '“', '"', '(', '—', '–']);
const WORD_CHAR = /[\p{L}’'.-]/u;
const SPACE = /\s/;

/** The word that ends just before `start` (white space skipped, at most 40 characters back), or null after punctuation that opens a subject. */
function wordBefore(body: string, start: number): string | null {
  const floor = Math.max(0, start - 40);
  let k = start - 1;
  while (k >= floor && SPACE.test(body[k])) k--;
  if (k < floor || SUBJECT_AFTER.has(body[k])) return null;
  let j = k;
  while (j >= floor && WORD_CHAR.test(body[j])) j--;
  return j === k ? null : body.slice(j + 1, k + 1);
}

/** True when the words around a mention let it be a subject: after nothing, punctuation, a conjunction or a title, or right after a cue and before punctuation ("said Solberg."). */
function standsAsSubject(body: string, start: number, end: number): boolean {
  const word = wordBefore(body, start);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(word) || ['and', 'but', 'while', 'as', 'when', 'that'].includes(lower)) return true;
  if (DETERMINERS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  if (!/^\s*([,.;:(]|$)/.test(body.slice(end, end + 3))) return false;
  const cues = findCues(body, Math.max(0, start - 25), start);
  return cues.length > 0 && !/\S/.test(body.slice(cues[cues.length - 1].end, start));
}

/** Indexes `mentions` of `entities` against the quote spans `quotes` (sorted by start). */
export function indexMentions(body: string, entities: EntityCandidate[], mentions: MentionCandidate[], quotes: Span[]): MentionIndex {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const honorifics = new Map<string, Gender>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const indexed: IndexedMention[] = [];
  let qi = 0;
  for (const m of sorted) {
    const entity = byKey.get(m.entityKey);
    if (!entity) continue;
    while (qi < quotes.length && quotes[qi].end <= m.start) qi++;
    const insideQuote = qi < quotes.length && quotes[qi].start <= m.start;
    // The words are read only where a courtesy title's capital stands (few mentions have one before or opening them).
    const honorific =
      entity.type === 'PERSON' &&
      ((mayHoldGenderedCourtesy(body, m.start - 6, m.start) ? genderOfCourtesyTitle(WORD_BEFORE.exec(body.slice(Math.max(0, m.start - 6), m.start))?.[1] ?? '') : null) ??
        (mayHoldGenderedCourtesy(body, m.start, m.start + 1) ? genderOfCourtesyTitle(FIRST_WORD.exec(body.slice(m.start, m.end))?.[1] ?? '') : null));
    if (honorific) honorifics.set(entity.key, honorific);
    // Written out, not spread: the mentions come in with more fields (form, confidence), and a spread of them was 2% of annotation.
    indexed.push({ start: m.start, end: m.end, entityKey: m.entityKey, paragraph: m.paragraph, entity, insideQuote, subjectLike: standsAsSubject(body, m.start, m.end) });
  }
  const gender = genderByPronouns(body, indexed);
  for (const [key, value] of honorifics) gender.set(key, value);
  return { mentions: indexed, entities: byKey, gender };
}

/**
 * The number of mentions of `index` that start before `at` (mentions are in body order): a loop
 * back from the latest mention before `at` starts at this minus one.
 */
export function mentionsBefore(index: MentionIndex, at: number): number {
  return countBefore(index.mentions, at, (m) => m.start);
}
