import type { Segment } from '../../../../src/ingestion/annotations';
import { blockLines } from '../../../../src/ingestion/extract/block-lines.rules';
import { extractTyped } from './entity.article-builder';

/** Each segment's text. */
const texts = (body: string, segments: readonly Segment[]): string[] => segments.map((s) => body.slice(s.start, s.end));

/** The one paragraph segment spanning `body`. */
const whole = (body: string): Segment[] => [{ kind: 'paragraph', start: 0, end: body.length, paragraph: 0 }];

describe('blockLines: a block of lines read line by line', () => {
  it('cuts a table, a list or a feed’s one-a-line paragraphs into its lines, each trimmed and keeping its paragraph', () => {
    const body = 'Results:\r\n  Quorvale Rovers 2 Brellow Town 1  \nFulham 0 Bournemouth 3\n\n"We won," he said.';
    const segments = blockLines(body, whole(body));
    expect(texts(body, segments)).toEqual(['Results:', 'Quorvale Rovers 2 Brellow Town 1', 'Fulham 0 Bournemouth 3', '"We won," he said.']);
    expect(segments.every((s) => s.paragraph === 0 && s.kind === 'paragraph')).toBe(true);
  });

  it('keeps prose wrapped at a width whole: a line of it opens with a lower-case letter', () => {
    const body = 'The board of Quorvex said on Monday that\nits chief executive would step down.';
    expect(texts(body, blockLines(body, whole(body)))).toEqual([body]);
  });

  it('returns the segments it was given when no block has a line break', () => {
    const body = 'Quorvex shares rose 4 percent.';
    const segments = whole(body);
    expect(blockLines(body, segments)).toBe(segments);
  });

  it('finds each segment’s own line breaks among several, whatever their order: a break after a segment is not its own', () => {
    const body = 'Quorvex rose.\nBrellow fell.\rRows:\nOne 1\nTwo 2';
    const seg = (start: number, end: number, paragraph: number): Segment => ({ kind: 'paragraph', start, end, paragraph });
    const [a, b, c] = [seg(0, 13, 0), seg(14, 27, 1), seg(28, 45, 2)];
    expect(texts(body, blockLines(body, [a, b, c]))).toEqual(['Quorvex rose.', 'Brellow fell.', 'Rows:', 'One 1', 'Two 2']);
    expect(texts(body, blockLines(body, [c, a, b]))).toEqual(['Rows:', 'One 1', 'Two 2', 'Quorvex rose.', 'Brellow fell.']);
    expect(texts(body, blockLines(body, [seg(0, 27, 0)]))).toEqual(['Quorvex rose.', 'Brellow fell.']);
  });

  it('reads the teams of a results table written one row a line in a paragraph as the clubs they are in running text', () => {
    const { mentions } = extractTyped([
      'LONDON, March 3 (Reuters) - Bournemouth won 3-0 at Fulham on Saturday, with two goals from striker Marcus Tennet, to climb to third in the table with their best start to a season.',
      'Results:\nQuorvale Rovers 2 Brellow Town 1\nFulham 0 Bournemouth 3\nBristol City 1 Sheffield Wednesday 1',
    ]);
    expect(mentions).toEqual([
      'LONDON L',
      'Reuters O',
      'Bournemouth O',
      'Fulham O',
      'Marcus Tennet P',
      'Quorvale Rovers O',
      'Brellow Town O',
      'Fulham O',
      'Bournemouth O',
      'Bristol City O',
      'Sheffield Wednesday O',
    ]);
  });
});
