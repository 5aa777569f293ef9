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

/** dist/ is newer than every source the build compiles (a quick look before asking tsc). */
function isFresh(): boolean {
  const buildInfo = path.join(projectRoot, 'dist', '.tsbuildinfo');
  if (![distMain, distCli, buildInfo].every((file) => fs.existsSync(file))) return false;
  const builtAt = fs.statSync(buildInfo).mtimeMs; // tsc rewrites it on every build that changed anything
  const sources = ['src', 'migrations', 'scripts', 'bench', 'examples'].map((folder) => path.join(projectRoot, folder)).filter((folder) => fs.existsSync(folder));
  const configs = ['tsconfig.json', 'tsconfig.build.json'].map((file) => fs.statSync(path.join(projectRoot, file)).mtimeMs);
  return builtAt >= Math.max(...configs, ...sources.map(newestSource));
}

/**
 * Brings dist/ up to date the way `npm start` does (`tsc -b tsconfig.build.json`: incremental,
 * about 0.3 s when nothing changed; skipped when dist/ is newer than every source), so that the
 * process tests run the code as it is. One build at a time across Jest workers (a lock folder).
 * tsc emits even when it reports type errors (`npm run typecheck` reports those); only missing output fails.
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
    const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: projectRoot, encoding: 'utf8' });
    if (!fs.existsSync(distMain) || !fs.existsSync(distCli)) {
      throw new Error(`the build made no ${distMain}:\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
