/**
 * Scoring of predicted direct quotes against PolNeAR-style gold attributions, as pure functions on
 * strings and spans (the rules of /work/shared/corpus/README.md, "How it is scored"):
 *
 * - a gold piece is each `content` span of a `direct` attribution, trimmed of quotation marks,
 *   spaces and edge punctuation; a predicted quote is trimmed the same way;
 * - a piece and a prediction match when their overlap is at least 0.8 of the longer of the two;
 * - recall = matched gold pieces / gold pieces; precision = predictions that match a gold piece or
 *   lie (80 %+ of their length) inside any attribution's content, over all predictions, leaving
 *   out a prediction of two words or fewer that is neither (scare quotes, titles); an
 *   attribution's content is all of its spans together (a quote that an annotator cut into
 *   sentences lies inside their union);
 * - speaker accuracy = among matched pieces whose attribution has a source, the share whose
 *   predicted speaker mention overlaps a source span.
 *
 * Exact-span scores apply the same rules with the 0.8 overlap replaced by equality of the trimmed
 * spans: a prediction that overlaps a gold piece without equalling one is wrong there.
 */
import type { AttributionMethod, Span } from '../ingestion/annotations';

/** The share of the longer span two spans must share to match. */
export const MATCH_OVERLAP = 0.8;
/** Unmatched predictions of at most this many words are left out of precision. */
export const SHORT_QUOTE_WORDS = 2;

/** One PolNeAR attribution, with the spans it needs for scoring. */
export interface GoldAttribution {
  id: string;
  type: 'direct' | 'mixed' | 'indirect';
  content: Span[];
  source: Span[];
  sourceIsPronoun: boolean;
}

/** The gold attributions of one article and the body their spans point into. */
export interface GoldArticle {
  id: string;
  body: string;
  attributions: GoldAttribution[];
}

/** What the scorer needs of one predicted statement quote. */
export interface PredictedQuote extends Span {
  speakerMention: Span | null;
  attribution: AttributionMethod;
  confidence: number;
}

/** Which kind of speaker a gold source is, for the split of speaker accuracy. */
export type SourceClass = 'named' | 'pronoun' | 'other';

/** How a prediction fared: it matches a piece, lies inside some content, is wrong, or is a short unmatched one left out. */
export type PredictionVerdict = 'match' | 'inside' | 'wrong' | 'excluded';

/** One gold piece and what matched it. */
export interface ScoredPiece {
  attribution: GoldAttribution;
  /** The trimmed content span. */
  span: Span;
  /** Index of the best-overlapping matching prediction, or -1. */
  matchedBy: number;
  /** True when a prediction's trimmed span equals this piece's. */
  exactMatch: boolean;
  /** For a matched piece whose attribution has a source: whether the predicted speaker mention overlaps it; else null. */
  speakerRight: boolean | null;
}

/** One prediction and its verdicts. */
export interface ScoredPrediction {
  quote: PredictedQuote;
  /** The trimmed span; null when nothing is left after trimming. */
  span: Span | null;
  verdict: PredictionVerdict;
  exactVerdict: PredictionVerdict;
}

/** The scoring of one article. */
export interface ArticleScore {
  gold: GoldArticle;
  pieces: ScoredPiece[];
  predictions: ScoredPrediction[];
}

/** Precision, recall and F1 with their counts. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  /** Predictions counted right / counted at all; gold pieces matched / all. */
  predictedRight: number;
  predictedCounted: number;
  goldMatched: number;
  goldPieces: number;
}

/** A share with its counts. */
export interface Accuracy {
  accuracy: number;
  right: number;
  count: number;
}

/** Calibration of one attribution method over the matched pieces with a source. */
export interface CalibrationRow {
  count: number;
  meanConfidence: number;
  shareRight: number;
}

/** Every figure of an evaluation but the speed. */
export interface QuoteMetrics {
  articles: number;
  predictions: number;
  excludedShortPredictions: number;
  quote: PrecisionRecall;
  exact: PrecisionRecall;
  speaker: Accuracy & { byClass: Record<SourceClass, Accuracy> };
  calibration: Partial<Record<AttributionMethod, CalibrationRow>>;
}

