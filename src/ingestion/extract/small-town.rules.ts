import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import { smallTownCountry } from '../lexicon/place.gazetteer';
import { PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';

/**
 * "in Eureka Springs", "near Sleepy Eye": the country code (null: towns of several countries) of the gazetteer's small town
 * (smallTownCountry) whose name of two or three words is that of tokens `first`..`last`, right after a lower-case place preposition
 * ("at" only where no capitalised word follows the name), outside a Title Case line and not in a possessive; undefined elsewhere and for a name no town bears. A name of
 * several words the gazetteer holds is the town's there, whatever its words are alone (an interjection, a foreign city, a word):
 * few names of people or things of two words are also a town's, as many of one word are.
 */
export function smallTownNamed(doc: TokenizedArticle, first: number, last: number): string | null | undefined {
  const { tokens } = doc;
  const before = tokens[first - 1];
  const words = last - first + 1;
  if (words < 2 || words > 3 || !before || before.cap || !before.joinsNext || !PLACE_PREPOSITIONS.has(before.key)) return undefined;
  // "at" names an organization as often as a town: only a name no capitalised word follows ("at Wijk aan Zee on Sunday").
  if (before.key === 'at' && capitalFollows(tokens, last)) return undefined;
  if (tokens[last].possessive || doc.segments[tokens[first].segment].titleCase) return undefined;
  return smallTownCountry(surfaceOf(doc, first, last));
}

/**
 * True when a capitalised word follows token `last`, joined to it in its segment: the name there goes on ("a fellow at Carnegie
 * Europe"), so after "at", which names an organization as often as a town, the words up to `last` are no town's name alone.
 */
export function capitalFollows(tokens: ArticleToken[], last: number): boolean {
  const next = tokens[last + 1];
  return tokens[last].joinsNext && !!next?.cap && next.segment === tokens[last].segment;
}
