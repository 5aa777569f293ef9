import { createHash, timingSafeEqual } from 'node:crypto';

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
