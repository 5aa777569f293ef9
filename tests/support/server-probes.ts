import net, { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A port nothing listens on (the OS picks it; it is free again when this resolves). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Polls `url` every 20 ms until `until` settles, expecting HTTP 200 each time; resolves with the
 * slowest answer (ms): how long a client waited on the server while the work of `until` ran.
 */
export async function slowestAnswer(url: string, until: Promise<unknown>): Promise<number> {
  let done = false;
  void until.finally(() => (done = true));
  let slowest = 0;
  while (!done) {
    const started = performance.now();
    const response = await fetch(url);
    expect(response.status).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return slowest;
}

/**
 * The longest wait (ms) a responsive server may make a client or its event loop suffer while work
 * of `workMs` runs: 250 ms, or a quarter of the work's time when that is longer. A loop held by the
 * work makes one answer wait about as long as the work itself, so this still fails a blocked loop,
 * while a loaded machine, which slows the work and the answers alike, does not fail a free one.
 */
export function responsiveBound(workMs: number): number {
  return Math.max(250, workMs / 4);
}
