import path from 'node:path';
import { readGumFile } from '../src/eval/gum.reader';
import { calibrationBands, type ConfidenceBand } from '../src/eval/confidence-bands';
import { tokenizeArticle } from '../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../src/ingestion/extract/entity.classifier';
import { resolveEntities } from '../src/ingestion/resolve/entity.resolver';
import { mentionEvidence, mentionFeatures } from '../src/ingestion/resolve/mention-confidence.rules';
import { MentionForm } from '../src/types/mention-form';

/**
 * `node dist/scripts/fit-mention-confidence.js [GUM.jsonl]`: how the weights of
 * src/ingestion/resolve/mention-confidence.rules.ts were chosen. Runs the resolve stage on every GUM
 * document (default ../shared/corpus/entities/gum_news.jsonl), labels each mention but demonyms right
 * when a gold mention has its exact span and type, fits a logistic regression (L2 1.0, gradient
 * descent) over mentionFeatures, prints the weights, then fits on each half of the documents and
 * prints the calibration of the other half. The weights in the rules file are these, rounded.
 */

const LABEL = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC' } as const;
const L2 = 1;
const STEPS = 4000;

interface Example {
  x: number[];
  right: boolean;
  document: number;
}

interface Model {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const predict = (m: Model, x: number[]): number => sigmoid(x.reduce((z, v, i) => z + v * m.weights[i], m.bias));

/** Logistic regression by full-batch gradient descent, L2 on the weights (not the bias). */
function fit(examples: Example[], features: number): Model {
  const m: Model = { bias: 0, weights: Array(features).fill(0) };
  const rate = 2 / examples.length;
  for (let step = 0; step < STEPS; step++) {
    let gradBias = 0;
    const grad = Array(features).fill(0);
    for (const e of examples) {
      const error = predict(m, e.x) - Number(e.right);
      gradBias += error;
      e.x.forEach((v, i) => (grad[i] += error * v));
    }
    m.bias -= rate * gradBias;
    m.weights = m.weights.map((w, i) => w - rate * (grad[i] + L2 * w));
  }
  return m;
}

const band = (b: ConfidenceBand): string => `${b.from.toFixed(2)}-${b.to.toFixed(2)} n ${b.count} mean ${b.meanConfidence.toFixed(3)} right ${b.shareRight.toFixed(3)}`;

function main(): void {
  const file = process.argv[2] ?? path.join('..', 'shared', 'corpus', 'entities', 'gum_news.jsonl');
  let names: string[] = [];
  const examples: Example[] = [];
  readGumFile(file).forEach((d, document) => {
    const doc = tokenizeArticle(d.article);
    const found = resolveEntities(doc, classifyEntities(doc));
    const evidence = mentionEvidence(doc, found);
    const gold = new Set(d.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const typeOf = new Map(found.entities.map((e) => [e.key, LABEL[e.type]]));
    found.mentions.forEach((m, i) => {
      if (evidence[i].form === MentionForm.DEMONYM) return;
      const features = mentionFeatures(evidence[i]);
      names = Object.keys(features);
      examples.push({ x: Object.values(features), right: gold.has(`${m.start}:${m.end}:${typeOf.get(m.entityKey)}`), document });
    });
  });
  const model = fit(examples, names.length);
  console.log(`${examples.length} mentions (demonyms aside), ${examples.filter((e) => e.right).length} right`);
  console.log(`bias ${model.bias.toFixed(2)}; ${names.map((n, i) => `${n} ${model.weights[i].toFixed(2)}`).join(', ')}`);
  for (const half of [0, 1]) {
    const held = fit(examples.filter((e) => e.document % 2 !== half), names.length);
    const bands = calibrationBands(examples.filter((e) => e.document % 2 === half).map((e) => ({ confidence: predict(held, e.x), right: e.right })));
    console.log(`fitted without the ${half ? 'odd' : 'even'} documents, their calibration: ${bands.map(band).join(' | ')}`);
  }
}

main();
