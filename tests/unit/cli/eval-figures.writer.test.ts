import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defaultFiguresPath, EVAL_FIGURES_DIR, writeFigures } from '../../../src/cli/eval-figures.writer';

describe('defaultFiguresPath', () => {
  it('names the figures after the kind of evaluation and the scored file, so that two sets scored at once do not share a file', () => {
    expect(defaultFiguresPath('entities', '../shared/corpus/entities/gum_news.jsonl')).toBe(path.join(EVAL_FIGURES_DIR, 'entities-gum_news.json'));
    expect(defaultFiguresPath('entities', 'tests/fixtures/entities/wire-dev.gold.txt')).toBe(path.join(EVAL_FIGURES_DIR, 'entities-wire-dev.gold.json'));
    expect(defaultFiguresPath('entities', 'a/wire-dev2.gold.txt')).not.toBe(defaultFiguresPath('entities', 'a/wire-dev.gold.txt'));
    expect(defaultFiguresPath('quotes', 'polnear/dev.jsonl')).toBe(path.join(EVAL_FIGURES_DIR, 'quotes-dev.json'));
  });
});

describe('writeFigures', () => {
  it('writes the scored file and the figures as JSON, creating the folder, and leaves nothing else beside it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-figures-'));
    const out = path.join(dir, 'deeper', 'figures.json');
    writeFigures(out, 'set.txt', { overall: 0.5 });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ file: path.resolve('set.txt'), overall: 0.5 });
    writeFigures(out, 'set.txt', { overall: 0.75 });
    expect(JSON.parse(readFileSync(out, 'utf8')).overall).toBe(0.75);
    expect(readdirSync(path.dirname(out))).toEqual(['figures.json']);
  });

  it('throws an error naming the file it cannot write, and leaves no partial file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-figures-'));
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const out = path.join(blocker, 'figures.json');
    expect(() => writeFigures(out, 'set.txt', {})).toThrow(`cannot write ${out}: `);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });
});
