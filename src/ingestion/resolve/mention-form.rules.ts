import { MentionForm } from '../../types/mention-form';
import type { EntityCandidate } from '../annotations';
import { isGivenName, isSurname } from '../lexicon/english.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { endsName, opensDoubleSurname } from './person.resolver';

/** Initials in capitals, with or without dots: "NATO", "US", "U.S.", "JFK" (2 to 6 letters), maybe with a plus sign ("OPEC+"). */
const INITIALS = /^(?:\p{Lu}\.?){2,6}\+?$/u;

/** The folded words of a name, a leading "the" left out ("The Onion" and "Onion" name one paper). */
function foldedWords(text: string): string[] {
  const words = foldName(text).split(/[\s.]+/).filter(Boolean);
  return words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
}

/** True when `demonym` or its plural is `text` (folded): "Ukrainian", "Ukrainians". */
function isDemonymOf(text: string, demonyms: readonly string[]): boolean {
  const key = foldName(text);
  return demonyms.some((d) => {
    const folded = foldName(d);
    return key === folded || key === `${folded}s`;
  });
}

/** A Korean given name in romanised syllables joined by a hyphen, the second in lower case: "Jae-myung", "Jong-un" (not "Smith-Jones"). */
const HYPHENATED_SYLLABLES = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;

/**
 * True when the person's name `name` (as written) is written family name first, as Korean names are: two words, the second a
 * given name of syllables joined by a hyphen ("Lee Jae-myung", "Kim Jong-un"). Other orders the words alone do not show
 * ("Xi Jinping" beside "Taylor Swift"): their first word stays a FIRST_NAME.
 */
function familyNameFirst(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && HYPHENATED_SYLLABLES.test(words[1]);
}

/**
 * How the text of one mention names its entity, decided from the text and the resolved entity
 * alone, first rule that holds:
 * - DEMONYM: a place named by one of its demonyms or their plural ("Ukrainian", "Ukrainians").
 * - ACRONYM: initials in capitals ("NATO", "US", "U.S.", "JFK"), unless they are the entity's own
 *   name (or a part of a person's name) shouted in capitals ("KYIV" for Kyiv is its NAME).
 * - NAME: the canonical name, in any case and accents, a leading "the" aside.
 * - SURNAME / FIRST_NAME, for a person: a tail of a name of several words, a generational suffix aside ("Stoltenberg",
 *   "von der Leyen") is a SURNAME, its first word ("Jens") a FIRST_NAME, but a SURNAME where the name is written family
 *   name first ("Lee" of "Lee Jae-myung"); a person the article names
 *   by one word only ("Gorbachev agreed") is named by a FIRST_NAME when the lists know the word as a
 *   given name and not as a surname ("Gloria"), else by a SURNAME.
 * - ALIAS: any other name ("Kiev" for Kyiv, "Atlantic Alliance" for NATO, "Hillary Clinton" for
 *   Hillary Rodham Clinton).
 * Pure.
 */
export function mentionForm(text: string, entity: Pick<EntityCandidate, 'type' | 'name' | 'demonyms'>): MentionForm {
  if (entity.type === 'LOCATION' && isDemonymOf(text, entity.demonyms ?? [])) return MentionForm.DEMONYM;
  const words = foldedWords(text);
  const name = foldedWords(entity.name);
  const person = entity.type === 'PERSON';
  const tail = person && words.length < name.length && (endsName(name, words) || opensDoubleSurname(name, words));
  const first = person && words.length === 1 && name.length > 1 && words[0] === name[0];
  const same = words.length === name.length && words.every((w, i) => w === name[i]);
  if (INITIALS.test(text) && !((same || tail || first) && !INITIALS.test(entity.name))) return MentionForm.ACRONYM;
  if (same && person && name.length === 1) return isGivenName(words[0]) && !isSurname(words[0]) ? MentionForm.FIRST_NAME : MentionForm.SURNAME;
  if (same) return MentionForm.NAME;
  if (tail || (first && familyNameFirst(entity.name))) return MentionForm.SURNAME;
  if (first) return MentionForm.FIRST_NAME;
  return MentionForm.ALIAS;
}
