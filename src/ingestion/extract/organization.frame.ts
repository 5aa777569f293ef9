import { hasLexiconTag, isCommonWord, isCompanyLegalForm, isForeignArticle, isFunctionWord, isGivenName, isOrganizationHead, isSurname, isVocabularyWord } from '../lexicon/english.lexicon';
import { isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { chamberNamedAfterThe, isCompanyNameWord } from '../lexicon/organization.aliases';
import { FOREIGN_JOINERS, GROUP_WORDS, RIVAL_PLURALS, ROMANCE_PARTICLES, isFirmsPlural } from '../lexicon/name-words.lexicon';
import { longestNameStartingWith, lookupName } from '../lexicon/entity.dictionary';
import { foldName } from '../lexicon/name.normalize';
import { countryNamed, isMajorPlaceName } from '../lexicon/place.gazetteer';
import { CENTER_HEADS, COMPASS, FACILITY_CENTER_WORDS, FACILITY_HEADS, GEO_HEADS, PROTECTED_AREA_HEADS } from '../lexicon/place-words.lexicon';
import { isCourtesyTitle, isTitleHead, isTitleWord } from '../lexicon/title.lexicon';
import { isConnector, tokenInRun, type ArticleToken } from './article.tokenizer';
import { modifiesNoun, singularOf } from './name-shape.rules';
import { packedMap } from './packed.map';

/**
 * Organization names by their form, whatever other names they hold: a word that heads an
 * organization's name ("University", "Institute", "Ministry", "Foundation", "Party", "Inc", "FC")
 * with the capitalised words before it ("Massachusetts Institute", "Andy Warhol Foundation",
 * "Russian Defense Ministry") and the "of" / "for" phrase after it ("University of Southern
 * Indiana", "Church of Scientology", "Foundation for the Visual Arts"). A place or a person inside
 * such a name is part of the name, not a mention of its own.
 */

/** A span of chunk positions (both included). */
export interface ChunkSpan {
  from: number;
  to: number;
}

/** Words that open the phrase after an organization's head ("University of ...", "Foundation for ...", "Commission on ...", French "Union pour ..."). */
const OF_WORDS = new Set(['of', 'for', 'on', 'pour']);

/** Heads of an institution's own name, never of a field an of-phrase names ("Health and Human Services", "Mineral Resources"). */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'hospital', 'bank', 'institute', 'school', 'foundation', 'museum', 'clinic', 'party']);

/**
 * "and the ..." at chunk position `p`, or "and" before a name with an organization head and an of /
 * for phrase of its own ("Massachusetts Institute of Technology and Colorado State University of the
 * US"; not "Department of Health and Human Services"), or before capitalised words that end the run with
 * an institution's head ("University of Tokyo and Seoul National University"): a second name starts.
 */
function opensAnotherName(tokens: ArticleToken[], chunk: number[], p: number): boolean {
  const t = tokens[chunk[p]];
  if (t.cap || (t.key !== 'and' && t.key !== '&')) return false;
  if (tokens[chunk[p + 1]]?.key === 'the') return true;
  const last = tokens[chunk[chunk.length - 1]];
  if (chunk.length - p > 2 && last.cap && INSTITUTION_HEADS.has(last.key) && chunk.slice(p + 1).every((c) => tokens[c].cap)) return true;
  for (let q = p + 1; q + 1 < chunk.length; q++) {
    const next = tokens[chunk[q + 1]];
    if (tokens[chunk[q]].cap && isOrganizationHead(tokens[chunk[q]].key) && !next.cap && OF_WORDS.has(next.key)) return true;
  }
  return false;
}

/** A capital "The" inside a sentence at position `at` of a chunk (what is left of it from there opens so), before another word. */
export function openedByThe(tokens: ArticleToken[], chunk: number[], at = 0): boolean {
  const t = tokens[chunk[at]];
  return chunk.length > at + 1 && t.key === 'the' && t.cap && !t.sentenceStart && !t.upper;
}

/**
 * The organization name in a capitalised run `chunk` (token indices), by form: from the first
 * capitalised word of the stretch before the leftmost organization head (a capital "The" inside a
 * sentence opens it) to the end of the run (or an "and the", or an office, before it) when an "of" /
 * "for" phrase follows the head, else to the head (with the heads written right after it: "Bank
 * Holding Company"). Null when the run holds no head, when a capitalised word that is no title
 * follows the head ("Clean Power Plan"), when "and" or "the" comes before the stretch and no of-phrase
 * follows (the classifier reads "House Education and the Workforce Committee"), when the name would
 * be a single word or a title ("Secretary of State"), or when the leading words are only ordinary
 * words opening a sentence ("Yesterday Party ...").
 */
export function organizationFrame(tokens: ArticleToken[], chunk: number[]): ChunkSpan | null {
  return headFirstFrame(tokens, chunk) ?? nameFrame(tokens, chunk, headsOrganization) ?? causeFrame(tokens, chunk);
}

/** The words between people and their cause in an advocacy group's name: "Physicians for Human Rights", "Mothers Against Drunk Driving". */
const CAUSE_WORDS: ReadonlySet<string> = new Set(['for', 'against']);

/** Endings of English nouns for the people who do something: "voter", "investor", "scientist", "physician", "student", "immigrant". */
const AGENT_ENDING = /(?:er|or|ist|ian|ent|ant)$/;

/**
 * A capitalised plural for people, no office: one the lexicon tags as people ("Women", "Workers"), a
 * people's plural ("Americans"), or the plural of a word for a person or a group ("Citizens",
 * "Democrats") or of an agent noun ("Students", "Taxpayers"); no organization's head ("Centers").
 */
export function namesPeople(t: ArticleToken): boolean {
  const { key } = t;
  if (!t.cap || t.upper || isGivenName(key) || isSurname(key)) return false;
  if (hasLexiconTag(key, 'Plural') && (hasLexiconTag(key, 'Actor') || hasLexiconTag(key, 'Demonym'))) return true;
  if (!key.endsWith('s') || key.endsWith('ss')) return false;
  const singular = singularOf(key);
  if (isTitleWord(singular) || isOrganizationHead(singular)) return false;
  return hasLexiconTag(singular, 'Actor') || GROUP_WORDS.has(singular) || (AGENT_ENDING.test(singular) && isVocabularyWord(singular));
}

