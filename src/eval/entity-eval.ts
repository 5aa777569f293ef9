/**
 * Scoring rules of the entity evaluation (pure): finding by exact span and type (CoNLL), a one-to-one
 * overlap match whatever the type, the error kinds, and linking: pairs of matched gold mentions
 * scored on whether the product put them on one entity, within a document, for the pairs whose two
 * strings differ, and across documents for the mentions with a Wikipedia title; and the
 * calibration of the mentions' confidence.
 */
import type { Span } from '../ingestion/annotations';
import { calibrationBands, type ConfidenceBand } from './confidence-bands';

export type EntityLabel = 'PER' | 'ORG' | 'LOC';
export const ENTITY_LABELS: EntityLabel[] = ['PER', 'ORG', 'LOC'];

/** A gold name: its span, type and identity (the Wikipedia title, else the document's cluster). */
export interface GoldMention extends Span {
  type: EntityLabel;
  identity: string;
  /** True when the identity is a Wikipedia title (these count across documents). */
  titled: boolean;
  /** The type CoNLL-2003's convention gives the name where the set's differs (LOC for a country standing for its national team). */
  conllType?: EntityLabel;
}

/** A mention the product made: span, type and the entity it stands for (the same id across documents). */
export interface PredictedMention extends Span {
  type: EntityLabel;
  entity: string;
  /** The product's confidence in it, when the caller has one (only those count in the calibration). */
  confidence?: number;
}

