import type { Span } from '../annotations';

/** A non-blank line of a text: its span without surrounding whitespace. */
export interface TextLine extends Span {
  /** True when a blank line separates it from the previous non-blank line. */
  afterBlank: boolean;
}

/**
 * The non-blank lines of `text` (LF, CRLF or CR endings), each spanning its content without
 * surrounding whitespace; offsets index `text` itself.
 */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let blankSeen = false;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const content = /\S(?:.*\S)?/s.exec(text.slice(lineStart, lineEnd));
    if (content) {
      const start = lineStart + content.index;
      lines.push({ start, end: start + content[0].length, afterBlank: blankSeen && lines.length > 0 });
      blankSeen = false;
    } else {
      blankSeen = true;
    }
    if (!match) return lines;
    lineStart = match.index + match[0].length;
  }
}

/**
 * Groups lines into blocks (paragraphs): blank lines separate blocks and consecutive lines join one
 * block; when no blank line separates any of the lines, each line is a block of its own.
 * Returns each block's lines, in order.
 */
export function lineBlocks(lines: TextLine[]): TextLine[][] {
  const byBlankLines = lines.some((line, index) => index > 0 && line.afterBlank);
  const blocks: TextLine[][] = [];
  lines.forEach((line, index) => {
    if (index === 0 || !byBlankLines || line.afterBlank) blocks.push([line]);
    else blocks[blocks.length - 1].push(line);
  });
  return blocks;
}

/** The span that covers a block from its first line's start to its last line's end. */
export function blockSpan(block: TextLine[]): Span {
  return { start: block[0].start, end: block[block.length - 1].end };
}
