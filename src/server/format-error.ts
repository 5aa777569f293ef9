import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES, errorCode } from './plugins/logging.plugin';

/**
 * What a client sees of an error. Errors about the request (bad input, limits, auth) keep their
 * message and code. In production every other error becomes "Internal server error" with code
 * INTERNAL_SERVER_ERROR: no stack, no SQL, no TypeORM text (the log keeps the detail, under the
 * request id in `extensions.requestId`).
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // The error's own extensions: Apollo's formatted ones lack `http` and fill a missing code with INTERNAL_SERVER_ERROR.
    const code = errorCode(error instanceof GraphQLError ? error : { extensions: formatted.extensions });
    if (code === 'GRAPHQL_PARSE_FAILED' && /Maximum call stack/.test(formatted.message)) {
      // graphql-js's parser recurses into nested lists and objects: thousands of brackets overflow it.
      return { message: 'Syntax Error: the document nests brackets too deeply', extensions: { code } };
    }
    if (!production || CLIENT_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: production ? { ...extensions, code } : { ...formatted.extensions, code } };
    }
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