/** One scored document: its text, the gold mentions and the product's. */
export interface EntityDocument {
  id: string;
  text: string;
  gold: GoldMention[];
  predicted: PredictedMention[];
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export type ErrorKind = 'missed' | 'spurious' | 'wrong type' | 'wrong boundary';
export const ERROR_KINDS: ErrorKind[] = ['missed', 'spurious', 'wrong type', 'wrong boundary'];

/** One error: its kind, the gold and predicted text and types involved (null where there is none). */
export interface EntityError {
  kind: ErrorKind;
  document: string;
  gold: { text: string; type: EntityLabel } | null;
  predicted: { text: string; type: EntityLabel } | null;
}

/**
 * A linking error inside one document: one gold identity the product spread over several entities
 * (`split`), or one entity of the product that holds several gold identities (`merged`). `groups`
 * are the mentions' texts on each side of the error (per entity of the product for a split, per
 * gold identity for a merge), each text with how often it occurs; `pairs` is how many pairs of
 * mentions the error costs linking (pairs not linked for a split, wrongly linked for a merge).
 */
export interface LinkingError {
  kind: 'split' | 'merged';
  document: string;
  groups: Array<Array<{ text: string; count: number }>>;
  pairs: number;
}

/** Pairs of mentions scored for linking: same entity in the product (`linked`), same identity in gold (`same`). */
export interface PairCounts {
  /** Pairs the product put on one entity. */
  linked: number;
  /** Pairs of one gold identity. */
  same: number;
  /** Pairs both linked and of one identity. */
  both: number;
  /** Pairs of different identities. */
  different: number;
  /** Pairs of different identities the product kept on different entities. */
  keptApart: number;
}

export interface LinkingScore extends PRF {
  keptApart: number;
  pairs: PairCounts;
}

/** Finding by exact span and type: per type and overall. */
export interface FindingScores {
  byType: Record<EntityLabel, Counts & PRF>;
  overall: Counts & PRF;
}

/** Everything one evaluation measures. */
export interface EntityMetrics extends FindingScores {
  /** Finding again with each gold mention typed as CoNLL-2003 would type it (`conllType`), and how many were retyped. */
  conll: FindingScores & { retyped: number };
  /** One-to-one overlap, type ignored. */
  overlap: Counts & PRF;
  errorCounts: Record<ErrorKind, number>;
  errors: EntityError[];
  linking: { within: LinkingScore; withinDiffering: LinkingScore; across: LinkingScore };
  /** The linking errors inside documents, those that cost the most pairs first. */
  linkingErrors: LinkingError[];
  /** Predicted mentions with a confidence by band: how many, their mean confidence, the share right by exact span and type. */
  calibration: ConfidenceBand[];
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Precision, recall and F1 of `counts`. */
export function prf(counts: Counts): PRF {
  const precision = ratio(counts.correct, counts.predicted);
  const recall = ratio(counts.correct, counts.gold);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

const overlapOf = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs gold and predicted mentions one to one by overlap, whatever their types: the pairs of the
 * largest overlap first (ties by position). Returns, per gold mention, the index of its predicted
 * mention or -1.
 */
export function matchByOverlap(gold: Span[], predicted: Span[]): number[] {
  const pairs: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      const o = overlapOf(gold[g], predicted[p]);
      if (o > 0) pairs.push([o, g, p]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const match = gold.map(() => -1);
  const taken = new Set<number>();
  for (const [, g, p] of pairs) {
    if (match[g] >= 0 || taken.has(p)) continue;
    match[g] = p;
    taken.add(p);
  }
  return match;
}

const spanKey = (s: Span): string => `${s.start}:${s.end}`;

/** The errors of one document: missed, spurious, wrong type (same span), wrong boundary (overlapping spans). */
export function documentErrors(doc: EntityDocument): EntityError[] {
  const { text } = doc;
  const show = (m: Span & { type: EntityLabel }) => ({ text: text.slice(m.start, m.end), type: m.type });
  const exact = new Set(doc.predicted.map((p) => `${spanKey(p)}:${p.type}`));
  const goldExact = new Set(doc.gold.map((g) => `${spanKey(g)}:${g.type}`));
  const gold = doc.gold.filter((g) => !exact.has(`${spanKey(g)}:${g.type}`));
  const predicted = doc.predicted.filter((p) => !goldExact.has(`${spanKey(p)}:${p.type}`));
  const match = matchByOverlap(gold, predicted);
  const errors: EntityError[] = [];
  const paired = new Set<number>();
  gold.forEach((g, i) => {
    const p = match[i] >= 0 ? predicted[match[i]] : null;
    if (p) paired.add(match[i]);
    const kind: ErrorKind = !p ? 'missed' : spanKey(p) === spanKey(g) ? 'wrong type' : 'wrong boundary';
    errors.push({ kind, document: doc.id, gold: show(g), predicted: p ? show(p) : null });
  });
  predicted.forEach((p, i) => {
    if (!paired.has(i)) errors.push({ kind: 'spurious', document: doc.id, gold: null, predicted: show(p) });
  });
  return errors;
}

const emptyPairs = (): PairCounts => ({ linked: 0, same: 0, both: 0, different: 0, keptApart: 0 });

function addPair(c: PairCounts, linked: boolean, same: boolean): void {
  if (linked) c.linked++;
  if (same) c.same++;
  if (linked && same) c.both++;
  if (!same) {
    c.different++;
    if (!linked) c.keptApart++;
  }
}

/** Precision, recall, F1 and kept-apart share of linking pair counts. */
export function linkingScore(pairs: PairCounts): LinkingScore {
  return { ...prf({ correct: pairs.both, predicted: pairs.linked, gold: pairs.same }), keptApart: ratio(pairs.keptApart, pairs.different), pairs };
}

/** A gold mention matched by overlap to a predicted one, for linking. */
interface LinkedMention {
  document: number;
  identity: string;
  titled: boolean;
  entity: string;
  text: string;
}

/** Finding by exact span and type, per type and overall, of every document's predicted mentions against `goldOf(doc)`. */
export function scoreFinding(docs: EntityDocument[], goldOf: (doc: EntityDocument) => GoldMention[]): FindingScores {
  const byType = Object.fromEntries(ENTITY_LABELS.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<EntityLabel, Counts>;
  for (const doc of docs) {
    const predictedExact = new Set(doc.predicted.map((p) => `${spanKey(p)}:${p.type}`));
    for (const g of goldOf(doc)) {
      byType[g.type].gold++;
      if (predictedExact.has(`${spanKey(g)}:${g.type}`)) byType[g.type].correct++;
    }
    for (const p of doc.predicted) byType[p.type].predicted++;
  }
  const overall = ENTITY_LABELS.reduce<Counts>(
    (sum, t) => ({ gold: sum.gold + byType[t].gold, predicted: sum.predicted + byType[t].predicted, correct: sum.correct + byType[t].correct }),
    { gold: 0, predicted: 0, correct: 0 },
  );
  return {
    byType: Object.fromEntries(ENTITY_LABELS.map((t) => [t, { ...byType[t], ...prf(byType[t]) }])) as FindingScores['byType'],
    overall: { ...overall, ...prf(overall) },
  };
}

/** Scores every document: finding per type and overall (also by CoNLL-2003's types), overlap, errors and linking. */
export function scoreEntities(docs: EntityDocument[]): EntityMetrics {
  const overlap: Counts = { gold: 0, predicted: 0, correct: 0 };
  const errors: EntityError[] = [];
  const linked: LinkedMention[] = [];
  docs.forEach((doc, d) => {
    const match = matchByOverlap(doc.gold, doc.predicted);
    overlap.gold += doc.gold.length;
    overlap.predicted += doc.predicted.length;
    doc.gold.forEach((g, i) => {
      if (match[i] < 0) return;
      overlap.correct++;
      linked.push({ document: d, identity: g.identity, titled: g.titled, entity: doc.predicted[match[i]].entity, text: doc.text.slice(g.start, g.end) });
    });
    errors.push(...documentErrors(doc));
  });
  const calibration = calibrationBands(
    docs.flatMap((doc) => {
      const gold = new Set(doc.gold.map((g) => `${spanKey(g)}:${g.type}`));
      return doc.predicted.filter((p) => p.confidence !== undefined).map((p) => ({ confidence: p.confidence!, right: gold.has(`${spanKey(p)}:${p.type}`) }));
    }),
  );
  const within = emptyPairs();
  const differing = emptyPairs();
  const across = emptyPairs();
  for (let i = 0; i < linked.length; i++) {
    const a = linked[i];
    for (let j = i + 1; j < linked.length; j++) {
      const b = linked[j];
      const isLinked = a.entity === b.entity;
      const same = a.identity === b.identity;
      if (a.document === b.document) {
        addPair(within, isLinked, same);
        if (a.text !== b.text) addPair(differing, isLinked, same);
      } else if (a.titled && b.titled) addPair(across, isLinked, same);
    }
  }
  const errorCounts = Object.fromEntries(ERROR_KINDS.map((k) => [k, errors.filter((e) => e.kind === k).length])) as Record<ErrorKind, number>;
  const conllGold = (doc: EntityDocument): GoldMention[] => doc.gold.map((g) => (g.conllType ? { ...g, type: g.conllType } : g));
  return {
    ...scoreFinding(docs, (doc) => doc.gold),
    conll: { ...scoreFinding(docs, conllGold), retyped: docs.reduce((n, doc) => n + doc.gold.filter((g) => g.conllType && g.conllType !== g.type).length, 0) },
    overlap: { ...overlap, ...prf(overlap) },
    errorCounts,
    errors,
    linking: { within: linkingScore(within), withinDiffering: linkingScore(differing), across: linkingScore(across) },
    linkingErrors: linkingErrors(docs, linked),
    calibration,
  };
}

/** The texts of `mentions` with how often each occurs, the most frequent first. */
function textCounts(mentions: LinkedMention[]): Array<{ text: string; count: number }> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** `items` grouped by `key`, groups in order of first appearance. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** Pairs between the groups of `sides`: the pairs of their mentions that lie in different groups. */
function pairsBetween(sides: LinkedMention[][]): number {
  const total = sides.reduce((n, side) => n + side.length, 0);
  return (total * total - sides.reduce((n, side) => n + side.length * side.length, 0)) / 2;
}

/**
 * The splits and merges inside each document among the matched gold mentions `linked` (see
 * LinkingError), those that cost the most pairs first; a pair both split and merged counts once on
 * each side.
 */
function linkingErrors(docs: EntityDocument[], linked: LinkedMention[]): LinkingError[] {
  const errors: LinkingError[] = [];
  for (const mentions of groupBy(linked, (m) => String(m.document))) {
    const document = docs[mentions[0].document].id;
    for (const identity of groupBy(mentions, (m) => m.identity)) {
      const sides = groupBy(identity, (m) => m.entity);
      if (sides.length > 1) errors.push({ kind: 'split', document, groups: sides.map(textCounts), pairs: pairsBetween(sides) });
    }
    for (const entity of groupBy(mentions, (m) => m.entity)) {
      const sides = groupBy(entity, (m) => m.identity);
      if (sides.length > 1) errors.push({ kind: 'merged', document, groups: sides.map(textCounts), pairs: pairsBetween(sides) });
    }
  }
  return errors.sort((a, b) => b.pairs - a.pairs || a.document.localeCompare(b.document));
}

/** One line of the error listing: a kind, the texts and types, and how often it occurs. */
export interface ErrorGroup {
  kind: ErrorKind;
  label: string;
  count: number;
}

/** The errors grouped by kind and by what was written (gold text and type -> predicted text and type), most frequent first. */
export function groupErrors(errors: EntityError[]): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const e of errors) {
    const side = (m: EntityError['gold']) => (m ? `${m.text} [${m.type}]` : '-');
    const label = `${side(e.gold)} -> ${side(e.predicted)}`;
    const key = `${e.kind}\u0000${label}`;
    const group = groups.get(key) ?? { kind: e.kind, label, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
}
