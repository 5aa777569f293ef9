import { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { FragmentDefinitionNode, Kind } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';

/** The Cache-Control value of an answer no cache may keep. */
const NO_STORE = 'no-store';

/** Whether the operation that runs resolves at least one field of the schema (not only `__typename`, `__schema`, `__type`). */
function resolvesSchemaField({ schema, document, operation, request }: GraphQLRequestContext<object>): boolean {
  const rootType = operation && schema.getRootType(operation.operation);
  if (!document || !operation || !rootType) return false;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const fields = collectFields(schema, fragments, request.variables ?? {}, rootType, operation.selectionSet);
  for (const nodes of fields.values()) if (!nodes[0].name.value.startsWith('__')) return true;
  return false;
}

/**
 * The cache policy of every answer, and its Cache-Control header, from static hints: no field of
 * the schema has a hint of its own, so an operation that resolves any field may be cached for
 * `maxAge` seconds, publicly (Apollo's cache-control plugin with `defaultMaxAge` gives the same
 * policy, but works it out field by field on every request). Apollo's own plugin must be disabled
 * (ApolloServerPluginCacheControlDisabled). The header is `max-age=N, public` for a read without
 * errors; `no-store` for a mutation, an answer with errors, and an operation that resolves no
 * field (`{ __typename }`); with `privateReads` (reads need an API key) `max-age=N, private`, so
 * that no shared cache (a CDN, a proxy) hands a read to a client without a key. The server's own
 * response cache follows the same policy, and answers only after the key was checked.
 */
export function httpCachePlugin({ privateReads, maxAge }: { privateReads: boolean; maxAge: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart(requestContext) {
          if (resolvesSchemaField(requestContext)) requestContext.overallCachePolicy.restrict({ maxAge });
        },
        async willSendResponse({ operation, overallCachePolicy, response }) {
          // The response cache reads the policy itself: `private` goes to the header only.
          const read = operation?.operation === 'query';
          const own = overallCachePolicy.maxAge;
          const age = privateReads && read ? Math.min(own ?? maxAge, maxAge) : own;
          const scope = privateReads ? 'private' : (overallCachePolicy.scope ?? 'PUBLIC').toLowerCase();
          const cacheable = read && age !== undefined && age > 0 && response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set('cache-control', cacheable ? `max-age=${age}, ${scope}` : NO_STORE);
        },
      };
    },
  };
}
