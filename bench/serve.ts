/**
 * A benchmark server in a process of its own: `node dist/bench/serve.js KIND DATABASE`, KIND one of
 * gateway | ceiling | naive; DATABASE a SQLite file, or for the gateway a postgres:// URL (the
 * PostgreSQL peer, PostGraphile, runs from bench/peer/postgraphile.server.mjs on Node 22). Listens on a free loopback port and tells the parent (over IPC, or on
 * stdout) `{ port }`; exits when the parent goes away.
 */
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import http from 'node:http';
import { startCeiling } from './ceiling.server';
import { startGateway } from './gateway.server';
import { startNaive } from './naive.server';

export type ServerKind = 'gateway' | 'ceiling' | 'naive';

const starters: Record<ServerKind, (databasePath: string) => Promise<http.Server>> = {
  gateway: startGateway,
  ceiling: startCeiling,
  naive: startNaive,
};

async function main(): Promise<void> {
  const [kind, databasePath] = process.argv.slice(2) as [ServerKind, string];
  if (!starters[kind] || !databasePath) throw new Error('usage: serve.js gateway|ceiling|naive DATABASE');
  const server = await starters[kind](databasePath);
  // Requests whose handler has not ended its response yet, whether or not the client is still
  // there: the harness waits for none to be left (or replaces the process) between cells.
  let inFlight = 0;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    let ended = false;
    (res as { end: unknown }).end = (...args: unknown[]) => {
      if (!ended) {
        ended = true;
        inFlight--;
      }
      return end(...args);
    };
  });
  const { port } = server.address() as AddressInfo;
  if (process.send) {
    process.on('message', (message: { inFlight?: boolean }) => {
      if (message.inFlight) process.send!({ inFlight });
    });
    process.send({ port });
  } else console.log(JSON.stringify({ port }));
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
