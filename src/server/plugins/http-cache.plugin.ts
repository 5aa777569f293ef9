import { ApolloServerPlugin } from '@apollo/server';

/**
 * The Cache-Control header beyond what the cache-control plugin works out from field hints:
 * a mutation's answer is never cacheable (`no-store`: the plugin's default max-age would
 * otherwise mark it `public`), and when reads need an API key (`privateReads`) a read's answer is
 * `private`, so that no shared cache (a CDN, a proxy) hands it to a client without a key.
 * Both are set as an existing header, which the cache-control plugin combines with the hints.
 * (The server's own response cache is unaffected: it answers only after the key was checked.)
 */
export function httpCachePlugin({ privateReads, maxAge }: { privateReads: boolean; maxAge: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, response }) {
          if (operation?.operation !== 'query') response.http.headers.set('cache-control', 'no-store');
          else if (privateReads) response.http.headers.set('cache-control', `max-age=${maxAge}, private`);
        },
      };
    },
  };
}
