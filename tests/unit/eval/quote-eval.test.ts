import { parsePolnearLine } from '../../../src/eval/polnear.reader';
import {
  classifySource,
  liesInside,
  overlapLength,
  scoreArticle,
  spansMatch,
  summarize,
  trimSpan,
  wordCount,
  worstMisses,
  type GoldArticle,
  type GoldAttribution,
  type PredictedQuote,
} from '../../../src/eval/quote-eval';
import type { Span } from '../../../src/ingestion/annotations';
import { spanOf } from '../../support/span-of';


const textOf = (body: string, span: Span | null) => (span ? body.slice(span.start, span.end) : null);

function attribution(id: string, type: GoldAttribution['type'], content: Span[], source: Span[] = [], sourceIsPronoun = false): GoldAttribution {
  return { id, type, content, source, sourceIsPronoun };
}

function predicted(span: Span, speakerMention: Span | null, attributionMethod: PredictedQuote['attribution'] = 'EXPLICIT', confidence = 0.9): PredictedQuote {
  return { ...span, speakerMention, attribution: attributionMethod, confidence };
}

describe('trimSpan', () => {
  it('trims quotation marks, white space and edge punctuation from both ends', () => {
    const body = 'He said “  We stay, whatever happens.  ” and left.';
    expect(textOf(body, trimSpan(body, spanOf(body, '“  We stay, whatever happens.  ”')))).toBe('We stay, whatever happens');
  });

  it('keeps inner punctuation and marks, and returns null when nothing is left', () => {
    const body = '"It is ‘fine’ — really." and then “ … ”';
    expect(textOf(body, trimSpan(body, spanOf(body, '"It is ‘fine’ — really."')))).toBe('It is ‘fine’ — really');
    expect(trimSpan(body, spanOf(body, '“ … ”'))).toBeNull();
  });
});

