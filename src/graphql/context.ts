import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { createLoaders, Loaders } from '../loaders/loaders';

/** Who is asking: whether they showed a valid API key. */
export interface Client {
  authenticated: boolean;
}

/** What every resolver gets: the store, this request's own DataLoaders, the client and a request id. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  client: Client;
  requestId: string;
}

/** Builds the context of one request (fresh loaders, so nothing is cached across requests). */
export function createContext(dataSource: DataSource, client: Client = { authenticated: false }, requestId = '-'): Context {
  return { dataSource, loaders: createLoaders(dataSource), client, requestId };
}

/** Throws UNAUTHENTICATED (HTTP 401) unless the request showed a valid API key. */
export function requireApiKey(context: Context): void {
  if (!context.client.authenticated) {
    throw new GraphQLError('A valid API key is needed: send "Authorization: Bearer KEY"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
