import { open, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { INPUT_EXTENSIONS } from './parse/input.reader';

const CHUNK_BYTES = 1 << 20;

/**
 * About how many items `readInputs(paths)` will yield, cheaply, for a progress bar's total and
 * ETA: a .jsonl file counts its non-blank lines (read in 1 MiB chunks, never held whole), any
 * other input file or a problem (a missing path) counts one, folders are walked as readInputs
 * walks them. A .json array counts one, so the real number may be higher: callers raise the total
 * when the count is passed.
 */
export async function countInputs(paths: string[]): Promise<number> {
  let total = 0;
  for (const given of paths) total += await countPath(given, true);
  return total;
}

async function countPath(file: string, given: boolean): Promise<number> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return given ? 1 : 0;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(file);
    } catch {
      return 1;
    }
    let total = 0;
    for (const name of entries) if (!name.startsWith('.')) total += await countPath(path.join(file, name), false);
    return given ? Math.max(1, total) : total;
  }
  const extension = path.extname(file).toLowerCase();
  if (!info.isFile() || !INPUT_EXTENSIONS.includes(extension)) return given ? 1 : 0;
  return extension === '.jsonl' ? Math.max(1, await countLines(file)) : 1;
}

/** Lines holding something other than white space. */
async function countLines(file: string): Promise<number> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return 1;
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let lines = 0;
  let blank = true;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      for (let start = 0; start < bytesRead; ) {
        const found = buffer.indexOf(0x0a, start);
        const end = found < 0 || found >= bytesRead ? bytesRead : found;
        for (let i = start; blank && i < end; i++) {
          const byte = buffer[i];
          if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) blank = false;
        }
        if (end === bytesRead) break;
        if (!blank) lines++;
        blank = true;
        start = end + 1;
      }
    }
  } finally {
    await handle.close();
  }
  return blank ? lines : lines + 1;
}
