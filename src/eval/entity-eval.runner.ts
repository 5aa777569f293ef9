/**
 * Runs the real ingest pipeline (parseJsonArticle, then annotateArticle, as `newsgraph ingest`
 * does) on GUM documents and scores the entity mentions it makes with the rules of entity-eval.ts.
 * A mention's entity is the one the store would make of it, the documents stored in file order
 * (store-identity.ts: same type and folded name, a lone surname joins its one stored person).
 */
import type { EntityType } from '../ingestion/annotations';
import { annotateArticle } from '../ingestion/annotate-article';
import { scoreEntities, type EntityDocument, type EntityLabel, type EntityMetrics, type PredictedMention } from './entity-eval';
import type { GumDocument } from './gum.reader';
import { StoreIdentities } from './store-identity';
import { NAME_FORMS } from '../types/mention-form';

const LABEL: Record<EntityType, EntityLabel> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC' };

/** The figures of one run, with the annotation speed of its scored pass and of warm passes. */
export interface EntityEvaluation extends EntityMetrics {
  documents: number;
  /** Documents per second through annotateArticle, one core, first (cold) pass: word lists, gazetteer and JIT warm-up included. */
  documentsPerSecond: number;
  /**
   * Documents per second through annotateArticle, one core, wall clock: the median of WARM_PASSES
   * passes after the scored one, as a long-running ingest worker annotates. 0 when none ran.
   */
  warmDocumentsPerSecond: number;
}

/** Passes timed after the scored one for the warm speed (their mentions are not scored). */
export const WARM_PASSES = 3;

/**
 * The product's mentions of one document as `Article.mentions` lists them by default (NAME_FORMS:
 * no demonyms), typed by their entity, with their confidence; the entity is the one the store makes of it when `store`
 * is given (documents stored in order), else the article's entity key.
 */
export function predictedMentions(doc: GumDocument, store?: StoreIdentities): PredictedMention[] {
  const { entities, mentions } = annotateArticle(doc.article);
  const typeOf = new Map(entities.map((e) => [e.key, LABEL[e.type]]));
  const identity = store?.admit(entities);
  return mentions.filter((m) => NAME_FORMS.includes(m.form)).map((m) => ({
    start: m.start,
    end: m.end,
    type: typeOf.get(m.entityKey)!,
    entity: identity?.get(m.entityKey) ?? m.entityKey,
    confidence: m.confidence,
  }));
}

/**
 * Annotates every document once, in file order, and scores the mentions against the gold ones;
 * then annotates them `warmPasses` times more, only to time them (documents per second, warm).
 */
export function evaluateEntities(docs: GumDocument[], warmPasses = WARM_PASSES): EntityEvaluation {
  const rate = (ms: number) => (ms > 0 ? (docs.length * 1000) / ms : 0);
  const started = performance.now();
  const store = new StoreIdentities();
  const scored: EntityDocument[] = docs.map((d) => ({ id: d.id, text: d.article.body, gold: d.gold, predicted: predictedMentions(d, store) }));
  const cold = rate(performance.now() - started);
  const warm: number[] = [];
  for (let pass = 0; pass < warmPasses; pass++) {
    const from = performance.now();
    for (const d of docs) annotateArticle(d.article);
    warm.push(rate(performance.now() - from));
  }
  warm.sort((a, b) => a - b);
  return { ...scoreEntities(scored), documents: docs.length, documentsPerSecond: cold, warmDocumentsPerSecond: warm.length ? warm[Math.floor(warm.length / 2)] : 0 };
}