/**
 * "Citizens for Tax Justice", "Americans for Prosperity", "Physicians for Human Rights", "Concerned
 * Women for America", "Mothers Against Drunk Driving": a capitalised plural for people (namesPeople;
 * after capitalised ordinary words only) and "for" or "against" with the cause they stand for, capitalised ordinary words to the end of the run (or
 * to a title before a name, or a given name, after it: "... President Ann Lee"), the last maybe a country, name an
 * advocacy group. "blamed Democrats for Benghazi" (a place), "Secretary for Foreign Affairs" (an
 * office) name none. The span, or null.
 */
function causeFrame(tokens: ArticleToken[], chunk: number[]): ChunkSpan | null {
  let from = 0;
  if (openedByThe(tokens, chunk) || (tokens[chunk[0]].sentenceStart && isFunctionWord(tokens[chunk[0]].key))) from = 1;
  let p = from;
  while (p < chunk.length && !namesPeople(tokens[chunk[p]])) {
    const t = tokens[chunk[p]];
    if (!t.cap || t.upper || !isVocabularyWord(t.key) || isGivenName(t.key) || isSurname(t.key) || isTitleWord(t.key)) return null;
    p++;
  }
  const forWord = tokens[chunk[p + 1]];
  if (p + 2 >= chunk.length || forWord.upper || !CAUSE_WORDS.has(forWord.key)) return null;
  let to = p + 1;
  for (let q = p + 2; q < chunk.length; q++) {
    const t = tokens[chunk[q]];
    if (!t.cap) continue;
    if (isGivenName(t.key) || (isTitleHead(t.key) && q + 1 < chunk.length && tokens[chunk[q + 1]].cap)) break;
    to = q;
  }
  const cause = packedMap(chunk.slice(p + 2, to + 1), (i) => tokens[i]);
  const last = cause[cause.length - 1];
  if (!last?.cap) return null;
  const ordinary = (t: ArticleToken): boolean => !t.cap || (!t.upper && isVocabularyWord(t.key) && !isFunctionWord(t.key) && !isSurname(t.key));
  const country = !last.possessive && countryNamed(last.text) !== null;
  return cause.slice(0, -1).every(ordinary) && (ordinary(last) || country) ? { from, to } : null;
}

/**
 * Words for a military unit that, after an ordinal, name that unit: "the 1st Battalion", "the Seventh Fleet",
 * "the 101st Airborne", "the 5th Marines", "the 501st Legion"; alone they name no body.
 */
const NUMBERED_UNITS: ReadonlySet<string> = new Set([
  'battalion', 'brigade', 'regiment', 'fleet', 'squadron', 'legion', 'marines', 'infantry', 'cavalry', 'airborne',
]);

/** An ordinal word or figure, folded: "ninth", "9th", "101st". */
export function isOrdinal(key: string): boolean {
  return hasLexiconTag(key, 'Ordinal') || /^\d+(?:st|nd|rd|th)$/.test(key);
}

/**
 * True when the word `key` (folded), written after the word `previous`, heads an organization's name:
 * a head compromise's lexicon knows (isOrganizationHead) or one of MORE_ORGANIZATION_HEADS,
 * "District" after the kind of public body it is ("Irving Independent School District", "Quimby Water
 * District": a board runs it; "Brellow District" alone is a place), "Circuit" after an ordinal or
 * "Federal" (a federal appeals court: "the Ninth Circuit", "the 2nd Circuit", "the Federal Circuit"; a
 * racing circuit is no body), a military unit's word after an ordinal (NUMBERED_UNITS), "Schools" and "Forum" after a word of their name,
 * "Tribe" and "Band" after a word of their name that is no initial, courtesy title or given name (TRIBAL_HEADS), "Nation" after "First"
 * ("Tellmore Lake First Nation").
 */
export function headsOrganization(key: string, previous?: string): boolean {
  if (isOrganizationHead(key) || MORE_ORGANIZATION_HEADS.has(key)) return true;
  if (previous === undefined) return false;
  // A tribe's or a band's name, after a word of its own: no initial, courtesy title or given name ("Laurence H. Tribe", "Mr. Tribe", "Ann Band").
  if (TRIBAL_HEADS.has(key)) return previous.length > 1 && !isCourtesyTitle(previous) && !isGivenName(previous);
  // A city's or a county's school system after a word of its name ("Chicago Public Schools", "Columbus City Schools"; not a cause:
  // "Alliance to Reclaim Our Schools"); a standing forum of states or firms ("Pacific Islands Forum", "American Action Forum"), not
  // an event named for who speaks at it ("Commander-in-Chief Forum").
  if (key === 'schools') return !isFunctionWord(previous);
  if (key === 'forum') return !previous.split('-').some(isTitleWord);
  // A First Nation's government ("Tellmore Lake First Nation"); "Nation" alone is as often a community, a fan base or a festival.
  if (key === 'nation') return previous === 'first';
  return (key === 'district' && DISTRICT_BODIES.has(previous)) || ((key === 'circuit' || NUMBERED_UNITS.has(key)) && isOrdinal(previous)) || (key === 'circuit' && previous === 'federal');
}

/**
 * "Bundesbank", "Riksbank", "Sberbank": one capitalised word (no acronym) written as a compound that ends in "bank" after three
 * letters at least, which the spelling dictionary holds as no ordinary word ("riverbank") and the name lists as no name, names a bank.
 */
export function isCompoundBankName(t: ArticleToken): boolean {
  return t.cap && !t.upper && /^\p{L}{3,}bank$/u.test(t.key) && !isDictionaryWord(t.key) && !isSurname(t.key) && !isGivenName(t.key);
}

/**
 * "Spencer Group Plc" of "Marks and Spencer Group Plc", "Gamble Co" of "Procter & Gamble Co": tokens `first`..`last`, one
 * capitalised name word (no ordinary word, title or acronym) and then only words of a registered name ending in a company's
 * legal form (isCompanyNameWord, isCompanyLegalForm), are a partner's surname closing a firm's name: the one capitalised word
 * joined to it by "and" or "&" before it is the other partner's ("Marks"), whatever else that word is.
 */
