/**
 * Finds the cue and the speaker phrase of one quote from the words around it, in order of
 * reliability: right after the quote (“…,” Stoltenberg stressed / “…,” said Ingrid Solberg /
 * “…” by NATO / “…” ― Gaël Müller / “…,” according to X), then earlier in the same sentence
 * (Finance Minister Tomás Ibarra said: “…” / According to X, … “…” / X told reporters that “…”),
 * and for a quote opening a paragraph, a cue ending the paragraph before with a colon. A pronoun
 * after the quote gives way to a name that introduces it with a colon, and a short sentence that
 * leads into the next quote ("X added, “…”") is left to that quote.
 */
import type { Span } from '../annotations';
import { findCues, isGerund, isInvertible, type Cue } from '../lexicon/cue.lexicon';
import type { QuoteMarks } from './quote-marks.scanner';
import { sentenceEndOf, sentenceStartOf } from './sentence.boundaries';
import { phraseAfter, phraseBefore, widenTo, type SpeakerPhrase } from './speaker-phrase.parser';
import { isWord, tokenize, type Token } from '../lexicon/word.tokenizer';
import { CUE_MODIFIERS } from '../lexicon/speaker.lexicon';
import { countBefore } from './sorted-offsets.util';

/** How the speaker phrase stands to the quote. */
export type CuePattern = 'CUE_AFTER' | 'CUE_BEFORE' | 'ACCORDING_TO' | 'BY' | 'DASH';

/** A quote's cue (null for "by X" and dashes) and the speaker phrase next to it. */
export interface CueAttribution {
  cue: Span | null;
  speaker: SpeakerPhrase;
  pattern: CuePattern;
}

/** What the attributor needs to know about the quote's surroundings. */
export interface QuoteSurroundings {
  body: string;
  /** The quote's paragraph and the sentence starts within it. */
  paragraph: Span;
  sentenceStarts: number[];
  /** The closing offset of the previous quote in this paragraph, or null. */
  previousClose: number | null;
  /** The opening offset of the next quote in this paragraph, or null. */
  nextOpen: number | null;
  /** The last sentence of the previous paragraph, when this quote opens its paragraph; else null. */
  leadIn: Span | null;
}

const DASHES = new Set(['―', '—', '–', '-']);
/** How many tokens an opening phrase ("During a speech on Monday,") may have before the subject. */
const MAX_OPENING_PHRASE = 20;
/** How far after a quote its cue may stand: "“…,” Scott Pruitt, the attorney general of Oklahoma, …, said". */
const MAX_CUE_DISTANCE = 30;
/** In the sentence after a quote that ends one ("“Why?” Graham asked."), how many words may follow the cue. */
const MAX_WORDS_AFTER_CUE = 6;
const COORDINATORS = new Set(['and', 'but', 'then']);

const tokenStart = (t: Token): number => t.start;
/** The index of the first of `tokens` (in body order) that starts at or after `offset`, -1 when none does: a binary search. */
function tokenIndex(tokens: Token[], offset: number): number {
  const i = countBefore(tokens, offset, tokenStart);
  return i < tokens.length ? i : -1;
}

/** The subject of a sentence: its first phrase (past any leading mark), or the first after an opening phrase and comma ("All in all, the alliance is", "On July 6, 2015, Sanders said"). */
export function sentenceSubject(tokens: Token[]): SpeakerPhrase | null {
  const first = tokens.findIndex(isWord); // past a stray mark, dash or bracket
  if (first < 0) return null;
  let subject = phraseAfter(tokens, first);
  // After an opening phrase of up to MAX_OPENING_PHRASE tokens and commas: "On July 6, 2015, Sanders made"
  for (let i = first; !subject && i < Math.min(tokens.length, MAX_OPENING_PHRASE); i++) {
    if (tokens[i].text === ',') subject = phraseAfter(tokens, i + 1);
  }
  if (subject?.kind !== 'description') return subject;
  const after = tokenIndex(tokens, subject.end);
  const name = tokens[after]?.text === ',' ? phraseAfter(tokens, after + 1) : null; // "Another critic, Laurence H. Tribe, ..."
  return name?.kind === 'name' && tokens[tokenIndex(tokens, name.end)]?.text === ',' ? name : subject;
}

/** Speaker after the quote: “…,” X said / said X / by X / ― X / according to X, read from `from` to `to`. */
function afterQuote(body: string, from: number, to: number): CueAttribution | null {
  if (to <= from) return null;
  const tokens = tokenize(body, from, to);
  const lead = tokens.findIndex(isWord);
  if (lead < 0) return null;
  if (lead === 1 && DASHES.has(tokens[0].text)) {
    const speaker = phraseAfter(tokens, 1);
    return speaker && speaker.kind === 'name' ? { cue: null, speaker, pattern: 'DASH' } : null;
  }
  if (lead > 1 || (lead === 1 && tokens[0].text !== ',')) return null;
  if (tokens[lead].text === 'by') {
    const speaker = phraseAfter(tokens, lead + 1);
    return speaker ? { cue: null, speaker, pattern: 'BY' } : null;
  }
  const cues = findCues(body, from, to);
  for (const cue of cues.slice(0, 3)) {
    const at = tokenIndex(tokens, cue.start);
    if (at > lead + MAX_CUE_DISTANCE) break;
    if (at === lead) {
      if (!isInvertible(cue)) break;
      const speaker = phraseAfter(tokens, tokenIndex(tokens, cue.end));
      if (speaker) return { cue, speaker, pattern: cue.lemma === 'according to' ? 'ACCORDING_TO' : 'CUE_AFTER' };
      break;
    }
    const found = phraseBefore(tokens, at, lead);
    const speaker = found && widenTo(tokens, lead, found);
    if (speaker) return { cue, speaker, pattern: 'CUE_AFTER' };
  }
  const according = cues.find((c) => c.lemma === 'according to');
  const speaker = according && phraseAfter(tokens, tokenIndex(tokens, according.end));
  return according && speaker ? { cue: according, speaker, pattern: 'ACCORDING_TO' } : null;
}

