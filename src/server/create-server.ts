import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DataSource } from 'typeorm';
import { Context, createContext } from '../graphql/context';
import { createSchema } from '../graphql/schema';
import { graphiqlAssets, graphiqlHtml } from './graphiql.page';

/** The path of the GraphQL endpoint (and of GraphiQL, for browsers). */
export const GRAPHQL_PATH = '/graphql';

/** A ready HTTP server that has not started listening, and a way to stop it cleanly. */
export interface NewsgraphServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops Apollo and closes the HTTP server (the data source is the caller's). */
  stop(): Promise<void>;
}

/**
 * Builds the gateway over an initialized, migrated data source: Apollo Server at /graphql (POST
 * and GET), GraphiQL for browsers at the same URL, its assets from node_modules. Does not listen,
 * so tests can listen on a port of their own.
 */
export async function createServer(dataSource: DataSource): Promise<NewsgraphServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.use('/graphiql', graphiqlAssets());
  app.get('/', (_req, res) => res.redirect(GRAPHQL_PATH));
  app.get(GRAPHQL_PATH, (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && req.query.query === undefined) res.type('html').send(graphiqlHtml(GRAPHQL_PATH, '/graphiql'));
    else next();
  });
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(dataSource) }),
  );

  return {
    httpServer,
    apollo,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
