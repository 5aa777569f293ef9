import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { printStoltenbergQuotes } from '../../examples/client';
import { sampleDir, startTestGateway, TestGateway } from '../support/test-gateway';

const root = path.resolve(__dirname, '..', '..');

describe('the typed client (examples/client.ts)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway([sampleDir]);
  });
  afterAll(() => gateway.close());

  it('prints the Stoltenberg quotes about Ukraine', async () => {
    const lines: string[] = [];
    await printStoltenbergQuotes(gateway.url, (line) => lines.push(line));
    expect(lines[0]).toBe('5 quotes');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe('2024-05-18  Jens Stoltenberg: “which would allow it to carry out a rapid military operation.” (ACCORDING_TO, 0.97)');
  });
});

describe('generated code (npm run codegen)', () => {
  it('is exactly what codegen.yml makes from schema.graphql and examples/operations', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.yml', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({ status: check.status, output: check.status === 0 ? '' : `${check.stdout}${check.stderr}` }).toEqual({ status: 0, output: '' });
  }, 60_000);
});
