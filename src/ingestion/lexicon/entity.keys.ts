import { foldName } from './name.normalize';

/**
 * Stable entity keys: the same entity gets the same key in every article, so the store can merge
 * them. Persons and organizations are keyed by their folded canonical name, countries by their ISO
 * 3166-1 alpha-2 code, cities by country code and name, other places by name.
 */

/** "PERSON:jens stoltenberg". */
export function personKey(canonicalName: string): string {
  return `PERSON:${foldName(canonicalName)}`;
}

/** "ORGANIZATION:nato". */
export function organizationKey(canonicalName: string): string {
  return `ORGANIZATION:${foldName(canonicalName)}`;
}

/** "LOCATION:UA". */
export function countryKey(countryCode: string): string {
  return `LOCATION:${countryCode.toUpperCase()}`;
}

/** "LOCATION:UA:kyiv". */
export function cityKey(countryCode: string, name: string): string {
  return `LOCATION:${countryCode.toUpperCase()}:${foldName(name)}`;
}

/** "LOCATION:black sea": regions, seas and other places without a gazetteer code. */
export function placeKey(name: string): string {
  return `LOCATION:${foldName(name)}`;
}
