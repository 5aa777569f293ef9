import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { Config } from '../config/config';
import { createContext } from '../graphql/context';
import { watchQuotesAdded } from '../services/quote-events';
import { bearerKey, isKnownKey } from './api-key';

/**
 * GraphQL over WebSocket (the graphql-ws protocol) on `path` of `httpServer`, for subscriptions
 * such as `quoteAdded`. A client shows its API key as the connection parameter
 * `authorization: "Bearer KEY"`; when reads need a key, a connection without one is refused.
 * Quotes committed by other writers reach subscribers within a second (watchQuotesAdded).
 * Returns a function that closes every socket.
 */
export function attachWebSocket(httpServer: http.Server, path: string, schema: GraphQLSchema, dataSource: DataSource, config: Config): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: httpServer, path });
  const authenticated = (params: Record<string, unknown> | undefined) =>
    isKnownKey(bearerKey(typeof params?.authorization === 'string' ? params.authorization : undefined), config.apiKeys);
  const cleanup = useServer(
    {
      schema,
      onConnect: ({ connectionParams }) => !config.requireKeyForReads || authenticated(connectionParams),
      context: ({ connectionParams }) =>
        createContext(dataSource, {
          client: { authenticated: authenticated(connectionParams), id: 'ip:-' },
          requestId: randomUUID(),
          transport: 'websocket',
          limits: config.limits,
        }),
    },
    wsServer,
  );
  const stopWatching = watchQuotesAdded(dataSource);
  return async () => {
    stopWatching();
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
