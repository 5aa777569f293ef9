import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { Limits, loadConfig } from '../config/config';
import { createLoaders, Loaders } from '../loaders/loaders';

/** Who is asking. */
export interface Client {
  /** Whether they showed a valid API key. */
  authenticated: boolean;
  /** What the rate limit counts by: `key:<sha-256 of a valid key>`, else `ip:<address>`. */
  id: string;
}

/** The transport an operation came in on. */
export type Transport = 'http' | 'websocket';

/** What every resolver gets: the store, this request's own DataLoaders, the client and a request id. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  client: Client;
  requestId: string;
  transport: Transport;
  /** The gateway's limits (search terms, article size, quotes per article...) that services check. */
  limits: Limits;
  /**
   * Aborted when the operation runs out of time (the time limit's plugin) or its client goes
   * away: long work in progress (an ingest's annotation) stops and writes nothing.
   */
  cancel: AbortController;
}

/** What `createContext` takes besides the data source; each part has a default for tests and scripts. */
export interface ContextOptions {
  client?: Client;
  requestId?: string;
  transport?: Transport;
  limits?: Limits;
}

let defaultLimits: Limits | undefined;

/** Builds the context of one request (fresh loaders, so nothing is cached across requests). */
export function createContext(dataSource: DataSource, options: ContextOptions = {}): Context {
  return {
    dataSource,
    loaders: createLoaders(dataSource),
    client: options.client ?? { authenticated: false, id: 'ip:-' },
    requestId: options.requestId ?? '-',
    transport: options.transport ?? 'http',
    limits: options.limits ?? (defaultLimits ??= loadConfig({}).limits),
    cancel: new AbortController(),
  };
}

/** Throws UNAUTHENTICATED (HTTP 401) unless the request showed a valid API key. */
export function requireApiKey(context: Context): void {
  if (!context.client.authenticated) {
    throw new GraphQLError('A valid API key is needed: send "Authorization: Bearer KEY"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
