/** A response as a test looks at it: status, headers and the body (parsed when it is JSON). */
export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** Sends a request and reads the whole response. */
export async function request(url: string, init: RequestInit = {}): Promise<HttpResult> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs a JSON body (any value, sent as given) with `content-type: application/json`. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  return request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** GETs `url` with `params` in its query string (objects JSON-encoded). */
export function getWith(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<HttpResult> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return request(`${url}?${search}`, { headers });
}

/** Every error code in a GraphQL response body. */
export function codesOf(body: any): string[] {
  return (body?.errors ?? []).map((error: any) => error?.extensions?.code);
}
