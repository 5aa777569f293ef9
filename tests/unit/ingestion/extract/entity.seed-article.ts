import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedArticle, Segment, SegmentKind } from '../../../../src/ingestion/annotations';

/** Where the shared corpus lives, relative to this repository. */
export const CORPUS_DIR = join(__dirname, '../../../../../shared/corpus');
export const SEED_FILE = join(CORPUS_DIR, '000_574b9d7c806bcde1.txt');
export const SEED_GOLD = join(CORPUS_DIR, '000_574b9d7c806bcde1.gold.json');

/** True when the seed article and its gold annotations are present. */
export function seedAvailable(): boolean {
  return existsSync(SEED_FILE) && existsSync(SEED_GOLD);
}

/**
 * The seed article as the page-text parser will hand it over, built by hand: title, caption (without
 * " / EFE"), credit, dek, the subheading and the four body paragraphs, with offsets into the raw file.
 */
export function seedArticle(): ParsedArticle {
  const body = readFileSync(SEED_FILE, 'utf8');
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const text of body.split('\n')) {
    lines.push({ start: at, text });
    at += text.length + 1;
  }
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const seg = (kind: SegmentKind, start: number, end: number, paragraph: number | null = null): Segment => ({ kind, start, end, paragraph });
  const [, , title, caption, dek, p0, p1, sub, p2, p3] = nonEmpty;
  const credit = caption.text.lastIndexOf(' / ');
  const paragraphs = [p0, p1, p2, p3].map((l) => ({ start: l.start, end: l.start + l.text.length }));
  const segments: Segment[] = [
    seg('title', title.start, title.start + title.text.length),
    seg('caption', caption.start, caption.start + credit),
    seg('credit', caption.start + credit + 3, caption.start + caption.text.length),
    seg('dek', dek.start, dek.start + dek.text.length),
    ...paragraphs.slice(0, 2).map((p, i) => seg('paragraph', p.start, p.end, i)),
    seg('subheading', sub.start, sub.start + sub.text.length),
    ...paragraphs.slice(2).map((p, i) => seg('paragraph', p.start, p.end, i + 2)),
  ];
  return {
    origin: SEED_FILE,
    url: null,
    title: title.text,
    body,
    publishedAt: '2024-05-18',
    source: null,
    section: 'Global',
    dek: dek.text,
    imageCaption: body.slice(caption.start, caption.start + credit),
    imageCredit: 'EFE',
    subheadings: [sub.text],
    paragraphs,
    segments,
  };
}
