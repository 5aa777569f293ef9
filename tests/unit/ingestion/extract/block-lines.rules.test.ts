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
