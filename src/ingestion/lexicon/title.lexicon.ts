import { hasLexiconTag } from './english.lexicon';

/**
 * Titles and offices written before or after a person's name ("Secretary General", "Defense
 * Secretary", "Sen.", "the company's chief executive"). A title is a run of title words with at least
 * one head (an office or honorific); modifiers such as "General", "Foreign", "Vice" only qualify one.
 */

/** Titles written abbreviated, with a dot or without, before a name ("Sen.", "Gov.", "Del.", "Pte"), as written. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Gens', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr',
  'Adm', 'Maj', 'Prof', 'Rev', 'Hon', 'Pres', 'Sec', 'Atty', 'Supt', 'Det', 'Amb', 'Fr', 'Msgr', 'Del', 'Cpl', 'Pvt',
  'Pfc', 'Spc', 'Insp', 'Brig', 'Esq', 'Ald', 'Cllr',
  // British and Commonwealth ranks, mostly written without a dot ("Pte Liam Quorvle", "Gnr Tom Quintell", "LCpl Ann Quorvle").
  'Pte', 'LCpl', 'Gnr', 'Spr', 'Bdr', 'Tpr', 'Rfn', 'Gdsm', 'Cdr',
];

/** Offices and honorifics that head a title, written out ("secretary", "spokesman", "sir"); a speaker phrase may end in one too. */
export const OFFICES: readonly string[] = [
  'president', 'vice-president', 'president-elect', 'premier', 'minister', 'secretary', 'senator',
  'representative', 'congressman', 'congresswoman', 'governor', 'mayor',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director',
  'ceo', 'cfo', 'ambassador', 'envoy', 'commissioner', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'judge', 'justice', 'attorney', 'admiral', 'colonel', 'lieutenant',
  'captain', 'sergeant', 'commander', 'leader', 'speaker', 'adviser',
  'advisor', 'counsel', 'prosecutor', 'sheriff', 'officer', 'founder', 'professor',
  'miss', 'sir', 'dame', 'lord', 'lady', 'bishop', 'cardinal',
  'archbishop', 'rabbi', 'imam', 'mufti', 'duke', 'duchess', 'sheikh', 'emir', 'ayatollah', 'lawmaker', 'candidate', 'nominee',
  'general', 'head', 'chief', 'manager', 'executive', 'strategist', 'aide', 'deputy', 'whip', 'administrator',
  // Abbreviations news writes without a dot: "PM Modi", "VP Harris".
  'pm', 'vp',
];

/**
 * People (and shares) an organization has, written right after its name ("Wikinews reporter",
 * "Google spokesman", "Facebook co-founder", "Apple CEO", "Acme employees", "Apple shares rose"): a
 * name no list knows standing so is an organization's.
 */
const ORGANIZATION_PEOPLE = new Set([
  'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists', 'editor', 'editors',
  'columnist', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman',
  'founder', 'co-founder', 'cofounder', 'employee', 'employees', 'staff', 'staffers', 'executives', 'shareholders',
  'shares', 'stock',
]);

/** True for a folded word that names an organization's people after its name (see ORGANIZATION_PEOPLE). */
export function isOrganizationPeopleWord(word: string): boolean {
  return ORGANIZATION_PEOPLE.has(word);
}

/**
 * Nouns written in lower case after a leader's surname for what the leader heads or runs ("the Quimby administration", "a Quimby
 * presidency", "the Quimby regime", "Quimby campaign officials"), each true when only a person heads it (an administration, a
 * presidency), false when a group or a cause may too ("the Brexit campaign", "the Taliban regime").
 */
const PERSON_LED: ReadonlyMap<string, boolean> = new Map([['administration', true], ['presidency', true], ['regime', false], ['campaign', false]]);

/** For a folded word that, after a name, says the name may be a leader's (see PERSON_LED): whether only a person is so named; undefined for none. */
export function personLedNoun(word: string): boolean | undefined {
  return PERSON_LED.get(word);
}

/** Ranks of a sovereign and a royal house, each written before the holder's given name alone ("Queen Victoria", "Emperor Naruhito"). */
const SOVEREIGN_RANKS: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor', 'empress', 'tsar', 'czar', 'emir']);

