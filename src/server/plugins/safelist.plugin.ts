import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print } from 'graphql';
import { readCookbook } from '../cookbook';

/** The operations of the cookbook, each printed in canonical form. */
export function loadSafelist(): Set<string> {
  return new Set(readCookbook().map(({ document }) => print(parse(document))));
}

/**
 * Runs only the operations in `safelist` (compared in canonical printed form, so whitespace and
 * comments do not matter); anything else is refused with OPERATION_NOT_SAFELISTED (HTTP 403).
 */
export function safelistPlugin(safelist: Set<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (!safelist.has(print(document))) {
            throw new GraphQLError('This server runs only the operations of its safelist (examples/operations)', {
              extensions: { code: 'OPERATION_NOT_SAFELISTED', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
