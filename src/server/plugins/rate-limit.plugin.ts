import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../../graphql/context';
import { RateLimit, rateLimitedError } from '../rate-limit';

/**
 * Counts every operation against the client's rate limit, whatever its transport, except those
 * that came over HTTP: the HTTP door (`RateLimit.middleware`) has counted their request already,
 * one operation per request (batching is off). An operation over the limit is refused with
 * RATE_LIMITED before it runs.
 */
export function rateLimitPlugin(limit: RateLimit): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.transport === 'http') return;
      const retryAfter = await limit.take(contextValue.client);
      if (retryAfter === null) return;
      return {
        async didResolveOperation() {
          throw rateLimitedError(limit.perMinute, retryAfter);
        },
      };
    },
  };
}
