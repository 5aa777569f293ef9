import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../../../../src/ingestion/extract/quote.extractor';
import { articleOf, mentionsOf, type EntitySpec } from './article.fixture';

const CORPUS = join(__dirname, '../../../../../shared/corpus');
const SEED = join(CORPUS, '000_574b9d7c806bcde1.txt');
const GOLD = join(CORPUS, '000_574b9d7c806bcde1.gold.json');
const present = existsSync(SEED) && existsSync(GOLD);

const ENTITIES: EntitySpec[] = [
  { key: 'stoltenberg', type: 'PERSON', names: ['Jens Stoltenberg', 'Stoltenberg'], role: 'Secretary General' },
  { key: 'nato', type: 'ORGANIZATION', names: ['NATO', 'Atlantic Alliance'] },
  { key: 'ukraine', type: 'LOCATION', names: ['Ukraine', 'Ukrainian'] },
  { key: 'russia', type: 'LOCATION', names: ['Russia', 'Russian'] },
  { key: 'moscow', type: 'LOCATION', names: ['Moscow', 'Kremlin'] },
  { key: 'kyiv', type: 'LOCATION', names: ['Kyiv', 'Kiev'] },
  { key: 'china', type: 'LOCATION', names: ['China'] },
];
const NAMES: Record<string, string> = { stoltenberg: 'Jens Stoltenberg', nato: 'NATO' };

(present ? describe : describe.skip)('extractQuotes on the seed article (needs ../shared/corpus)', () => {
  it('finds exactly the 8 gold quotes with their offsets and speakers', () => {
    const body = readFileSync(SEED, 'utf8');
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { quotes: { start: number; end: number; speaker: string }[] };
    // The body paragraphs: the lines after the dek, without the subheading and the trailing "Recent posts".
    const lines = [...body.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    const paragraphs = lines.filter((l) => l.end - l.start > 200 && !body.slice(l.start).startsWith('Stoltenberg assures'));
    expect(paragraphs).toHaveLength(4);
    const article = { ...articleOf([]), body, paragraphs, segments: [] };

    const quotes = extractQuotes(article, mentionsOf(article, ENTITIES)).filter((q) => q.isStatement);

    expect(quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speakerKey && NAMES[q.speakerKey] }))).toEqual(
      gold.quotes.map((g) => ({ start: g.start, end: g.end, speaker: g.speaker })),
    );
  });
});

if (!present) {
  it.skip(`seed quote test skipped: ${CORPUS} is absent`, () => undefined);
}
