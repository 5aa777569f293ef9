import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getNamedType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLSchema,
  isInputObjectType,
  OperationDefinitionNode,
  printSchema,
  typeFromAST,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled operations remembered per document before its entries are dropped (documents with many operations). */
const OPERATIONS_PER_DOCUMENT = 16;

/** Whether an input object type contains itself (QuoteFilter's `and`, `or`, `not`), through any of its fields. */
function isRecursive(type: GraphQLInputObjectType, seen: Set<GraphQLInputObjectType> = new Set()): boolean {
  seen.add(type);
  for (const field of Object.values(type.getFields())) {
    const inner = getNamedType(field.type);
    if (!isInputObjectType(inner)) continue;
    if (seen.has(inner) || isRecursive(inner, new Set(seen))) return true;
  }
  return false;
}

/** Whether graphql-jit can compile the operation: it cannot coerce a variable of a recursive input type (its compiler recurses without end). */
function jitCompiles(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): boolean {
  return (operation?.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type as never);
    const named = type && getNamedType(type);
    return !(named && isInputObjectType(named) && isRecursive(named));
  });
}

/**
 * graphql-jit's error as graphql-js makes it (what Apollo's error handling expects): the same
 * message, path, locations and original error, the original error's extensions.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/** The error of a request that did not start: graphql-jit's variable errors (no `data`), which are the client's (BAD_USER_INPUT, HTTP 400). */
function asRequestError(error: GraphQLError): GraphQLError {
  const converted = asGraphQLError(error);
  converted.extensions.code ??= 'BAD_USER_INPUT';
  converted.extensions.http ??= { status: 400 };
  return converted;
}

/** The result of a compiled query, its errors as graphql-js's; without `data`, the request's errors (bad variables). */
async function withGraphQLErrors(result: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const { errors, ...rest } = await result;
  if (!errors) return rest;
  return { ...rest, errors: errors.map('data' in rest ? asGraphQLError : asRequestError) };
}

/**
 * Executes operations with graphql-jit instead of graphql-js, through Apollo Server's gateway
 * interface (the one hook Apollo has for another executor): each operation of a parsed document
 * (Apollo keeps one DocumentNode per query text) is compiled once into a function of its own, so a
 * repeated operation skips graphql-js's per-field interpretation of the document. Parsing,
 * validation and every plugin stay Apollo's. A compile error (none after validation, in practice)
 * is the operation's answer; an operation graphql-jit cannot compile (see `jitCompiles`) runs on
 * graphql-js, as without this gateway.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult | null>>();
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const operations = compiled.get(document) ?? new Map<string, CompiledQuery | ExecutionResult | null>();
    if (!compiled.has(document)) compiled.set(document, operations);
    const name = operationName ?? '';
    let query = operations.get(name);
    if (query === undefined) {
      if (operations.size >= OPERATIONS_PER_DOCUMENT) operations.clear();
      query = jitCompiles(schema, operation) ? compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true }) : null;
      operations.set(name, query);
    }
    const variables = request.variables ?? {};
    if (query === null) return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    return withGraphQLErrors(isCompiledQuery(query) ? query.query(undefined, context, variables) : query);
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
