import { foldName } from './name.normalize';
import type { EntityCandidate } from '../annotations';

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

/**
 * What tells apart stored places that share a name, beside their type and folded name (the store's
 * `entity.place_key`; '' for people and organizations): "g" and the GeoNames ID of a gazetteer city
 * ("g4140963", Washington, D.C.), else the ISO code of the country the lists put the place in
 * ("US" for the state of Washington, "FR" for France itself), else '' (seas, world regions, places
 * no list knows: merged by name alone). Only what the lists give counts, not the context of one
 * article, so that the same place gets the same key in every article.
 */
export function storePlaceKey(entity: Pick<EntityCandidate, 'type' | 'countryCode' | 'geonamesId'>): string {
  if (entity.type !== 'LOCATION') return '';
  if (entity.geonamesId) return `g${entity.geonamesId}`;
  return entity.countryCode ?? '';
}