/** The subject of the cue at `tokens[at]` (X said, she laughed and said, …, saying), or null when none reads as a speaker. */
export function subjectOfCue(tokens: Token[], at: number, cue: Cue, body: string): SpeakerPhrase | null {
  const before = tokens[at - 1];
  if (before?.text === ',' && isGerund(body, cue)) return sentenceSubject(tokens);
  let end = at;
  if (before && COORDINATORS.has(before.text)) end = at - 2; // "she laughed and said"
  const coordinated = before && (COORDINATORS.has(before.text) || (CUE_MODIFIERS.has(before.text) && COORDINATORS.has(tokens[at - 2]?.text ?? ''))); // "… and has called for"
  return phraseBefore(tokens, end) ?? (coordinated ? sentenceSubject(tokens) : null);
}

/** Speaker earlier in the sentence: X said: “…” / According to X, … “…”. */
function beforeQuote(body: string, from: number, to: number): CueAttribution | null {
  if (to <= from) return null;
  const tokens = tokenize(body, from, to);
  const cues = findCues(body, from, to);
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c];
    const at = tokenIndex(tokens, cue.start);
    if (cue.lemma === 'according to') {
      const speaker = phraseAfter(tokens, tokenIndex(tokens, cue.end));
      if (speaker) return { cue, speaker, pattern: 'ACCORDING_TO' };
      continue;
    }
    const next = tokens[tokenIndex(tokens, cue.end)];
    if (next?.text === 'by') continue; // "announced by Moscow": a participle, not a speaker's cue
    const speaker = subjectOfCue(tokens, at, cue, body);
    if (speaker) return { cue, speaker, pattern: 'CUE_BEFORE' };
  }
  return null;
}

/** A short sentence right after a quote that ends one, when it only says who spoke: “Why?” Graham asked. */
function shortSentenceAfter(body: string, from: number, to: number): CueAttribution | null {
  const found = afterQuote(body, from, to);
  if (!found?.cue || found.pattern === 'BY' || found.pattern === 'DASH') return null;
  const first = tokenize(body, from, to)[0]?.start;
  if (first !== found.speaker.start && first !== found.cue.start) return null;
  const rest = tokenize(body, Math.max(found.speaker.end, found.cue?.end ?? 0), to).filter(isWord);
  return rest.length <= MAX_WORDS_AFTER_CUE && !rest.some((t) => t.text === 'that') ? found : null;
}

/** True when only a comma or colon lies between the end of `found` and `to`: the attribution introduces what follows ("X added, “…”"). */
function introducesNext(body: string, found: CueAttribution, to: number): boolean {
  const end = Math.max(found.speaker.end, found.cue?.end ?? 0);
  return /^\s*[,:]\s*$/.test(body.slice(end, to));
}

/**
 * The cue and speaker of quote `q`, or null when no cue names a speaker. A pronoun after the quote
 * gives way to a name that introduces it with a colon (X scolded him: “…,” she said). A short
 * sentence after the quote that leads into the next quote with a comma or colon is that quote's.
 */
export function attributeByCue(q: QuoteMarks, around: QuoteSurroundings): CueAttribution | null {
  const { body, paragraph, sentenceStarts } = around;
  const limit = around.nextOpen ?? paragraph.end;
  const sentenceEnd = sentenceEndOf(sentenceStarts, q.close - 1, paragraph.end);
  const after = afterQuote(body, q.close, Math.min(sentenceEnd, limit));
  if (after && after.speaker.kind !== 'pronoun') return after;
  const sentenceStart = sentenceStartOf(sentenceStarts, q.open);
  const from = Math.max(sentenceStart, around.previousClose ?? sentenceStart);
  const leadIn = around.leadIn && /:\s*$/.test(body.slice(around.leadIn.start, around.leadIn.end)) ? around.leadIn : null;
  const before = /\S/.test(body.slice(from, q.open))
    ? beforeQuote(body, from, q.open)
    : leadIn && beforeQuote(body, leadIn.start, leadIn.end);
  if (after) return before?.speaker.kind === 'name' && /:\s*$/.test(body.slice(from, q.open)) ? before : after;
  if (before) return before;
  const endsSentence = q.closed && sentenceEnd < limit && !/\S/.test(body.slice(q.close, sentenceEnd));
  if (!endsSentence) return null;
  const to = Math.min(sentenceEndOf(sentenceStarts, sentenceEnd, paragraph.end), limit);
  const short = shortSentenceAfter(body, sentenceEnd, to);
  return short && !(to === around.nextOpen && introducesNext(body, short, to)) ? short : null;
}
