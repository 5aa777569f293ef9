import { ApolloServerPlugin } from '@apollo/server';
import { FormattedExecutionResult, GraphQLError } from 'graphql';

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

/** The JSON of each answer's `data`, made by the size check, for the HTTP body (`stringifyResult`). */
const dataJson = new WeakMap<object, string>();

/**
 * A cap on the size of an answer: once executed, an answer whose data's JSON passes `limit` bytes
 * is replaced by a RESPONSE_TOO_LARGE error, HTTP 400. The JSON is made once: the HTTP body reuses
 * it (`stringifyResult`). The cost rules refuse most such operations before they run (see
 * `createLimits`); this catches those whose texts are far longer than usual. Install it before
 * the plugins that read the answer (cache, logs).
 */
export function responseSizePlugin(limit: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.data == null) return;
          const { data } = response.body.singleResult;
          const json = JSON.stringify(data);
          // A UTF-16 unit is at most 3 bytes of UTF-8: most answers need no count of their bytes.
          if (json.length * 3 <= limit || Buffer.byteLength(json, 'utf8') <= limit) {
            dataJson.set(data, json);
            return;
          }
          const error = responseTooLargeError(`answered more than ${limit} bytes`, limit);
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: 'RESPONSE_TOO_LARGE' } }] };
          response.http.status = 400;
        },
      };
    },
  };
}

/**
 * Apollo Server's `stringifyResult`: an answer as Apollo writes it (`JSON.stringify` of errors,
 * data and extensions, then a newline), with the JSON of its data made by the size check when
 * there is one and no errors, so that a large answer is serialized once, not twice.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const json = result.errors === undefined && result.data != null ? dataJson.get(result.data) : undefined;
  if (json === undefined) return `${JSON.stringify(result)}\n`;
  return `{"data":${json}${result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`}}\n`;
}
