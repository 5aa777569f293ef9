import {
  contentTokens,
  goldType,
  heldTokens,
  scoreAttributions,
  summarizeAttributions,
  type PredictedStatement,
  type StatementKind,
} from '../../../src/eval/attribution-eval';
import type { GoldArticle, GoldAttribution } from '../../../src/eval/quote-eval';
import type { Span } from '../../../src/ingestion/annotations';
import { spanOf } from '../../support/span-of';


function attribution(id: string, type: GoldAttribution['type'], content: Span[], source: Span[] = []): GoldAttribution {
  return { id, type, content, source, sourceIsPronoun: false };
}

function statement(span: Span, kind: StatementKind, speakerMention: Span | null, confidence = 0.9): PredictedStatement {
  return { ...span, kind, speakerMention, attribution: speakerMention ? 'EXPLICIT' : 'NONE', confidence };
}

describe('tokens', () => {
  it('strips quotation marks and edge punctuation, and drops tokens without a letter or digit', () => {
    const body = '“We stay,” she said — ``fine.\'\' 2016!';
    expect(contentTokens(body).map((t) => body.slice(t.start, t.end))).toEqual(['We', 'stay', 'she', 'said', 'fine', '2016']);
  });

  it('holds a token when the spans cover more than half of its characters', () => {
    const body = 'alpha beta gamma';
    const tokens = contentTokens(body);
    expect([...heldTokens(tokens, [{ start: 0, end: 8 }])]).toEqual([0]); // "be" of "beta": half, not more
    expect([...heldTokens(tokens, [{ start: 0, end: 9 }])]).toEqual([0, 1]);
  });
});

describe('goldType', () => {
  it("reads contents quoted with '' and `` as direct or mixed", () => {
    const body = "``We will win,'' the mayor said. He said the plan was ''dead on arrival'' today. He said it was late.";
    expect(goldType(body, attribution('A', 'indirect', [spanOf(body, "``We will win,''")]))).toBe('direct');
    expect(goldType(body, attribution('B', 'indirect', [spanOf(body, "the plan was ''dead on arrival'' today")]))).toBe('mixed');
    expect(goldType(body, attribution('C', 'indirect', [spanOf(body, 'it was late')]))).toBe('indirect');
    expect(goldType(body, attribution('D', 'mixed', [spanOf(body, 'it was late')]))).toBe('mixed');
  });
});

describe('scoreAttributions and summarizeAttributions', () => {
  const body = [
    'The harbour master said that the ferries will run late all winter. “We lack crews,” he added.',
    'The council, according to its chair, wants “a new deal for the crews” before spring.',
    'Fishermen fear the quotas will be cut again, a union leader warned.',
    'A sign read “Harbour Days” and the “best fish in the north sea today” was sold.',
  ].join('\n\n');
  const indirect1 = spanOf(body, 'the ferries will run late all winter');
  const direct1 = spanOf(body, '“We lack crews,”');
  const mixed1 = spanOf(body, 'wants “a new deal for the crews” before spring');
  const indirect2 = spanOf(body, 'Fishermen fear the quotas will be cut again');
  const gold: GoldArticle = {
    id: 'own',
    body,
    attributions: [
      attribution('E1', 'indirect', [indirect1], [spanOf(body, 'The harbour master')]),
      attribution('E2', 'direct', [direct1], [spanOf(body, 'he added')]),
      attribution('E3', 'mixed', [mixed1], [spanOf(body, 'its chair')]),
      attribution('E4', 'indirect', [indirect2], []),
    ],
  };
  const predictions = [
    statement(indirect1, 'INDIRECT', spanOf(body, 'The harbour master'), 0.85), // found, speaker right
    statement(spanOf(body, 'We lack crews'), 'DIRECT', spanOf(body, 'he added'), 0.99), // found, speaker right
    statement(mixed1, 'MIXED', spanOf(body, 'The council'), 0.7), // found, speaker wrong
    statement(spanOf(body, 'a new deal for the crews'), 'DIRECT', spanOf(body, 'its chair')), // inside a found one: left out
    statement(spanOf(body, 'Harbour Days'), 'DIRECT', null, 0), // two words: left out
    statement(spanOf(body, 'best fish in the north sea today'), 'DIRECT', null, 0), // counts against
    statement(spanOf(body, 'the quotas will be cut again'), 'INDIRECT', null, 0.2), // holds 5 of 7 gold tokens: found, no source
  ];

  it('finds each gold attribution once and gives each prediction its verdict', () => {
    const score = scoreAttributions(gold, predictions);
    expect(score.attributions.map((a) => [a.foundBy, a.speakerRight, a.kindRight])).toEqual([
      [0, true, true],
      [1, true, true],
      [2, false, true],
      [6, null, true],
    ]);
    expect(score.statements.map((s) => s.verdict)).toEqual(['match', 'match', 'match', 'excluded', 'excluded', 'wrong', 'match']);
  });

  it('does not hold the gap of a discontinuous content against a prediction', () => {
    const text = 'The plan, the mayor said on Monday, will fail in the spring.';
    const content = [spanOf(text, 'The plan'), spanOf(text, 'will fail in the spring')];
    const split: GoldArticle = { id: 'gap', body: text, attributions: [attribution('E1', 'indirect', content)] };
    const whole = statement({ start: 0, end: text.length - 1 }, 'INDIRECT', null);
    expect(scoreAttributions(split, [whole]).statements[0].verdict).toBe('match');
    const outside: GoldArticle = { id: 'no-gap', body: text, attributions: [attribution('E1', 'indirect', [content[1]])] };
    expect(scoreAttributions(outside, [whole]).statements[0].verdict).toBe('wrong'); // 5 of its 12 tokens inside
  });

  it('adds up attribution and token figures, per gold type, per predicted kind, the confusion and calibration', () => {
    const m = summarizeAttributions([scoreAttributions(gold, predictions)]);
    expect(m.attribution).toMatchObject({ matched: 4, counted: 5, found: 4, gold: 4, precision: 0.8, recall: 1 });
    expect(m.speaker).toEqual({ accuracy: 2 / 3, right: 2, count: 3 });
    expect(m.kind).toEqual({ accuracy: 1, right: 4, count: 4 });
    expect(m.byGoldType.indirect).toMatchObject({ gold: 2, found: 2, recall: 1 });
    expect(m.byGoldType.mixed.speaker).toEqual({ accuracy: 0, right: 0, count: 1 });
    expect(m.byPredictedKind.DIRECT).toMatchObject({ predictions: 4, excluded: 2, counted: 2, matched: 1, precision: 0.5 });
    expect(m.kindConfusion.indirect).toEqual({ DIRECT: 0, MIXED: 0, INDIRECT: 2, missed: 0 });
    expect(m.byMethod.NONE).toEqual({ predictions: 3, speakerRight: 0, speakerWrong: 0, noGoldSource: 1, wrong: 1, excluded: 1 });
    expect(m.calibration.map((b) => [b.from, b.count, b.shareRight])).toEqual([
      [0.6, 1, 0],
      [0.8, 1, 1],
      [0.95, 1, 1],
    ]);
    expect(m.token.recall).toBeLessThan(1); // "Fishermen fear" is not held by any prediction
    expect(m.token.precision).toBeLessThan(1); // the unmatched DIRECT prediction's tokens
  });
});
