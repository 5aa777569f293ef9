import { extractEntities } from '../../../../src/ingestion/article.annotator';
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

/**
 * What extractEntities finds in the article of `lines` (articleFrom): each mention as "<surface> <type initial>" ("Dublin L",
 * "Quorvex Corp O") in body order, demonyms' mentions too unless `withDemonyms` is false, and the entities' names.
 */
export function extractTyped(lines: string[], withDemonyms = true): { mentions: string[]; names: string[] } {
  const article = articleFrom(lines);
  const { entities, mentions } = extractEntities(article);
  const typeOf = new Map(entities.map((e) => [e.key, e.type[0]]));
  return {
    mentions: mentions.filter((m) => withDemonyms || m.form !== 'DEMONYM').map((m) => `${article.body.slice(m.start, m.end)} ${typeOf.get(m.entityKey)}`),
    names: entities.map((e) => e.name),
  };
}
