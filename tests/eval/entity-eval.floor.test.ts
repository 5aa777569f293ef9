import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { evalEntitiesCommand } from '../../src/cli/eval-entities.command';
import type { EntityEvaluation } from '../../src/eval/entity-eval.runner';

const GUM = path.resolve(__dirname, '../../../shared/corpus/entities/gum_news.jsonl');
const present = existsSync(GUM);
if (!present) {
  // eslint-disable-next-line no-console
  console.warn(`entity evaluation floor test skipped: ${GUM} is absent (the shared corpus is not beside this repository)`);
}

/**
 * Floors for the GUM Wikinews figures (npm run eval:entities): what recognition and resolution
 * reached when they were set, minus about 0.01. Reached (session 37): exact span+type F1 PER 0.917, ORG 0.804,
 * LOC 0.858, overall 0.862 (the mentions `Article.mentions` lists by default: no demonyms); linking
 * within documents F1 0.986, where the strings differ 0.961, across documents precision 0.981. Quality only; the speed belongs to bench:extract.
 */
const FLOORS = { PER: 0.906, ORG: 0.793, LOC: 0.847, overall: 0.851, within: 0.977, differing: 0.952, across: 0.971 };

/**
 * Floors for the invented copy of tests/fixtures/entities (agency stories, and Wikinews-style stories in the wiki-dev
 * sets; gold marked by writers who never ran the code), minus about 0.01. The development sets (rules were written
 * against their errors) reached, in session 37: wire-dev PER 0.979, ORG 0.938, LOC 0.964, overall 0.959, within 0.985,
 * where the strings differ 0.972, across precision 1.000; wire-dev2 PER 0.974, ORG 0.937, LOC 0.948, overall 0.950,
 * within 0.983, where the strings differ 0.958, across precision 0.998; wire-dev3 PER 0.967, ORG 0.912, LOC 0.967,
 * overall 0.953, within 0.973, where the strings differ 0.936, across precision 0.980; wire-dev4 PER 0.971, ORG 0.896,
 * LOC 0.934, overall 0.934, within 0.966, where the strings differ 0.940, across precision 0.983; wire-dev5 PER 0.979,
 * ORG 0.926, LOC 0.967, overall 0.955, within 0.971, where the strings differ 0.922, across precision 0.982; wire-dev6
 * PER 0.969, ORG 0.876, LOC 0.943, overall 0.929, within 0.953, where the strings differ 0.893, across precision 0.974;
 * wire-dev7 (0.879 overall when it arrived) PER 0.971, ORG 0.872, LOC 0.931, overall 0.921, within 0.971, where the
 * strings differ 0.940, across precision 0.957; wire-dev8 (0.920 overall when it arrived) PER 0.972, ORG 0.888, LOC
 * 0.956, overall 0.937, within 0.983, where the strings differ 0.975, across precision 0.995; wire-dev9 (0.880 overall
 * when it arrived) PER 0.918, ORG 0.853, LOC 0.934, overall 0.904, within 0.938, where the strings differ 0.874, across
 * precision 0.979; wire-dev10 (kept unseen through session 30 and scored only at its end: 0.895 overall with the
 * session's first build and with its last) PER 0.934, ORG 0.896, LOC 0.911, overall 0.912, within 0.955, where the
 * strings differ 0.899, across precision 0.976; wire-dev11 (kept unseen through session 31 and scored only at its end:
 * 0.860 overall with the session's first build and with its last) PER 0.915, ORG 0.861, LOC 0.888, overall 0.882,
 * within 0.933, where the strings differ 0.854, across precision 0.997; wire-dev12 (kept unseen through session 33 and
 * scored only at its end: 0.742 overall with the session's first build and with its last) PER 0.881, ORG 0.807, LOC
 * 0.840, overall 0.837, within 0.861, where the strings differ 0.790, across precision 0.959; wire-dev13 (kept unseen
 * through session 35 and scored only at its end: 0.916 overall with the session's first build and with its last) PER
 * 0.957, ORG 0.884, LOC 0.951, overall 0.936, within 0.966, where the strings differ 0.925, across precision 0.961;
 * wire-dev14 (kept unseen through session 36 and scored only at its end: 0.897 overall with the session's first build,
 * 0.902 with its last) PER 0.943, ORG 0.874, LOC 0.924, overall 0.917, within 0.916, where the strings differ 0.868,
 * across precision 0.988; wire-dev15 (kept unseen through session 37 and scored only at its end: 0.917 overall with the
 * session's first build, 0.918 with its last) PER 0.934, ORG 0.876, LOC 0.938, overall 0.918, within 0.931, where the
 * strings differ 0.855, across precision 0.992; wiki-dev (Wikinews-style, 0.811 overall when it arrived) PER 0.936, ORG
 * 0.844, LOC 0.882, overall 0.884, within 0.984, where the strings differ 0.969, across precision 0.975; wiki-dev2
 * (Wikinews-style, 0.827 overall when it arrived) PER 0.909, ORG 0.863, LOC 0.883, overall 0.881, within 0.943, where
 * the strings differ 0.895, across precision 0.984; wiki-dev3 (Wikinews-style, kept unseen through session 26 and
 * scored only at its end: 0.874 overall with the session's first build, 0.879 with its last) PER 0.927, ORG 0.863, LOC
 * 0.906, overall 0.898, within 0.954, where the strings differ 0.898, across precision 0.997; wiki-dev4
 * (Wikinews-style, kept unseen through session 27 and scored only at its end: 0.806 overall with the session's first
 * build and with its last) PER 0.878, ORG 0.807, LOC 0.848, overall 0.842, within 0.938, where the strings differ
 * 0.882, across precision 0.918; wiki-dev5 (Wikinews-style, kept unseen through session 28 and scored only at its end:
 * 0.843 overall with the session's first build and with its last) PER 0.921, ORG 0.868, LOC 0.876, overall 0.885,
 * within 0.946, where the strings differ 0.882, across precision 0.996; wiki-dev6 (Wikinews-style, kept unseen through
 * session 29 and scored only at its end: 0.834 overall with the session's first build and with its last) PER 0.903, ORG
 * 0.794, LOC 0.899, overall 0.866, within 0.956, where the strings differ 0.900, across precision 0.985; wiki-dev7
 * (Wikinews-style, kept unseen through session 32 and scored only at its end: 0.829 overall with the session's first
 * build, 0.832 with its last) PER 0.898, ORG 0.850, LOC 0.838, overall 0.857, within 0.908, where the strings differ
 * 0.849, across precision 0.983; wiki-dev8 (Wikinews-style, kept unseen through session 34 and scored only at its end:
 * 0.761 overall with the session's first build, 0.763 with its last) PER 0.887, ORG 0.806, LOC 0.777, overall 0.815,
 * within 0.878, where the strings differ 0.765, across precision 0.972; wiki-dev9 (Wikinews-style, kept unseen through
 * session 36 and scored only at its end: 0.849 overall with the session's first build, 0.853 with its last) PER 0.878,
 * ORG 0.853, LOC 0.871, overall 0.868, within 0.910, where the strings differ 0.826, across precision 1.000; wiki-dev10
 * (Wikinews-style, kept unseen through session 37 and scored only at its end: 0.850 overall with the session's first
 * build, 0.857 with its last) PER 0.916, ORG 0.831, LOC 0.842, overall 0.857, within 0.933, where the strings differ
 * 0.814, across precision 1.000. wire-test (held out: only its totals were ever read) reached PER 0.954, ORG 0.891, LOC
 * 0.946, overall 0.931, within 0.944, where the strings differ 0.905, across precision 0.983.
 */
