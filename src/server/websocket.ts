import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { MemoryStore } from 'express-rate-limit';
import { ExecutionArgs, ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer, SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import WebSocket, { WebSocketServer } from 'ws';
import { Config } from '../config/config';
import { Context, createContext } from '../graphql/context';
import { watchQuotesAdded } from '../services/quote-events';
import { clientOf } from './api-key';
import { takeAdmittedSubscription } from './plugins/subscription-gate.plugin';

/** WebSocket close code for a broken limit (RFC 6455 "policy violation"); a too-large message closes with 1009 (ws's own). */
export const POLICY_VIOLATION = 1008;

/** Milliseconds between keep-alive pings; a socket that has not answered the last one by the next is dropped. */
const KEEP_ALIVE_MS = 12_000;

/** The window over which a connection's message rate is counted. */
const MESSAGE_WINDOW_MS = 10_000;

/** What `attachWebSocket` needs besides the HTTP server. */
export interface WebSocketOptions {
  path: string;
  /** The request pipeline every operation goes through (the same Apollo Server as HTTP). */
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  dataSource: DataSource;
  config: Config;
  logger: Logger;
  /** The client's address of an upgrade request (Express's trust-proxy rule, as for HTTP). */
  clientAddress: (request: http.IncomingMessage) => string;
  /** Formats errors of subscription events as the pipeline formats every other error. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** What graphql-ws keeps of each socket. */
interface Extra {
  socket: WebSocket;
  request: http.IncomingMessage;
  address: string;
}

/** Answers of queries and mutations that the pipeline has run, for graphql-ws to send as they are. */
const answered = new WeakMap<Context, FormattedExecutionResult>();

/** A document graphql-ws reads as "a query" for an operation the pipeline has already answered (see `execute`). */
const EXECUTED = { kind: 'Document', definitions: [{ kind: 'OperationDefinition', operation: 'query', selectionSet: { kind: 'SelectionSet', selections: [] } }] } as never;

/** Errors already formatted by the pipeline, behind the GraphQLError stand-ins graphql-ws asks for. */
const formattedErrors = new WeakMap<GraphQLError, GraphQLFormattedError>();

/**
 * GraphQL over WebSocket (the graphql-ws protocol) on `path` of `httpServer`, for subscriptions
 * such as `quoteAdded`, and queries and mutations too. Every operation goes through the same
 * request pipeline as HTTP (`apollo.executeOperation`: parse and validation rules, limits, cost,
 * API key, rate limit, error masking); a subscription the pipeline admits is then streamed. A
 * client shows its API key as the connection parameter `authorization: "Bearer KEY"`; when reads
 * need a key, a connection without one is refused (4403).
 *
 * Limits, each closing the socket with a code and a reason: connections per client address and
 * operations at once per connection (1008), messages per second (1008, counted over 10 s), message
 * size (1009). Quotes committed by other writers reach subscribers within a second
 * (watchQuotesAdded). Returns a function that closes every socket.
 */
export function attachWebSocket(httpServer: http.Server, options: WebSocketOptions): () => Promise<void> {
  const { apollo, schema, dataSource, config, logger } = options;
  const limits = config.limits;
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path, maxPayload: limits.wsMaxMessageBytes, handleProtocols });
  const messages = new MemoryStore();
  messages.init({ windowMs: MESSAGE_WINDOW_MS } as Parameters<MemoryStore['init']>[0]);
  const openPerAddress = new Map<string, number>();
  const authorization = (params: Record<string, unknown> | undefined) =>
    typeof params?.authorization === 'string' ? params.authorization : undefined;

  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    schema,
    onConnect: ({ connectionParams, extra }) =>
      !config.requireKeyForReads || clientOf(authorization(connectionParams), extra.address, config.apiKeys).authenticated,
    async onSubscribe(ctx, _id, payload: SubscribePayload) {
      if (Object.keys(ctx.subscriptions).length > limits.wsSubscriptionsPerConnection) {
        ctx.extra.socket.close(POLICY_VIOLATION, `Too many operations at once on one connection: at most ${limits.wsSubscriptionsPerConnection}`);
        return [new GraphQLError('Too many operations at once on one connection')];
      }
      const contextValue = createContext(dataSource, {
        client: clientOf(authorization(ctx.connectionParams), ctx.extra.address, config.apiKeys),
        requestId: randomUUID(),
        transport: 'websocket',
        limits,
      });
      const response = await apollo.executeOperation(
        {
          query: payload.query,
          variables: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          extensions: payload.extensions ?? undefined,
        },
        { contextValue },
      );
      const result: FormattedExecutionResult =
        response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'Incremental delivery is not served over WebSocket' }] };
      const admitted = takeAdmittedSubscription(contextValue);
      const args: ExecutionArgs = { schema, document: admitted!, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      if (admitted) return args;
      if (result.data === undefined) {
        // Refused before it ran (parse, validation, a limit...): graphql-ws's "error" message.
        return (result.errors ?? []).map((formatted) => {
          const standIn = new GraphQLError(formatted.message);
          formattedErrors.set(standIn, formatted);
          return standIn;
        });
      }
      answered.set(contextValue, result);
      return { ...args, document: EXECUTED, operationName: undefined };
    },
    execute: (args) => answered.get(args.contextValue as Context) as ExecutionResult,
    onNext(_ctx, _id, _payload, args, result) {
      const done = answered.get(args.contextValue as Context);
      if (done) return done;
      const errors = result.errors?.map((error) => options.formatError(error.toJSON(), error));
      return errors ? { ...result, errors } : result;
    },
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formattedErrors.get(error) ?? options.formatError(error.toJSON(), error)),
  });

  wsServer.on('connection', (socket, request) => {
    const address = options.clientAddress(request);
    const open = (openPerAddress.get(address) ?? 0) + 1;
    openPerAddress.set(address, open);
    const connection = `${address}#${randomUUID()}`;
    const log = logger.child({ transport: 'websocket', address });
    let alive = true;
    const keepAlive = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, KEEP_ALIVE_MS);
    socket.on('pong', () => (alive = true));
    socket.on('error', (error) => log.info({ err: error }, 'websocket closed on error'));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            const { totalHits } = await messages.increment(connection);
            if (totalHits > (limits.wsMessagesPerSecond * MESSAGE_WINDOW_MS) / 1000) {
              return socket.close(POLICY_VIOLATION, `Too many messages: at most ${limits.wsMessagesPerSecond} a second`);
            }
            try {
              await handle(String(data));
            } catch (error) {
              // graphql-ws throws on a message a client may not send (a `next`, an `error`...): the client's fault.
              const message = error instanceof Error ? error.message : String(error);
              if (/^Unexpected message of type/.test(message)) return socket.close(CloseCode.BadRequest, message.slice(0, 120));
              log.error({ err: error }, 'websocket message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request, address },
    );
    socket.once('close', (code, reason) => {
      clearInterval(keepAlive);
      const left = (openPerAddress.get(address) ?? 1) - 1;
      if (left > 0) openPerAddress.set(address, left);
      else openPerAddress.delete(address);
      void messages.resetKey(connection);
      void closed(code, String(reason));
    });
    if (open > limits.wsConnectionsPerClient) {
      socket.close(POLICY_VIOLATION, `Too many WebSocket connections from one address: at most ${limits.wsConnectionsPerClient}`);
    }
  });
  wsServer.on('error', (error) => logger.error({ err: error }, 'websocket server error'));

  const stopWatching = watchQuotesAdded(dataSource);
  return async () => {
    stopWatching();
    for (const socket of wsServer.clients) socket.close(1001, 'Going away');
    messages.shutdown();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