describe('the 0.8 overlap rule', () => {
  it('matches when the overlap is at least 0.8 of the longer span, whichever it is', () => {
    expect(overlapLength({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlapLength({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    expect(spansMatch({ start: 0, end: 100 }, { start: 0, end: 80 })).toBe(true);
    expect(spansMatch({ start: 0, end: 80 }, { start: 0, end: 100 })).toBe(true);
    expect(spansMatch({ start: 0, end: 100 }, { start: 0, end: 79 })).toBe(false);
    expect(spansMatch({ start: 0, end: 100 }, { start: 10, end: 100 })).toBe(true);
    expect(spansMatch({ start: 0, end: 100 }, { start: 21, end: 110 })).toBe(false);
  });

  it('counts a span as inside content when 0.8 of it lies in the content spans together', () => {
    expect(liesInside({ start: 10, end: 20 }, [{ start: 0, end: 18 }])).toBe(true);
    expect(liesInside({ start: 10, end: 20 }, [{ start: 0, end: 17 }])).toBe(false);
    expect(liesInside({ start: 0, end: 100 }, [{ start: 0, end: 50 }, { start: 51, end: 90 }])).toBe(true);
  });
});

describe('wordCount and classifySource', () => {
  it('counts words with inner apostrophes as one', () => {
    expect(wordCount('don’t stop, it’s 2016!')).toBe(4);
    expect(wordCount(' — ')).toBe(0);
  });

  it('splits sources into named, pronoun and other', () => {
    expect(classifySource('Caddell', false)).toBe('named');
    expect(classifySource('The Harbour Times', false)).toBe('named');
    expect(classifySource('Sen. Ann Berg (D-Ore.)', false)).toBe('named');
    expect(classifySource('he', false)).toBe('pronoun');
    expect(classifySource('They', false)).toBe('pronoun');
    expect(classifySource('his brother', true)).toBe('pronoun');
    expect(classifySource('the source', false)).toBe('other');
    expect(classifySource('a spokesman for the port', false)).toBe('other');
  });
});

describe('scoreArticle and summarize', () => {
  const body = [
    '“We will not sign this deal,” Berg said. “Never.”',
    'The union called it “a very bad deal for the crews” in a statement.',
    'The mayor called the plan a “disaster” and the “Harbour Plan” a failure.',
    '“Ships leave at dawn every day,” he said.',
    'A poster read “Fish for all of us now” near the quay.',
  ].join('\n\n');
  const piece1 = spanOf(body, '“We will not sign this deal,”');
  const piece2 = spanOf(body, '“Never.”');
  const piece3 = spanOf(body, '“Ships leave at dawn every day,”');
  const gold: GoldArticle = {
    id: 'own-article',
    body,
    attributions: [
      attribution('E1', 'direct', [piece1, piece2], [spanOf(body, 'Berg')]),
      attribution('E2', 'mixed', [spanOf(body, 'it “a very bad deal for the crews”')], [spanOf(body, 'The union')]),
      attribution('E3', 'direct', [piece3], [spanOf(body, 'he said')], true),
    ],
  };
  const inner = (part: string) => trimSpan(body, spanOf(body, part))!;
  const predictions: PredictedQuote[] = [
    predicted(inner('“We will not sign this deal,”'), spanOf(body, 'Berg'), 'EXPLICIT', 0.97),
    predicted(inner('“Never.”'), spanOf(body, 'Berg'), 'CONTINUATION', 0.95),
    predicted(inner('“a very bad deal for the crews”'), spanOf(body, 'The union'), 'SUBJECT', 0.6),
    predicted(inner('“disaster”'), null, 'NONE', 0), // short and unmatched: left out
    predicted(inner('“Ships leave at dawn every day,”'), spanOf(body, 'Berg'), 'PRONOUN', 0.99), // wrong speaker
    predicted(inner('“Fish for all of us now”'), null, 'NONE', 0), // longer and unmatched: wrong
  ];

  it('gives each prediction its verdict, leaving out unmatched ones of two words or fewer', () => {
    const score = scoreArticle(gold, predictions);
    expect(score.predictions.map((p) => p.verdict)).toEqual(['match', 'match', 'inside', 'excluded', 'match', 'wrong']);
    expect(score.pieces.map((p) => [p.matchedBy, p.speakerRight])).toEqual([
      [0, true],
      [1, true],
      [4, false],
    ]);
  });

  it('adds up precision, recall, exact spans, speaker accuracy by source class and calibration', () => {
    const metrics = summarize([scoreArticle(gold, predictions)]);
    expect(metrics.quote).toMatchObject({ predictedRight: 4, predictedCounted: 5, goldMatched: 3, goldPieces: 3, precision: 0.8, recall: 1 });
    expect(metrics.quote.f1).toBeCloseTo((2 * 0.8) / 1.8, 10);
    expect(metrics.exact).toMatchObject({ goldMatched: 3, predictedRight: 4 });
    expect(metrics.excludedShortPredictions).toBe(1);
    expect(metrics.speaker).toMatchObject({ right: 2, count: 3 });
    expect(metrics.speaker.byClass).toEqual({
      named: { accuracy: 1, right: 2, count: 2 },
      pronoun: { accuracy: 0, right: 0, count: 1 },
      other: { accuracy: 0, right: 0, count: 0 },
    });
    expect(metrics.calibration).toEqual({
      EXPLICIT: { count: 1, meanConfidence: 0.97, shareRight: 1 },
      CONTINUATION: { count: 1, meanConfidence: 0.95, shareRight: 1 },
      PRONOUN: { count: 1, meanConfidence: 0.99, shareRight: 0 },
    });
  });

  it('counts a near miss as a match but not as an exact one', () => {
    const shorter = { ...inner('“We will not sign this deal,”'), end: inner('“We will not sign this deal,”').end - ' deal'.length };
    const score = scoreArticle(gold, [predicted(shorter, spanOf(body, 'Berg'))]);
    expect(score.predictions[0].verdict).toBe('match');
    expect(score.predictions[0].exactVerdict).toBe('wrong');
    expect(summarize([score]).exact.goldMatched).toBe(0);
  });

  it('ranks the worst misses longest first, with their context', () => {
    const misses = worstMisses([scoreArticle(gold, predictions.slice(2))], 10);
    expect(misses.map((m) => [m.kind, m.text])).toEqual([
      ['missed', 'We will not sign this deal'],
      ['speaker', 'Ships leave at dawn every day'],
      ['spurious', 'Fish for all of us now'],
      ['missed', 'Never'],
    ]);
    expect(misses[1]).toMatchObject({ goldSource: 'he said', predictedSpeaker: 'Berg', attribution: 'PRONOUN' });
    expect(misses[2].context).toContain('A poster read “⟦Fish for all of us now⟧” near the quay.');
  });
});

describe('parsePolnearLine', () => {
  const text = 'Title line.\n\n“We stay,” Berg said.';
  const quote = spanOf(text, '“We stay,”');
  const berg = spanOf(text, 'Berg');
  const line = (source: { start: number; end: number; text: string }) =>
    JSON.stringify({
      id: 'x1', publisher: 'harbour-times', publication_date: '2016-09-12', title: 'Title line', text,
      attributions: [{ id: 'E1', type: 'direct', content: [{ ...quote, text: '“We stay,”' }], source: [source], cue: [], source_is_pronoun: false }],
    });

  it('builds the ingest object, parses it as ingest does and keeps the gold spans', () => {
    const article = parsePolnearLine(line({ ...berg, text: 'Berg' }), 'dev.jsonl:1');
    expect(article.ingest).toEqual({ title: 'Title line', body: text, publishedAt: '2016-09-12', source: 'harbour-times' });
    expect(article.article.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Title line.', '“We stay,” Berg said.']);
    expect(article.gold.attributions[0]).toEqual({
      id: 'E1', type: 'direct', content: [quote], source: [berg], sourceIsPronoun: false,
    });
  });

  it('rejects a span that does not index the text, naming the line', () => {
    expect(() => parsePolnearLine(line({ start: berg.start - 1, end: berg.end, text: 'Berg' }), 'dev.jsonl:7')).toThrow(/dev\.jsonl:7: attribution E1 source/);
  });
});