const EDGE = /[\s\p{P}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * `span` of `body` with quotation marks, white space and punctuation trimmed from both edges
 * (everything Unicode calls white space or punctuation); null when nothing is left.
 */
export function trimSpan(body: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && EDGE.test(body[start])) start++;
  while (end > start && EDGE.test(body[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The number of characters that `a` and `b` share (0 when they are disjoint). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `a` and `b` overlap by at least 0.8 of the longer of the two. */
export function spansMatch(a: Span, b: Span): boolean {
  return overlapLength(a, b) >= MATCH_OVERLAP * Math.max(a.end - a.start, b.end - b.start);
}

/** True when at least 0.8 of `inner` lies inside the spans `outer` together (spans that do not overlap one another). */
export function liesInside(inner: Span, outer: Span[]): boolean {
  const shared = outer.reduce((sum, o) => sum + overlapLength(inner, o), 0);
  return shared >= MATCH_OVERLAP * (inner.end - inner.start);
}

/** The number of words (runs of letters or digits, inner apostrophes kept) in `text`. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

const SPEAKING_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'me']);
const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;

/**
 * The class of a gold source as written: 'pronoun' when flagged so or a lone pronoun; 'named'
 * when its first word after a leading "the/a/an" is capitalized ("Caddell", "The New York Times",
 * "Sen. Ted Cruz"); 'other' for descriptions ("the source", "a spokesman for the campaign").
 */
export function classifySource(text: string, isPronoun: boolean): SourceClass {
  const trimmed = text.trim();
  if (isPronoun || SPEAKING_PRONOUNS.has(trimmed.toLowerCase())) return 'pronoun';
  return /^\p{Lu}/u.test(trimmed.replace(LEADING_DETERMINER, '')) ? 'named' : 'other';
}

/** The gold pieces of an article: the trimmed content spans of its direct attributions, with their attribution. */
export function goldPieces(gold: GoldArticle): { attribution: GoldAttribution; span: Span }[] {
  return gold.attributions
    .filter((a) => a.type === 'direct')
    .flatMap((attribution) =>
      attribution.content.flatMap((c) => {
        const span = trimSpan(gold.body, c);
        return span ? [{ attribution, span }] : [];
      }),
    );
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/**
 * Scores one article's predicted statement quotes against its gold attributions: each gold piece
 * gets its best-overlapping matching prediction (and whether that one's speaker mention overlaps
 * the source), each prediction its verdict under the overlap rule and under the exact rule.
 */
export function scoreArticle(gold: GoldArticle, predicted: PredictedQuote[]): ArticleScore {
  const body = gold.body;
  const pieces = goldPieces(gold);
  const contents = gold.attributions.map((a) => a.content);
  const trimmed = predicted.map((q) => trimSpan(body, q));

  const scoredPieces: ScoredPiece[] = pieces.map(({ attribution, span }) => {
    let matchedBy = -1;
    let best = 0;
    trimmed.forEach((p, i) => {
      if (!p || !spansMatch(p, span)) return;
      const shared = overlapLength(p, span);
      if (shared > best) [best, matchedBy] = [shared, i];
    });
    const exactMatch = trimmed.some((p) => p !== null && sameSpan(p, span));
    const mention = matchedBy >= 0 ? predicted[matchedBy].speakerMention : null;
    const speakerRight =
      matchedBy < 0 || attribution.source.length === 0
        ? null
        : mention !== null && attribution.source.some((s) => overlapLength(s, mention) > 0);
    return { attribution, span, matchedBy, exactMatch, speakerRight };
  });

  const predictions: ScoredPrediction[] = predicted.map((quote, i) => {
    const span = trimmed[i];
    const short = !span || wordCount(body.slice(span.start, span.end)) <= SHORT_QUOTE_WORDS;
    if (!span) return { quote, span, verdict: 'excluded', exactVerdict: 'excluded' };
    const matches = pieces.some((p) => spansMatch(span, p.span));
    const overlapsPiece = pieces.some((p) => overlapLength(span, p.span) > 0);
    const inside = contents.some((c) => liesInside(span, c));
    const unmatched: PredictionVerdict = short ? 'excluded' : 'wrong';
    const verdict: PredictionVerdict = matches ? 'match' : inside ? 'inside' : unmatched;
    const exact = pieces.some((p) => sameSpan(span, p.span));
    const exactVerdict: PredictionVerdict = exact ? 'match' : inside && !overlapsPiece ? 'inside' : unmatched;
    return { quote, span, verdict, exactVerdict };
  });

  return { gold, pieces: scoredPieces, predictions };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function precisionRecall(right: number, counted: number, matched: number, pieces: number): PrecisionRecall {
  const precision = ratio(right, counted);
  const recall = ratio(matched, pieces);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    predictedRight: right,
    predictedCounted: counted,
    goldMatched: matched,
    goldPieces: pieces,
  };
}

const accuracy = (right: number, count: number): Accuracy => ({ accuracy: ratio(right, count), right, count });

/** Adds up article scores into the figures of an evaluation (see the file comment for each rule). */
export function summarize(scores: ArticleScore[]): QuoteMetrics {
  const pieces = scores.flatMap((s) => s.pieces);
  const predictions = scores.flatMap((s) => s.predictions);
  const counted = (v: PredictionVerdict) => v !== 'excluded';
  const right = (v: PredictionVerdict) => v === 'match' || v === 'inside';

  const quote = precisionRecall(
    predictions.filter((p) => right(p.verdict)).length,
    predictions.filter((p) => counted(p.verdict)).length,
    pieces.filter((p) => p.matchedBy >= 0).length,
    pieces.length,
  );
  const exact = precisionRecall(
    predictions.filter((p) => right(p.exactVerdict)).length,
    predictions.filter((p) => counted(p.exactVerdict)).length,
    pieces.filter((p) => p.exactMatch).length,
    pieces.length,
  );

  const judged = scores.flatMap((s) =>
    s.pieces
      .filter((p) => p.speakerRight !== null)
      .map((p) => ({ piece: p, quote: s.predictions[p.matchedBy].quote, body: s.gold.body })),
  );
  const classOf = (p: ScoredPiece, body: string): SourceClass =>
    classifySource(p.attribution.source.map((s) => body.slice(s.start, s.end)).join(' '), p.attribution.sourceIsPronoun);
  const byClass = Object.fromEntries(
    (['named', 'pronoun', 'other'] as const).map((c) => {
      const inClass = judged.filter((j) => classOf(j.piece, j.body) === c);
      return [c, accuracy(inClass.filter((j) => j.piece.speakerRight).length, inClass.length)];
    }),
  ) as Record<SourceClass, Accuracy>;

  const calibration: Partial<Record<AttributionMethod, CalibrationRow>> = {};
  for (const j of judged) {
    const row = (calibration[j.quote.attribution] ??= { count: 0, meanConfidence: 0, shareRight: 0 });
    row.count++;
    row.meanConfidence += j.quote.confidence;
    row.shareRight += j.piece.speakerRight ? 1 : 0;
  }
  for (const row of Object.values(calibration)) {
    row.meanConfidence = ratio(row.meanConfidence, row.count);
    row.shareRight = ratio(row.shareRight, row.count);
  }

  return {
    articles: scores.length,
    predictions: predictions.length,
    excludedShortPredictions: predictions.filter((p) => p.verdict === 'excluded').length,
    quote,
    exact,
    speaker: { ...accuracy(judged.filter((j) => j.piece.speakerRight).length, judged.length), byClass },
    calibration,
  };
}

/** One error worth reading: a gold piece no prediction matched, a wrong prediction, or a matched piece with the wrong speaker. */
export interface Miss {
  kind: 'missed' | 'spurious' | 'speaker';
  article: string;
  span: Span;
  /** Words of the piece or prediction: the ranking key. */
  words: number;
  text: string;
  /** The text around the span, the span set off by ⟦ ⟧. */
  context: string;
  /** The gold source as written (missed, speaker), or null. */
  goldSource: string | null;
  /** The predicted speaker mention (spurious, speaker), or null. */
  predictedSpeaker: string | null;
  attribution: AttributionMethod | null;
}

/** `span` of `body` with `width` characters either side, on one line, the span set off by ⟦ ⟧. */
export function contextOf(body: string, span: Span, width = 80): string {
  const from = Math.max(0, span.start - width);
  const to = Math.min(body.length, span.end + width);
  const text = `${from > 0 ? '…' : ''}${body.slice(from, span.start)}⟦${body.slice(span.start, span.end)}⟧${body.slice(span.end, to)}${to < body.length ? '…' : ''}`;
  return text.replace(/\s+/g, ' ');
}

/**
 * The `limit` worst errors over all articles, longest first: gold pieces that nothing matched,
 * predictions counted wrong, and matched pieces whose predicted speaker misses the source.
 */
export function worstMisses(scores: ArticleScore[], limit = 20): Miss[] {
  const misses: Miss[] = [];
  for (const s of scores) {
    const { body, id } = s.gold;
    const text = (span: Span | null) => (span ? body.slice(span.start, span.end) : null);
    const source = (p: ScoredPiece) => p.attribution.source.map((x) => body.slice(x.start, x.end)).join(' … ') || null;
    const miss = (kind: Miss['kind'], span: Span, goldSource: string | null, q: PredictedQuote | null): Miss => ({
      kind,
      article: id,
      span,
      words: wordCount(body.slice(span.start, span.end)),
      text: body.slice(span.start, span.end),
      context: contextOf(body, span),
      goldSource,
      predictedSpeaker: q ? text(q.speakerMention) : null,
      attribution: q?.attribution ?? null,
    });
    for (const p of s.pieces) {
      if (p.matchedBy < 0) misses.push(miss('missed', p.span, source(p), null));
      else if (p.speakerRight === false) misses.push(miss('speaker', p.span, source(p), s.predictions[p.matchedBy].quote));
    }
    for (const p of s.predictions) if (p.verdict === 'wrong' && p.span) misses.push(miss('spurious', p.span, null, p.quote));
  }
  return misses.sort((a, b) => b.words - a.words || a.article.localeCompare(b.article) || a.span.start - b.span.start).slice(0, limit);
}
