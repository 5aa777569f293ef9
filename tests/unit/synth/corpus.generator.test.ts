import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusSynthCommand, parseSynthArgs } from '../../../src/cli/corpus-synth.command';
import { parseJsonArticle } from '../../../src/ingestion/parse/json-article.parser';
import { readInputs } from '../../../src/ingestion/parse/input.reader';
import { annotateArticle } from '../../../src/ingestion/annotate-article';
import { CorpusGenerator, mulberry32, synthPools, Zipf } from '../../../src/synth/corpus.generator';
import { loadConfig } from '../../../src/config/config';

/** The default article limits, as the CLI passes them. */
const LIMITS = loadConfig({}).limits;

describe('synthetic corpus generator', () => {
  const generator = new CorpusGenerator({ seed: 42 });
  const sample = [...generator.articles(60)];

  test('is deterministic for a seed, and article i does not depend on the order of generation', () => {
    const again = new CorpusGenerator({ seed: 42 });
    expect([...again.articles(5)].map((a) => a.article)).toEqual(sample.slice(0, 5).map((a) => a.article));
    expect(again.article(37)).toEqual(sample[37]);
    const other = new CorpusGenerator({ seed: 43 });
    expect(other.article(0).article.body).not.toEqual(sample[0].article.body);
  });

  test('mulberry32 and the Zipf sampler are the well-known ones', () => {
    const rng = mulberry32(1);
    expect([rng(), rng()].map((x) => x.toFixed(6))).toEqual(['0.627074', '0.002736']);
    const zipf = new Zipf(1000, 1, 3);
    const r = mulberry32(9);
    const counts = new Array(1000).fill(0);
    for (let i = 0; i < 20000; i++) counts[zipf.sample(r())]++;
    expect(counts[0]).toBeGreaterThan(counts[10]);
    expect(counts[0] / 20000).toBeGreaterThan(0.03);
    expect(counts[0] / 20000).toBeLessThan(0.08);
  });

  test('pools hold a few thousand people and places from the installed packages', () => {
    const pools = synthPools();
    expect(pools.people.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(pools.people.map((p) => p.name)).size).toBe(pools.people.length);
    expect(pools.countries).toEqual(expect.arrayContaining(['Ukraine', 'Brazil', 'Japan']));
    expect(pools.cities.length).toBeGreaterThan(1000);
    expect(pools.states.length).toBeGreaterThan(300);
    expect(pools.organizations).toEqual(expect.arrayContaining(['United Nations', 'World Bank']));
  });

  test('articles have the ingest format and the shape of news copy', () => {
    for (const { article, truth } of sample) {
      expect(Object.keys(article).sort()).toEqual(['body', 'publishedAt', 'source', 'title', 'url']);
      expect(truth.words).toBeGreaterThanOrEqual(600);
      expect(truth.words).toBeLessThanOrEqual(900);
      const statements = truth.quotes.filter((q) => q.statement);
      expect(statements.length).toBeGreaterThanOrEqual(5);
      expect(statements.length).toBeLessThanOrEqual(12);
      expect(truth.mentions).toBeGreaterThanOrEqual(10);
      expect(truth.mentions).toBeLessThanOrEqual(30);
      expect(article.publishedAt >= '2015-01-01' && article.publishedAt <= '2024-12-31').toBe(true);
      for (const q of truth.quotes) expect(article.body).toContain(q.text);
      expect(() => parseJsonArticle(article, 'synth')).not.toThrow();
    }
    const patterns = new Set(sample.flatMap((a) => a.truth.quotes.map((q) => q.pattern)));
    expect([...patterns].sort()).toEqual(['ACCORDING_TO', 'NAME_SAID', 'PRONOUN_ADDED', 'SAID_NAME', 'SCARE', 'SPLIT', 'TOLD']);
    const dates = new Set(sample.map((a) => a.article.publishedAt.slice(0, 4)));
    expect(dates.size).toBeGreaterThanOrEqual(7);
    expect(new Set(sample.map((a) => a.article.url)).size).toBe(sample.length);
  });

  test('a few speakers and places are very frequent (Zipf-like skew)', () => {
    const speakers = new Map<string, number>();
    for (const { truth } of generator.articles(400)) {
      for (const q of truth.quotes) if (q.speaker) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
    }
    const counts = [...speakers.values()].sort((a, b) => b - a);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(counts[0] / total).toBeGreaterThan(0.015);
    expect(counts.slice(0, 10).reduce((a, b) => a + b, 0) / total).toBeGreaterThan(0.1);
    expect(speakers.size).toBeGreaterThan(300);
  });

  test('the real pipeline finds most of the generated quotes and their speakers', () => {
    let quotes = 0;
    let found = 0;
    let speakersRight = 0;
    let scare = 0;
    let scareKept = 0;
    let mentions = 0;
    for (const { article, truth } of sample.slice(0, 20)) {
      const parsed = parseJsonArticle(article, 'synth');
      const annotations = annotateArticle(parsed);
      mentions += annotations.mentions.length;
      const names = new Map(annotations.entities.map((e) => [e.key, e.name]));
      for (const q of truth.quotes) {
        const hit = annotations.quotes.find((c) => parsed.body.slice(c.start, c.end) === q.text);
        if (!q.statement) {
          scare++;
          if (hit && !hit.isStatement) scareKept++;
          continue;
        }
        quotes++;
        if (!hit || !hit.isStatement) continue;
        found++;
        if (hit.speakerKey && names.get(hit.speakerKey) === q.speaker) speakersRight++;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(100);
    expect(found / quotes).toBeGreaterThan(0.9);
    expect(speakersRight / quotes).toBeGreaterThan(0.85);
    expect(scareKept).toBe(scare);
    expect(mentions / 20).toBeGreaterThanOrEqual(10);
  });

  test('corpus:synth streams JSONL that the ingest reader accepts', async () => {
    expect(parseSynthArgs(['--articles', '3'])).toMatch(/usage/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-synth-'));
    try {
      const out = path.join(dir, 'corpus.jsonl');
      const logged: string[] = [];
      expect(await corpusSynthCommand(['--articles', '3', '--out', out, '--seed', '42'], (l) => logged.push(l))).toBe(0);
      expect(logged[0]).toMatch(/^wrote 3 articles/);
      const lines = fs.readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(lines.map((l) => JSON.parse(l))).toEqual(sample.slice(0, 3).map((a) => a.article));
      const items = [];
      for await (const item of readInputs([out], LIMITS)) items.push(item);
      expect(items.map((i) => i.kind)).toEqual(['article', 'article', 'article']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
