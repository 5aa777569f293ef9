import { hideUnwrittenNames, HIDDEN_NAME } from '../../../src/server/plugins/production-messages.plugin';
import { MAX_VARIABLE_NESTING, nestingDepth } from '../../../src/server/plugins/request-shape.plugin';

const typeNames = new Set(['Article', 'Quote', 'QuoteFilter', 'ArticleConnection']);

describe('hideUnwrittenNames', () => {
  it('hides a type the request did not write, keeps what it wrote', () => {
    expect(hideUnwrittenNames('Cannot query field "nonexistent" on type "Article".', '{ articles { edges { node { nonexistent } } } }', typeNames)).toBe(
      `Cannot query field "nonexistent" on type "${HIDDEN_NAME}".`,
    );
    expect(hideUnwrittenNames('Field "zzz" is not defined by type "QuoteFilter".', 'query Q($f: QuoteFilter) { quotes(filter: $f) { totalCount } } {"f":{"zzz":1}}', typeNames)).toBe(
      'Field "zzz" is not defined by type "QuoteFilter".',
    );
  });

  it('hides wrapped and bare type names, and keeps built-in scalars', () => {
    expect(hideUnwrittenNames('Field "node" of type "Article!" must have a selection of subfields.', '{ articles { edges { node } } }', typeNames)).toBe(
      `Field "node" of type "${HIDDEN_NAME}" must have a selection of subfields.`,
    );
    expect(hideUnwrittenNames('Expected value of type ArticleConnection, found 1; Int cannot represent "x"', '{ a }', typeNames)).toBe(
      `Expected value of type ${HIDDEN_NAME}, found 1; Int cannot represent "${HIDDEN_NAME}"`,
    );
    expect(hideUnwrittenNames('Variable "$n" of required type "Int!" was not provided.', 'query Q($n: Int!) { a }', typeNames)).toBe(
      'Variable "$n" of required type "Int!" was not provided.',
    );
  });
});

describe('nestingDepth', () => {
  it('measures how deep arrays and objects nest, without recursion', () => {
    expect(nestingDepth(undefined)).toBe(0);
    expect(nestingDepth('text')).toBe(0);
    expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(nestingDepth(deep)).toBeGreaterThan(MAX_VARIABLE_NESTING);
  });
});