const WIRE = path.resolve(__dirname, '../fixtures/entities/wire-dev.gold.txt');
const WIRE_FLOORS = { PER: 0.968, ORG: 0.928, LOC: 0.954, overall: 0.948, within: 0.974, differing: 0.962, across: 0.990 };
const WIRE_DEV2 = path.resolve(__dirname, '../fixtures/entities/wire-dev2.gold.txt');
const WIRE_DEV2_FLOORS = { PER: 0.964, ORG: 0.926, LOC: 0.938, overall: 0.940, within: 0.973, differing: 0.949, across: 0.988 };
const WIRE_DEV3 = path.resolve(__dirname, '../fixtures/entities/wire-dev3.gold.txt');
const WIRE_DEV3_FLOORS = { PER: 0.957, ORG: 0.902, LOC: 0.956, overall: 0.942, within: 0.963, differing: 0.925, across: 0.969 };
const WIRE_DEV4 = path.resolve(__dirname, '../fixtures/entities/wire-dev4.gold.txt');
const WIRE_DEV4_FLOORS = { PER: 0.960, ORG: 0.886, LOC: 0.923, overall: 0.923, within: 0.956, differing: 0.930, across: 0.973 };
const WIRE_DEV5 = path.resolve(__dirname, '../fixtures/entities/wire-dev5.gold.txt');
const WIRE_DEV5_FLOORS = { PER: 0.969, ORG: 0.915, LOC: 0.957, overall: 0.945, within: 0.961, differing: 0.912, across: 0.972 };
const WIRE_DEV6 = path.resolve(__dirname, '../fixtures/entities/wire-dev6.gold.txt');
const WIRE_DEV6_FLOORS = { PER: 0.959, ORG: 0.865, LOC: 0.932, overall: 0.919, within: 0.943, differing: 0.886, across: 0.964 };
const WIRE_DEV7 = path.resolve(__dirname, '../fixtures/entities/wire-dev7.gold.txt');
const WIRE_DEV7_FLOORS = { PER: 0.961, ORG: 0.861, LOC: 0.920, overall: 0.910, within: 0.961, differing: 0.930, across: 0.947 };
const WIRE_DEV8 = path.resolve(__dirname, '../fixtures/entities/wire-dev8.gold.txt');
const WIRE_DEV8_FLOORS = { PER: 0.962, ORG: 0.878, LOC: 0.945, overall: 0.926, within: 0.972, differing: 0.965, across: 0.985 };
const WIRE_DEV9 = path.resolve(__dirname, '../fixtures/entities/wire-dev9.gold.txt');
const WIRE_DEV9_FLOORS = { PER: 0.908, ORG: 0.843, LOC: 0.924, overall: 0.894, within: 0.927, differing: 0.864, across: 0.968 };
const WIRE_DEV10 = path.resolve(__dirname, '../fixtures/entities/wire-dev10.gold.txt');
const WIRE_DEV10_FLOORS = { PER: 0.924, ORG: 0.886, LOC: 0.901, overall: 0.902, within: 0.944, differing: 0.889, across: 0.965 };
const WIRE_DEV11 = path.resolve(__dirname, '../fixtures/entities/wire-dev11.gold.txt');
const WIRE_DEV11_FLOORS = { PER: 0.904, ORG: 0.850, LOC: 0.877, overall: 0.872, within: 0.923, differing: 0.844, across: 0.987 };
const WIRE_DEV12 = path.resolve(__dirname, '../fixtures/entities/wire-dev12.gold.txt');
const WIRE_DEV12_FLOORS = { PER: 0.871, ORG: 0.796, LOC: 0.830, overall: 0.826, within: 0.851, differing: 0.779, across: 0.949 };
const WIRE_DEV13 = path.resolve(__dirname, '../fixtures/entities/wire-dev13.gold.txt');
const WIRE_DEV13_FLOORS = { PER: 0.946, ORG: 0.874, LOC: 0.940, overall: 0.925, within: 0.956, differing: 0.914, across: 0.950 };
const WIRE_DEV14 = path.resolve(__dirname, '../fixtures/entities/wire-dev14.gold.txt');
const WIRE_DEV14_FLOORS = { PER: 0.932, ORG: 0.864, LOC: 0.914, overall: 0.906, within: 0.905, differing: 0.858, across: 0.977 };
const WIRE_DEV15 = path.resolve(__dirname, '../fixtures/entities/wire-dev15.gold.txt');
const WIRE_DEV15_FLOORS = { PER: 0.923, ORG: 0.865, LOC: 0.927, overall: 0.908, within: 0.920, differing: 0.845, across: 0.981 };
const WIKI_DEV = path.resolve(__dirname, '../fixtures/entities/wiki-dev.gold.txt');
const WIKI_DEV_FLOORS = { PER: 0.926, ORG: 0.833, LOC: 0.872, overall: 0.873, within: 0.973, differing: 0.958, across: 0.965 };
const WIKI_DEV2 = path.resolve(__dirname, '../fixtures/entities/wiki-dev2.gold.txt');
const WIKI_DEV2_FLOORS = { PER: 0.899, ORG: 0.853, LOC: 0.872, overall: 0.871, within: 0.932, differing: 0.885, across: 0.973 };
const WIKI_DEV3 = path.resolve(__dirname, '../fixtures/entities/wiki-dev3.gold.txt');
const WIKI_DEV3_FLOORS = { PER: 0.917, ORG: 0.852, LOC: 0.896, overall: 0.887, within: 0.946, differing: 0.896, across: 0.987 };
const WIKI_DEV4 = path.resolve(__dirname, '../fixtures/entities/wiki-dev4.gold.txt');
const WIKI_DEV4_FLOORS = { PER: 0.867, ORG: 0.797, LOC: 0.838, overall: 0.832, within: 0.930, differing: 0.877, across: 0.908 };
const WIKI_DEV5 = path.resolve(__dirname, '../fixtures/entities/wiki-dev5.gold.txt');
const WIKI_DEV5_FLOORS = { PER: 0.910, ORG: 0.858, LOC: 0.866, overall: 0.874, within: 0.936, differing: 0.871, across: 0.986 };
const WIKI_DEV6 = path.resolve(__dirname, '../fixtures/entities/wiki-dev6.gold.txt');
const WIKI_DEV6_FLOORS = { PER: 0.892, ORG: 0.783, LOC: 0.889, overall: 0.856, within: 0.948, differing: 0.899, across: 0.975 };
const WIKI_DEV7 = path.resolve(__dirname, '../fixtures/entities/wiki-dev7.gold.txt');
const WIKI_DEV7_FLOORS = { PER: 0.887, ORG: 0.839, LOC: 0.828, overall: 0.847, within: 0.898, differing: 0.839, across: 0.972 };
const WIKI_DEV8 = path.resolve(__dirname, '../fixtures/entities/wiki-dev8.gold.txt');
const WIKI_DEV8_FLOORS = { PER: 0.876, ORG: 0.796, LOC: 0.767, overall: 0.804, within: 0.870, differing: 0.756, across: 0.961 };
const WIKI_DEV9 = path.resolve(__dirname, '../fixtures/entities/wiki-dev9.gold.txt');
const WIKI_DEV9_FLOORS = { PER: 0.868, ORG: 0.843, LOC: 0.861, overall: 0.858, within: 0.899, differing: 0.815, across: 0.990 };
const WIKI_DEV10 = path.resolve(__dirname, '../fixtures/entities/wiki-dev10.gold.txt');
const WIKI_DEV10_FLOORS = { PER: 0.906, ORG: 0.820, LOC: 0.831, overall: 0.847, within: 0.923, differing: 0.804, across: 0.990 };
const WIRE_TEST = path.resolve(__dirname, '../fixtures/entities/wire-test.gold.txt');
const WIRE_TEST_FLOORS = { PER: 0.948, ORG: 0.881, LOC: 0.935, overall: 0.921, within: 0.934, differing: 0.896, across: 0.972 };

