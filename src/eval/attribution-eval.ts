/**
 * Scoring of predicted statements of every kind (direct, mixed, indirect) against PolNeAR gold
 * attributions, as pure functions on spans: the rules of ../shared/corpus/README.md, "Scoring all
 * attributions":
 *
 * - tokens are the body's whitespace-separated words with quotation marks and edge punctuation
 *   stripped (tokens without a letter or digit dropped); a span holds a token when it covers more
 *   than half of its characters. A gold content is the union of its spans; the words in the gaps of
 *   a discontinuous content (", he said,") are not held against a prediction;
 * - per article, one-to-one and greedy, most shared tokens first: a gold attribution is found by a
 *   prediction that holds >= 0.5 of the gold's tokens while >= 0.5 of the prediction's tokens lie
 *   inside the gold content;
 * - recall = found / gold; precision = matched predictions / predictions, leaving out an unmatched
 *   DIRECT prediction that lies (0.8 of its tokens, the direct-quote rule's share) inside a found
 *   attribution, or that has two tokens or fewer (scare quotes, titles);
 * - token F1: micro precision and recall over content tokens (per article, the tokens any counted
 *   prediction holds against the tokens any gold content holds, gap words left out);
 * - speaker accuracy: among found attributions with a source, the predicted speaker mention
 *   overlaps a source span; kind accuracy: among found ones, the predicted kind is the gold type;
 * - the gold type is the file's, except that a content using '' or `` as quotation marks is
 *   direct (nothing outside those marks) or mixed, never indirect (goldType).
 */
import type { AttributionMethod, QuoteCandidate, Span } from '../ingestion/annotations';
import { overlapLength, type Accuracy, type GoldArticle, type GoldAttribution } from './quote-eval';
import { calibrationBands, type ConfidenceBand } from './confidence-bands';

/** A statement's kind as the extractor gives it. */
export type StatementKind = NonNullable<QuoteCandidate['kind']>;
/** A gold attribution's type. */
export type GoldType = GoldAttribution['type'];

export const STATEMENT_KINDS: readonly StatementKind[] = ['DIRECT', 'MIXED', 'INDIRECT'];
export const GOLD_TYPES: readonly GoldType[] = ['direct', 'mixed', 'indirect'];

/** The share of a gold's tokens a prediction must hold, and of the prediction's tokens that must lie inside the gold. */
export const FOUND_SHARE = 0.5;
/** The share of an unmatched DIRECT prediction's tokens that must lie inside a found attribution to be left out. */
export const INSIDE_FOUND_SHARE = 0.8;
/** Unmatched DIRECT predictions of at most this many tokens are left out of precision. */
export const SHORT_DIRECT_TOKENS = 2;

/** What the scorer needs of one predicted statement. */
export interface PredictedStatement extends Span {
  kind: StatementKind;
  speakerMention: Span | null;
  attribution: AttributionMethod;
  confidence: number;
}

/** How a prediction fared: it found a gold attribution, is left out (rule 3), or counts against. */
export type StatementVerdict = 'match' | 'excluded' | 'wrong';

/** One gold attribution and what found it. */
export interface ScoredAttribution {
  attribution: GoldAttribution;
  type: GoldType;
  /** Index of the prediction that found it, or -1. */
  foundBy: number;
  /** For a found attribution with a source: whether the predicted speaker mention overlaps it; else null. */
  speakerRight: boolean | null;
  /** For a found attribution: whether the predicted kind is its type; else null. */
  kindRight: boolean | null;
}

/** One prediction and its verdict. */
export interface ScoredStatement {
  statement: PredictedStatement;
  verdict: StatementVerdict;
}

/** The scoring of one article. */
export interface AttributionArticleScore {
  gold: GoldArticle;
  attributions: ScoredAttribution[];
  statements: ScoredStatement[];
  /** Content tokens: any gold holds, any counted prediction holds, both. */
  goldTokens: number;
  predictedTokens: number;
  sharedTokens: number;
}

