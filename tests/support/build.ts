import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project's root folder. */
export const projectRoot = path.resolve(__dirname, '..', '..');

/** The compiled entry points the process tests run. */
export const distMain = path.join(projectRoot, 'dist', 'src', 'main.js');
export const distCli = path.join(projectRoot, 'dist', 'src', 'cli', 'main.js');

/** The newest modification time of the TypeScript files under `folder`. */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!fs.existsSync(distMain) || !fs.existsSync(distCli)) return false;
  const built = Math.min(fs.statSync(distMain).mtimeMs, fs.statSync(distCli).mtimeMs);
  return built >= Math.max(newestSource(path.join(projectRoot, 'src')), newestSource(path.join(projectRoot, 'migrations')));
}

/**
 * Builds dist/ (`tsc -p tsconfig.build.json`) when it is missing or older than the sources, so that
 * the process tests run the code as it is. One build at a time across Jest workers (a lock
 * folder). tsc emits even when it reports type errors; only missing output fails.
 */
export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  const lock = path.join(os.tmpdir(), `newsgraph-build-${Buffer.from(projectRoot).toString('hex').slice(-16)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const stat = fs.statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (isFresh()) return;
    const tsc = require.resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: projectRoot, encoding: 'utf8' });
    if (!fs.existsSync(distMain) || !fs.existsSync(distCli)) {
      throw new Error(`the build made no ${distMain}:\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