/** True for a folded word that is a sovereign's or a royal's rank (see SOVEREIGN_RANKS). */
export function isSovereignRank(word: string): boolean {
  return SOVEREIGN_RANKS.has(word);
}

/** The styles of a cleric or a privy counsellor that a word of degree opens ("the Most Rev.", "the Right Honourable", "the Very Reverend"), folded. */
const STYLES: ReadonlySet<string> = new Set(['rev', 'reverend', 'hon', 'honourable', 'honorable', 'worshipful', 'venerable']);

/** Words of degree written before a style ("Most", "Right", "Rt", "Very"), folded. */
const STYLE_DEGREES: ReadonlySet<string> = new Set(['most', 'right', 'rt', 'very']);

/** The folded word `word`, before the folded word `next`, opens a style ("Most" of "the Most Rev. Justin Welby"): a title's word, no place ("Most" is a Czech town). */
export function opensStyle(word: string, next: string): boolean {
  return STYLE_DEGREES.has(word) && STYLES.has(next);
}

/**
 * Religious, traditional and courtly titles written before the holder's name, which news keeps outside it ("Father Quorvle
 * Quimby", "Oba Quorvle Quintell II", "Alhaji Quorvle Quimby", "Ratu Quorvle Quimby", "Datuk Quorvle", "Maître Quorvle Quimby",
 * the Gulf's "Sayyid Quorvle Quimby"):
 * a general class of honorifics, folded; none a common given name or surname ("Nana", "Obi", "Eze", "Tan" are both).
 */
const CUSTOMARY_TITLES: readonly string[] = [
  'father', 'monsignor', 'ustaz', 'ustadh', 'alhaji', 'alhaja', 'hajia', 'oba', 'otumfuo', 'osabarimba', 'odeefuo', 'togbe',
  'ratu', 'datuk', 'datin', 'dato', 'maître', 'maitre', 'maâlem', 'maalem', 'sayyid', 'sayyida',
  // A Gulf ruling family's woman ("Sheikha"), Bhutan's honours of rank ("Dasho", "Lyonpo"), South Asia's and Afghanistan's cleric ("Mawlawi", "Maulvi").
  'sheikha', 'dasho', 'lyonpo', 'mawlawi', 'maulvi',
];

/** The heads of a title: the offices, the customary titles and the title abbreviations. */
const TITLE_HEADS = new Set([...OFFICES, ...SOVEREIGN_RANKS, ...CUSTOMARY_TITLES, ...TITLE_ABBREVIATIONS.map((a) => a.toLowerCase())]);

/** Words that qualify a title's head ("Foreign", "Vice", "of"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'deputy', 'assistant', 'acting', 'interim', 'former', 'prime', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'treasury', 'state', 'health', 'justice', 'press', 'senior',
  'chief', 'executive', 'general', 'managing', 'first', 'high', 'supreme', 'lead', 'campaign',
  'national', 'security', 'majority', 'minority', 'house', 'senate', 'special', 'economy', 'trade',
  'education', 'energy', 'labor', 'labour', 'home', 'affairs', 'of', 'operating', 'financial',
  'communications', 'policy', 'political', 'party', 'presidential', 'u.s.', 'attorney', 'homeland',
  'intelligence', 'commerce', 'transportation', 'agriculture', 'veterans', 'environment', 'research',
  // Royal and clerical rank: "Crown Prince", "Grand Duke", "Grand Mufti".
  'crown', 'grand',
]);

/**
 * The folded word is a title's head: an office ("secretary", "spokesman"), an honorific in
 * compromise's lexicon ("sen", "gen", "mr"), or an office written with a hyphen whose parts are all
 * title words, one of them a head or its last "general" ("director-general", "governor-general",
 * "attorney-general", "vice-chancellor"), maybe after a prefix ("co-founder", "ex-president").
 */
export function isTitleHead(word: string): boolean {
  if (TITLE_HEADS.has(word) || (word.includes('-') && isHyphenatedOffice(word))) return true;
  return hasLexiconTag(word, 'Honorific');
}

