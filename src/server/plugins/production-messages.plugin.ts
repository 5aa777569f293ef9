import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLFormattedError, GraphQLSchema, specifiedScalarTypes } from 'graphql';

/** What stands in for a name the client did not write. */
export const HIDDEN_NAME = '(hidden)';

/** Whether graphql-js worded the error from the schema (validation, parsing, variable coercion), rather than the gateway's own code. */
const schemaWorded = (error: GraphQLFormattedError) => {
  const code = error.extensions?.code;
  return code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || (code === 'BAD_USER_INPUT' && error.message.startsWith('Variable "$'));
};

const BUILT_IN = new Set(specifiedScalarTypes.map((type) => type.name));

/** Identifiers and dotted paths (`Query.quotes`), inside double quotes or bare. */
const QUOTED = /"([_A-Za-z][_0-9A-Za-z.[\]!]*)"/g;

/**
 * `message` with every name the client did not write hidden: a double-quoted identifier, or a
 * type name of `typeNames`, that does not occur in `written` (the document and its variables)
 * becomes "(hidden)". Built-in scalar names stay. `Cannot query field "x" on type "Article".`
 * -> `Cannot query field "x" on type "(hidden)".` when the document never says Article.
 */
export function hideUnwrittenNames(message: string, written: string, typeNames: ReadonlySet<string>): string {
  const words = new Set(written.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []);
  const known = (name: string) => BUILT_IN.has(name) || words.has(name);
  const quoted = message.replace(QUOTED, (whole, inner: string) => {
    const names = inner.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? [];
    return names.every(known) ? whole : `"${HIDDEN_NAME}"`;
  });
  return quoted.replace(/\b[_A-Za-z][_0-9A-Za-z]*\b/g, (name) => (typeNames.has(name) && !known(name) ? HIDDEN_NAME : name));
}

/**
 * In production, error messages reveal nothing of the schema beyond what the request itself
 * named: validation, parse and input errors have every other type and field name hidden (see
 * `hideUnwrittenNames`), so that probing with wrong queries (clairvoyance) cannot map a schema
 * whose introspection and suggestions are off.
 */
export function productionMessagesPlugin(): ApolloServerPlugin {
  let typeNames: ReadonlySet<string> = new Set();
  return {
    async serverWillStart({ schema }: { schema: GraphQLSchema }) {
      typeNames = new Set(Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__') && !BUILT_IN.has(name)));
    },
    async requestDidStart() {
      return {
        async willSendResponse({ request, source, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const written = `${source ?? request.query ?? ''} ${request.variables ? JSON.stringify(request.variables) : ''}`;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error: GraphQLFormattedError) =>
            schemaWorded(error) ? { ...error, message: hideUnwrittenNames(error.message, written, typeNames) } : error,
          );
        },
      };
    },
  };
}
