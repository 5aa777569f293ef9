/**
 * British spellings folded to American ones, so that words the American word lists spell otherwise are known: Reuters and the BBC
 * write "neighbouring", "organisers", "privatisation", "analysed", "centre", "travelled", "catalogue", "defence", "programme".
 * Each rule reads a word's ending only (a short list reads a stem); a folded word is worth only what the word lists say of it: the
 * lexicon's lookups (english.lexicon's hasFlag, hasLexiconTag) and isVocabularyWord fold a word they lack.
 */
const BRITISH_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // "labour", "neighbouring", "favourite", "honourable", "colourful", "neighbourhood".
  [/our(s|ed|ing|er|ers|ite|ites|able|ably|ful|less|ist|ists|hood|hoods)?$/, 'or$1'],
  // "organise", "organisers", "privatisation"; "analyse", "paralysed".
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  // "centre", "theatres", "centred", "centring"; "fibre", "calibre", "manoeuvre".
  [/([tbv])re(s)?$/, '$1er$2'],
  [/([tbv])r(ed|ing)$/, '$1er$2'],
  // "travelled", "cancelling", "counsellor".
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'],
  // "catalogue", "dialogues".
  [/ogue(s)?$/, 'og$1'],
  // "defence", "licence", "offences".
  [/ence(s)?$/, 'ense$1'],
  // "programme", "programmes".
  [/mme(s)?$/, 'm$1'],
];

/** A test of all the endings above at once: most words have none and are answered by it alone. */
const ANY_BRITISH_ENDING = /(?:our[a-z]*|[iy]s(?:e|es|ed|ing|er|ers|ation|ations)|[tbv]re|[tbv]res|[tbv]red|[tbv]ring|ll(?:ed|ing|er|ers|or|ors)|ogues?|ences?|mmes?)$/;

/**
 * British spellings no ending tells, of words news writes, by their stem: "jewellery", "aluminium", "paediatric",
 * "manoeuvres" (whose "oe" no ending holds), "sceptical", "ageing", "enrolment". A stem stands for itself and its forms
 * (STEM_FORMS after it); none is a surname or place the lists know in either spelling ("Storey", "Grey", "Tyre", "Chequers" stay out).
 */
const BRITISH_STEMS: ReadonlyMap<string, string> = new Map([
  ['jewellery', 'jewelry'], ['aluminium', 'aluminum'], ['manoeuvr', 'maneuvr'], ['kerb', 'curb'],
  ['plough', 'plow'], ['mould', 'mold'], ['moult', 'molt'], ['smoulder', 'smolder'], ['sceptic', 'skeptic'], ['ageing', 'aging'],
  ['judgement', 'judgment'], ['acknowledgement', 'acknowledgment'], ['enrolment', 'enrollment'], ['fulfilment', 'fulfillment'],
  ['skilful', 'skillful'], ['wilful', 'willful'], ['artefact', 'artifact'], ['cosy', 'cozy'], ['pyjama', 'pajama'],
  ['moustache', 'mustache'], ['sulphur', 'sulfur'], ['doughnut', 'donut'], ['aeroplane', 'airplane'], ['practis', 'practic'],
  ['paediatric', 'pediatric'], ['orthopaedic', 'orthopedic'], ['encyclopaedia', 'encyclopedia'], ['anaesthe', 'anesthe'],
  ['haemorrhag', 'hemorrhag'], ['haemophilia', 'hemophilia'], ['anaem', 'anem'], ['leukaemia', 'leukemia'], ['oestrogen', 'estrogen'],
  ['foetus', 'fetus'], ['foetal', 'fetal'], ['diarrhoea', 'diarrhea'], ['oesophag', 'esophag'], ['gynaecolog', 'gynecolog'], ['draught', 'draft'],
]);

/** What may follow a stem above: "artefacts", "paediatricians", "practised", "sceptical", "anaesthetist", "oesophagus", "gynaecologists". */
const STEM_FORMS = /^(?:|s|e|es|ed|ing|al|ally|ic|ics|ical|ia|ian|ians|tic|tics|tist|tists|sia|us|ist|ists|y|ies)$/;

/** The first four letters of the stems above: a word that opens with none has no such spelling. */
const STEM_OPENINGS: ReadonlySet<string> = new Set([...BRITISH_STEMS.keys()].map((stem) => stem.slice(0, 4)));

/** The lengths of the stems above, longest first. */
const STEM_LENGTHS: readonly number[] = [...new Set([...BRITISH_STEMS.keys()].map((stem) => stem.length))].sort((x, y) => y - x);

/** The American spelling of a word by a stem above ("sceptics" -> "skeptics"), or null. */
function stemSpelling(word: string): string | null {
  if (!STEM_OPENINGS.has(word.slice(0, 4))) return null;
  for (const n of STEM_LENGTHS) {
    if (n > word.length) continue;
    const american = BRITISH_STEMS.get(word.slice(0, n));
    if (american !== undefined && STEM_FORMS.test(word.slice(n))) return american + word.slice(n);
  }
  return null;
}

/** The American spelling of a folded British-spelt word ("neighbouring" -> "neighboring", "defence" -> "defense"), or the word itself. */
export function americanSpelling(word: string): string {
  // A stem's form may end the British way too: "manoeuvred" -> "maneuvred" -> "maneuvered".
  let folded = stemSpelling(word) ?? word;
  if (!ANY_BRITISH_ENDING.test(folded)) return folded;
  for (const [ending, american] of BRITISH_ENDINGS) folded = folded.replace(ending, american);
  return folded;
}
