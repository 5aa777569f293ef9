/**
 * Direct-quote extraction and speaker attribution for one parsed article, as a pure function.
 *
 * Contract: `extractQuotes(article, found)` returns one QuoteCandidate per quoted stretch inside
 * the body paragraphs (`article.paragraphs`, or the 'paragraph' segments when that list is empty),
 * in body order. `start`/`end` cover the words inside the marks; a quote running over several
 * paragraphs yields one candidate per paragraph piece. `found` is the entity extractor's output for
 * the same article: speakers resolve to entities only through `found.mentions` (spans into the same
 * body) and `found.entities`; with no mentions every speakerKey is null but speaker mentions are
 * still found. Each speaker is taken, in order, from a cue next to the quote (EXPLICIT, PRONOUN,
 * PHRASE, ACCORDING_TO), from the neighbouring quote of the same passage (CONTINUATION), or from
 * the subject of the quote's sentence or of a sentence ending in a colon that leads into the
 * quote's paragraph (SUBJECT); otherwise NONE. Scare quotes, titles (a so-called
 * “peace plan”, on CNN’s “State of the Union”) and nicknames (Marcia “Cia” Price) have isStatement
 * false and no speaker.
 */
import type {
  AttributionMethod,
  EntityCandidate,
  MentionCandidate,
  ParsedArticle,
  QuoteCandidate,
  Span,
} from '../annotations';
import { indexMentions, type MentionIndex } from './mention.index';
import { packedMap } from './packed.map';
import { scanQuoteMarks, type QuoteMarks } from './quote-marks.scanner';
import { sentenceStartOf, sentenceStarts } from './sentence.boundaries';
import { attributeByCue, sentenceSubject, type QuoteSurroundings } from './speaker.attributor';
import { resolveSpeaker } from './speaker.resolver';
import { DETERMINERS } from '../lexicon/speaker.lexicon';
import { isCapitalized, isWord, tokenize, type Token } from '../lexicon/word.tokenizer';

/**
 * Estimated chance that the speaker is right, by how it was found, calibrated on the PolNeAR dev
 * file (84 articles; `npm run eval:quotes -- ../shared/corpus/polnear/dev.jsonl`): the share of
 * matched gold quotes whose predicted speaker mention overlaps the gold source, smoothed as
 * (right + 1) / (count + 2) and rounded to two places. Measured: EXPLICIT 218/223, PRONOUN 107/107,
 * CONTINUATION next to its source 107/112, PHRASE 25/27, SUBJECT 4/6. ACCORDING_TO had a single
 * quote on dev (right) and is pooled with EXPLICIT, the other cue-and-name pattern. A cue earlier
 * in the sentence rather than next to the quote was right 15 times out of 16, so it gets no
 * discount. The measure checks the words naming the speaker ("he"), not the entity they resolve to.
 */
const CONFIDENCE: Record<AttributionMethod, number> = {
  EXPLICIT: 0.97,
  ACCORDING_TO: 0.97,
  PRONOUN: 0.99,
  CONTINUATION: 0.95,
  PHRASE: 0.9,
  SUBJECT: 0.63,
  NONE: 0,
};
/** A continuation from an earlier quote of the paragraph with other words between them: 2/4 right on dev, smoothed 3/6. */
const SAME_PARAGRAPH_CONTINUATION = 0.5;

/** A quote being attributed: its marks, and everything a QuoteCandidate says but its span and paragraph. */
type Draft = Omit<QuoteCandidate, 'start' | 'end' | 'paragraph'> & { marks: QuoteMarks };

/** Small words that a title leaves in lower case ("Contract with America", "Face the Nation"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'into',
  'onto', 'upon', 'over', 'vs', 'via', 'per', 'than', 'off', 'out', 'up',
]);
/** Prepositions before a quote that make it the name of something ("on “Face the Nation”", "during a “Town Hall”"). */
const NOUN_POSITION_PREPOSITIONS = new Set(['on', 'in', 'of', 'at', 'from', 'for', 'during', 'with', 'about', 'into', 'by', 'to', 'onto']);
const MAX_TITLE_WORDS = 8;
/** Longer quotes are neither titles nor terms: their words are not even read. */
const MAX_TERM_CHARS = 160;
/** "so-called" right before a quote: a scare quote, whoever is named near it. */
const SO_CALLED = /\bso[-\s]called\s*$/i;
/** How far back inNounPosition reads for the word before a quote. */
const NOUN_POSITION_REACH = 40;

