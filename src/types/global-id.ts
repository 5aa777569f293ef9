/**
 * Relay global IDs: an opaque, URL-safe string that names the type and the row, so that
 * `node(id)` can find any object. `toGlobalId('Quote', 7)` -> "UXVvdGU6Nw".
 */

/** Encodes a type name and a row id as one opaque ID. */
export function toGlobalId(type: string, rowId: number): string {
  return Buffer.from(`${type}:${rowId}`, 'utf8').toString('base64url');
}

/** Decodes an ID made by `toGlobalId`; returns null for anything that is not one. */
export function fromGlobalId(id: string): { type: string; rowId: number } | null {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]*)$/.exec(decoded);
  if (!match || toGlobalId(match[1], Number(match[2])) !== id) return null;
  return { type: match[1], rowId: Number(match[2]) };
}
