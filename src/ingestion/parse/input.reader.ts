import type { Dirent } from 'node:fs';
import { open, readdir, readFile, stat, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { ParsedArticle } from '../annotations';
import { articleSizeRefusal, type ArticleLimits } from './article.limits';
import { readCappedLines } from './capped-lines.reader';
import { parseHtmlArticle } from './html-article.parser';
import { parseJsonArticle } from './json-article.parser';
import { JsonSyntaxError, parseJsonText } from './json-text.parser';
import { parsePageText } from './page-text.parser';

/** One result of reading inputs: an article, or an error whose `message` names the file (and line). */
export type InputItem =
  | { kind: 'article'; article: ParsedArticle }
  | { kind: 'error'; origin: string; message: string };

const HTML_EXTENSIONS = ['.html', '.htm'];
/** The file extensions read as inputs (lower case); other files in a folder are skipped. */
export const INPUT_EXTENSIONS = ['.txt', '.json', '.jsonl', ...HTML_EXTENSIONS];
const EXTENSION_LIST = '.txt, .json, .jsonl, .html or .htm';
/** How much of a JSONL file is checked for binary content before it is streamed line by line. */
const JSONL_SNIFF_BYTES = 64 * 1024;

/**
 * Reads articles from files and folders, in the order given; folders are walked recursively in
 * sorted order, reading their .txt (page text), .json (an article object or an array of them),
 * .jsonl (an article object a line, streamed) and .html/.htm (a web page, its article found by
 * Readability) files and skipping other files and dot-entries.
 * An article larger than `limits.maxArticleBytes` (its file for .txt, .html and a .json object,
 * its line for JSONL, its element re-serialised for a .json array) is refused with an error item
 * naming the limit, read only up to the limit (+1 byte): a huge file or line is never held whole.
 * Never throws for bad input: each problem is an error item whose message starts with its origin
 * (`file`, `file.json[3]` or `file.jsonl:LINE`), and the other inputs are still read.
 */
export async function* readInputs(paths: string[], limits: ArticleLimits): AsyncIterable<InputItem> {
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      yield errorItem(given, fileSystemReason(error));
      continue;
    }
    if (info.isDirectory()) {
      const found = yield* readFolder(given, limits);
      if (!found) yield errorItem(given, `the folder contains no ${EXTENSION_LIST} files`);
    } else if (!info.isFile()) {
      yield errorItem(given, 'is not a regular file or folder');
    } else if (!INPUT_EXTENSIONS.includes(extensionOf(given))) {
      yield errorItem(given, `unsupported file type "${path.extname(given)}" (expected ${EXTENSION_LIST})`);
    } else {
      yield* readInputFile(given, limits);
    }
  }
}

/** Reads a folder's input files recursively; returns whether it held any. */
async function* readFolder(folder: string, limits: ArticleLimits): AsyncGenerator<InputItem, boolean> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield errorItem(folder, fileSystemReason(error));
    return true;
  }
  let found = false;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      found = (yield* readFolder(entryPath, limits)) || found;
    } else if (INPUT_EXTENSIONS.includes(extensionOf(entryPath)) && (await isFile(entry, entryPath))) {
      found = true;
      yield* readInputFile(entryPath, limits);
    }
  }
  return found;
}

function readInputFile(file: string, limits: ArticleLimits): AsyncGenerator<InputItem> {
  const extension = extensionOf(file);
  if (extension === '.jsonl') return readJsonLines(file, limits);
  if (HTML_EXTENSIONS.includes(extension)) return readWholeFile(file, limits, articlesFromHtml);
  return readWholeFile(file, limits, extension === '.json' ? articlesFromJson : articlesFromPageText);
}

async function* readWholeFile(
  file: string,
  limits: ArticleLimits,
  articlesOf: (text: string, file: string, limits: ArticleLimits) => InputItem[],
): AsyncGenerator<InputItem> {
  let bytes: Buffer | { over: number };
  try {
    bytes = await readArticleFile(file, limits.maxArticleBytes, articlesOf === articlesFromJson);
  } catch (error) {
    yield errorItem(file, fileSystemReason(error));
    return;
  }
  if (!Buffer.isBuffer(bytes)) {
    yield errorItem(file, articleSizeRefusal(bytes.over, limits));
    return;
  }
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') yield errorItem(file, decoded.problem);
  else if (decoded.trim() === '') yield errorItem(file, 'the file is empty');
  else yield* articlesOf(decoded, file, limits);
}

/**
 * The bytes of a file that holds one article, or its size when that is over `maxBytes` (read up to
 * `maxBytes` + 1 bytes only). A JSON file that opens with `[` (an array: many articles) is read
 * whole, its elements checked one by one.
 */
