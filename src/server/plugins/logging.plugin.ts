import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { Logger } from 'pino';
import { Context } from '../../graphql/context';

/** Error codes that describe the client's request: logged at info, shown to the client as they are. */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SAFELISTED',
  'OPERATION_TIMEOUT',
  'COST_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'RESPONSE_TOO_LARGE',
]);

/**
 * The code of an error. Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED, even
 * one a validation rule raised with a code of its own (the query limits: DEPTH_LIMIT_EXCEEDED...);
 * that code is still on the original error, and is the one the client and the log get. An error
 * without a code that carries an HTTP 4xx status (Apollo's own refusals of a malformed persisted
 * query) is the client's: BAD_REQUEST.
 */
export function errorCode(error: { extensions?: Record<string, unknown>; originalError?: unknown }): string {
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  const fallback = status !== undefined && status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const code = String(error.extensions?.code ?? fallback);
  const own = error.originalError instanceof GraphQLError ? error.originalError.extensions?.code : undefined;
  return code === 'GRAPHQL_VALIDATION_FAILED' && typeof own === 'string' ? own : code;
}

/**
 * Structured logs for GraphQL: one line per operation (name, duration, error count) and the full
 * detail of each error (stack, SQL message) with the request id, which also goes to the client in
 * `extensions.requestId` of any response with errors, so a masked error can be found in the log.
 */
export function loggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      const log = logger.child({ requestId: contextValue.requestId });
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = errorCode(error);
            const detail = { code, operationName, path: error.path, err: unwrapResolverError(error) };
            if (CLIENT_ERROR_CODES.has(code)) log.info(detail, error.message);
            else log.error(detail, error.message);
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, requestId: contextValue.requestId };
          }
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          log.info({ operationName, ms: Math.round(ms * 10) / 10, errors: errors?.length ?? 0 }, 'graphql operation');
        },
      };
    },
  };
}
