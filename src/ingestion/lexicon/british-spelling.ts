/**
 * British spellings folded to American ones, so that words the American word lists spell otherwise are known: Reuters and the BBC
 * write "neighbouring", "organisers", "privatisation", "analysed", "centre", "travelled", "catalogue", "defence", "programme".
 * Each rule reads a word's ending only; a folded word is worth only what the word lists say of it (see isVocabularyWord).
 */
const BRITISH_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // "labour", "neighbouring", "favourite", "honourable", "colourful", "neighbourhood".
  [/our(s|ed|ing|er|ers|ite|ites|able|ably|ful|less|ist|ists|hood|hoods)?$/, 'or$1'],
  // "organise", "organisers", "privatisation"; "analyse", "paralysed".
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  // "centre", "theatres", "centred", "centring".
  [/tre(s)?$/, 'ter$1'],
  [/tr(ed|ing)$/, 'ter$1'],
  // "travelled", "cancelling", "counsellor".
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'],
  // "catalogue", "dialogues".
  [/ogue(s)?$/, 'og$1'],
  // "defence", "licence", "offences".
  [/ence(s)?$/, 'ense$1'],
  // "programme", "programmes".
  [/mme(s)?$/, 'm$1'],
];

/** The American spelling of a folded British-spelt word ("neighbouring" -> "neighboring", "defence" -> "defense"), or the word itself. */
export function americanSpelling(word: string): string {
  let folded = word;
  for (const [ending, american] of BRITISH_ENDINGS) folded = folded.replace(ending, american);
  return folded;
}
