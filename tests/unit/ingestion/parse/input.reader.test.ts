import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readInputs, type InputItem } from '../../../../src/ingestion/parse/input.reader';
import { loadConfig } from '../../../../src/config/config';

/** The default article limits, as the CLI passes them. */
const LIMITS = loadConfig({}).limits;

const PAGE = [
  'Saturday, May 18, 2024',
  'HomeGlobalHarbour reopens after the storm...',
  '',
  'Harbour reopens after the storm',
  '',
  'Boats return to the quay. / EFE',
  '',
  'The port authority lifted the ban on Friday.',
  '',
  'Ferries sailed again on Saturday morning. “We are back,” the captain said.',
  '',
].join('\n');
const article = (title: string, extra: object = {}): string => JSON.stringify({ title, body: `${title} body.`, ...extra });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-input-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes files under the temporary folder; returns the full path of the first. */
function write(files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return path.join(dir, Object.keys(files)[0]);
}

/** What a user sees: "<origin> -> <title>" for an article, the message for an error. */
async function read(...paths: string[]): Promise<string[]> {
  const seen: string[] = [];
  for await (const item of readInputs(paths, LIMITS)) seen.push(shown(item));
  return seen;
}

function shown(item: InputItem): string {
  return item.kind === 'article' ? `${item.article.origin} -> ${item.article.title}` : item.message;
}

