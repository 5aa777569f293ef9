import { JsonSyntaxError, parseJsonText } from '../../../../src/ingestion/parse/json-text.parser';

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJsonText(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, "x"]}')).toEqual({ a: [1, 'x'] });
  });

  it.each([
    ['{\n  "title": "T",\n  "body": }', 3, 11, "Unexpected token '}'"],
    ['{\n  "title": "T"\n  "body": "B"\n}', 3, 3, "Expected ',' or '}' after property value"],
    ['[{"title": "T"}', 1, 16, "Expected ',' or ']' after array element"],
    ['{"title": "T", "body": "B"} trailing', 1, 29, 'Unexpected non-whitespace character after JSON'],
    ['{"title": "unfinished', 1, 22, 'Unterminated string'],
    ['', 1, 1, 'Unexpected end of JSON input'],
  ])('locates the error in %j', (text, line, column, reason) => {
    const error = syntaxError(text);
    expect({ line: error.line, column: error.column, reason: error.reason }).toEqual({ line, column, reason });
    expect(error.message).toBe(`malformed JSON at line ${line}, column ${column}: ${reason}`);
  });
});
