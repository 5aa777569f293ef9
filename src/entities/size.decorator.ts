import { Extensions } from 'type-graphql';

/** The typical size of an article's text (body, paragraphs) in a response: news articles run 3 to 10 KB. */
export const ARTICLE_TEXT_BYTES = 16_384;

/** The typical size of a quote's words, or of another span of text (a sentence or two). */
export const QUOTE_TEXT_BYTES = 512;

/** The key under which `@Size` records a field's typical answer size in its GraphQL extensions. */
export const SIZE_EXTENSION = 'size';

/**
 * Declares, beside a GraphQL field whose answer can be long (an article's body, its paragraphs, a
 * quote's words), about how many bytes of JSON one value of it answers, the whole list for a list
 * field: `@Size(16_384) body()`. The cost of an operation adds these up, page sizes multiplied in,
 * to refuse before it runs an operation whose answer would pass NEWSGRAPH_MAX_RESPONSE_BYTES.
 * Fields without it weigh what their type does (a scalar: a few dozen bytes).
 */
export function Size(bytes: number): MethodDecorator & PropertyDecorator {
  return Extensions({ [SIZE_EXTENSION]: bytes });
}
