import fs from 'node:fs';
import path from 'node:path';
import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print } from 'graphql';

/** The operations of a folder of .graphql files, each printed in canonical form. */
export function loadSafelist(folder: string): Set<string> {
  const documents = fs.readdirSync(folder).filter((file) => file.endsWith('.graphql'));
  return new Set(documents.map((file) => print(parse(fs.readFileSync(path.join(folder, file), 'utf8')))));
}

/**
 * Runs only the operations in `safelist` (compared in canonical printed form, so whitespace and
 * comments do not matter); anything else is refused with OPERATION_NOT_SAFELISTED (HTTP 403).
 */
export function safelistPlugin(safelist: Set<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (!safelist.has(print(document))) {
            throw new GraphQLError('This server runs only the operations of its safelist (examples/operations)', {
              extensions: { code: 'OPERATION_NOT_SAFELISTED', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