/** The words of a quote short enough to be a term or title, or null for a longer one. */
const termWords = (body: string, q: QuoteMarks): Token[] | null =>
  q.end - q.start > MAX_TERM_CHARS ? null : tokenize(body, q.start, q.end).filter(isWord);

const isTitleWord = (w: Token): boolean => /^[\p{Lu}\p{N}]/u.test(w.text) || TITLE_SMALL_WORDS.has(w.text);

/** True when `words` are written as a title: at most 8, the first capitalized, each capitalized, a number or a small word. */
function titleCased(words: Token[]): boolean {
  return words.length > 0 && words.length <= MAX_TITLE_WORDS && isCapitalized(words[0]) && words.every(isTitleWord);
}

/**
 * True when the quote is written as a title ("State of the Union", "Legend in the Coal Fields.")
 * and stands in running text, not in a headline where every word is capitalized anyway: Title
 * Case words, no sentence punctuation inside (a final dot or comma aside).
 */
function looksLikeTitle(body: string, q: QuoteMarks, words: Token[] | null, sentenceStart: number): boolean {
  if (!words) return false;
  const inner = body.slice(q.start, q.end).replace(/[.,]$/, '');
  if (!titleCased(words) || /[.!?;:]/.test(inner) || /,./.test(inner)) return false;
  const before = tokenize(body, sentenceStart, q.open).filter(isWord);
  return before.length < 2 || !before.every(isTitleWord);
}

