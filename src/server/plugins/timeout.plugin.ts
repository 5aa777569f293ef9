import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, isObjectType } from 'graphql';
import { Context } from '../../graphql/context';

/** Where an executing operation's deadline is kept on its context: `at` (ms since the epoch), from a limit of `ms`. */
const DEADLINE = Symbol('newsgraph.operationDeadline');

/** Marks a schema whose resolvers already check deadlines. */
const CHECKED = Symbol('newsgraph.deadlinesChecked');

/** The error of an operation that ran out of time: code OPERATION_TIMEOUT. */
function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`The operation ran longer than ${ms} ms and was stopped`, { extensions: { code: 'OPERATION_TIMEOUT' } });
}

/**
 * Makes every field with a resolver of its own (introspection types aside) check the deadline of
 * the operation it runs in, if its context has one; once, however many servers share the schema.
 * Fields that only read a property of their parent (type-graphql's `simpleResolvers`) have no
 * resolver, cost nothing to resolve and stay plain, which lets graphql-jit inline them. (The same
 * check from a plugin's `willResolveField` hook would make Apollo call every plugin for every
 * field of every request.)
 */
function checkDeadlines(schema: GraphQLSchema): void {
  if ((schema as { [CHECKED]?: true })[CHECKED]) return;
  Object.defineProperty(schema, CHECKED, { value: true });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        const deadline = context?.[DEADLINE] as { at: number; ms: number } | undefined;
        if (deadline !== undefined && Date.now() > deadline.at) throw timeoutError(deadline.ms);
        return resolve(source, args, context, info);
      };
    }
  }
}

/**
 * A time limit on executing one operation: once `ms` have passed since execution started, every
 * field not yet resolved that has a resolver (loads, computes: everything but reading a property
 * of an object already loaded) fails with OPERATION_TIMEOUT, so the response comes back promptly
 * with what was done and a clear error for the rest; and the context's `cancel` is aborted (its
 * reason that error), which stops long work in progress (an ingest's annotation) before it writes.
 */
export function operationTimeoutPlugin(ms: number): ApolloServerPlugin<Context> {
  return {
    async serverWillStart({ schema }) {
      checkDeadlines(schema);
    },
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          Object.defineProperty(contextValue, DEADLINE, { value: { at: Date.now() + ms, ms } });
          const timer = setTimeout(() => contextValue.cancel.abort(timeoutError(ms)), ms);
          return {
            async executionDidEnd() {
              clearTimeout(timer);
            },
          };
        },
      };
    },
  };
}
