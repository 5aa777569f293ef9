import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ParsedArticle } from '../../../../src/ingestion/annotations';
import { parsePageText } from '../../../../src/ingestion/parse/page-text.parser';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus');
const SEED = path.join(CORPUS, '000_574b9d7c806bcde1.txt');
const SEED_GOLD = path.join(CORPUS, '000_574b9d7c806bcde1.gold.json');
const seedPresent = existsSync(SEED) && existsSync(SEED_GOLD);
if (!seedPresent) console.warn(`Skipping the seed-article tests: ${SEED} or its .gold.json is absent.`);

/** The text of every segment, as "kind: text". */
function segmentTexts(article: ParsedArticle): string[] {
  return article.segments.map((segment) => `${segment.kind}: ${article.body.slice(segment.start, segment.end)}`);
}

function paragraphTexts(article: ParsedArticle): string[] {
  return article.paragraphs.map((span) => article.body.slice(span.start, span.end));
}

(seedPresent ? describe : describe.skip)('parsePageText on the seed article', () => {
  const raw = seedPresent ? readFileSync(SEED, 'utf8') : '';
  const gold = seedPresent ? JSON.parse(readFileSync(SEED_GOLD, 'utf8')) : {};
  const article = parsePageText(raw, SEED);

  it('reads the header fields as the gold article section says', () => {
    expect(article).toMatchObject({
      origin: SEED,
      url: null,
      title: gold.article.title,
      publishedAt: gold.article.pageDate,
      section: gold.article.section,
      dek: gold.article.dek,
      imageCaption: gold.article.imageCaption,
      imageCredit: gold.article.imageCredit,
      subheadings: gold.article.subheadings,
    });
    expect(article.paragraphs).toHaveLength(gold.article.bodyParagraphs);
  });

  it('keeps the raw text as the body, and spans whole trimmed lines of it', () => {
    expect(article.body).toBe(raw);
    const rawLines = raw.split(/\r?\n/);
    const lineTexts = [article.title, article.dek, ...article.subheadings, ...paragraphTexts(article)];
    for (const text of lineTexts) expect(rawLines).toContain(text);
    expect(rawLines).toContain(`${article.imageCaption} / ${article.imageCredit}`);
    expect(paragraphTexts(article)[0]).toMatch(/^Russia is far from military de-escalation/);
    expect(paragraphTexts(article)[3]).toMatch(/have already rejected\.$/);
  });

  it('leaves the boilerplate out of paragraphs and segments', () => {
    const texts = segmentTexts(article).join('\n');
    expect(texts).not.toContain('Recent posts');
    expect(texts).not.toContain('HomeGlobal');
    expect(texts).not.toContain('Saturday');
  });

  it('lists title, caption, credit, dek, subheading and paragraph segments in page order', () => {
    expect(article.segments.map((segment) => [segment.kind, segment.paragraph])).toEqual([
      ['title', null],
      ['caption', null],
      ['credit', null],
      ['dek', null],
      ['paragraph', 0],
      ['paragraph', 1],
      ['subheading', null],
      ['paragraph', 2],
      ['paragraph', 3],
    ]);
  });

  it('puts every gold quote inside a body paragraph at its gold offsets', () => {
    for (const quote of gold.quotes as { n: number; text: string; start: number; end: number }[]) {
      expect({ n: quote.n, text: raw.slice(quote.start, quote.end) }).toEqual({ n: quote.n, text: quote.text });
      const inside = article.paragraphs.some((span) => span.start <= quote.start && quote.end <= span.end);
      expect({ n: quote.n, inside }).toEqual({ n: quote.n, inside: true });
    }
  });
});

describe('parsePageText on other layouts', () => {
  it('reads a page with CRLF endings, indented lines, a multi-line paragraph, separators in the breadcrumb and a caption after the dek', () => {
    const page = [
      '  Home > World > Europe > Storm floods the old harbour of',
      '',
      '\tStorm floods the old harbour of Valletta  ',
      '',
      'Emergency crews worked through the night to pump out the quays.',
      '',
      'Fishing boats tied up in the harbour. / Jane Roe/Reuters',
      '',
      'The storm reached the island on Tuesday evening.',
      'It brought winds of 120 km/h, the weather office said.',
      '',
      '   What comes next?   ',
      '',
      '“We will rebuild the quays,” the mayor said.',
      '',
      'Advertisement',
      '',
      'Repairs will take months.',
      '',
      'Share this article',
      '',
      'A headline of another article that is long enough to look like a paragraph of the page.',
      '',
    ].join('\r\n');
    const article = parsePageText(page, 'storm.txt');

    expect(article).toMatchObject({
      title: 'Storm floods the old harbour of Valletta',
      publishedAt: null,
      section: 'Europe',
      dek: 'Emergency crews worked through the night to pump out the quays.',
      imageCaption: 'Fishing boats tied up in the harbour.',
      imageCredit: 'Jane Roe/Reuters',
      subheadings: ['What comes next?'],
    });
    expect(paragraphTexts(article)).toEqual([
      'The storm reached the island on Tuesday evening.\r\nIt brought winds of 120 km/h, the weather office said.',
      '“We will rebuild the quays,” the mayor said.',
      'Repairs will take months.',
    ]);
    expect(segmentTexts(article)).toEqual([
      'title: Storm floods the old harbour of Valletta',
      'dek: Emergency crews worked through the night to pump out the quays.',
      'caption: Fishing boats tied up in the harbour.',
      'credit: Jane Roe/Reuters',
      'paragraph: The storm reached the island on Tuesday evening.\r\nIt brought winds of 120 km/h, the weather office said.',
      'subheading: What comes next?',
      'paragraph: “We will rebuild the quays,” the mayor said.',
      'paragraph: Repairs will take months.',
    ]);
  });

  it('reads a page that starts with its title and has one paragraph a line, no dek sentence and no caption', () => {
    const page =
      'Council approves the new budget\n' +
      'The council approved the budget on Monday. It passed by nine votes to four.\n' +
      'Spending on schools rises by five percent.\n' +
      'Related\n' +
      'Tags: budget, council\n';
    const article = parsePageText(page, 'budget.txt');

    expect(article).toMatchObject({
      title: 'Council approves the new budget',
      publishedAt: null,
      section: null,
      dek: null,
      imageCaption: null,
      imageCredit: null,
      subheadings: [],
    });
    expect(paragraphTexts(article)).toEqual([
      'The council approved the budget on Monday. It passed by nine votes to four.',
      'Spending on schools rises by five percent.',
    ]);
  });

  it('reads a day-first date after a glued breadcrumb, and drops trailing short lines', () => {
    const page = [
      'HomeSportsTennisLocal champion wins the final in ...',
      '18 May 2024 10:32',
      'Local champion wins the final in three sets',
      '',
      'Ana Petrova beat the top seed in a match that lasted four hours.',
      '',
      'The crowd stood for the last point. “It is the best day of my life,” Petrova said.',
      '',
      'Recent posts',
      '',
      'Most read',
    ].join('\n');
    const article = parsePageText(page, 'tennis.txt');

    expect(article).toMatchObject({
      title: 'Local champion wins the final in three sets',
      publishedAt: '2024-05-18',
      section: 'Tennis',
      dek: 'Ana Petrova beat the top seed in a match that lasted four hours.',
    });
    expect(paragraphTexts(article)).toEqual([
      'The crowd stood for the last point. “It is the best day of my life,” Petrova said.',
    ]);
  });

  it('refuses a blank page with a message naming it', () => {
    expect(() => parsePageText(' \n\r\n\t', 'blank.txt')).toThrow('blank.txt: the page has no text');
  });
});
