import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { Limits } from '../../config/config';

/** The error code a client gets for each limit it crosses. */
const codes = {
  costLimit: 'COST_LIMIT_EXCEEDED',
  maxDepth: 'DEPTH_LIMIT_EXCEEDED',
  maxAliases: 'ALIAS_LIMIT_EXCEEDED',
  maxDirectives: 'DIRECTIVE_LIMIT_EXCEEDED',
} as const;

/**
 * Reports a rejected operation as a validation error with a code of its own (armor's default
 * handler would report every limit as BAD_USER_INPUT, with a misleading "Syntax Error:" prefix).
 */
function coded(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

/**
 * The query limits, from graphql-armor: depth, aliases, directives and cost (page sizes
 * multiplied in), each refused with its own error code; field suggestions are blocked when
 * `blockSuggestions`. The token limit is Apollo's own `parseOptions.maxTokens` (set by the server),
 * since armor's turns syntax errors into HTTP 500. Adds a plugin that reports each operation's
 * cost in `extensions.cost`.
 */
export function createLimits(limits: Limits, blockSuggestions: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const costs = new WeakMap<DocumentNode, number>();
  const armor = new ApolloArmor({
    costLimit: {
      maxCost: limits.maxCost,
      exposeLimits: true,
      ...coded(codes.costLimit),
      onAccept: [(context, details: { n: number }) => void (context && costs.set(context.getDocument(), details.n))],
    },
    maxDepth: { n: limits.maxDepth, exposeLimits: true, ...coded(codes.maxDepth) },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, ...coded(codes.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, ...coded(codes.maxDirectives) },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: blockSuggestions },
  });
  const { plugins, validationRules } = armor.protect();
  const reportCost: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ document, response }) {
          const cost = document ? costs.get(document) : undefined;
          if (cost !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
  return { plugins: [...(plugins as ApolloServerPlugin[]), reportCost], validationRules };
}
