import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { worthWarmingUp } from '../../../src/cli/ingest.warm-up';

/** The ingest command starts its annotation worker early only for an input file big enough to be annotated there. */
describe('worthWarmingUp', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-up-'));
    fs.writeFileSync(path.join(dir, 'small.jsonl'), '{"title":"Quorvle","body":"Quorvle grew."}\n');
    fs.writeFileSync(path.join(dir, 'large.jsonl'), '{"title":"Quorvex","body":"Quorvex grew."}\n'.repeat(8000));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is true when one of the paths is a file of 256 KiB or more', () => {
    expect(worthWarmingUp([path.join(dir, 'large.jsonl')])).toBe(true);
    expect(worthWarmingUp([path.join(dir, 'small.jsonl'), path.join(dir, 'large.jsonl')])).toBe(true);
  });

  it('is false for small files, folders and missing paths', () => {
    expect(worthWarmingUp([path.join(dir, 'small.jsonl')])).toBe(false);
    expect(worthWarmingUp([dir])).toBe(false);
    expect(worthWarmingUp([path.join(dir, 'missing.jsonl')])).toBe(false);
    expect(worthWarmingUp([])).toBe(false);
  });
});