/** A token: its span in the body, edge marks and punctuation stripped. */
type Token = Span;

const EDGE = /[\p{P}\p{S}\s]/u;
const ALNUM = /[\p{L}\p{N}]/u;
/** The marks of New York Times typography: a stretch from `` or '' to the next ''. */
const TYPEWRITER_QUOTED = /(?:``|'')[\s\S]*?''/g;

/** The tokens of `body`, in order (rule 1). */
export function contentTokens(body: string): Token[] {
  const tokens: Token[] = [];
  for (const word of body.matchAll(/\S+/g)) {
    let start = word.index;
    let end = start + word[0].length;
    while (start < end && EDGE.test(body[start])) start++;
    while (end > start && EDGE.test(body[end - 1])) end--;
    if (end > start && ALNUM.test(body.slice(start, end))) tokens.push({ start, end });
  }
  return tokens;
}

/** The indices of the tokens that `spans` together cover by more than half of their characters. */
export function heldTokens(tokens: Token[], spans: Span[]): Set<number> {
  const held = new Set<number>();
  for (const span of spans) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i].start < span.end; i++) {
      const t = tokens[i];
      const covered = spans.reduce((sum, s) => sum + overlapLength(s, t), 0);
      if (covered * 2 > t.end - t.start) held.add(i);
    }
  }
  return held;
}

/**
 * The type an attribution is scored as: its `type`, except that a content using '' or `` as
 * quotation marks is 'direct' when nothing with a letter or digit lies outside those marks, else
 * 'mixed' (rule 6).
 */
export function goldType(body: string, attribution: GoldAttribution): GoldType {
  const text = attribution.content.map((c) => body.slice(c.start, c.end)).join(' ');
  if (attribution.type !== 'indirect' || !/``|''/.test(text)) return attribution.type;
  return ALNUM.test(text.replace(TYPEWRITER_QUOTED, ' ')) ? 'mixed' : 'direct';
}

const count = (set: Set<number>, keep: (i: number) => boolean): number => {
  let n = 0;
  for (const i of set) if (keep(i)) n++;
  return n;
};

/** Scores one article's predicted statements against its gold attributions (see the file comment). */
export function scoreAttributions(gold: GoldArticle, predicted: PredictedStatement[]): AttributionArticleScore {
  const tokens = contentTokens(gold.body);
  const golds = gold.attributions.map((a) => {
    const held = heldTokens(tokens, a.content);
    const first = Math.min(...a.content.map((c) => c.start));
    const last = Math.max(...a.content.map((c) => c.end));
    const outer = a.content.length > 1 ? heldTokens(tokens, [{ start: first, end: last }]) : held;
    const gap = new Set([...outer].filter((i) => !held.has(i)));
    return { held, gap };
  });
  const preds = predicted.map((p) => heldTokens(tokens, [p]));

  type Pair = { g: number; p: number; shared: number; score: number };
  const pairs: Pair[] = [];
  golds.forEach((g, gi) => {
    if (g.held.size === 0) return;
    preds.forEach((p, pi) => {
      const shared = count(p, (i) => g.held.has(i));
      if (shared === 0) return;
      const own = count(p, (i) => !g.gap.has(i));
      const coverage = shared / g.held.size;
      const inside = own === 0 ? 0 : shared / own;
      if (coverage >= FOUND_SHARE && inside >= FOUND_SHARE) pairs.push({ g: gi, p: pi, shared, score: coverage + inside });
    });
  });
  pairs.sort((a, b) => b.shared - a.shared || b.score - a.score || a.g - b.g || a.p - b.p);
  const foundBy = gold.attributions.map(() => -1);
  const matched = predicted.map(() => -1);
  for (const pair of pairs) {
    if (foundBy[pair.g] >= 0 || matched[pair.p] >= 0) continue;
    foundBy[pair.g] = pair.p;
    matched[pair.p] = pair.g;
  }

  const attributions: ScoredAttribution[] = gold.attributions.map((attribution, gi) => {
    const type = goldType(gold.body, attribution);
    const by = foundBy[gi];
    if (by < 0) return { attribution, type, foundBy: by, speakerRight: null, kindRight: null };
    const mention = predicted[by].speakerMention;
    const speakerRight =
      attribution.source.length === 0 ? null : mention !== null && attribution.source.some((s) => overlapLength(s, mention) > 0);
    return { attribution, type, foundBy: by, speakerRight, kindRight: predicted[by].kind.toLowerCase() === type };
  });

  const statements: ScoredStatement[] = predicted.map((statement, pi) => {
    if (matched[pi] >= 0) return { statement, verdict: 'match' };
    if (statement.kind !== 'DIRECT') return { statement, verdict: 'wrong' };
    const own = preds[pi];
    const insideFound = golds.some(
      (g, gi) => foundBy[gi] >= 0 && own.size > 0 && count(own, (i) => g.held.has(i)) >= INSIDE_FOUND_SHARE * own.size,
    );
    return { statement, verdict: insideFound || own.size <= SHORT_DIRECT_TOKENS ? 'excluded' : 'wrong' };
  });

  const goldHeld = new Set(golds.flatMap((g) => [...g.held]));
  const gaps = new Set(golds.flatMap((g) => [...g.gap]).filter((i) => !goldHeld.has(i)));
  const predHeld = new Set(preds.flatMap((p, pi) => (statements[pi].verdict === 'excluded' ? [] : [...p])));
  return {
    gold,
    attributions,
    statements,
    goldTokens: goldHeld.size,
    predictedTokens: count(predHeld, (i) => !gaps.has(i)),
    sharedTokens: count(predHeld, (i) => goldHeld.has(i)),
  };
}

