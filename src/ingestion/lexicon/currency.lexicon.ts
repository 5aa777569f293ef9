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