export function isPartnerWithLegalForm(tokens: ArticleToken[], first: number, last: number): boolean {
  const name = tokens[first];
  if (last <= first || !name.cap || name.upper || name.initial || !isCompanyLegalForm(tokens[last].key)) return false;
  if ((isVocabularyWord(name.key) && !isSurname(name.key) && !isGivenName(name.key)) || isTitleWord(name.key)) return false;
  for (let i = first + 1; i < last; i++) if (!tokens[i].cap || !(isCompanyNameWord(tokens[i].key) || isCompanyLegalForm(tokens[i].key))) return false;
  return true;
}

/**
 * A capitalised ordinal ("Ninth" of "Ninth Circuit Court of Appeals", "First" of "First Quorvan Bank"), or a capitalised
 * cardinal inside a sentence ("Five" of "the Five Star Movement", "Seven" of "the Seven Hills Foundation"; opening one it
 * counts: "Five Red Cross workers"): a word of the name it opens, no function word.
 */
function capitalisedNumber(t: ArticleToken): boolean {
  return t.cap && !t.upper && (hasLexiconTag(t.key, 'Ordinal') || (!t.sentenceStart && hasLexiconTag(t.key, 'Cardinal')));
}

/**
 * Words that open an organization's name in the languages that put the head first (Spanish,
 * Portuguese, Italian, French, Polish, Filipino): "Instituto Gonçalves", "Universidad Técnica de Oruro", "Banco
 * Mercantil", parties and movements ("Partido Popular", "Parti Socialiste", "Frente Amplio", "Movimiento Ciudadano"),
 * newspapers ("Corriere di Lecco", "Gazeta Lubuska"), public bodies ("Ajuntament de Quorva", "Municipalidad Provincial de Tellan"). Folded as a token's key is ("Université" -> "universite"): a word written
 * with its accents matched none before.
 */
const HEAD_FIRST_ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  [
    'instituto', 'istituto', 'institut', 'universidad', 'universidade', 'università', 'université', 'universitat',
    'colegio', 'colégio', 'escuela', 'escola', 'école', 'liceo', 'lycée', 'banco', 'banca', 'banque',
    'partido', 'partito', 'ministerio', 'ministério', 'ministero', 'ministère', 'fundación', 'fundação', 'fondazione',
    'fondation', 'compañía', 'companhia', 'compagnie', 'sociedad', 'sociedade', 'società', 'société', 'asociación',
    'associação', 'associazione', 'agencia', 'agência', 'agenzia', 'hospital', 'ospedale', 'hôpital',
    'gazeta', 'gazzetta', 'corriere', 'diario', 'diário', 'jornal', 'grupo', 'groupe', 'gruppo', 'parti', 'movimento', 'movimiento',
    'mouvement', 'frente',
    // Museums, libraries, firms, town halls, federations and unions, laboratories, commissions, councils and authorities.
    // Not "fédération" nor "confédération": folded, each is an English word ("Federation of ... Commerce and Industry").
    'museo', 'museu', 'biblioteca', 'empresa', 'municipalidad', 'municipalité', 'ayuntamiento', 'ajuntament', 'federación', 'federação',
    'federazione', 'confederación', 'sindicato', 'sindicat', 'syndicat', 'laboratorio', 'laboratoire',
    'comisión', 'comissão', 'commissione', 'consejo', 'conselho', 'consiglio', 'conseil', 'autoridad', 'autorité',
    // Filipino: "Bangko Sentral ng Pilipinas", "Pamantasan ng Lungsod ng Maynila", "Kagawaran ng Edukasyon".
    'bangko', 'pamantasan', 'unibersidad', 'kagawaran',
    // The state power utilities of France and of the countries it ruled: "Électricité de France", "Électricité du Quorvan".
    'électricité',
  ].map(foldName),
);

/** A capitalised word that opens an organization's name in a language that puts the head first ("Movimento", "Banco"). */
export function isHeadFirstOrganizationWord(t: ArticleToken): boolean {
  return t.cap && !t.upper && HEAD_FIRST_ORGANIZATION_WORDS.has(t.key);
}

/**
 * English words that open a company's name before its own word ("Bank Leumi", "Bank Negara Malaysia", "Air
 * Quorvan"): head-first only before a capitalised word no English word list knows, nor a given name ("Bank
 * Holiday", "Air Marshal", "Air Force" stay theirs).
 */
const ENGLISH_HEAD_FIRST_WORDS: ReadonlySet<string> = new Set(['bank', 'air']);

/**
 * A broadcaster's word, which stations the world over, and English news naming them, put first: "Radio Quorva", "Radio Télé Tellan",
 * "Rádio Brellow", a county's or a people's station ("Radio Kerry"), one named by a word ("Radio Fides"). Head-first only opening a run,
 * not inside another name after its "for" or "of" ("Netherlands Foundation for Radio Astronomy": a field).
 */
const BROADCASTER_WORDS: ReadonlySet<string> = new Set(['radio', 'rádio'].map(foldName));

/** A capitalised broadcaster's word (BROADCASTER_WORDS) that opens a station's name: "Radio" of "Radio Quorva". */
export function isBroadcasterWord(t: ArticleToken): boolean {
  return t.cap && !t.upper && BROADCASTER_WORDS.has(t.key);
}

/** Particles and "of" words that such a name takes between its words ("de", "del", "di", "of", German "für", Filipino "ng"); not "and" or "the". */
const HEAD_FIRST_JOINERS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'des', 'du', 'la', 'le', 'los', 'las', 'of', 'for', 'e', 'y', ...FOREIGN_JOINERS]);

/**
 * The name a head-first organization word opens (HEAD_FIRST_ORGANIZATION_WORDS, ENGLISH_HEAD_FIRST_WORDS, BROADCASTER_WORDS) at the start of the
 * run (after connectors, "and", or "The") or right after a connector inside it ("Members of Partido Popular";
 * not "NTU Hospital Station"): from it to the last
 * capitalised word that follows it, across particles ("de", "del": "Corriere della Sera"), up to a title
 * before a name; null when no capitalised word follows it. Before its head's other names ("Banco Mercantil and the Partido Popular"), the name ends.
 */
