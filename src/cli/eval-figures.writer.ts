/**
 * Where the evaluators' figures go and how they are written: one JSON file per scored file, so that
 * evaluations of different sets running at the same time do not overwrite each other, and written
 * whole or not at all, so that a reader never sees half a file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The folder the figures go to when no --out is given. */
export const EVAL_FIGURES_DIR = path.join(tmpdir(), 'newsgraph-eval');

/**
 * The default figures file of evaluation `kind` ("entities", "quotes") over `scored`:
 * `<EVAL_FIGURES_DIR>/<kind>-<scored's name without its last extension>.json`
 * ("entities-gum_news.json", "entities-wire-dev.gold.json"). Pure.
 */
export function defaultFiguresPath(kind: string, scored: string): string {
  return path.join(EVAL_FIGURES_DIR, `${kind}-${path.basename(scored, path.extname(scored))}.json`);
}

/**
 * Writes `figures` as indented JSON with `scored`'s absolute path first to `out`, creating its
 * folder: into a temporary file beside it, then renamed over `out`. Throws an Error naming `out`
 * when it cannot be written, and leaves no temporary file behind.
 */
export function writeFigures(out: string, scored: string, figures: object): void {
  const target = path.resolve(out);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(temporary, `${JSON.stringify({ file: path.resolve(scored), ...figures }, null, 2)}\n`);
    renameSync(temporary, target);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Its folder cannot be made or read: no temporary file was written there.
    }
    throw new Error(`cannot write ${out}: ${(error as Error).message}`);
  }
}
