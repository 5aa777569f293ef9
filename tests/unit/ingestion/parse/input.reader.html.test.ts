import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readInputs, type InputItem } from '../../../../src/ingestion/parse/input.reader';
import { loadConfig } from '../../../../src/config/config';

/** The default article limits, as the CLI passes them. */
const LIMITS = loadConfig({}).limits;

/** A small HTML page whose article is titled `title`. */
const htmlPage = (title: string): string => `<!DOCTYPE html>
<html><head><title>${title}</title><meta property="og:site_name" content="Coastal Times"></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>${title}</h1>
    <p>The port authority lifted the ban on shipping on Friday evening, after three days of gales along the coast.</p>
    <p>&#8220;We are back in business,&#8221; said harbour master Per Hansen on Saturday morning.</p>
  </article>
  <footer>&copy; Coastal Times</footer>
</body></html>`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-input-html-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(files: Record<string, string>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return path.join(dir, Object.keys(files)[0]);
}

async function items(...paths: string[]): Promise<InputItem[]> {
  const seen: InputItem[] = [];
  for await (const item of readInputs(paths, LIMITS)) seen.push(item);
  return seen;
}

function shown(item: InputItem): string {
  return item.kind === 'article' ? `${item.article.origin} -> ${item.article.title}` : item.message;
}

describe('readInputs on HTML pages', () => {
  it('reads an explicitly given .html or .htm file (any case) as an HTML page', async () => {
    const html = write({ 'story.html': htmlPage('Harbour reopens') });
    const htm = write({ 'STORY.HTM': htmlPage('Ferries sail again') });
    const [first, second] = await items(html, htm);
    expect(first).toMatchObject({ kind: 'article', article: { origin: html, title: 'Harbour reopens', source: 'Coastal Times' } });
    expect(second).toMatchObject({ kind: 'article', article: { origin: htm, title: 'Ferries sail again' } });
    if (first.kind !== 'article') throw new Error('expected an article');
    expect(first.article.body).toBe(
      'The port authority lifted the ban on shipping on Friday evening, after three days of gales along the coast.\n\n' +
        '“We are back in business,” said harbour master Per Hansen on Saturday morning.',
    );
  });

  it('finds .html and .htm files in folders, in sorted order beside the other types', async () => {
    write({
      'pages/b.htm': htmlPage('B page'),
      'pages/a.html': htmlPage('A page'),
      'pages/c.json': JSON.stringify({ title: 'C', body: 'C body.' }),
      'pages/sub/d.html': htmlPage('D page'),
      'pages/notes.md': '# not an article',
    });
    const folder = path.join(dir, 'pages');
    expect((await items(folder)).map(shown)).toEqual([
      `${path.join(folder, 'a.html')} -> A page`,
      `${path.join(folder, 'b.htm')} -> B page`,
      `${path.join(folder, 'c.json')} -> C`,
      `${path.join(folder, 'sub', 'd.html')} -> D page`,
    ]);
  });

  it('reports an HTML page without article text, and an empty one, and still reads the others', async () => {
    const menu = write({
      'menu.html': '<html><head><title>Menu</title></head><body><nav><ul><li><a href="/">Home</a></li></ul></nav></body></html>',
    });
    const empty = write({ 'empty.html': '  \n' });
    const good = write({ 'good.html': htmlPage('Harbour reopens') });
    expect((await items(menu, empty, good)).map(shown)).toEqual([
      `${menu}: no article text found in the HTML page`,
      `${empty}: the file is empty`,
      `${good} -> Harbour reopens`,
    ]);
  });

  it('names .html in the message for an unsupported file type', async () => {
    const notes = write({ 'notes.xml': '<notes/>' });
    expect((await items(notes)).map(shown)).toEqual([
      `${notes}: unsupported file type ".xml" (expected .txt, .json, .jsonl, .html or .htm)`,
    ]);
  });
});
