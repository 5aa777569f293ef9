import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Deepest nesting of arrays and objects in an operation's variables (no input type of the schema needs more than a few dozen). */
export const MAX_VARIABLE_NESTING = 64;

/** How deep arrays and objects nest in `value` (a scalar: 0), found without recursion so that no input can overflow the stack. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_VARIABLE_NESTING) return deepest;
    for (const inner of Object.values(item)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

/**
 * Refuses, before anything reads them, variables nested deeper than MAX_VARIABLE_NESTING
 * (thousands of nested brackets would overflow the stack of the code that coerces them):
 * BAD_USER_INPUT, HTTP 400. Install it first: its refusal must be the one the client sees.
 */
export function requestShapePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const depth = nestingDepth(request.variables);
          if (depth > MAX_VARIABLE_NESTING) {
            throw new GraphQLError(`The variables nest arrays and objects more than ${MAX_VARIABLE_NESTING} levels deep`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