async function readArticleFile(file: string, maxBytes: number, mayBeArray: boolean): Promise<Buffer | { over: number }> {
  const handle = await open(file, 'r');
  try {
    const head = await readUpTo(handle, maxBytes + 1);
    if (head.length <= maxBytes) return head;
    const size = (await handle.stat()).size;
    if (!(mayBeArray && /^(?:\uFEFF)?\s*\[/.test(head.subarray(0, 1024).toString('utf8')))) return { over: Math.max(size, head.length) };
    return await readFile(file);
  } finally {
    await handle.close();
  }
}

/** The first `length` bytes of an open file (fewer when it is shorter). */
async function readUpTo(handle: FileHandle, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function articlesFromPageText(text: string, file: string): InputItem[] {
  return [articleItem(() => parsePageText(text, file), file)];
}

/** An HTML page: one article, or `<file>: no article text found in the HTML page`. */
function articlesFromHtml(html: string, file: string): InputItem[] {
  return [articleItem(() => parseHtmlArticle(html, file), file)];
}

function articlesFromJson(text: string, file: string, limits: ArticleLimits): InputItem[] {
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    return [errorItem(file, (error as Error).message)];
  }
  if (!Array.isArray(value)) return [articleItem(() => parseJsonArticle(value, file), file)];
  if (value.length === 0) return [errorItem(file, 'the JSON array is empty: no articles')];
  return value.map((element, index) => {
    const origin = `${file}[${index}]`;
    const bytes = Buffer.byteLength(JSON.stringify(element) ?? '');
    if (bytes > limits.maxArticleBytes) return errorItem(origin, articleSizeRefusal(bytes, limits));
    return articleItem(() => parseJsonArticle(element, origin), origin);
  });
}

/**
 * Streams a JSONL file line by line: each non-blank line is one article or one error item; a line
 * over the article size limit is skipped to its newline, never held whole.
 */
async function* readJsonLines(file: string, limits: ArticleLimits): AsyncGenerator<InputItem> {
  const problem = await sniffBinary(file);
  if (problem !== null) {
    yield errorItem(file, problem);
    return;
  }
  let found = false;
  try {
    for await (const line of readCappedLines(file, limits.maxArticleBytes)) {
      const origin = `${file}:${line.number}`;
      found ||= line.text === null || line.text.trim() !== '';
      if (line.text === null) {
        yield errorItem(origin, `${articleSizeRefusal(line.bytes, limits)}; the line was skipped`);
        continue;
      }
      const text = line.number === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
      if (text.trim() !== '') yield jsonLineItem(text, origin);
    }
  } catch (error) {
    yield errorItem(file, fileSystemReason(error));
    return;
  }
  if (!found) yield errorItem(file, 'the file is empty');
}

function jsonLineItem(line: string, origin: string): InputItem {
  let value: unknown;
  try {
    value = parseJsonText(line);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return errorItem(origin, `malformed JSON at column ${error.column}: ${error.reason}`);
  }
  return articleItem(() => parseJsonArticle(value, origin), origin);
}

/** Why the start of a file is not text (empty, NUL bytes, invalid UTF-8), or null when it looks like text. */
async function sniffBinary(file: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(JSONL_SNIFF_BYTES), 0, JSONL_SNIFF_BYTES, 0);
    if (bytesRead === 0) return 'the file is empty';
    const sample = decodeText(buffer.subarray(0, bytesRead), true);
    return typeof sample === 'string' ? null : sample.problem;
  } catch (error) {
    return fileSystemReason(error);
  } finally {
    await handle?.close();
  }
}

/** The UTF-8 text of `bytes`, or why it is not text; `partial` accepts a sequence cut at the end. */
function decodeText(bytes: Uint8Array, partial = false): string | { problem: string } {
  if (bytes.includes(0)) return { problem: 'is not a text file (it contains NUL bytes)' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    return { problem: 'is not a text file (it is not valid UTF-8)' };
  }
}

function articleItem(parse: () => ParsedArticle, origin: string): InputItem {
  try {
    return { kind: 'article', article: parse() };
  } catch (error) {
    return { kind: 'error', origin, message: (error as Error).message };
  }
}

function errorItem(origin: string, reason: string): InputItem {
  return { kind: 'error', origin, message: `${origin}: ${reason}` };
}

function fileSystemReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

async function isFile(entry: Dirent, entryPath: string): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return stat(entryPath).then(
    (info) => info.isFile(),
    () => false,
  );
}

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}