/** Prefixes written with a hyphen before an office that share it or date it: "co-founder", "ex-president", "then-governor". */
const OFFICE_PREFIXES: ReadonlySet<string> = new Set(['co', 'ex', 'then']);

/**
 * An office written with a hyphen: every part a title word of the lists, one a head or the last "general", the first maybe a prefix
 * (OFFICE_PREFIXES: "co-founder", "ex-president") (see isTitleHead).
 */
function isHyphenatedOffice(word: string): boolean {
  const parts = word.split('-');
  if (parts.length > 1 && OFFICE_PREFIXES.has(parts[0])) parts.shift();
  return parts.every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p)) && (parts[parts.length - 1] === 'general' || parts.some((p) => TITLE_HEADS.has(p)));
}

/** The folded word may stand inside a title ("general", "foreign", "vice", "of") or head one. */
export function isTitleWord(word: string): boolean {
  return TITLE_MODIFIERS.has(word) || isTitleHead(word);
}

/** Courtesy titles that tell a person's gender. */
const GENDERED_COURTESY: ReadonlyMap<string, 'male' | 'female'> = new Map([['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female']]);

/** Honorifics that say "person" but are no office: dropped from a person's role. */
const COURTESY = new Set([...GENDERED_COURTESY.keys(), 'dr', 'mx']);

/** Courtesy titles that also name pageants and nicknames ("Miss Galaxy", "Miss Piggy"): no proof of a person. */
const ALSO_NICKNAMES = new Set(['miss']);

/** True for "Mr", "Mrs", "Dr"...: evidence of a person, not an office. */
export function isCourtesyTitle(word: string): boolean {
  return COURTESY.has(word.replace(/\.$/, ''));
}

/** The capitals the gendered courtesy titles open with ("M" of "Mr", "S" of "Sir", "D" of "Dame"), as character codes. */
const GENDERED_COURTESY_CAPITALS: ReadonlySet<number> = new Set([...GENDERED_COURTESY.keys()].map((k) => k.toUpperCase().charCodeAt(0)));

/**
 * True when `text` from `from` to `to` holds a capital a gendered courtesy title opens with: a stretch without one holds no word
 * genderOfCourtesyTitle reads as a title (the word's capital lower-cases to the title's first letter, and no capital but the ASCII
 * ones lower-cases to an ASCII letter of them). Reads no character outside the text.
 */
export function mayHoldGenderedCourtesy(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from), end = Math.min(to, text.length); i < end; i++) if (GENDERED_COURTESY_CAPITALS.has(text.charCodeAt(i))) return true;
  return false;
}

/** The gender a courtesy title written with its capital tells ("Mr" -> male, "Ms." -> female), or null. */
export function genderOfCourtesyTitle(word: string): 'male' | 'female' | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  return GENDERED_COURTESY.get(word.replace(/\.$/, '').toLowerCase()) ?? null;
}

/** True for a courtesy title only ever given to a person ("Mr", "Dr"; not "Miss", which also names pageants and nicknames). */
export function isPersonOnlyTitle(word: string): boolean {
  const folded = word.replace(/\.$/, '');
  return COURTESY.has(folded) && !ALSO_NICKNAMES.has(folded);
}

/**
 * Offices that belong to an organization rather than a country or a legislature: a person holding
 * one with no organization named next to the title is taken to speak for the article's main organization.
 */
const ORGANIZATIONAL_OFFICES = [
  /\bsecretary[- ]general\b/, /\bdirector[- ]general\b/, /\bspokes(?:man|woman|person)\b/,
  /\bchair(?:man|woman)?\b/, /\bchief executive\b/, /\bceo\b/, /\bexecutive director\b/,
  /\bmanaging director\b/, /\bpresident of the (?:commission|council|bank)\b/,
];

/** True when the role ("Secretary General", "spokeswoman") is an organization's office. */
export function isOrganizationalOffice(role: string): boolean {
  const folded = role.toLowerCase();
  return ORGANIZATIONAL_OFFICES.some((re) => re.test(folded));
}

/** A role as shown to users: each word capitalised ("secretary general" -> "Secretary General"). */
export function formatRole(words: string[]): string {
  return words
    .map((w) => (w === 'of' || w === 'the' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