function headFirstFrame(tokens: ArticleToken[], chunk: number[]): ChunkSpan | null {
  let from = 0;
  while (from < chunk.length - 1 && isConnector(tokens[chunk[from]])) from++;
  const the = tokens[chunk[from]];
  if (the.key === 'the' && the.cap && !the.upper) from++;
  const start = from;
  // Or right after a connector inside the run: "Members of Partido Popular".
  const opensName = (p: number): boolean => {
    const t = tokens[chunk[p]];
    const next = tokens[chunk[p + 1]];
    const english = ENGLISH_HEAD_FIRST_WORDS.has(t.key) && !!next?.cap && !next.upper && !isVocabularyWord(next.key) && !isDictionaryWord(next.key) && !isGivenName(next.key);
    return (english && t.cap && !t.upper) || (p === start && isBroadcasterWord(t)) || isHeadFirstOrganizationWord(t);
  };
  // A lower-case "the" after the connector belongs to it: "Officials of the Partido Popular".
  const connectorEnds = (p: number): boolean => isConnector(tokens[chunk[p]]) && (!isConnector(tokens[chunk[p - 1]]) || (tokens[chunk[p]].key === 'the' && p > 1 && !isConnector(tokens[chunk[p - 2]])));
  // "PKO Bank Polski": a word in capitals the lists do not know right before the head-first word opens the name; one they know
  // is a name of its own ("EU" of "EU Banco Quorvan") but before the word and a country alone.
  const capitalsBefore = (p: number): boolean => p + 1 < chunk.length && tokens[chunk[p]].upper && !tokens[chunk[p]].initial && opensName(p + 1);
  // "HSBC Bank Canada": before a head-first word and a country ending the run, a name the lists know opens the name too (its unit there).
  const unitOf = (p: number): boolean => p + 3 === chunk.length && lookupName(tokens[chunk[p + 2]].text, 1)?.type === 'COUNTRY';
  const opensAt = (p: number): boolean => opensName(p) || (capitalsBefore(p) && (!lookupName(tokens[chunk[p]].text, 1) || unitOf(p)));
  if (from < chunk.length && capitalsBefore(from) && !opensAt(from)) from++;
  if (from < chunk.length && !opensAt(from)) from = chunk.findIndex((_, p) => p > from + 1 && connectorEnds(p - 1) && opensAt(p));
  if (from < 0 || from >= chunk.length || !opensAt(from)) return null;
  let to = from;
  for (let p = from + 1; p < chunk.length; p++) {
    const t = tokens[chunk[p]];
    // A title before a name ends it: "Banco Quorvle Chief Executive Ann Lee".
    if (t.cap && isTitleHead(t.key) && tokens[chunk[p + 1]]?.cap) break;
    if (t.cap) to = p;
    else if (!HEAD_FIRST_JOINERS.has(t.key)) break;
  }
  return to > from ? { from, to } : null;
}

/**
 * Words that head organizations' names and that compromise's lexicon (isOrganizationHead) lacks: a
 * town's government ("Municipality of Bogliasco"), a laboratory ("Cosmic Dust Lab"), the
 * abbreviations of heads ("Sea Org", "Fire Dept.", "Growers Assn."), the words for a newspaper
 * in German, Japanese and Korean ("Kieler Zeitung", "Hokkaido Shimbun", "Busan Ilbo"), galleries
 * ("Quimby Art Gallery", "Brellow Galleries"), armed guards ("National Guard", "Coast Guard",
 * "Revolutionary Guards": in lower case a guard is a person, so no word for an organization after
 * "the"), centers in the plural ("Centers for Disease Control and Prevention") and parties named an
 * alternative ("Alternative for Germany", "Socialist Alternative"), and a church's sees ("Archdiocese of Quorvle",
 * "Moscow Patriarchate"), and the words research and investment firms are named by ("CFRA Research", "Quorvle Advisors", "Quimby
 * Ventures"; not "Analytics": "Google Analytics" is a product; no word for an organization after "the": "the research"), and a record
 * label's word ("Quorvan Records"): no person's name ends so.
 */
const MORE_ORGANIZATION_HEADS = new Set([
  'municipality', 'lab', 'org', 'dept', 'assn', 'zeitung', 'tageblatt', 'rundschau', 'shimbun', 'ilbo',
  'gallery', 'galleries', 'museums', 'guard', 'guards', 'centers', 'centres', 'alternative', 'archdiocese', 'diocese', 'patriarchate',
  'research', 'advisors', 'advisers', 'ventures', 'records',
  // Public health and police bodies of Britain and its Commonwealth: "Varrow Valley Health Trust", "Brellow Infirmary", "Tellshire Constabulary".
  'trust', 'infirmary', 'hospice', 'constabulary',
  // A farmers' or a utility's cooperative ("Brellow Valley Dairy Cooperative", "Quorvan Creamery Co-op", "Tellshire Hydro"), a town's
  // school named by its grade ("Quorvle Elementary"): no person's or place's name ends so.
  'cooperative', 'co-op', 'creamery', 'hydro', 'elementary',
  // A state's police named for the roads it keeps ("Tellshire Highway Patrol"), and a state's colleges or universities governed as one
  // system ("Quorvan Community Colleges", "Universities of Tellshire").
  'patrol', 'colleges', 'universities',
  // A town's or a region's transport operator ("Brellow Bus", "Quorvan Transit"; not "Metro", which opens a city's region as often:
  // "Metro Toronto") and a drug trafficking organization named for its home ("the Quorvan Cartel").
  'bus', 'transit', 'cartel',
  // A library, a public body as a museum is one in the sets' conventions ("Quorvan National Library", "Tellmore City Libraries"):
  // compromise lists the word as a place's.
  'library', 'libraries',
]);

/**
 * Words for a tribe's or a band's government, after a word of its name ("Quorvan Sioux Tribe", "Tellmore Band of Ojibwe", "Brellow
 * Bay Bands of Odawa Indians"; a music band is an organization too); surnames too ("Laurence Tribe").
 */
const TRIBAL_HEADS: ReadonlySet<string> = new Set(['tribe', 'band', 'bands']);

/**
 * Words that end the name of what an institution holds ("the Quimby Collection", "Brellow Art
 * Collections"): no person's name ends so, yet the name is often the owner's and a head word
 * ("Brellow"), so form alone does not make it an organization.
 */
export const HOLDINGS_WORDS: ReadonlySet<string> = new Set(['collection', 'collections']);

