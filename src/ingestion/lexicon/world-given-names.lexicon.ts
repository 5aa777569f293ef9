/**
 * Given names of many languages (gender-detection-from-name, MIT: some 67,000 names from the registers of English-, Spanish-,
 * French-, Italian-, German- and Turkish-speaking countries: "Declan", "Jaylen", "Kenji", "Emeka", "Joaquim"), beside the English
 * lists english.lexicon reads. They hold ordinary words, places and brands too ("Summer", "Ravenna", "Uber"), so a word of them is
 * no given name by itself: a reader asks them only where the form of a name already holds. Loaded once, on the first question.
 */

/** The package's languages, one CommonJS module each: a Map from the folded name to "male" or "female". */
const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'tr'];

let lists: ReadonlyMap<string, string>[] | null = null;

/** True when a folded word is a given name of the world lists ("declan", "kenji"), whatever else it is. */
export function isWorldGivenName(key: string): boolean {
  lists ??= LANGUAGES.map((language) => require(`gender-detection-from-name/names/${language}`) as ReadonlyMap<string, string>);
  return lists.some((names) => names.has(key));
}
