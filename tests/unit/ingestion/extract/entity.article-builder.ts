import { ParsedArticle, Segment, SegmentKind } from '../../../../src/ingestion/annotations';

/**
 * A ParsedArticle from text lines: the first line is the title when `withTitle` is set, every other
 * line is a body paragraph (or the given kind). Offsets point into `body` = the lines joined by "\n\n".
 */
export function articleFrom(lines: (string | { kind: SegmentKind; text: string })[]): ParsedArticle {
  const parts = lines.map((l) => (typeof l === 'string' ? { kind: 'paragraph' as SegmentKind, text: l } : l));
  const body = parts.map((p) => p.text).join('\n\n');
  const segments: Segment[] = [];
  let at = 0;
  let paragraph = 0;
  for (const p of parts) {
    segments.push({ kind: p.kind, start: at, end: at + p.text.length, paragraph: p.kind === 'paragraph' ? paragraph++ : null });
    at += p.text.length + 2;
  }
  const paragraphs = segments.filter((s) => s.kind === 'paragraph').map(({ start, end }) => ({ start, end }));
  const title = parts.find((p) => p.kind === 'title')?.text ?? '';
  return {
    origin: 'test',
    url: null,
    title,
    body,
    publishedAt: null,
    source: null,
    section: null,
    dek: null,
    imageCaption: null,
    imageCredit: null,
    subheadings: [],
    paragraphs,
    segments,
  };
}