/** The evaluator's figures for `file`, as `eval-entities FILE --out` writes them. */
function evaluate(file: string): EntityEvaluation {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-eval-'));
  const out = path.join(dir, 'entities.json');
  try {
    expect(evalEntitiesCommand([file, '--out', out], () => undefined, () => undefined)).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as EntityEvaluation;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The finding and linking tests of one set against its floors. */
function staysAbove(file: string, floors: typeof FLOORS): void {
  let figures: EntityEvaluation;
  beforeAll(() => {
    figures = evaluate(file);
  });

  it('finds names with their exact span and type', () => {
    expect(figures.byType.PER.f1).toBeGreaterThanOrEqual(floors.PER);
    expect(figures.byType.ORG.f1).toBeGreaterThanOrEqual(floors.ORG);
    expect(figures.byType.LOC.f1).toBeGreaterThanOrEqual(floors.LOC);
    expect(figures.overall.f1).toBeGreaterThanOrEqual(floors.overall);
  });

  it('tells one entity from another within and across documents', () => {
    expect(figures.linking.within.f1).toBeGreaterThanOrEqual(floors.within);
    expect(figures.linking.withinDiffering.f1).toBeGreaterThanOrEqual(floors.differing);
    expect(figures.linking.across.precision).toBeGreaterThanOrEqual(floors.across);
  });
}


(present ? describe : describe.skip)('entity finding and linking on GUM stay above their floors', () => staysAbove(GUM, FLOORS));

describe('entity finding and linking on the invented wire copy stay above their floors', () => staysAbove(WIRE, WIRE_FLOORS));

describe('entity finding and linking on the second set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV2, WIRE_DEV2_FLOORS));

describe('entity finding and linking on the third set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV3, WIRE_DEV3_FLOORS));
describe('entity finding and linking on the fourth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV4, WIRE_DEV4_FLOORS));
describe('entity finding and linking on the fifth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV5, WIRE_DEV5_FLOORS));

describe('entity finding and linking on the sixth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV6, WIRE_DEV6_FLOORS));
describe('entity finding and linking on the seventh set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV7, WIRE_DEV7_FLOORS));
describe('entity finding and linking on the eighth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV8, WIRE_DEV8_FLOORS));

describe('entity finding and linking on the ninth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV9, WIRE_DEV9_FLOORS));
describe('entity finding and linking on the tenth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV10, WIRE_DEV10_FLOORS));
describe('entity finding and linking on the eleventh set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV11, WIRE_DEV11_FLOORS));
describe('entity finding and linking on the twelfth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV12, WIRE_DEV12_FLOORS));
describe('entity finding and linking on the thirteenth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV13, WIRE_DEV13_FLOORS));
describe('entity finding and linking on the fourteenth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV14, WIRE_DEV14_FLOORS));
describe('entity finding and linking on the fifteenth set of invented wire copy stay above their floors', () => staysAbove(WIRE_DEV15, WIRE_DEV15_FLOORS));
describe('entity finding and linking on the invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV, WIKI_DEV_FLOORS));
describe('entity finding and linking on the second set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV2, WIKI_DEV2_FLOORS));
describe('entity finding and linking on the third set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV3, WIKI_DEV3_FLOORS));
describe('entity finding and linking on the fourth set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV4, WIKI_DEV4_FLOORS));
describe('entity finding and linking on the fifth set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV5, WIKI_DEV5_FLOORS));
describe('entity finding and linking on the sixth set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV6, WIKI_DEV6_FLOORS));
describe('entity finding and linking on the seventh set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV7, WIKI_DEV7_FLOORS));
describe('entity finding and linking on the eighth set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV8, WIKI_DEV8_FLOORS));
describe('entity finding and linking on the ninth set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV9, WIKI_DEV9_FLOORS));
describe('entity finding and linking on the tenth set of invented Wikinews-style copy stay above their floors', () => staysAbove(WIKI_DEV10, WIKI_DEV10_FLOORS));

describe('entity finding and linking on the held-out invented wire copy stay above their floors', () => staysAbove(WIRE_TEST, WIRE_TEST_FLOORS));
