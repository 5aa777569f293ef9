import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../../../src/ingestion/extract/entity.extractor';
import { ParsedArticle, Segment } from '../../../../src/ingestion/annotations';
import { CORPUS_DIR } from './entity.seed-article';

const POLNEAR = join(CORPUS_DIR, 'polnear', 'dev.jsonl');
const available = existsSync(POLNEAR);
if (!available) {
  // eslint-disable-next-line no-console
  console.warn(`Entity throughput tests skipped: ${POLNEAR} is missing (the shared corpus is not beside this repository).`);
}

/** A PolNeAR article as the JSON parser hands it over: the first line is the title, each other line a paragraph. */
function toArticle(o: { id: string; title: string; text: string }): ParsedArticle {
  const lines = [...o.text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const segments: Segment[] = lines.map((l, i) => ({ ...l, kind: i === 0 ? 'title' : 'paragraph', paragraph: i === 0 ? null : i - 1 }));
  return {
    origin: o.id, url: null, title: o.title, body: o.text, publishedAt: null, source: null, section: null, dek: null,
    imageCaption: null, imageCredit: null, subheadings: [], paragraphs: lines.slice(1), segments,
  };
}

(available ? describe : describe.skip)('extractEntities on the PolNeAR dev articles', () => {
  const articles = available ? readFileSync(POLNEAR, 'utf8').trim().split('\n').map((l) => toArticle(JSON.parse(l))) : [];

  it('runs well within the pipeline budget of 200 articles of 2,500 words a second', () => {
    for (const a of articles) extractEntities(a); // loads the gazetteer and warms the JIT
    const rounds = 5;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const a of articles) extractEntities(a);
    const msPerArticle = (performance.now() - started) / (rounds * articles.length);
    const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0) / articles.length;
    const perSecondAt2500 = 1000 / ((msPerArticle * 2500) / words);
    // eslint-disable-next-line no-console
    console.log(`extractEntities: ${msPerArticle.toFixed(2)} ms per ${words.toFixed(0)}-word article, ~${perSecondAt2500.toFixed(0)} articles/s at 2,500 words`);
    expect(perSecondAt2500).toBeGreaterThan(150);
  });

  it('finds the people the articles are about and no weekday, month or lone function word', () => {
    const names = new Set(articles.flatMap((a) => extractEntities(a).entities.map((e) => e.name)));
    for (const person of ['Hillary Clinton', 'Donald Trump', 'Barack Obama', 'Tim Kaine', 'Mike Pence']) expect(names).toContain(person);
    const junk = ['Monday', 'Tuesday', 'Sunday', 'January', 'September', 'The', 'But', 'In', 'This', 'We', 'According'];
    expect([...names].filter((n) => junk.includes(n))).toEqual([]);
  });
});
