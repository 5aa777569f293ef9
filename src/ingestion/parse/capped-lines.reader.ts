import { open } from 'node:fs/promises';

/** One line of a file: its text, or, for a line longer than the cap, only its length. */
export type CappedLine = { number: number; text: string } | { number: number; text: null; bytes: number };

/** Bytes read from the file at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads `file` line by line (LF or CRLF; the CR is dropped), numbering lines from 1, holding at
 * most `maxLineBytes` bytes of a line: a longer line is skipped to its newline and yielded with
 * `text: null` and its length in bytes, so memory stays flat whatever the file or line size.
 * Lines are decoded as UTF-8 (an invalid sequence becomes U+FFFD). Throws the file system's error.
 */
export async function* readCappedLines(file: string, maxLineBytes: number): AsyncGenerator<CappedLine> {
  const handle = await open(file, 'r');
  const decoder = new TextDecoder('utf-8');
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let pieces: Buffer[] = [];
  let lineBytes = 0;
  let number = 1;
  const take = (): CappedLine => {
    let line: CappedLine;
    if (lineBytes > maxLineBytes) {
      line = { number, text: null, bytes: lineBytes };
    } else {
      const bytes = pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
      const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
      line = { number, text: decoder.decode(bytes.subarray(0, end)) };
    }
    pieces = [];
    lineBytes = 0;
    number++;
    return line;
  };
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      for (let start = 0; start < bytesRead; ) {
        const newline = chunk.indexOf(0x0a, start);
        const end = newline < 0 || newline >= bytesRead ? bytesRead : newline;
        // Bytes past the cap are counted, never kept.
        if (lineBytes + (end - start) <= maxLineBytes) pieces.push(Buffer.from(chunk.subarray(start, end)));
        else pieces = [];
        lineBytes += end - start;
        if (end === bytesRead) break;
        yield take();
        start = end + 1;
      }
    }
    if (lineBytes > 0) yield take();
  } finally {
    await handle.close();
  }
}
