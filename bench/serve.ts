/**
 * A benchmark server in a process of its own: `node dist/bench/serve.js KIND DATABASE`, KIND one of
 * gateway | ceiling | naive. Listens on a free loopback port and tells the parent (over IPC, or on
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
  const { port } = server.address() as AddressInfo;
  if (process.send) process.send({ port });
  else console.log(JSON.stringify({ port }));
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