/**
 * The public bodies written before "District" in the name of the district they run ("School District", "Water District", "Water
 * Management District", "Flood Control District", "Soil and Water Conservation District").
 */
const DISTRICT_BODIES = new Set(['school', 'water', 'fire', 'sanitation', 'utility', 'transit', 'hospital', 'irrigation', 'park', 'library', 'management', 'conservation', 'drainage', 'sewer', 'control']);

/**
 * The place name in a run, by the same form with a place's head word ("Volgograd Arena", "Bay of
 * Bengal"), or null. A run that holds an organization head takes only a facility's head ("Washington
 * Dulles International Airport"; not "Fox News Channel").
 */
export function placeFrame(tokens: ArticleToken[], chunk: number[]): ChunkSpan | null {
  const organizational = chunk.some((i) => tokens[i].cap && isOrganizationHead(tokens[i].key));
  return nameFrame(tokens, chunk, (key, previous, opens) => {
    const kind = placeHeadKind(key, previous, opens);
    return !!kind && (!organizational || kind === 'facility');
  });
}

/**
 * The kind of place the word `key` (folded) heads after the word `previous` (GEO_HEADS: "Quimby River",
 * "Elysee Palace", "Trump Tower"; a region for a protected area's head after its word, PROTECTED_AREA_HEADS:
 * "National Park"), or undefined. A head that is also a given name, so a surname too
 * ("Hall", "Hill", "Base"), heads one only after an ordinary word ("City Hall", "Land Base"; one the
 * dictionary writes with a capital too only where it `opens` the name: "Capitol Hill"), no function
 * word ("The Hill") and no given name but an ordinary word: "Anita Hill", "Arsenio Hall" are people.
 */
export function placeHeadKind(key: string, previous: string | undefined, opens: boolean): string | undefined {
  if (previous !== undefined && PROTECTED_AREA_HEADS.get(key)?.has(previous)) return 'region';
  if (!GEO_HEADS.has(key)) return undefined;
  // The world's oceans are few, and the lists know each by its word ("Pacific Ocean", "Southern Ocean", and after a compass word,
  // "North Atlantic Ocean"): "Ocean" after any other word is a company's or a group's name ("Quorvan Ocean will build the boats").
  if (key === 'ocean') return previous !== undefined && lookupName(`${previous} ${key}`, 2)?.type === 'REGION' ? GEO_HEADS.get(key) : undefined;
  if (!isGivenName(key) || previous === undefined) return GEO_HEADS.get(key);
  const word = (isVocabularyWord(previous) || (opens && isDictionaryWord(previous))) && !isFunctionWord(previous) && (!isGivenName(previous) || isCommonWord(previous));
  return word ? GEO_HEADS.get(key) : undefined;
}

/**
 * Whether the name of tokens `span` (a frame's words) is a facility, a place: its head word (the
 * last capitalised word before an of / for / on phrase, else its last word) or the last word after
 * that phrase ("Bank of America Stadium") is a building's or a site's ("Museum of Flight", "National
 * Museum of the U.S. Air Force", "Shandao Station"), or a center after what is done there with no
 * phrase after it ("Johnson Space Center"; not "Centre for Social Evolution", "Pew Research Center").
 */
export function isFacilityName(tokens: ArticleToken[], span: number[]): boolean {
  const phrase = span.findIndex((i) => !tokens[i].cap && OF_WORDS.has(tokens[i].key));
  const end = phrase < 0 ? span.length : phrase;
  if (end === 0) return false;
  const head = tokens[span[end - 1]];
  if (!head.cap) return false;
  // "Bank of America Stadium": a building's head word that ends the name after its of-phrase.
  const last = tokens[span[span.length - 1]];
  if (FACILITY_HEADS.has(head.key) || (phrase > 0 && last.cap && FACILITY_HEADS.has(last.key))) return true;
  return phrase < 0 && end >= 2 && CENTER_HEADS.has(head.key) && FACILITY_CENTER_WORDS.has(tokens[span[end - 2]].key);
}

/**
 * Where an of-phrase ends at a known place (chunk position `p`: a city of 100,000 or more, a state or a
 * country) when another name follows it: after the place and at most one campus (a second place:
 * "University of Texas Arlington Muslim Student Association"), or after the place alone before a name
 * that opens with no ordinary or dictionary word ("University of Texas Amneh Jafari"; not "University of
 * California Press", "University of Texas Medical Branch"). Null when the phrase goes on.
 */
function placePhraseEnd(tokens: ArticleToken[], chunk: number[], p: number): number | null {
  if (p + 2 >= chunk.length) return null;
  const t = tokens[chunk[p]];
  if (!t.cap || t.upper || !isMajorPlaceName(t.text)) return null;
  const campusWord = tokens[chunk[p + 1]];
  const campus = campusWord.cap && !campusWord.upper && isMajorPlaceName(campusWord.text) ? 1 : 0;
  // The name after the phrase has two words at least.
  if (p + campus + 2 >= chunk.length) return null;
  const opener = tokens[chunk[p + campus + 1]];
  if (!opener.cap || opener.upper) return null;
  return campus || (!isCommonWord(opener.key) && !isDictionaryWord(opener.key) && !isOrganizationHead(opener.key) && !isTitleWord(opener.key)) ? p + campus : null;
}

/**
 * A company's legal form at chunk position `p` ("Corp" of "Bank of America Corp and Wells Fargo"), not
 * before another ("Co. LLC"), ends the name: what follows it is another name.
 */
function endsCompanyName(tokens: ArticleToken[], chunk: number[], p: number): boolean {
  const t = tokens[chunk[p]];
  const next = tokens[chunk[p + 1]];
  return t.cap && isCompanyLegalForm(t.key) && !(next?.cap && isCompanyLegalForm(next.key));
}

/**
 * The chunk position of a company's legal form one or two capitalised words after the head at `right`
 * ("Ltd" of "Group Holding Ltd", "Co" of "Bank Holding Trust Co"), no connector between; or null.
 */
function legalFormAhead(tokens: ArticleToken[], chunk: number[], right: number): number | null {
  for (let p = right + 1; p < chunk.length && p <= right + 3; p++) {
    const t = tokens[chunk[p]];
    if (!t.cap || isConnector(t)) return null;
    if (isCompanyLegalForm(t.key)) return p > right + 1 ? p : null;
  }
  return null;
}

