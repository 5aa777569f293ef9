import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pino, { Logger } from 'pino';
import proxyaddr from 'proxy-addr';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../config/config';
import { Context, createContext } from '../graphql/context';
import { buildFederatedSchema } from '../graphql/federation';
import { createSchema } from '../graphql/schema';
import { dataVersion } from '../services/data-version';
import { clientOf } from './api-key';
import { createFormatError } from './format-error';
import { graphiqlAssets, graphiqlHtml } from './graphiql.page';
import { exportRoutes } from './export.routes';
import { healthRoutes } from './health.routes';
import { jitGateway } from './jit.gateway';
import { httpCachePlugin } from './plugins/http-cache.plugin';
import { createLimits } from './plugins/limits.plugin';
import { loggingPlugin } from './plugins/logging.plugin';
import { readAccessPlugin } from './plugins/read-access.plugin';
import { loadSafelist, safelistPlugin } from './plugins/safelist.plugin';
import { productionMessagesPlugin } from './plugins/production-messages.plugin';
import { rateLimitPlugin } from './plugins/rate-limit.plugin';
import { requestShapePlugin } from './plugins/request-shape.plugin';
import { responseSizePlugin, stringifyResult } from './plugins/response-size.plugin';
import { secondSighting } from './plugins/cache-admission';
import { subscriptionGatePlugin } from './plugins/subscription-gate.plugin';
import { operationTimeoutPlugin } from './plugins/timeout.plugin';
import { createRateLimit } from './rate-limit';
import { attachWebSocket } from './websocket';

/** The path of the GraphQL endpoint (and of GraphiQL, for browsers). */
export const GRAPHQL_PATH = '/graphql';

/** Validation errors reported before validation stops, in production (graphql-js's default is 100). */
const PRODUCTION_MAX_VALIDATION_ERRORS = 5;

/** Bytes an HTTP request body may hold beyond the largest article (the operation text, JSON escapes). */
const BODY_SLACK_BYTES = 64 * 1024;

/** Seconds a read may be cached (Cache-Control max-age, and the response cache). */
const READ_MAX_AGE = 30;

/**
 * The response cache's key: its key data as JSON with the query text replaced by the SHA-256 that
 * Apollo has already computed of it (the plugin's default hashes the whole key data, query text
 * included, on every lookup and every store).
 */
function responseCacheKey({ queryHash }: GraphQLRequestContext<Context>, keyData: unknown): string {
  return JSON.stringify({ ...(keyData as object), source: queryHash });
}

/** A ready HTTP server that has not started listening, and a way to stop it cleanly. */
export interface NewsgraphServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  logger: Logger;
  /** Stops taking requests, lets those in flight finish, and closes the HTTP server (the data source is the caller's). */
  stop(): Promise<void>;
}

/** What `createServer` takes besides the data source and the configuration. */
export interface CreateServerOptions {
  /** Where the pino log goes (standard output by default); tests pass a stream they can read. */
  logDestination?: pino.DestinationStream;
}

/**
 * Builds the gateway over an initialized, migrated data source: Apollo Server at /graphql (POST,
 * and GET for queries) with graphql-armor limits, cost reporting, a time limit, error masking in
 * production, structured logs, API keys for writes, a per-client rate limit, Cache-Control hints
 * and a response cache that follows data changes, an optional safelist; GraphiQL for browsers at
 * the same URL; subscriptions over graphql-ws on the same URL; /healthz and /readyz. Does not listen, so tests can listen on a port of their own.
 */
export async function createServer(
  dataSource: DataSource,
  config: Config = loadConfig({ LOG_LEVEL: 'silent' }),
  options: CreateServerOptions = {},
): Promise<NewsgraphServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const loggerOptions = { level: config.logLevel, base: { service: 'newsgraph' } };
  const logger = options.logDestination ? pino(loggerOptions, options.logDestination) : pino(loggerOptions);
  const formatError = createFormatError(config.production);
  const clientOfRequest = (req: express.Request) => clientOf(req.headers.authorization, req.ip ?? '', config.apiKeys);
  const rateLimit = config.limits.ratePerMinute > 0 ? createRateLimit(config.limits.ratePerMinute, clientOfRequest) : null;
  const limits = createLimits(config.limits, config.production && !config.introspection);

  const schema = config.federation ? buildFederatedSchema(await createSchema()) : await createSchema();
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limits.validationRules,
    // In production, validation stops after a few errors: a hostile document (ten unknown
    // directives, a thousand bogus fields) gets a short answer for little work, not one error each.
    validationOptions: config.production ? { maxErrors: PRODUCTION_MAX_VALIDATION_ERRORS } : {},
    csrfPrevention: true,
    stringifyResult,
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    plugins: [
      requestShapePlugin(),
      responseSizePlugin(config.limits.maxResponseBytes),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin({ privateReads: config.requireKeyForReads, maxAge: READ_MAX_AGE }),
      ...(config.responseCache
        ? [
            responseCachePlugin<Context>({
              extraCacheKeyData: async ({ contextValue }) => dataVersion(contextValue.dataSource),
              generateCacheKey: responseCacheKey,
              shouldWriteToCache: secondSighting(),
            }),
          ]
        : []),
      loggingPlugin(logger),
      operationTimeoutPlugin(config.limits.timeoutMs),
      ...limits.plugins,
      ...(rateLimit ? [rateLimitPlugin(rateLimit)] : []),
      subscriptionGatePlugin(),
      ...(config.requireKeyForReads ? [readAccessPlugin()] : []),
      ...(config.safelist ? [safelistPlugin(loadSafelist())] : []),
      ...(config.production && !config.introspection ? [productionMessagesPlugin()] : []),
    ],
  });
  await apollo.start();
  const closeWebSocket = attachWebSocket(httpServer, {
    path: GRAPHQL_PATH,
    apollo,
    schema,
    dataSource,
    config,
    logger,
    clientAddress: (request) => proxyaddr(request, app.get('trust proxy fn')),
    formatError,
  });

  app.use(healthRoutes(dataSource));
  app.use((req, res, next) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    next();
  });
  if (rateLimit) app.use(rateLimit.middleware);
  app.use('/export', exportRoutes(dataSource, config));
  if (config.graphiql) {
    app.use('/graphiql', graphiqlAssets());
    const page = graphiqlHtml(GRAPHQL_PATH, '/graphiql');
    app.get('/', (_req, res) => res.redirect(GRAPHQL_PATH));
    app.get(GRAPHQL_PATH, (req, res, next) => {
      const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
      if (wantsPage && req.query.query === undefined && req.query.extensions === undefined) {
        res.type('html').send(page);
      } else next();
    });
  }
  app.use(
    GRAPHQL_PATH,
    // Room for the largest article ingestArticle takes, and the operation around it.
    express.json({ limit: config.limits.maxArticleBytes + BODY_SLACK_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(dataSource, {
          client: clientOfRequest(req),
          requestId: res.locals.requestId,
          limits: config.limits,
        }),
    }),
  );
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: res.locals.requestId }, 'unhandled error');
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? 'Internal server error' : error.message,
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId: res.locals.requestId },
        },
      ],
    });
  });

  return {
    httpServer,
    apollo,
    logger,
    async stop() {
      await closeWebSocket();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
