import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDataSource, POSTGRES_APPLICATION_NAME } from '../../src/db/data-source';
import { createServer } from '../../src/server/create-server';
import { distMain, ensureBuilt } from '../support/build';
import { request } from '../support/http';
import { freePort } from '../support/server-probes';
import { startTestGateway } from '../support/test-gateway';
import { createScratchStore, ScratchStore } from '../support/test-store';

/**
 * Operations: /healthz and /readyz in process, and a real `node dist/src/main.js` stopped with
 * SIGTERM while a request is in flight: the request completes, new connections are refused, the
 * database is closed and the process exits 0 within 10 s.
 */
describe('/healthz and /readyz', () => {
  it('are both 200 on a migrated database that answers', async () => {
    const gateway = await startTestGateway([]);
    try {
      const health = await request(`${gateway.origin}/healthz`);
      expect(health.status).toBe(200);
      expect(health.json).toEqual({ status: 'ok' });
      const ready = await request(`${gateway.origin}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.json).toEqual({ status: 'ready' });
    } finally {
      await gateway.close();
    }
  });

  it('/readyz is 503 before the migrations have run, and 200 once they have', async () => {
    const store = await createScratchStore('newsgraph-ready-');
    const dataSource = createDataSource({ databasePath: store.databasePath, databaseUrl: store.databaseUrl });
    await dataSource.initialize();
    const server = await createServer(dataSource);
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    try {
      const before = await request(`${origin}/readyz`);
      expect(before.status).toBe(503);
      expect(before.json).toEqual({ status: 'unavailable', reason: 'the database has pending migrations' });
      expect((await request(`${origin}/healthz`)).status).toBe(200);
      await dataSource.runMigrations({ transaction: 'each' });
      expect((await request(`${origin}/readyz`)).status).toBe(200);
    } finally {
      await server.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await store.drop();
    }
  });

  it('/readyz is 503 once the database is closed, while /healthz stays 200', async () => {
    const gateway = await startTestGateway([]);
    try {
      expect((await request(`${gateway.origin}/readyz`)).status).toBe(200);
      await gateway.dataSource.destroy();
      const ready = await request(`${gateway.origin}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.json).toEqual({ status: 'unavailable', reason: 'the database does not answer' });
      expect((await request(`${gateway.origin}/healthz`)).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});

/**
 * Resolves once `text` has appeared in `seen()`, what `streams` have written so far, checking as
 * each chunk arrives; rejects if one of them closes first.
 */
function waitForText(streams: NodeJS.ReadableStream[], seen: () => string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => streams.forEach((stream) => stream.off('data', onData).off('close', onClose));
    const onData = () => {
      if (!seen().includes(text)) return;
      stop();
      resolve();
    };
    const onClose = () => {
      stop();
      reject(new Error(`"${text}" never came; got:\n${seen()}`));
    };
    streams.forEach((stream) => stream.on('data', onData).on('close', onClose));
    onData();
  });
}

/** Whether a new TCP connection to the port is accepted. */
function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the gateway process on SIGTERM', () => {
  let store: ScratchStore;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    store = await createScratchStore('newsgraph-process-');
  }, 180_000);
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await store.drop();
  });

  it('finishes the request in flight, refuses new connections, closes the database and exits 0 within 10 s', async () => {
    const port = await freePort();
    const { databasePath } = store;
    child = spawn(process.execPath, [distMain], {
      env: { PATH: process.env.PATH, PORT: String(port), ...store.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await waitForText([child.stdout!, child.stderr!], () => output, 'newsgraph serving');

    // An idle connection (no request): the server closes it when it stops listening, which is how
    // the test learns that the server has stopped listening.
    const idle = net.connect(port, '127.0.0.1');
    const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));
    idle.on('error', () => undefined);
    await new Promise<void>((resolve) => idle.once('connect', () => resolve()));

    // A request in flight: headers sent, the body held back. The server's "100 Continue" says it
    // has taken the request in (so it is not an idle connection it may close).
    const body = JSON.stringify({ query: '{ articles { totalCount edges { node { title quotes { totalCount } } } } }' });
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await waitForText([socket], () => received, '100 Continue');
    socket.write(body.slice(0, 10));

    child.kill('SIGTERM');
    await waitForText([child.stdout!, child.stderr!], () => output, 'SIGTERM, shutting down');

    // New connections are refused once it stops listening. Node closes idle connections a step
    // before it closes the listening socket, so a connection may still get in just then: try
    // again until one is refused (while the process runs: it cannot exit 0 before the request in
    // flight is answered).
    await Promise.race([idleClosed, exited.then((end) => Promise.reject(new Error(`the server exited (${JSON.stringify(end)}) with a request in flight:\n${output}`)))]);
    let refused = false;
    while (!refused && child.exitCode === null) refused = !(await connects(port));
    expect({ refused, exitCode: child.exitCode }).toEqual({ refused: true, exitCode: null }); // null: still waiting for the request in flight

    // The rest of the body: the request completes with its answer, and the server then closes the
    // connection. (Written, not ended: a client's FIN aborts a request whose answer is still being
    // computed, which on PostgreSQL takes a few I/O round trips.)
    socket.write(body.slice(10));
    await closed;
    const [head, ...rest] = received.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '').split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    const payload = rest.join('\r\n\r\n');
    const json = JSON.parse(/transfer-encoding: chunked/i.test(head) ? payload.split('\r\n').filter((_, i) => i % 2 === 1).join('') : payload);
    expect(json.errors).toBeUndefined();
    expect(json.data.articles.totalCount).toBe(1);
    expect(json.data.articles.edges[0].node.quotes.totalCount).toBeGreaterThan(0);

    // Exit 0: the process exits 1 when shutting down takes longer than its grace period (10 s).
    expect(await exited).toEqual({ code: 0, signal: null });
    if (store.kind === 'postgres') {
      // The pool was closed, not abandoned: no session of the gateway is left on the database.
      const client = new pg.Client({ connectionString: store.databaseUrl! });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [
          POSTGRES_APPLICATION_NAME,
        ]);
        expect(rows[0].n).toBe(0);
      } finally {
        await client.end();
      }
      return;
    }
    // The database was closed, not abandoned: the last connection's close checkpoints and removes the WAL.
    expect(fs.existsSync(`${databasePath}-wal`)).toBe(false);
    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 60_000);
});