/** Precision, recall and F1 with the counts they come from. */
export interface AttributionPR {
  precision: number;
  recall: number;
  f1: number;
  /** Predictions that found an attribution / predictions counted; attributions found / all. */
  matched: number;
  counted: number;
  found: number;
  gold: number;
}

/** The figures of one gold type. */
export interface GoldTypeFigures {
  gold: number;
  found: number;
  recall: number;
  speaker: Accuracy;
  kind: Accuracy;
}

/** The precision of one predicted kind. */
export interface PredictedKindFigures {
  predictions: number;
  excluded: number;
  counted: number;
  matched: number;
  precision: number;
}

/** What happened to the predictions of one attribution method. */
export interface MethodRow {
  predictions: number;
  /** Found an attribution whose source the speaker mention overlaps / misses / that has no source. */
  speakerRight: number;
  speakerWrong: number;
  noGoldSource: number;
  /** Matched nothing and counted against, or left out. */
  wrong: number;
  excluded: number;
}

/** Every figure of the all-attribution scoring. */
export interface AttributionMetrics {
  gold: number;
  predictions: number;
  excluded: number;
  attribution: AttributionPR;
  token: { precision: number; recall: number; f1: number };
  speaker: Accuracy;
  kind: Accuracy;
  byGoldType: Record<GoldType, GoldTypeFigures>;
  byPredictedKind: Record<StatementKind, PredictedKindFigures>;
  /** Gold type (rows) against the kind of the prediction that found it, or 'missed'. */
  kindConfusion: Record<GoldType, Record<StatementKind | 'missed', number>>;
  byMethod: Partial<Record<AttributionMethod, MethodRow>>;
  calibration: ConfidenceBand[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => ratio(2 * p * r, p + r);
const accuracy = (right: number, n: number): Accuracy => ({ accuracy: ratio(right, n), right, count: n });

/** Adds up article scores into the figures of the all-attribution scoring. */
export function summarizeAttributions(scores: AttributionArticleScore[]): AttributionMetrics {
  const golds = scores.flatMap((s) => s.attributions);
  const found = golds.filter((g) => g.foundBy >= 0);
  const statements = scores.flatMap((s) => s.statements);
  const counted = statements.filter((s) => s.verdict !== 'excluded');
  const matched = counted.filter((s) => s.verdict === 'match').length;
  const precision = ratio(matched, counted.length);
  const recall = ratio(found.length, golds.length);

  const speakerJudged = found.filter((g) => g.speakerRight !== null);
  const figuresOf = (list: ScoredAttribution[]): GoldTypeFigures => {
    const hits = list.filter((g) => g.foundBy >= 0);
    const judged = hits.filter((g) => g.speakerRight !== null);
    return {
      gold: list.length,
      found: hits.length,
      recall: ratio(hits.length, list.length),
      speaker: accuracy(judged.filter((g) => g.speakerRight).length, judged.length),
      kind: accuracy(hits.filter((g) => g.kindRight).length, hits.length),
    };
  };
  const byGoldType = Object.fromEntries(GOLD_TYPES.map((t) => [t, figuresOf(golds.filter((g) => g.type === t))])) as Record<GoldType, GoldTypeFigures>;
  const byPredictedKind = Object.fromEntries(
    STATEMENT_KINDS.map((k) => {
      const own = statements.filter((s) => s.statement.kind === k);
      const ownCounted = own.filter((s) => s.verdict !== 'excluded');
      const ownMatched = ownCounted.filter((s) => s.verdict === 'match').length;
      return [k, { predictions: own.length, excluded: own.length - ownCounted.length, counted: ownCounted.length, matched: ownMatched, precision: ratio(ownMatched, ownCounted.length) }];
    }),
  ) as Record<StatementKind, PredictedKindFigures>;

  const kindConfusion = Object.fromEntries(
    GOLD_TYPES.map((t) => [t, { DIRECT: 0, MIXED: 0, INDIRECT: 0, missed: 0 }]),
  ) as AttributionMetrics['kindConfusion'];
  for (const s of scores) {
    for (const g of s.attributions) kindConfusion[g.type][g.foundBy >= 0 ? s.statements[g.foundBy].statement.kind : 'missed']++;
  }

  const byMethod: Partial<Record<AttributionMethod, MethodRow>> = {};
  for (const s of scores) {
    const verdictOf = new Map(s.attributions.filter((g) => g.foundBy >= 0).map((g) => [g.foundBy, g]));
    s.statements.forEach((st, i) => {
      const row = (byMethod[st.statement.attribution] ??= { predictions: 0, speakerRight: 0, speakerWrong: 0, noGoldSource: 0, wrong: 0, excluded: 0 });
      row.predictions++;
      const g = verdictOf.get(i);
      if (g) row[g.speakerRight === null ? 'noGoldSource' : g.speakerRight ? 'speakerRight' : 'speakerWrong']++;
      else row[st.verdict === 'excluded' ? 'excluded' : 'wrong']++;
    });
  }

  const calibration = calibrationBands(
    scores.flatMap((s) => s.attributions.filter((g) => g.speakerRight !== null).map((g) => ({ confidence: s.statements[g.foundBy].statement.confidence, right: g.speakerRight === true }))),
  );

  const goldTokens = scores.reduce((n, s) => n + s.goldTokens, 0);
  const predictedTokens = scores.reduce((n, s) => n + s.predictedTokens, 0);
  const sharedTokens = scores.reduce((n, s) => n + s.sharedTokens, 0);
  const tokenP = ratio(sharedTokens, predictedTokens);
  const tokenR = ratio(sharedTokens, goldTokens);
  return {
    gold: golds.length,
    predictions: statements.length,
    excluded: statements.length - counted.length,
    attribution: { precision, recall, f1: f1(precision, recall), matched, counted: counted.length, found: found.length, gold: golds.length },
    token: { precision: tokenP, recall: tokenR, f1: f1(tokenP, tokenR) },
    speaker: accuracy(speakerJudged.filter((g) => g.speakerRight).length, speakerJudged.length),
    kind: accuracy(found.filter((g) => g.kindRight).length, found.length),
    byGoldType,
    byPredictedKind,
    kindConfusion,
    byMethod,
    calibration,
  };
}
