import worldCountries from 'world-countries';

/** The ISO 4217 codes of the currencies world-countries lists for its countries ("USD", "NOK", "INR"), built on first use. */
let codes: ReadonlySet<string> | null = null;

/**
 * True for a currency's ISO code written in capitals ("NOK", "SEK", "EUR"): a unit of money, no organization's
 * acronym, in a table's "(NOK)" or before an amount ("NOK 2.1 billion").
 */
export function isCurrencyCode(letters: string): boolean {
  codes ??= new Set(worldCountries.flatMap((c) => Object.keys(c.currencies ?? {})));
  return codes.has(letters);
}

/** The last words of the currencies' names world-countries lists ("franc" of "West African CFA franc", "dollar", "cedi"), folded, built on first use. */
let units: ReadonlySet<string> | null = null;

/** True for the folded name of a currency's unit or its plural in "s" ("franc", "francs", "cedis"), as world-countries names them. */
export function isCurrencyUnit(key: string): boolean {
  units ??= new Set(worldCountries.flatMap((c) => Object.values(c.currencies ?? {}).map((m) => m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase())));
  return units.has(key) || (key.endsWith('s') && units.has(key.slice(0, -1)));
}