/**
 * "HSBC Bank Canada said", "Meridian Trust Bank Ghana raised its rates": the words of `chunk` after its token at `head` (a name's
 * head) are a country's name (not in capitals, not possessive), and no lower-case noun after them is theirs to modify (not "the
 * World Bank Ghana office"): the bank's or the company's unit there, named as its country's register writes it.
 */
function countryEndsName(tokens: ArticleToken[], chunk: number[], head: number): boolean {
  const [first, last] = [tokens[chunk[head + 1]], tokens[chunk[chunk.length - 1]]];
  if (!first?.cap || first.upper || last.possessive || !tokens[chunk[head]].joinsNext || modifiesNoun(tokens, chunk[chunk.length - 1])) return false;
  const words = chunk.length - head - 1;
  return words <= 3 && lookupName(packedMap(tokens.slice(chunk[head + 1], chunk[chunk.length - 1] + 1), (t) => t.text).join(' '), words)?.type === 'COUNTRY';
}

/** Tells whether a word `isHeadWord` accepts (after the word `previous`, which `opens` the run when no capitalised word comes before it) heads a name. */
type HeadWordTest = (key: string, previous: string | undefined, opens: boolean) => boolean;

/**
 * The word at chunk position `p` heads a name: capitalised and accepted by `isHeadWord`; a head that is also a title
 * word ("Party" of "Party Secretary Xi") heads one only where the run ends or no capitalised word follows.
 */
function headAt(tokens: ArticleToken[], chunk: number[], isHeadWord: HeadWordTest, p: number): boolean {
  const t = tokens[chunk[p]];
  return t.cap && isHeadWord(t.key, tokenInRun(tokens, chunk, p - 1)?.key, !tokenInRun(tokens, chunk, p - 2)?.cap) && (!isTitleWord(t.key) || !tokenInRun(tokens, chunk, p + 1)?.cap || p + 1 === chunk.length);
}

/**
 * The name in `chunk` that a word `isHeadWord` accepts heads (see organizationFrame). Most runs hold no head: this
 * finds the leftmost one and leaves the rest to nameFrameFrom, so the part that runs on every run stays small (V8
 * compiles it early and cheaply; the rest runs for one run in ten).
 */
function nameFrame(tokens: ArticleToken[], chunk: number[], isHeadWord: HeadWordTest): ChunkSpan | null {
  let left = 0;
  while (left < chunk.length && !headAt(tokens, chunk, isHeadWord, left)) left++;
  return left === chunk.length ? null : (nameFrameFrom(tokens, chunk, isHeadWord, left) ?? fieldHeadFrame(tokens, chunk, isHeadWord, left));
}

/**
 * "Securities and Exchange Board of India", "Export and Investment Fund of Denmark": a head word at chunk position `left` that "and"
 * joins to the words after it is a field the body deals with, no head of a name of its own; the name whose head comes after it, if one.
 */
function fieldHeadFrame(tokens: ArticleToken[], chunk: number[], isHeadWord: HeadWordTest, left: number): ChunkSpan | null {
  const and = tokenInRun(tokens, chunk, left + 1);
  if (!and || and.cap || and.key !== 'and') return null;
  for (let p = left + 2; p < chunk.length; p++) if (headAt(tokens, chunk, isHeadWord, p)) return nameFrameFrom(tokens, chunk, isHeadWord, p);
  return null;
}

/**
 * The last chunk position of the heads written together from position `at` (a head). A function of the module, where nameFrameFrom
 * made a closure of headAt on every call: its calls at a rare site met a new closure in V8's second pass over the same articles,
 * and the new call feedback set nameFrameFrom's count towards optimizing back to nought.
 */
function headsRunEnd(tokens: ArticleToken[], chunk: number[], isHeadWord: HeadWordTest, at: number): number {
  let end = at;
  while (end + 1 < chunk.length && headAt(tokens, chunk, isHeadWord, end + 1)) end++;
  return end;
}

