import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { parseSynthArgs } from '../../../src/cli/corpus-synth.command';
import { evalQuotesCommand } from '../../../src/cli/eval-quotes.command';

/** Runs `newsgraph ARGS` in process; what it printed on each stream, and its exit code. */
async function newsgraph(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await main(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('newsgraph', () => {
  it('lists its commands on standard output for --help, and with no command', async () => {
    for (const args of [['--help'], []]) {
      const { code, stdout, stderr } = await newsgraph(...args);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      for (const command of ['ingest', 'export', 'migrate', 'serve', 'eval', 'synth']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it.each(['ingest', 'export', 'migrate', 'serve', 'eval', 'synth'])('%s --help prints its usage on standard output', async (command) => {
    const { code, stdout, stderr } = await newsgraph(command, '--help');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(new RegExp(`^usage: newsgraph ${command}`));
  });

  it('refuses an unknown command or option with status 2 and the usage on standard error', async () => {
    const unknown = await newsgraph('frobnicate');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const option = await newsgraph('migrate', '--force');
    expect(option).toMatchObject({ code: 2, stdout: '' });
    expect(option.stderr).toMatch(/newsgraph migrate: Unknown option '--force'[\s\S]*usage: newsgraph migrate/);
    const port = await newsgraph('serve', '--port', 'eighty');
    expect(port).toMatchObject({ code: 2, stdout: '' });
    expect(port.stderr).toMatch(/--port must be a port number/);
  });

  it('ingest without a path is a usage error', async () => {
    const { code, stdout, stderr } = await newsgraph('ingest');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^usage: newsgraph ingest PATH/);
  });

  it('synth checks its numbers and needs --articles and --out', () => {
    expect(parseSynthArgs(['--articles', '3', '--out', 'x.jsonl'])).toEqual({ articles: 3, out: 'x.jsonl', seed: 1 });
    expect(parseSynthArgs(['--articles', '3', '--out', '-', '--seed', '7'])).toEqual({ articles: 3, out: '-', seed: 7 });
    expect(parseSynthArgs(['--articles', 'many', '--out', 'x'])).toMatch(/^--articles must be a whole number, got "many"\nusage:/);
    expect(parseSynthArgs(['--out', 'x'])).toMatch(/^--articles is required/);
    expect(parseSynthArgs(['--articles', '1', '--out', 'x', 'extra'])).toMatch(/Unexpected argument 'extra'/);
    expect(parseSynthArgs(['--help'])).toBeNull();
  });

  it('synth --out - writes the corpus, and only the corpus, to standard output', async () => {
    const chunks: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, ...rest: unknown[]) => {
      chunks.push(String(chunk));
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stdout.write);
    try {
      const { code, stderr } = await newsgraph('synth', '--articles', '2', '--out', '-', '--seed', '5');
      expect(code).toBe(0);
      expect(stderr).toMatch(/^wrote 2 articles \(\d+ quotes\) to standard output/);
    } finally {
      write.mockRestore();
    }
    const lines = chunks.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => Object.keys(JSON.parse(line)))).toEqual([expect.arrayContaining(['title', 'body']), expect.arrayContaining(['title', 'body'])]);
  });

  it('eval needs exactly one file and whole-number rounds', () => {
    const errors: string[] = [];
    const error = jest.spyOn(console, 'error').mockImplementation((...a) => void errors.push(a.join(' ')));
    try {
      expect(evalQuotesCommand([])).toBe(2);
      expect(evalQuotesCommand(['a.jsonl', 'b.jsonl'])).toBe(2);
      expect(evalQuotesCommand(['a.jsonl', '--rounds', 'two'])).toBe(2);
      const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-')), 'missing.jsonl');
      expect(evalQuotesCommand([missing, '--rounds', '0'], () => undefined)).toBe(1);
    } finally {
      error.mockRestore();
    }
    expect(errors[0]).toMatch(/^newsgraph eval: no FILE.jsonl given\nusage: newsgraph eval/);
    expect(errors[1]).toMatch(/one FILE.jsonl, got 2/);
    expect(errors[2]).toMatch(/--rounds must be a whole number, got "two"/);
    expect(errors[3]).toMatch(/^newsgraph eval: .*missing\.jsonl/);
  });
});
