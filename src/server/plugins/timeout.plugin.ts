import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A time limit on executing one operation: once `ms` have passed since execution started, every
 * field not yet resolved fails with OPERATION_TIMEOUT, so the response comes back promptly with
 * what was done and a clear error for the rest.
 */
export function operationTimeoutPlugin(ms: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          const deadline = Date.now() + ms;
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new GraphQLError(`The operation ran longer than ${ms} ms and was stopped`, {
                  extensions: { code: 'OPERATION_TIMEOUT' },
                });
              }
            },
          };
        },
      };
    },
  };
}
