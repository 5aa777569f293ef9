import { ApolloServerPlugin } from '@apollo/server';
import { Context, requireApiKey } from '../../graphql/context';

/** With `NEWSGRAPH_REQUIRE_KEY_FOR_READS`: every operation, reads included, needs a valid API key. */
export function readAccessPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          requireApiKey(contextValue);
        },
      };
    },
  };
}