/** The name in `chunk` whose leftmost head is at chunk position `left` (see nameFrame). */
function nameFrameFrom(tokens: ArticleToken[], chunk: number[], isHeadWord: HeadWordTest, left: number): ChunkSpan | null {
  // Heads written together end the name: "Bank Holding Company".
  let right = headsRunEnd(tokens, chunk, isHeadWord, left);
  // Title modifiers between two heads are the name's own: "Natural Resources Defense Council".
  let ahead = right + 1;
  while (ahead < chunk.length && !headAt(tokens, chunk, isHeadWord, ahead) && titleModifierAt(tokens, chunk[ahead])) ahead++;
  if (ahead > right + 1 && ahead < chunk.length && headAt(tokens, chunk, isHeadWord, ahead)) right = headsRunEnd(tokens, chunk, isHeadWord, ahead);
  // Ordinary words with a capital after the head, up to a later head, are the name's own: "European Union Aviation Safety Agency".
  let later = right + 1;
  while (later < chunk.length && !headAt(tokens, chunk, isHeadWord, later) && ordinaryNameWordAt(tokens, chunk[later])) later++;
  if (later > right + 1 && later < chunk.length && headAt(tokens, chunk, isHeadWord, later)) right = headsRunEnd(tokens, chunk, isHeadWord, later);
  // A company's registered name goes on past its head to its legal form: "Alibaba Group Holding Ltd".
  const form = legalFormAhead(tokens, chunk, right);
  if (form !== null) right = headsRunEnd(tokens, chunk, isHeadWord, form);
  // "Workers United", "Starbucks Workers United": "United" ending the run after a head is the name's own.
  if (right + 2 === chunk.length && tokens[chunk[right + 1]].cap && tokens[chunk[right + 1]].key === 'united') right++;
  // "HSBC Bank Canada", "Meridian Trust Bank Ghana": a country ending the run after a name's head is the name's own.
  if (left > 0 && countryEndsName(tokens, chunk, right)) right = chunk.length - 1;
  const next = tokens[chunk[right + 1]];
  // "the True Path Party of Tansu Ciller": a party's name ends before "of" and its leader's name.
  const ofPhrase = right + 2 < chunk.length && !!next && !next.cap && OF_WORDS.has(next.key) && !(next.key === 'of' && PARTY_HEADS.has(tokens[chunk[right]].key) && personNameFrom(tokens, chunk, right + 2));
  // A name that goes on after its head is no organization by form ("Clean Power Plan", "Affordable Care
  // Act"); a title or a person's given name may follow it ("Washington State University Simon Ličen").
  // A building's head word that is also a given name ends the run as the name of a place, not of a person after it: "Quorvle Air Force Base".
  const building = !!next && FACILITY_HEADS.has(next.key) && !tokens[chunk[right + 2]]?.cap;
  if (next?.cap && !isTitleWord(next.key) && (!isGivenName(next.key) || building)) return null;
  const to = ofPhrase ? ofPhraseEnd(tokens, chunk, right) : right;
  let from = left;
  // A particle written small between two capitalised words is the name's own: "Quorve du Lac Band of ...", "Tellan de Brellow Police Department".
  const particleInside = (p: number): boolean => p > 0 && ROMANCE_PARTICLES.has(tokens[chunk[p]].key) && !tokens[chunk[p]].cap && tokens[chunk[p - 1]].cap && !tokens[chunk[p - 1]].upper;
  while (from > 0 && (tokens[chunk[from - 1]].cap || particleInside(from - 1))) from--;
  // "the Competition and Consumer Commission of Singapore": ordinary words joined by "and" before the stretch are the name's own, and
  // before heads written together ("Export and Investment Fund of Denmark").
  const joined = ofPhrase && (from < left || right > left) ? fieldsJoinedByAnd(tokens, chunk, from) : from;
  const fields = joined < from;
  from = joined;
  // After "and" or "the" the name may well go on to the left ("House Education and the Workforce
  // Committee"): the classifier's call; after "of" or "of the" it starts here ("Martha Raddatz of ABC
  // News", "Justice Ann Lee of the New York Supreme Court").
  const opener = from > 0 ? tokens[chunk[from - 1]].key : null;
  const afterOf = !!opener && (OF_WORDS.has(opener) || (opener === 'the' && from > 1 && OF_WORDS.has(tokens[chunk[from - 2]].key)));
  if (!ofPhrase && from > 0 && !afterOf) return null;
  // Words that open the sentence and are no name: "Yesterday Apple Inc", "The Party" at a sentence start
  // (an upper-case word stays: "US National Park Service", and so does a chamber's name: "House
  // Intelligence Committee", and an ordinary word before a company's legal form: "General Motors Co", and a
  // compass word: "Greater Manchester Police"); nor is "Miami-based" part of the name.
  const company = isCompanyLegalForm(tokens[chunk[right]].key);
  while (from < left && !fields) {
    const t = tokens[chunk[from]];
    if (openedByThe(tokens, chunk, from)) break;
    const based = /-based$/.test(t.key);
    // "United Auto Workers", "Associated Press": an adjective made from a verb opens the name, at a sentence's start too.
    const participle = t.key.endsWith('ed') && hasLexiconTag(t.key, 'Adjective');
    // Before a legal form, a word for the company's relation to another opens the sentence and no name: "Rival Quorvle Devices Inc";
    // before any name, a plural for rivals or for firms of a kind: "Rivals Quorvle Energy and ...", "Lenders Tellan Bank and ...".
    const opener =
      (t.sentenceStart && from === 0 && ((company && RELATION_WORDS.has(t.key)) || RIVAL_PLURALS.has(t.key) || isFirmsPlural(t.key))) ||
      (t.sentenceStart && !company && isCommonWord(t.key) && !isOrganizationHead(t.key) && !chamberNamedAfterThe(t.key) && !participle && !COMPASS.has(t.key) && !opensNameAtSentenceStart(tokens, chunk, from, right));
    // A foreign article opens the name: "El Paso County", "Le Monde Diplomatique".
    if (!based && (t.upper || capitalisedNumber(t) || isForeignArticle(t.key) || !(isFunctionWord(t.key) || opener))) break;
    from++;
  }
  from = formalCountryStart(tokens, chunk, from, left);
  if (isConnector(tokens[chunk[to]])) return null;
  const words = chunk.slice(from, to + 1).filter((i) => !isConnector(tokens[i]));
  if (words.length < 2) return null;
  return { from, to };
}

/**
 * Where the name whose head (chunk position `right`) an of-phrase follows ends: at the end of the run, or before an "and the" that
 * opens another name, or a title. Apart from nameFrameFrom, which reads an of-phrase for one name in eight: the rest of it stays
 * smaller to compile.
 */
function ofPhraseEnd(tokens: ArticleToken[], chunk: number[], right: number): number {
  // A title before a name, or in capitals ("Museum of Flight CEO"); a title word that ends the run is the name's own ("Center for Social Justice").
  const titleAt = (p: number): boolean => tokens[chunk[p]].cap && isTitleHead(tokens[chunk[p]].key) && (p + 1 < chunk.length || tokens[chunk[p]].upper);
  let to = right + 2;
  while (to + 1 < chunk.length && !opensAnotherName(tokens, chunk, to + 1) && !titleAt(to + 1) && !endsCompanyName(tokens, chunk, to)) {
    const placeEnd = placePhraseEnd(tokens, chunk, to);
    if (placeEnd !== null) return placeEnd;
    to++;
  }
  return to;
}

/**
 * The capitalised ordinary word at chunk position `p`, opening a sentence, opens the name that runs to position `right`: with the
 * words after it, it opens a name the lists know ("New York Times said", "New Zealand Rugby Union said"), or the article writes the
 * same words elsewhere after a lower-case word, where no sentence starts ("the New Democratic Party ... New Democratic Party leader
 * Ann Lee said", "shares of Royal Quorvex Bank ... Royal Quorvex Bank said"), or it is the one word before "Party" and no
 * adverb ("Green Party won").
 */
