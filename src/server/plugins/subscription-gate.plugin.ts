import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLError } from 'graphql';
import { Context } from '../../graphql/context';

/** Admitted subscriptions by request id, until their transport takes them (Apollo runs a copy of the context, so not by context). */
const admitted = new Map<string, DocumentNode>();

/**
 * Takes the document of a subscription that passed every step of the request pipeline (parse and
 * validation rules, limits, cost, API key, rate limit, safelist) in the operation of `context`,
 * for the WebSocket transport to subscribe with; undefined when none was admitted.
 */
export function takeAdmittedSubscription(context: Context): DocumentNode | undefined {
  const document = admitted.get(context.requestId);
  admitted.delete(context.requestId);
  return document;
}

/**
 * Lets subscriptions through Apollo's request pipeline, which can only execute queries and
 * mutations: a subscription that reaches execution is admitted (see `takeAdmittedSubscription`) with
 * an empty answer, and the transport that streams it (graphql-ws) subscribes. Over HTTP, which
 * does not stream, a subscription is refused with BAD_REQUEST (HTTP 400).
 */
export function subscriptionGatePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'subscription' && contextValue.transport === 'http') {
            throw new GraphQLError('Subscriptions are served over WebSocket (the graphql-ws protocol) at this URL, not over HTTP', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
        },
        async responseForOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'subscription') return null;
          admitted.set(contextValue.requestId, document);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
        },
      };
    },
  };
}
