/** A JSON syntax error located in the text: 1-based `line` and `column`, and the parser's `reason`. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`malformed JSON at line ${line}, column ${column}: ${reason}`);
    this.name = 'JsonSyntaxError';
  }
}

/**
 * `JSON.parse(text)`, but a syntax error is thrown as a JsonSyntaxError that gives the line and
 * column of the offending character (V8 reports a position for only some errors) and a reason
 * without V8's copy of the input.
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const offset = reportedPosition(error.message) ?? errorOffset(text);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    throw new JsonSyntaxError(conciseReason(error.message), line, column);
  }
}

function reportedPosition(message: string): number | null {
  const match = / at position (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

function conciseReason(message: string): string {
  return message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '').replace(/ (?:in JSON )?at position \d+.*$/s, '');
}

/**
 * The offset of the first character JSON cannot accept: the longest prefix of `text` that is still
 * a possible start of valid JSON ends there (binary search over prefixes).
 */
function errorOffset(text: string): number {
  if (isViablePrefix(text)) return text.length;
  let viable = 0;
  let broken = text.length;
  while (broken - viable > 1) {
    const middle = (viable + broken) >> 1;
    if (isViablePrefix(text.slice(0, middle))) viable = middle;
    else broken = middle;
  }
  return viable;
}

function isViablePrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const position = reportedPosition(message);
    return message.startsWith('Unexpected end of JSON input') || (position !== null && position >= prefix.length);
  }
}
