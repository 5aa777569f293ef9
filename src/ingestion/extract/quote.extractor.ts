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
 * the subject of the quote's sentence (SUBJECT); otherwise NONE. Scare quotes and titles
 * (a so-called “peace plan”) have isStatement false and no speaker.
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
import { scanQuoteMarks, type QuoteMarks } from './quote-marks.scanner';
import { sentenceStartOf, sentenceStarts } from './sentence.boundaries';
import { attributeByCue, sentenceSubject, type QuoteSurroundings } from './speaker.attributor';
import { resolveSpeaker } from './speaker.resolver';
import { isWord, tokenize } from './word.tokenizer';

/** Estimated chance that the speaker is right, by how it was found. */
const CONFIDENCE: Record<AttributionMethod, number> = {
  EXPLICIT: 0.95,
  ACCORDING_TO: 0.9,
  PHRASE: 0.8,
  PRONOUN: 0.8,
  CONTINUATION: 0.75,
  SUBJECT: 0.6,
  NONE: 0,
};
/** Lower confidence when the cue stands earlier in the sentence rather than next to the quote, or the phrase is "by X". */
const DISTANT_CUE = 0.9;
/** Lower confidence for a continuation with other words between the two quotes of one paragraph. */
const SAME_PARAGRAPH_ONLY = 0.8;

interface Draft {
  marks: QuoteMarks;
  cue: Span | null;
  speakerMention: Span | null;
  speakerKey: string | null;
  attribution: AttributionMethod;
  confidence: number;
  isStatement: boolean;
}

/** True when the quote reads as a term or title, not words spoken: one or two words inside a sentence, or Title Case. */
function looksLikeTerm(body: string, q: QuoteMarks): boolean {
  const text = body.slice(q.start, q.end);
  const words = tokenize(body, q.start, q.end).filter(isWord);
  const wholeSentence = /^\p{Lu}/u.test(text) && /[.!?,]$/.test(text);
  if (words.length <= 2) return !wholeSentence;
  const titleCase = words.length <= 8 && words.every((w) => w.text.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w.text));
  return titleCase && !/[.!?;:]/.test(text) && !/,./.test(text);
}

/** True when nothing but marks and spaces lies between `from` and `to`. */
const blank = (body: string, from: number, to: number): boolean => !/[\p{L}\p{N}]/u.test(body.slice(from, to));

/** The offset where `draft`'s attribution sentence ends, or its closing mark when the cue came before it. */
function attributionEnd(draft: Draft, starts: number[], paraEnd: number): number {
  const lastSpan = [draft.cue, draft.speakerMention].reduce((end, s) => (s && s.end > end ? s.end : end), draft.marks.close);
  if (lastSpan === draft.marks.close) return draft.marks.close;
  return starts.find((s) => s > lastSpan) ?? paraEnd;
}

/** Direct quotes of `article` with their speakers; see the file comment for the contract. */
export function extractQuotes(
  article: ParsedArticle,
  found: { entities: EntityCandidate[]; mentions: MentionCandidate[] },
): QuoteCandidate[] {
  const { body } = article;
  const paragraphs = article.paragraphs.length
    ? article.paragraphs
    : article.segments.filter((s) => s.kind === 'paragraph').map(({ start, end }) => ({ start, end }));
  const marks = scanQuoteMarks(body, paragraphs);
  const starts = paragraphs.map((p) => sentenceStarts(body, p, marks));
  const index: MentionIndex = indexMentions(body, found.entities, found.mentions, marks);

  const drafts: Draft[] = marks.map((q, i) => {
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
    const draft: Draft = { marks: q, cue: null, speakerMention: null, speakerKey: null, attribution: 'NONE', confidence: 0, isStatement: true };
    const found = attributeByCue(q, around);
    if (found) {
      const resolved = resolveSpeaker(body, found.speaker, index);
      const method = found.pattern === 'ACCORDING_TO' ? 'ACCORDING_TO' : resolved.method;
      const distant = found.pattern === 'BY' || (found.pattern === 'CUE_BEFORE' && !blank(body, found.cue?.end ?? q.open, q.open));
      Object.assign(draft, {
        cue: found.cue,
        speakerMention: { start: found.speaker.start, end: found.speaker.end },
        speakerKey: resolved.key,
        attribution: method,
        confidence: CONFIDENCE[method] * (distant ? DISTANT_CUE : 1),
      });
    } else if (looksLikeTerm(body, q)) {
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
    if (earlier?.speakerMention) adopt(drafts[i], earlier, CONFIDENCE.CONTINUATION * SAME_PARAGRAPH_ONLY);
  }

  for (const draft of drafts) {
    if (!unattributed(draft)) continue;
    const q = draft.marks;
    if (opensSentence(q)) continue;
    const sentenceStart = sentenceStartOf(starts[q.paragraph], q.open);
    const subject = sentenceSubject(tokenize(body, sentenceStart, q.open));
    if (!subject) continue;
    const resolved = resolveSpeaker(body, subject, index);
    if (subject.kind === 'description' && !resolved.key) continue;
    Object.assign(draft, {
      speakerMention: { start: subject.start, end: subject.end },
      speakerKey: resolved.key,
      attribution: 'SUBJECT',
      confidence: CONFIDENCE.SUBJECT,
    });
  }

  return drafts.map((d) => ({
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
