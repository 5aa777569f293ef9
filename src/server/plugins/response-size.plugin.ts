import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { jsonBytes } from '../response-bytes';

/**
 * The error of an answer over NEWSGRAPH_MAX_RESPONSE_BYTES (`limit`): code RESPONSE_TOO_LARGE,
 * HTTP 400. `what` says how big: "could answer about 160000000 bytes" (the estimate) or "answered
 * more than 8388608 bytes".
 */
export function responseTooLargeError(what: string, limit: number): GraphQLError {
  return new GraphQLError(
    `This operation ${what}, over the limit of ${limit} bytes (NEWSGRAPH_MAX_RESPONSE_BYTES): ask for fewer items (first) or fewer long fields (body, paragraphs)`,
    { extensions: { code: 'RESPONSE_TOO_LARGE', http: { status: 400 } } },
  );
}

/**
 * A cap on the size of an answer: once executed, an answer whose JSON passes `limit` bytes
 * (counted without serialising it, see `jsonBytes`) is replaced by a RESPONSE_TOO_LARGE error,
 * HTTP 400. The cost rules refuse most such operations before they run (see `createLimits`); this
 * catches those whose texts are far longer than usual. Install it before the plugins that read the
 * answer (cache, logs).
 */
export function responseSizePlugin(limit: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.data == null) return;
          if (jsonBytes(response.body.singleResult, limit) <= limit) return;
          const error = responseTooLargeError(`answered more than ${limit} bytes`, limit);
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: 'RESPONSE_TOO_LARGE' } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
