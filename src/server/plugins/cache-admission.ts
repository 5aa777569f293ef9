import { GraphQLRequestContext } from '@apollo/server';

/** How many distinct requests the admission remembers, at least (two generations of half as many each). */
const REMEMBERED_REQUESTS = 10_000;

/**
 * The response cache's `shouldWriteToCache`: an answer is stored only when the same request (its
 * document, operation and variables) came before, among about the last `remembered` distinct
 * requests: a doorkeeper, as TinyLFU admits entries. Most requests under load are seen once (a
 * new search, a new cursor, a new date), and storing each of their answers serializes the whole
 * answer (0.7 ms for a 69 KB article page) and fills the cache's memory with answers nobody asks
 * again, evicting those that are. So a read is answered from the cache from its third time on
 * (the second time is a miss that stores it), as long as the data do not change.
 */
export function secondSighting(remembered = REMEMBERED_REQUESTS): (context: GraphQLRequestContext<object>) => Promise<boolean> {
  let current = new Set<string>();
  let previous = new Set<string>();
  return async ({ queryHash, request }) => {
    const key = `${queryHash}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
    const seen = current.has(key) || previous.has(key);
    if (!current.has(key)) {
      if (current.size >= remembered / 2) {
        previous = current;
        current = new Set();
      }
      current.add(key);
    }
    return seen;
  };
}