function opensNameAtSentenceStart(tokens: ArticleToken[], chunk: number[], p: number, right: number): boolean {
  const t = tokens[chunk[p]];
  // "Green Party won 12 seats", "| Green Party |": a party is named by the one word before "Party", which no adverb is.
  if (right === p + 1 && tokens[chunk[right]].key === 'party' && tokens[chunk[p]].joinsNext && !hasLexiconTag(t.key, 'Adverb')) return true;
  let surface = t.text;
  for (let q = p + 1; q <= right && q - p < longestNameStartingWith(t.key); q++) {
    if (!tokens[chunk[q - 1]].joinsNext) break;
    surface += ` ${tokens[chunk[q]].text}`;
    if (lookupName(surface, q - p + 1)) return true;
  }
  const length = right - p + 1;
  for (let i = 1; i + length <= tokens.length; i++) {
    const u = tokens[i];
    if (u.key !== t.key || !u.cap || u.sentenceStart || i === chunk[p]) continue;
    const before = tokens[i - 1];
    if (before.cap || before.segment !== u.segment || !before.joinsNext) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) same = tokens[i + k].key === tokens[chunk[p + k]].key && tokens[i + k].segment === u.segment;
    if (same) return true;
  }
  return false;
}

/** How many words a field joined by "and" to an of-phrase's name may have ("Climate Change" of "Climate Change and Energy Agency of ..."). */
const FIELD_WORDS = 2;

/**
 * "Securities and Exchange Board of India", "Competition and Consumer Commission of Singapore", "Food and Agriculture Organization of
 * the United Nations": where the name whose stretch before its head starts at chunk position `from` (a word at least before the head, or
 * a head before another: "Investment Fund")
 * really starts when a lower-case "and" comes right before it: at the first of the one or two capitalised words before "and" (after a
 * capitalised function word: "The Food and ...") when
 * they are ordinary words (the fields the body deals with; no name, title, given name or surname, none a plural for people, nor a name the
 * lists know: "Apple and Consumer Reports Board of ..."), else at `from`.
 */
function fieldsJoinedByAnd(tokens: ArticleToken[], chunk: number[], from: number): number {
  const and = tokens[chunk[from - 1]];
  if (from < 2 || !and || and.cap || and.key !== 'and') return from;
  const fieldWord = (p: number): boolean => p >= 0 && tokens[chunk[p]].cap && !isFunctionWord(tokens[chunk[p]].key);
  let start = from - 1;
  while (fieldWord(start - 1) && from - 1 - start < FIELD_WORDS) start--;
  if (start === from - 1 || fieldWord(start - 1)) return from;
  const words = chunk.slice(start, from - 1);
  // An ordinary word or its plural ("Fisheries", "Securities").
  const field = (i: number): boolean => (ordinaryNameWordAt(tokens, i) || (tokens[i].cap && !tokens[i].upper && !tokens[i].possessive && !isSurname(tokens[i].key) && tokens[i].key.endsWith('s') && isVocabularyWord(singularOf(tokens[i].key)))) && !namesPeople(tokens[i]);
  if (!words.every(field)) return from;
  return lookupName(words.map((i) => tokens[i].text).join(' '), words.length) ? from : start;
}

/** Heads of a party's or a movement's name, which "of" and its leader's name may follow in news ("the True Path Party of Tansu Ciller"). */
const PARTY_HEADS: ReadonlySet<string> = new Set(['party', 'front', 'league', 'movement', 'alliance', 'bloc', 'union']);

/**
 * "Tansu Ciller" of "the True Path Party of Tansu Ciller", "Tom Quorvle" of "the Labour Party of Tom Quorvle": the rest of the run
 * from chunk position `p`, two or three capitalised words (no acronym, connector, title or name's head), is a person's name when a
 * given name opens it, or when none is an ordinary word and the gazetteer knows neither a word nor the whole as a major place.
 */
function personNameFrom(tokens: ArticleToken[], chunk: number[], p: number): boolean {
  const words = chunk.slice(p).map((c) => tokens[c]);
  if (words.length < 2 || words.length > 3 || words.some((t) => !t.cap || t.upper || isConnector(t) || isTitleWord(t.key) || isOrganizationHead(t.key))) return false;
  if (isGivenName(words[0].key)) return true;
  return words.every((t) => !isVocabularyWord(t.key) && !isMajorPlaceName(t.text)) && !isMajorPlaceName(words.map((t) => t.text).join(' '));
}

/** Words for a company's relation to another, written before its name: "Rival Quorvle Inc", "Parent Tellan Holdings Ltd". */
const RELATION_WORDS: ReadonlySet<string> = new Set(['rival', 'competitor', 'peer', 'parent', 'partner', 'fellow']);

/** Token `i` is an ordinary word with a capital, no capitals, title, given name nor surname: "Aviation", "Safety". */
function ordinaryNameWordAt(tokens: ArticleToken[], i: number): boolean {
  const t = tokens[i];
  return t.cap && !t.upper && !t.possessive && isVocabularyWord(t.key) && !isFunctionWord(t.key) && !isTitleWord(t.key) && !isGivenName(t.key) && !isSurname(t.key);
}

/** Token `i` is a capitalised word that only qualifies a title ("Defense", "Foreign"), no title's head nor given name. */
function titleModifierAt(tokens: ArticleToken[], i: number): boolean {
  const t = tokens[i];
  return t.cap && !t.upper && isTitleWord(t.key) && !isTitleHead(t.key) && !isGivenName(t.key);
}

/**
 * "Islamic Republic of Iran News Agency", "Republic of Korea Army": where the name that starts at chunk
 * position `from`, right after a lower-case "of" or "the", and runs to its head at `left`, opens with the
 * end of a country's formal name written with "of" (countryNamed: "Islamic Republic of Iran"), the
 * organization's name opens with that formal name: the chunk position it starts at, else `from`.
 */
function formalCountryStart(tokens: ArticleToken[], chunk: number[], from: number, left: number): number {
  const before = tokens[chunk[from - 1]];
  if (!before || before.cap || (before.key !== 'of' && before.key !== 'the')) return from;
  for (let s = 0; s < from - 1; s++) {
    if (!tokens[chunk[s]].cap) continue;
    for (let k = from; k < left; k++) if (countryNamed(writtenWords(tokens, chunk.slice(s, k + 1)))) return s;
  }
  return from;
}

/** The words of tokens `span` as written, a possessive 's the tokenizer cut off put back ("People's Republic of China"). */
function writtenWords(tokens: ArticleToken[], span: number[]): string {
  return span.map((i, n) => (n === 0 ? '' : tokens[i].start - tokens[span[n - 1]].end === 3 ? "'s " : ' ') + tokens[i].text).join('');
}
