import { spawn } from 'node:child_process';
import net, { AddressInfo } from 'node:net';
import { distCli, distMain, ensureBuilt } from '../support/build';
import { createScratchStore, ScratchStore } from '../support/test-store';

/**
 * `npm start` (node dist/src/main.js) and `newsgraph serve` on a port that something else holds:
 * the process ends with status 1 and a message naming the port and the PORT variable (it used to
 * exit 0 with a message about the WebSocket server).
 */
describe('the gateway on a port already in use', () => {
  let store: ScratchStore;
  let holder: net.Server;
  let port: number;
  beforeAll(async () => {
    await ensureBuilt();
    store = await createScratchStore('newsgraph-port-');
    // Every address, as the gateway listens (an IPv4-only holder would not clash on every system).
    holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, resolve));
    port = (holder.address() as AddressInfo).port;
  }, 180_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await store.drop();
  });

  /** Runs `args` with PORT taken; resolves with its exit code and what it printed on each stream. */
  function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH, ...store.env, PORT: String(port), LOAD_SAMPLE: 'false', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    return new Promise((resolve) =>
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      }),
    );
  }

  it.each([
    ['node dist/src/main.js (npm start)', [distMain]],
    ['newsgraph serve', [distCli, 'serve']],
  ])('%s exits 1 naming the port and PORT', async (_name, args) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(1);
    expect(stderr).toContain(`port ${port} is already in use`);
    expect(stderr).toMatch(/set PORT to a free port/);
    expect(stderr).not.toMatch(/WebSocket/);
    expect(stdout).toBe('');
  }, 90_000);
});