/** True when the word before the quote makes it a noun: a determiner, a possessive, a preposition or a number ("on CNN’s “State of the Union”"). */
function inNounPosition(body: string, q: QuoteMarks, sentenceStart: number): boolean {
  const before = tokenize(body, Math.max(sentenceStart, q.open - NOUN_POSITION_REACH), q.open);
  const last = before[before.length - 1];
  if (last && (last.text === '’' || last.text === "'") && /s$/.test(before[before.length - 2]?.text ?? '')) return true; // the Sanders’ “…”
  if (!last || !isWord(last)) return false;
  const word = last.text.toLowerCase();
  return DETERMINERS.has(word) || NOUN_POSITION_PREPOSITIONS.has(word) || /['’]s$/.test(word) || /^\p{N}/u.test(word);
}

/**
 * True when the quote reads as a term or title, not words spoken: one or two words inside a
 * sentence, or a title (see looksLikeTitle).
 */
function looksLikeTerm(body: string, q: QuoteMarks, words: Token[] | null, sentenceStart: number): boolean {
  if (!words) return false;
  const text = body.slice(q.start, q.end);
  const wholeSentence = /^\p{Lu}/u.test(text) && /[.!?,]$/.test(text);
  if (words.length <= 2) return !wholeSentence;
  return looksLikeTitle(body, q, words, sentenceStart);
}

/** True when the quote is a scare quote or a title whatever cue stands near it: after "so-called", or a title in noun position. */
function termDespiteCue(body: string, q: QuoteMarks, words: Token[] | null, sentenceStart: number): boolean {
  if (SO_CALLED.test(body.slice(Math.max(sentenceStart, q.open - 12), q.open))) return true;
  return looksLikeTitle(body, q, words, sentenceStart) && inNounPosition(body, q, sentenceStart);
}

/** True for a nickname inside a name: one or two capitalized words quoted between two capitalized words (Marcia “Cia” Price). */
function isNickname(body: string, q: QuoteMarks): boolean {
  if (!q.closed || q.end - q.start > 40 || !/^\s\p{Lu}/u.test(body.slice(q.close, q.close + 2))) return false;
  if (!/(?:^|\s)\p{Lu}[\p{L}'’-]*\s$/u.test(body.slice(Math.max(0, q.open - 30), q.open))) return false;
  const words = tokenize(body, q.start, q.end);
  return words.length <= 2 && words.every((w) => isWord(w) && isCapitalized(w));
}

/** True when nothing but marks and spaces lies between `from` and `to`. */
const blank = (body: string, from: number, to: number): boolean => !/[\p{L}\p{N}]/u.test(body.slice(from, to));

/** The offset where `draft`'s attribution sentence ends, or its closing mark when the cue came before it. */
function attributionEnd(draft: Draft, starts: number[], paraEnd: number): number {
  const lastSpan = [draft.cue, draft.speakerMention].reduce((end, s) => (s && s.end > end ? s.end : end), draft.marks.close);
  if (lastSpan === draft.marks.close) return draft.marks.close;
  return starts.find((s) => s > lastSpan) ?? paraEnd;
}

/** The paragraphs statements are read in: `article.paragraphs`, or its 'paragraph' segments when that list is empty. */
export function bodyParagraphs(article: ParsedArticle): Span[] {
  return article.paragraphs.length
    ? article.paragraphs
    : article.segments.filter((s) => s.kind === 'paragraph').map(({ start, end }) => ({ start, end }));
}

/** What the quote marks of an article's paragraphs give every statement extractor: the paragraphs, the marks, the sentences, the mention index. */
export interface QuoteScan {
  paragraphs: Span[];
  /** The quoted stretches, nicknames (Marcia “Cia” Price) left out. */
  marks: QuoteMarks[];
  nicknames: QuoteMarks[];
  /** The sentence starts of each paragraph (sentenceStarts, marks as above). */
  starts: number[][];
  index: MentionIndex;
}

/** Scans `article`'s paragraphs for quote marks and indexes `found`'s mentions against them (once for direct and reported speech). */
export function scanArticleQuotes(article: ParsedArticle, found: { entities: EntityCandidate[]; mentions: MentionCandidate[] }): QuoteScan {
  const { body } = article;
  const paragraphs = bodyParagraphs(article);
  const scanned = scanQuoteMarks(body, paragraphs);
  // Nicknames are kept out of everything else: they neither bound an attribution nor hide a name.
  const nicknames = scanned.filter((q) => isNickname(body, q));
  const marks = nicknames.length ? scanned.filter((q) => !nicknames.includes(q)) : scanned;
  const starts = packedMap(paragraphs, (p) => sentenceStarts(body, p, marks));
  return { paragraphs, marks, nicknames, starts, index: indexMentions(body, found.entities, found.mentions, marks) };
}

/** Direct quotes of `article` with their speakers; see the file comment for the contract. `scan` is scanArticleQuotes' for the same article and `found`. */
export function extractQuotes(
  article: ParsedArticle,
  found: { entities: EntityCandidate[]; mentions: MentionCandidate[] },
  scan: QuoteScan = scanArticleQuotes(article, found),
): QuoteCandidate[] {
  const { body } = article;
  const { paragraphs, marks, nicknames, starts, index } = scan;

  /** For a quote that opens its paragraph: the last sentence of the paragraph before. */
  const leadIns: (Span | null)[] = [];
  const drafts: Draft[] = packedMap(marks, (q, i) => {
    const para = paragraphs[q.paragraph];
    const prev = marks[i - 1]?.paragraph === q.paragraph ? marks[i - 1] : null;
    const next = marks[i + 1]?.paragraph === q.paragraph ? marks[i + 1] : null;
    const opensParagraph = prev === null && blank(body, para.start, q.open) && q.paragraph > 0;
    const previousStarts = opensParagraph ? starts[q.paragraph - 1] : null;
    const around: QuoteSurroundings = {
      body,
      paragraph: para,
      sentenceStarts: starts[q.paragraph],
      previousClose: prev?.close ?? null,
      nextOpen: next?.open ?? null,
      leadIn: previousStarts
        ? { start: previousStarts[previousStarts.length - 1], end: paragraphs[q.paragraph - 1].end }
        : null,
    };
    leadIns.push(around.leadIn);
    const draft: Draft = { marks: q, cue: null, speakerMention: null, speakerKey: null, attribution: 'NONE', confidence: 0, isStatement: true };
    const sentenceStart = sentenceStartOf(starts[q.paragraph], q.open);
    const words = termWords(body, q);
    if (termDespiteCue(body, q, words, sentenceStart)) {
      draft.isStatement = false;
      return draft;
    }
    const found = attributeByCue(q, around);
    if (found) {
      const resolved = resolveSpeaker(body, found.speaker, index);
      const method = found.pattern === 'ACCORDING_TO' ? 'ACCORDING_TO' : resolved.method;
      Object.assign(draft, {
        cue: found.cue,
        speakerMention: { start: found.speaker.start, end: found.speaker.end },
        speakerKey: resolved.key,
        attribution: method,
        confidence: CONFIDENCE[method],
      });
    } else if (looksLikeTerm(body, q, words, sentenceStart)) {
      draft.isStatement = false;
    }
    return draft;
  });

  const adopt = (draft: Draft, from: Draft, confidence = CONFIDENCE.CONTINUATION) => {
    Object.assign(draft, { speakerMention: from.speakerMention, speakerKey: from.speakerKey, attribution: 'CONTINUATION', confidence });
  };
  const unattributed = (d: Draft) => d.isStatement && d.attribution === 'NONE';
  const opensSentence = (q: QuoteMarks) => blank(body, sentenceStartOf(starts[q.paragraph], q.open), q.open);
  /** True when `later` follows `earlier` with nothing between them but `earlier`'s own attribution. */
  const adjacent = (earlier: Draft, later: Draft): boolean => {
    const a = earlier.marks;
    const b = later.marks;
    if (a.paragraph === b.paragraph) {
      const from = Math.min(b.open, attributionEnd(earlier, starts[a.paragraph], paragraphs[a.paragraph].end));
      return blank(body, from, b.open);
    }
    if (b.paragraph !== a.paragraph + 1 || !blank(body, paragraphs[b.paragraph].start, b.open)) return false;
    return blank(body, attributionEnd(earlier, starts[a.paragraph], paragraphs[a.paragraph].end), paragraphs[a.paragraph].end);
  };
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1];
    if (unattributed(drafts[i]) && prev.speakerMention && adjacent(prev, drafts[i])) adopt(drafts[i], prev);
  }
  for (let i = drafts.length - 2; i >= 0; i--) {
    const next = drafts[i + 1];
    if (unattributed(drafts[i]) && opensSentence(drafts[i].marks) && next.speakerMention && adjacent(drafts[i], next)) adopt(drafts[i], next);
  }

  // A quote that opens a sentence, later in the paragraph of a quote with a speaker: the same voice, less surely.
  for (let i = 1; i < drafts.length; i++) {
    const q = drafts[i].marks;
    if (!unattributed(drafts[i]) || !opensSentence(q)) continue;
    const earlier = drafts.slice(0, i).reverse().find((d) => d.marks.paragraph === q.paragraph && d.isStatement);
    if (earlier?.speakerMention) adopt(drafts[i], earlier, SAME_PARAGRAPH_CONTINUATION);
  }

  drafts.forEach((draft, i) => {
    if (!unattributed(draft)) return;
    const q = draft.marks;
    // The subject of the quote's sentence, or of a sentence ending in a colon that leads into a paragraph-opening quote.
    const leadIn = leadIns[i];
    const lead = !opensSentence(q)
      ? { start: sentenceStartOf(starts[q.paragraph], q.open), end: q.open }
      : leadIn && /:\s*$/.test(body.slice(leadIn.start, leadIn.end)) ? leadIn : null;
    if (!lead) return;
    const subject = sentenceSubject(tokenize(body, lead.start, lead.end));
    if (!subject) return;
    const resolved = resolveSpeaker(body, subject, index);
    if (subject.kind === 'description' && !resolved.key) return;
    Object.assign(draft, {
      speakerMention: { start: subject.start, end: subject.end },
      speakerKey: resolved.key,
      attribution: 'SUBJECT',
      confidence: CONFIDENCE.SUBJECT,
    });
  });

  const toTerm = (q: QuoteMarks): Draft => ({ marks: q, cue: null, speakerMention: null, speakerKey: null, attribution: 'NONE', confidence: 0, isStatement: false });
  const all = nicknames.length ? [...drafts, ...packedMap(nicknames, toTerm)].sort((a, b) => a.marks.start - b.marks.start) : drafts;
  return packedMap(all, (d) => ({
    start: d.marks.start,
    end: d.marks.end,
    paragraph: d.marks.paragraph,
    cue: d.cue,
    speakerMention: d.speakerMention,
    speakerKey: d.speakerKey,
    attribution: d.attribution,
    confidence: d.confidence,
    isStatement: d.isStatement,
  }));
}
