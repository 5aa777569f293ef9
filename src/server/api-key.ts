import { createHash, timingSafeEqual } from 'node:crypto';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Client } from '../graphql/context';

/** The key in an `Authorization: Bearer KEY` header, or null. */
export function bearerKey(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether `key` is one of `keys`, compared in constant time: every key is compared (as SHA-256
 * digests of equal length), so the time taken says nothing about how much of a key matched.
 */
export function isKnownKey(key: string | null, keys: string[]): boolean {
  if (key === null) return false;
  const given = digest(key);
  let known = false;
  for (const candidate of keys) known = timingSafeEqual(given, digest(candidate)) || known;
  return known;
}

/**
 * The client of a request: authenticated when `authorization` (an `Authorization` header, or
 * graphql-ws's connection parameter of that name) holds one of `apiKeys`; counted by that key,
 * else by `address` (an IPv6 address by its /56, as express-rate-limit does: one host owns many).
 * Any other key counts for the address: a client inventing a key per request is still one client.
 */
export function clientOf(authorization: string | undefined, address: string, apiKeys: string[]): Client {
  const key = bearerKey(authorization);
  const authenticated = isKnownKey(key, apiKeys);
  return {
    authenticated,
    id: authenticated ? `key:${createHash('sha256').update(key!).digest('hex')}` : `ip:${ipKeyGenerator(address || '-')}`,
  };
}
