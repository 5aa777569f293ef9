import type { ParsedArticle } from '../annotations';
import { isIsoDateOrDateTime } from './date.parser';
import { httpUrlProblem } from './http-url.rule';
import { blockSpan, lineBlocks, textLines } from './text-lines.util';

/**
 * Parses one JSON article `{ title, body, url?, publishedAt?, source? }`. `body` is kept exactly as
 * given and every span indexes it; paragraphs are split on blank lines (on single newlines when the
 * body has no blank line) and exclude surrounding whitespace; the segments are the paragraphs.
 * `publishedAt` must be an ISO date or date-time and is kept as written; `url` an absolute http: or
 * https: URL (http-url.rule.ts), kept as written. Throws an Error naming
 * `origin` and the field: `<origin>: field "body" is missing`, `... must be a string (got a number)`,
 * `... is empty`, `<origin>: field "publishedAt" is not an ISO date or date-time: "..."`,
 * `<origin>: field "url" must be an http: or https: URL (got a javascript: URL)`.
 */
export function parseJsonArticle(value: unknown, origin: string): ParsedArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${origin}: expected an article object with "title" and "body", got ${typeName(value)}`);
  }
  const record = value as Record<string, unknown>;
  const body = requiredText(record, 'body', origin);
  const title = requiredText(record, 'title', origin);
  const publishedAt = optionalText(record, 'publishedAt', origin);
  if (publishedAt !== null && !isIsoDateOrDateTime(publishedAt)) {
    throw new Error(`${origin}: field "publishedAt" is not an ISO date or date-time: ${JSON.stringify(publishedAt)}`);
  }
  const url = optionalText(record, 'url', origin);
  const urlProblem = url === null ? null : httpUrlProblem(url, 'url');
  if (urlProblem !== null) throw new Error(`${origin}: ${urlProblem}`);
  const paragraphs = lineBlocks(textLines(body)).map(blockSpan);
  return {
    origin,
    url,
    title,
    body,
    publishedAt,
    source: optionalText(record, 'source', origin),
    section: null,
    dek: null,
    imageCaption: null,
    imageCredit: null,
    subheadings: [],
    paragraphs,
    segments: paragraphs.map((span, index) => ({ kind: 'paragraph', ...span, paragraph: index })),
  };
}

function requiredText(record: Record<string, unknown>, field: string, origin: string): string {
  const value = record[field];
  if (value === undefined || value === null) throw new Error(`${origin}: field "${field}" is missing`);
  if (typeof value !== 'string') throw new Error(`${origin}: field "${field}" must be a string (got ${typeName(value)})`);
  if (value.trim() === '') throw new Error(`${origin}: field "${field}" is empty`);
  return value;
}

function optionalText(record: Record<string, unknown>, field: string, origin: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`${origin}: field "${field}" must be a string (got ${typeName(value)})`);
  return value.trim() === '' ? null : value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
