/**
 * A typed client for newsgraph: the operation is the cookbook's StoltenbergOnUkraine, compiled by
 * GraphQL Code Generator's client preset into a TypedDocumentNode, so its result is fully typed.
 *
 *   npm start                           # in one terminal
 *   npm run build && node dist/examples/client.js
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { StoltenbergOnUkraineDocument } from './generated/client/graphql';

/** POSTs a typed operation to a newsgraph endpoint and returns its typed data (throws on errors). */
export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

/** Prints the Stoltenberg quotes about Ukraine, one a line: date, speaker, words. */
export async function printStoltenbergQuotes(url: string, out: (line: string) => void = console.log): Promise<void> {
  const { quotes } = await request(url, StoltenbergOnUkraineDocument);
  out(`${quotes.totalCount} quotes`);
  for (const { node } of quotes.edges) {
    const speaker = node.speaker && 'name' in node.speaker ? node.speaker.name : null;
    out(`${node.article.publishedAt ?? '????-??-??'}  ${speaker ?? 'unknown'}: “${node.text}” (${node.attribution}, ${node.confidence})`);
  }
}

if (require.main === module) {
  printStoltenbergQuotes(process.env.NEWSGRAPH_URL ?? 'http://localhost:4000/graphql').catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
