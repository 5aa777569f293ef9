/**
 * Resolves a speaker phrase to an entity key. A name resolves through the mention that covers its
 * head word (or, failing that, a unique entity whose name or alias has that word). A pronoun goes
 * to the pronoun resolver. A description resolves through a mention it contains when it speaks for
 * someone ("a spokesman for the port authority"), or, when definite, back to the latest fitting
 * entity ("the company" -> the last organization; "the minister" -> the person with that role).
 * Indefinite descriptions ("a senior diplomat", "sources") resolve to nothing: no guessing.
 */
import type { AttributionMethod } from '../annotations';
import { mentionsBefore, type MentionIndex } from './mention.index';
import { resolvePronoun } from './pronoun.resolver';
import { DEFINITE, ROLE_NOUNS, SPOKES_NOUNS } from '../lexicon/speaker.lexicon';
import { ORGANIZATION_NOUNS } from '../lexicon/english.lexicon';
import type { SpeakerPhrase } from './speaker-phrase.parser';
import { SoleValues } from './sole-values.map';

/** The entity a phrase refers to, and how the phrase named it. */
export interface ResolvedSpeaker {
  key: string | null;
  method: Extract<AttributionMethod, 'EXPLICIT' | 'PRONOUN' | 'PHRASE'>;
}

const ROLE_WINDOW = 60;
/** The whole-word pattern of each role noun, made once (the nouns are the lexicon's, a few hundred). */
const ROLE_PATTERNS = new Map<string, RegExp>();
/** Longer than any mention: how far before a phrase a mention that overlaps it may start. */
const MAX_MENTION_LENGTH = 200;
const stripPossessive = (word: string): string => word.replace(/['’]s?$/, '');

/** Per mention index, each word of its people's and organizations' names and aliases with the one entity whose names hold it (null: several do); made on first use. */
const nameWordsOf = new WeakMap<MentionIndex, SoleValues<string>>();

/** The entity of a name that no mention covers: the one entity with that word in its name or aliases. */
function byName(word: string, index: MentionIndex): string | null {
  let words = nameWordsOf.get(index);
  if (!words) {
    words = new SoleValues<string>();
    for (const e of index.entities.values()) {
      if (e.type === 'LOCATION') continue;
      for (const name of [e.name, ...e.aliases]) for (const w of name.split(/\s+/)) words.add(w, e.key);
    }
    nameWordsOf.set(index, words);
  }
  return words.get(word) ?? null;
}

/** The latest organization before `at`, preferring one whose name or alias contains `noun` ("the alliance"). */
function latestOrganization(noun: string, at: number, index: MentionIndex): string | null {
  let latest: string | null = null;
  for (let i = mentionsBefore(index, at) - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.insideQuote || m.entity.type !== 'ORGANIZATION') continue;
    if ([m.entity.name, ...m.entity.aliases].some((name) => name.toLowerCase().includes(noun))) return m.entity.key;
    latest ??= m.entity.key;
  }
  return latest;
}

/** The latest person before `at` whose role, or the words just around one of their mentions, contain `noun`. */
function personWithRole(body: string, noun: string, at: number, index: MentionIndex): string | null {
  let word = ROLE_PATTERNS.get(noun);
  if (!word) ROLE_PATTERNS.set(noun, (word = new RegExp(`\\b${noun}\\b`, 'i')));
  for (let i = mentionsBefore(index, at) - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.insideQuote || m.entity.type !== 'PERSON') continue;
    const around = body.slice(Math.max(0, m.start - ROLE_WINDOW), Math.min(at, m.end + ROLE_WINDOW));
    if (word.test(m.entity.role ?? '') || word.test(around)) return m.entity.key;
  }
  return null;
}

/**
 * How a people's word that stands for the whole people ends: a plural ("the Russians") or a form that is its own plural
 * ("the French", "the Dutch", "the Chinese", "the Swiss"); "the Italian", "the Spaniard" name one person.
 */
const COLLECTIVE_DEMONYM = /(?:sh|ch|ese|s)$/;

/**
 * True for a mention that is its country's demonym for one person ("the Italian said", "said the Spaniard"): it names
 * someone the article cannot tell, no country; a collective form ("the French said", "the Russians said") stands for the country.
 */
function standsForOnePerson(body: string, m: MentionIndex['mentions'][number]): boolean {
  const word = stripPossessive(body.slice(m.start, m.end));
  return !!m.entity.demonyms?.includes(word) && !COLLECTIVE_DEMONYM.test(word);
}

/** Resolves `phrase` against the article's mentions. */
export function resolveSpeaker(body: string, phrase: SpeakerPhrase, index: MentionIndex): ResolvedSpeaker {
  if (phrase.kind === 'pronoun') {
    return { key: resolvePronoun(phrase.tokens[0].text, phrase.start, index), method: 'PRONOUN' };
  }
  const method = phrase.kind === 'name' ? 'EXPLICIT' : 'PHRASE';
  const overlapping: MentionIndex['mentions'] = [];
  // Mentions are in body order and short: those that overlap the phrase start a few before its end.
  for (let i = mentionsBefore(index, phrase.end) - 1; i >= 0 && index.mentions[i].end > phrase.start - MAX_MENTION_LENGTH; i--) {
    const m = index.mentions[i];
    if (m.end > phrase.start) overlapping.unshift(m);
  }
  const atHead = overlapping.find((m) => m.start < phrase.head.end && m.end > phrase.head.start);
  if (atHead) return { key: standsForOnePerson(body, atHead) ? null : atHead.entity.key, method };
  const headWord = stripPossessive(body.slice(phrase.head.start, phrase.head.end));
  if (phrase.kind === 'name') return { key: byName(headWord, index), method };
  const noun = headWord.toLowerCase();
  if (SPOKES_NOUNS.has(noun)) {
    const principal = overlapping.find((m) => m.entity.type !== 'LOCATION');
    if (principal) return { key: principal.entity.key, method };
  }
  if (!DEFINITE.has(phrase.tokens[0].text.toLowerCase())) return { key: null, method };
  if (ORGANIZATION_NOUNS.has(noun)) return { key: latestOrganization(noun, phrase.start, index), method };
  if (ROLE_NOUNS.has(noun)) return { key: personWithRole(body, noun, phrase.start, index), method };
  return { key: null, method };
}
