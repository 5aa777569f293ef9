/** The URL schemes an article's `url` may have: links that a reader can open safely. */
const HTTP_SCHEMES = ['http:', 'https:'];

/**
 * Whether `value` is an absolute http: or https: URL (WHATWG URL parsing, so `JavaScript:`,
 * ` javascript:` and `java\tscript:` are seen for what they are). Everything else (javascript:,
 * data:, file:, ftp:, vbscript:, a relative or malformed URL) is not.
 */
export function isHttpUrl(value: string): boolean {
  try {
    return HTTP_SCHEMES.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Why `value` cannot be an article's url, naming `field` and the scheme it has, or null when it is
 * an absolute http(s) URL: `field "url" must be an http: or https: URL (got a javascript: URL)`.
 */
export function httpUrlProblem(value: string, field: string): string | null {
  if (isHttpUrl(value)) return null;
  let scheme: string | null = null;
  try {
    scheme = new URL(value).protocol;
  } catch {
    // not an absolute URL at all
  }
  return `field "${field}" must be an http: or https: URL (got ${scheme === null ? 'no absolute URL' : `a ${scheme} URL`})`;
}