describe('readInputs', () => {
  it('reads a page-text file', async () => {
    const file = write({ 'page.txt': PAGE });
    const items: InputItem[] = [];
    for await (const item of readInputs([file], LIMITS)) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'article',
      article: { origin: file, title: 'Harbour reopens after the storm', section: 'Global', publishedAt: '2024-05-18', body: PAGE },
    });
  });

  it('reads a .json object and a .json array, naming array elements by index', async () => {
    const single = write({ 'one.json': `\uFEFF${article('One', { publishedAt: '2024-05-18' })}` });
    const many = write({ 'many.json': `[${article('A')}, ${JSON.stringify({ title: 'B' })}, ${article('C')}]` });
    expect(await read(single, many)).toEqual([
      `${single} -> One`,
      `${many}[0] -> A`,
      `${many}[1]: field "body" is missing`,
      `${many}[2] -> C`,
    ]);
  });

  it('reports a missing path', async () => {
    const missing = path.join(dir, 'nowhere.txt');
    expect(await read(missing)).toEqual([`${missing}: no such file or directory`]);
  });

  it('reports empty files', async () => {
    const empty = write({ 'empty.txt': '' });
    const blank = write({ 'blank.json': '  \n\n' });
    const blankLines = write({ 'blank.jsonl': '\n\n' });
    expect(await read(empty, blank, blankLines)).toEqual([
      `${empty}: the file is empty`,
      `${blank}: the file is empty`,
      `${blankLines}: the file is empty`,
    ]);
  });

  it('reports binary files', async () => {
    const nul = write({ 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) });
    const latin1 = write({ 'latin1.json': Buffer.from('{"title": "Caf\xe9", "body": "x"}', 'latin1') });
    const nulLines = write({ 'dump.jsonl': Buffer.concat([Buffer.from(`${article('A')}\n`), Buffer.alloc(16)]) });
    expect(await read(nul, latin1, nulLines)).toEqual([
      `${nul}: is not a text file (it contains NUL bytes)`,
      `${latin1}: is not a text file (it is not valid UTF-8)`,
      `${nulLines}: is not a text file (it contains NUL bytes)`,
    ]);
  });

  it('reports malformed JSON with its line and column', async () => {
    const file = write({ 'bad.json': '{\n  "title": "T",\n  "body": }\n' });
    const truncated = write({ 'truncated.json': '[{"title": "T", "body": "B"}' });
    expect(await read(file, truncated)).toEqual([
      `${file}: malformed JSON at line 3, column 11: Unexpected token '}'`,
      `${truncated}: malformed JSON at line 1, column 29: Expected ',' or ']' after array element`,
    ]);
  });

  it('reports a JSON object without a body, or that is not an object', async () => {
    const noBody = write({ 'no-body.json': JSON.stringify({ title: 'T', text: 'B' }) });
    const notObject = write({ 'number.json': '42' });
    const emptyArray = write({ 'none.json': '[]' });
    expect(await read(noBody, notObject, emptyArray)).toEqual([
      `${noBody}: field "body" is missing`,
      `${notObject}: expected an article object with "title" and "body", got a number`,
      `${emptyArray}: the JSON array is empty: no articles`,
    ]);
  });

  it('reads JSONL line by line: a bad line is an error for that line and the other lines still yield articles', async () => {
    const file = write({
      'feed.jsonl': [
        article('First'),
        '',
        '{"title": "Broken", "body": ',
        JSON.stringify({ title: 'No body' }),
        article('Fifth', { publishedAt: 'soon' }),
        article('Sixth'),
      ].join('\r\n'),
    });
    expect(await read(file)).toEqual([
      `${file}:1 -> First`,
      `${file}:3: malformed JSON at column 29: Unexpected end of JSON input`,
      `${file}:4: field "body" is missing`,
      `${file}:5: field "publishedAt" is not an ISO date or date-time: "soon"`,
      `${file}:6 -> Sixth`,
    ]);
  });

  describe('the article size limit', () => {
    const small = { ...LIMITS, maxArticleBytes: 2048 };
    const readSmall = async (...paths: string[]) => {
      const seen: string[] = [];
      for await (const item of readInputs(paths, small)) seen.push(shown(item));
      return seen;
    };
    const over = (bytes: number) => `the article is ${bytes} bytes, larger than the limit of 2048 bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)`;

    it('refuses a page-text, HTML or JSON file over the limit, counting UTF-8 bytes, and reads one at the limit', async () => {
      const atLimit = write({ 'at-limit.txt': `Title\n\n${'a'.repeat(2048 - 7)}` });
      const overByOne = write({ 'over.txt': `Title\n\n${'ø'.repeat(1021)}` }); // 7 + 2 * 1021 = 2049 bytes
      const page = `<html><body><h1>T</h1><p>${'x'.repeat(5000)}</p></body></html>`;
      const html = write({ 'page.html': page });
      const big = article('Big', { source: 'y'.repeat(3000) });
      const json = write({ 'one.json': big });
      expect(await readSmall(atLimit, overByOne, html, json)).toEqual([
        `${atLimit} -> Title`,
        `${overByOne}: ${over(2049)}`,
        `${html}: ${over(Buffer.byteLength(page))}`,
        `${json}: ${over(Buffer.byteLength(big))}`,
      ]);
    });

    it('checks each element of a .json array on its own, however large the file', async () => {
      const elements = [article('A'), article('Big', { body: 'z'.repeat(3000) }), ...Array.from({ length: 40 }, (_, n) => article(`N${n}`))];
      const file = write({ 'many.json': `[${elements.join(',\n')}]` });
      const seen = await readSmall(file);
      expect(seen.slice(0, 3)).toEqual([`${file}[0] -> A`, `${file}[1]: ${over(Buffer.byteLength(elements[1]))}`, `${file}[2] -> N0`]);
      expect(seen).toHaveLength(42);
    });

    it('skips a JSONL line over the limit to its newline, naming the file and line, and reads the lines after it', async () => {
      const long = article('Long', { body: 'é'.repeat(3 * 1024 * 1024) }); // 6 MiB: longer than the reader's 1 MiB chunks
      const file = write({ 'feed.jsonl': [article('First'), long, article('Third'), long].join('\r\n') });
      expect(await readSmall(file)).toEqual([
        `${file}:1 -> First`,
        `${file}:2: ${over(Buffer.byteLength(long) + 1)}; the line was skipped`, // its CR counted
        `${file}:3 -> Third`,
        `${file}:4: ${over(Buffer.byteLength(long))}; the line was skipped`,
      ]);
    });

    it('reads JSONL lines longer than the reader\'s chunks whole when they are within the limit', async () => {
      const long = article('Long', { body: 'é'.repeat(1.5 * 1024 * 1024) });
      const file = write({ 'feed.jsonl': `${long}\n${article('Next')}\n` });
      const items: InputItem[] = [];
      for await (const item of readInputs([file], { ...LIMITS, maxArticleBytes: 4 * 1024 * 1024 })) items.push(item);
      expect(items.map(shown)).toEqual([`${file}:1 -> Long`, `${file}:2 -> Next`]);
      expect(items[0].kind === 'article' && items[0].article.body).toBe('é'.repeat(1.5 * 1024 * 1024));
    });
  });

  it('lets a reader stop early in a large JSONL file', async () => {
    const file = write({ 'large.jsonl': Array.from({ length: 20000 }, (_, n) => article(`Article ${n}`)).join('\n') });
    const seen: string[] = [];
    for await (const item of readInputs([file], LIMITS)) {
      seen.push(shown(item));
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([`${file}:1 -> Article 0`, `${file}:2 -> Article 1`, `${file}:3 -> Article 2`]);
  });

  it('walks a folder recursively in sorted order, skipping other files silently and reporting bad ones', async () => {
    write({
      'mixed/b.json': '{"title": "B", "body": ',
      'mixed/a.txt': PAGE,
      'mixed/notes.md': '# not an article',
      'mixed/.hidden.txt': PAGE,
      'mixed/sub/c.jsonl': `${article('C1')}\n{"title": 1, "body": "x"}\n`,
      'mixed/sub/empty.txt': '',
      'mixed/z.json': article('Z'),
    });
    const folder = path.join(dir, 'mixed');
    expect(await read(folder)).toEqual([
      `${path.join(folder, 'a.txt')} -> Harbour reopens after the storm`,
      `${path.join(folder, 'b.json')}: malformed JSON at line 1, column 24: Unexpected end of JSON input`,
      `${path.join(folder, 'sub', 'c.jsonl')}:1 -> C1`,
      `${path.join(folder, 'sub', 'c.jsonl')}:2: field "title" must be a string (got a number)`,
      `${path.join(folder, 'sub', 'empty.txt')}: the file is empty`,
      `${path.join(folder, 'z.json')} -> Z`,
    ]);
  });

  it('reports an explicit file of another type and a folder without input files', async () => {
    const notes = write({ 'notes.md': '# notes', 'nothing/readme.md': 'x' });
    const nothing = path.join(dir, 'nothing');
    expect(await read(notes, nothing)).toEqual([
      `${notes}: unsupported file type ".md" (expected .txt, .json, .jsonl, .html or .htm)`,
      `${nothing}: the folder contains no .txt, .json, .jsonl, .html or .htm files`,
    ]);
  });
});
