import { isDictionaryName } from '../lexicon/dictionary-words.lexicon';
import { hasLexiconTag, isFunctionWord, isGivenName, isListedFirstName, isPlaceHead, isSurname, isVocabularyWord } from '../lexicon/english.lexicon';
import { EVENT_WORDS, GROUP_WORDS, OTHER_SPORTS, SCORE_TEXT, SPORTS, TEAM_SPORTS } from '../lexicon/name-words.lexicon';
import { LIFT_VERBS, MATCH_SUBJECT_VERBS, PLURAL_AUXILIARIES, PLURAL_TEAM_VERBS, RESULT_VERBS, STANDING_VERBS, TABLE_MOVE_VERBS } from '../lexicon/match-verb.lexicon';
import { cityNamed, countryNamed, countryOfDemonym, stateNamed } from '../lexicon/place.gazetteer';
import { DIRECTION_PREPOSITIONS, GEO_HEADS, PLACE_PREPOSITIONS, PLACE_QUALIFIERS } from '../lexicon/place-words.lexicon';
import { REGIONS } from '../lexicon/region.names';
import { isWeekdayName } from '../lexicon/speaker.lexicon';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import { isDateline } from './dateline.rules';
import type { EntityFinding } from './entity.classifier';
import { isPluralShaped, singularOf, verbLike } from './name-shape.rules';
import { RESULT_LINE, isOrganizationFinding, organizationFinding, organizationNameOf } from './organization-context.rules';
import { personNameWords } from './person-name.reader';
import { GROUND_HEADS, typeSportsGrounds } from './sports-ground.rules';
import { untypedName } from './untyped-name.rules';

/**
 * Which names are clubs in sports copy: sports writing names a club by its city or by one word
 * ("Arsenal beat Newcastle 3-1", "a 1-0 win at Villarreal", "Newcastle manager Eddie Howe"). In an
 * article that reads as a match report, a city or a name no rule typed, written where a club stands
 * (a side of a result, the object of "host" or "face", before a club's people), is the club, and so
 * is every other naming of it in the article but where it stands as a place ("in Liverpool", "the
 * Newcastle mayor", a dateline). A country never becomes a club: national teams are left to their
 * places, as are regions and states.
 */

/** The name ending at token `i` is followed by a verb of its place in a table (STANDING_VERBS) and a capitalised name or "the". */
function standingVerb(doc: TokenizedArticle, i: number): boolean {
  const word = lowerWordAfter(doc, i);
  const next = doc.tokens[i + 2];
  return !!word && STANDING_VERBS.has(word.key) && !!next && next.segment === word.segment && (next.cap || next.key === 'the');
}

/** Verbs that say what a thing is, after which a town stays the town ("Mumbai is a city of 20 million"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'remains', 'remained', 'became', 'becomes', 'has', 'had', 'lies', 'sits']);

/** Token `i` opens a sentence or a clause after a comma. */
function opensClause(doc: TokenizedArticle, i: number): boolean {
  const t = doc.tokens[i];
  return t.sentenceStart || (i > 0 && doc.tokens[i - 1].segment === t.segment && /^,\s+$/.test(doc.body.slice(doc.tokens[i - 1].end, t.start)));
}

/** Words that only sports copy writes: who plays, where and what happens in a game ("midfielder", "halftime", "wickets", "homer", "birdie"). */
const SPORTS_WORDS: readonly string[] = [
  'striker', 'midfielder', 'goalkeeper', 'winger', 'kick-off', 'halftime', 'half-time', 'equaliser', 'equalizer', 'equalised', 'equalized',
  'hat-trick', 'relegation', 'referee', 'fixture', 'derby', 'stadium', 'touchdown', 'quarterback', 'innings', 'wicket', 'wickets', 'batsman',
  'batsmen', 'bowler', 'bowlers', 'all-rounder', 'batting', 'bowling',
  'playoffs', 'playoff', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final',
  'homer', 'homers', 'two-run', 'three-run', 'inning', 'pitcher', 'shutout', 'goaltender', 'touchdowns', 'birdie', 'birdies', 'bogey', 'bogeys', 'tiebreak', 'tie-break',
];

/** Words sports copy writes often, and other news too ("goals", "season", "coach"). */
const GAME_WORDS: readonly string[] = [
  'goal', 'goals', 'scored', 'scorer', 'penalty', 'league', 'cup', 'season', 'coach', 'match', 'drew', 'fans', 'squad', 'tournament', 'championship',
  'overtime', 'assists',
];

/** What a lower-case word weighs as a sign of sports copy: two for SPORTS_WORDS, one for GAME_WORDS (one lookup a word). */
const SPORTS_WEIGHTS: ReadonlyMap<string, number> = new Map([...GAME_WORDS.map((w): [string, number] => [w, 1]), ...SPORTS_WORDS.map((w): [string, number] => [w, 2])]);

/** A wire headline's slug for a team sport: "SOCCER - ...", "Cricket: ...", "ICE HOCKEY - ...". */
const TEAM_SPORT_SLUG = slugOf(TEAM_SPORTS);

/** A wire headline's slug for any sport: a team sport's, "TENNIS - ...", "MOTOR RACING - ...". */
const SPORT_SLUG = slugOf([...TEAM_SPORTS, ...OTHER_SPORTS]);

/** The pattern of a wire headline's slug for one of `sports`: "SOCCER - ...", "Cricket: ...", "ICE HOCKEY - ...". */
function slugOf(sports: string[]): RegExp {
  return new RegExp(`^\\s*(?:ice )?(?:${sports.join('|')})(?: union| league)?\\s*[-–—:]`, 'i');
}

/** One of the segments that may be the headline of `doc` opens with a slug `slug` matches. */
function opensWithSlug(doc: TokenizedArticle, slug: RegExp): boolean {
  return doc.segments.slice(0, SLUG_SEGMENTS).some((s) => slug.test(doc.body.slice(s.start, s.end)));
}

/** Segment `s` of `doc` opens with a wire headline's slug for a sport ("SOCCER - LEEDS BEAT NEWCASTLE", "TENNIS - ..."). */
export function opensWithSportSlug(doc: TokenizedArticle, s: number): boolean {
  return SPORT_SLUG.test(doc.body.slice(doc.segments[s].start, doc.segments[s].end));
}

/** How many segments may come before a headline's slug: the headline opens the article. */
const SLUG_SEGMENTS = 3;

/** How much the article's SPORTS_WORDS (two each) and GAME_WORDS (one each), each counted once, must weigh, with a game's score; without one, two more. */
const SPORTS_COPY_WEIGHT = 4;

/** A game's score in the body; not a year's span ("2019-20"), a date or a share. */
const SCORE = new RegExp(String.raw`(?<![\d/.-])${SCORE_TEXT}(?![\d/.-]|\s*(?:percent|per cent|%))`);

/**
 * A game's result between two names with one score, no set's score after it (a tennis or a squash match writes one a
 * set): "Liverpool beat Chelsea 2-1", "Boston lost to New York 5-3". Groups: the two sides.
 */
const GAME_RESULT = new RegExp(
  String.raw`(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}) (?:${RESULT_VERBS}) (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}) ${SCORE_TEXT}(?![\d/.-]|\s+\d{1,2}\s?[-–]\s?\d)`,
  'gu',
);

/** A score and a result's verb between spaces before a capital, which every GAME_RESULT writes: quick tests before that slower pattern. */
const [SCORE_SHAPE, RESULT_VERB_AT] = [new RegExp(SCORE_TEXT), new RegExp(` (?:${RESULT_VERBS}) \\p{Lu}`, 'u')];

/** The body writes a game's result (GAME_RESULT) one side of which is a town the gazetteer knows ("Liverpool beat Chelsea 2-1"): a team is named by its town, a person never. */
function writesTownsResult(body: string): boolean {
  if (!SCORE_SHAPE.test(body) || !RESULT_VERB_AT.test(body)) return false;
  for (const m of body.matchAll(GAME_RESULT)) if (cityNamed(m[1]) || cityNamed(m[2])) return true;
  return false;
}

/** A club's people and parts, written right after its name ("Newcastle manager Eddie Howe", "Brellow fans"). */
const CLUB_PEOPLE: ReadonlySet<string> = new Set([
  'manager', 'coach', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'captain', 'fans',
  'supporters', 'squad', 'player', 'players', 'teammate', 'teammates', 'academy', 'quarterback', 'batsman', 'bowler', 'skipper',
]);

/** What a club has, written after its possessive ("Arsenal's side", "Quorvani's lead"), besides its people. */
const CLUB_POSSESSIONS: ReadonlySet<string> = new Set(['side', 'team', 'lead', 'advantage', 'defence', 'defense', 'attack', 'goal', 'goals', 'win', 'victory', 'defeat', 'unbeaten', 'title']);

/** Verbs of a game's result (RESULT_VERBS: "beat", "drew with", "lost to"), their other forms ("beating", "losing to"), and those naming where it was played ("drew at", "lost at"). */
const CLUB_RESULT_VERBS = `${RESULT_VERBS}|beats|beating|defeats|defeating|drawing with|losing to|drew at|lost at`;

/** What news writes between two clubs of a game: a result's verb, "host", "face" (alone in the gap, after ", who" or a modal: "will face"). */
const MATCH_GAP = new RegExp(`^(?:\\s+|,\\s+who\\s+)(?:(?:will|would|must|could|can)\\s+)?(?:${CLUB_RESULT_VERBS}|hosts?|hosted|faces?|faced|plays?|played|visits?|visited|meets?)\\s+$`);

/** A result's verb in a Title Case headline: "Arsenal Beat Newcastle", "Leeds Draw With Everton". */
const HEADLINE_RESULT = new RegExp(`\\b(?:${CLUB_RESULT_VERBS}|beats|draw|draws|held)\\b`, 'i');

/** A result's verb right before a club whose score follows it: "came back to beat Brellow 2-1". */
const RESULT_VERB_BEFORE = new RegExp(`\\b(?:${CLUB_RESULT_VERBS})\\s+$`);

/** A game's score right after a name: " 2-1", " 102 – 99". */
const SCORE_AFTER = new RegExp(String.raw`^['’]?s?\s+${SCORE_TEXT}(?!\d)`);

/**
 * Before a club, a result with its score, or a result's noun and whom it was over: "a 1-0 win at", "drew 2-2 with", "held
 * 1-1 at home by", "victory over", "defeat to", "goalless draw with", "finished second to", "against", "the match between",
 * "three points behind".
 */
const RESULT_BEFORE = new RegExp(
  String.raw`(?:\b(?:drew|draw|tied|tie|lost|lose|won|win|fell)\s+${SCORE_TEXT}\s+(?:with|to|at|against|over)|${SCORE_TEXT}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw|triumph)\s+(?:at|over|against|to|with)|` +
    String.raw`\bheld\s+(?:to\s+an?\s+)?${SCORE_TEXT}(?:\s+draw)?(?:\s+(?:at home|at [^,.;]{1,30}?))?\s+by|(?:win|victory|defeat|loss|triumph)\s+(?:over|against|to)|\bdraw\s+(?:with|against)|\b(?:finished|finishing|came|ended)\s+(?:second|third|fourth|runners-up)\s+(?:to|behind)|\bagainst|\bat home to|\baway (?:to|at)|\b(?:points?|games?)\s+(?:behind|clear of|ahead of)|\b(?:match|game|fixture|clash|derby|final|tie) between)\s+$`,
);

/**
 * After a club, a result and its score ("won 2-1", "drew 0-0", "lost 3-2"), a result counted in a run of games ("lost for
 * the fifth time", "won its third straight", "lost in overtime"), or a verb and a result with its score ("secured a
 * 2-0 win", "earned a 1-1 draw", "suffered a 3-1 defeat").
 */
const RESULT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:won|lost|drew|tied|led|trailed|leads|trails)\s+${SCORE_TEXT}|(?:won|lost)\s+(?:for the \p{Ll}+ time|(?:its|their) \p{Ll}+ (?:straight|consecutive)|in overtime)|\p{Ll}+\s+an?\s+${SCORE_TEXT}\s+(?:home\s+|away\s+)?(?:win|victory|draw|defeat|loss|triumph))(?!\d)`,
  'u',
);

/** After a name, its count of games won or lost in a relative clause: ", which has won six of its last seven", ", who have lost 3". Group: the count. */
const RECORD_AFTER = /^,\s+(?:which|who)\s+(?:has|have|had)\s+(?:won|lost)\s+(\d+|\p{Ll}+)\b/u;

/** Nouns sports copy writes right before a club's name: "Portuguese club Benfica", "Dutch side Ajax", "Italian champions Juventus", "leaders Newcastle". */
const CLUB_NOUNS: ReadonlySet<string> = new Set(['club', 'side', 'champions', 'holders', 'outfit', 'leaders', 'rivals', 'opponents', 'hosts', 'visitors', 'neighbours', 'neighbors', 'giants']);

/**
 * Before a club, a player's move to it or from it: "signed Brazilian striker Paulo Nunes from", "joined", "will join",
 * "on loan from", "a transfer from", a club's selling or lending him to another ("sold him to", "loaned her to").
 */
const TRANSFER_BEFORE = /(?:\b(?:signed|signs|sign|signing|bought|buys|joined|joins|join|joining)\b[^.;:!?]{0,60}\bfrom|\b(?:joined|joins|join|joining|signed for|signs for|sign for|loaned to|on loan (?:to|from)|transfer from|transfer to|(?:sold|sells|sell|selling|loaned|loans|loan|loaning)\s+(?:him|her)\s+to))\s+$/;

/** Before a club, a player's moving to it, which a player's family does too ("moved to Madrid with his family"): read in a sentence of sports copy only. */
const MOVED_TO_BEFORE = /\b(?:moved|moves|move)\s+to\s+$/;

/**
 * Before a club, a player's serving it or an honour won with it: "plays for", "drove for", "rides for", "14 goals for", "his
 * debut for", "scored for", "levelled for", "won the league with", "the title with".
 */
const SERVED_CLUB_BEFORE = /\b(?:(?:play|plays|played|playing|drive|drives|drove|driving|ride|rides|rode|riding|race|races|raced|racing|goals?|debut|appearances|scored|scores|levelled|leveled|equalised|equalized|netted)\s+for|(?:league|cup|title|trophy|championship|double|pennant)\s+with)\s+$/;

/** Between two names of one list: " and ", ", and ", " or ". */
const LIST_GAP = /^,?\s+(?:and|or)\s+$/;

/** Before a club, a player's stay at it: "three years at", "two seasons at", "a loan spell at", "his career at". */
const STAY_AT_CLUB = /\b(?:years|seasons|spell|stint|career)\s+at\s+$/;

/** A club's dealing in players right after its name: "signed", "have sold", "has released". */
const CLUB_DEAL_AFTER = /^\s+(?:(?:have|has)\s+)?(?:signed|sold|bought|released|sacked|loaned)\s/;

/** A club's place in its league's table, set off by commas right after its name: "Liverpool, third, travel to", "Leeds, bottom, lost". */
const TABLE_PLACE_AFTER = /^,\s+(?:top|bottom|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s*,/;

/** A plural verb right after a name: a team, as British sports copy writes it ("Leeds are top", "Brighton have won"); a town takes "is". */
const PLURAL_VERB = new RegExp(`^\\s+(?:${PLURAL_AUXILIARIES.join('|')})\\s`);

/** A relative clause of who right after a name: ", who won in Barcelos"; a town's is of which. */
const WHO_AFTER = /^,\s+who\s/;

/** Prepositions and verbs of movement before a place: a name after them is where, not who ("in Liverpool", "flew to Madrid"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...DIRECTION_PREPOSITIONS, 'to', 'of', 'via']);

/** Token `i` comes right after a place's preposition or a verb of movement (PLACE_BEFORE: "in Sheffield", "flew to Madrid"). */
function afterPlaceWord(doc: TokenizedArticle, i: number): boolean {
  const prior = doc.tokens[i - 1];
  return !!prior && !prior.cap && prior.segment === doc.tokens[i].segment && PLACE_BEFORE.has(prior.key);
}

/** What a lower-case word weighs as a sign of sports copy: two for SPORTS_WORDS, one for GAME_WORDS, else nothing. */
function sportsWeight(t: ArticleToken): number {
  return t.cap ? 0 : (SPORTS_WEIGHTS.get(t.key) ?? 0);
}

/**
 * The body reads as sports copy: a headline opens with a team sport's slug (TEAM_SPORT_SLUG), it writes a town's game
 * result (writesTownsResult: "Liverpool beat Chelsea 2-1"), or the different
 * SPORTS_WORDS (two each) and GAME_WORDS (one each) it writes in lower case weigh SPORTS_COPY_WEIGHT with a game's
 * score written, two more without.
 */
export function isSportsCopy(doc: TokenizedArticle): boolean {
  if (opensWithSlug(doc, TEAM_SPORT_SLUG) || writesTownsResult(doc.body)) return true;
  const seen = new Set<string>();
  let weight = 0;
  for (const t of doc.tokens) {
    const w = sportsWeight(t);
    if (!w || seen.has(t.key)) continue;
    seen.add(t.key);
    weight += w;
    if (weight >= SPORTS_COPY_WEIGHT + 2) return true;
  }
  return weight >= SPORTS_COPY_WEIGHT && SCORE.test(doc.body);
}

/**
 * The sentence of token `i` writes a word of sports copy or a game's score, or is a headline under a team sport's slug
 * or a Title Case headline with a result's verb ("Newcastle had chances before halftime", "SOCCER - LEEDS BEAT NEWCASTLE",
 * "Arsenal Beat Newcastle"; not "Oakland is a city").
 */
function inSportsSentence(doc: TokenizedArticle, i: number): boolean {
  const { tokens } = doc;
  const inSentence = (k: number): boolean => !!tokens[k] && tokens[k].segment === tokens[i].segment;
  let [from, to] = [i, i];
  while (!tokens[from].sentenceStart && inSentence(from - 1)) from--;
  while (inSentence(to + 1) && !tokens[to + 1].sentenceStart) to++;
  const segment = doc.segments[tokens[i].segment];
  if (TEAM_SPORT_SLUG.test(doc.body.slice(segment.start, tokens[i].start))) return true;
  if (segment.titleCase && HEADLINE_RESULT.test(doc.body.slice(segment.start, segment.end))) return true;
  for (let k = from; k <= to; k++) if (sportsWeight(tokens[k])) return true;
  return SCORE.test(doc.body.slice(tokens[from].start, tokens[to].end));
}

/**
 * The lower-case word right after the name ending at token `i`, one space on or after its possessive ("manager" of
 * "Newcastle manager", "side" of "Arsenal's side"), or undefined.
 */
function lowerWordAfter(doc: TokenizedArticle, i: number): ArticleToken | undefined {
  const [t, next] = [doc.tokens[i], doc.tokens[i + 1]];
  return next && !next.cap && next.segment === t.segment && /^(?:['’]s?)? $/.test(doc.body.slice(t.end, next.start)) ? next : undefined;
}

/** The word after token `last` of `doc` is a lower-case noun for a person by role, of which the name before it is the place ("Leeds mayor", "the Oakland sheriff"). */
export function beforeActorNoun(doc: TokenizedArticle, last: number): boolean {
  const word = lowerWordAfter(doc, last);
  return !!word && hasLexiconTag(word.key, 'Actor');
}

/** A people's word, never a club's name: a demonym ("African", "Welsh") or an adjective in -ish ("English", "Cornish"). */
function isPeoplesWord(t: ArticleToken): boolean {
  return hasLexiconTag(t.key, 'Demonym') || !!countryOfDemonym(t.text) || t.key.endsWith('ish');
}

/**
 * Token `i` opens a headline: one of the article's first segments (SLUG_SEGMENTS) that ends with no sentence's stop
 * ("Ajax sign Brazilian defender").
 */
function opensHeadline(doc: TokenizedArticle, i: number): boolean {
  const k = doc.tokens[i].segment;
  const segment = doc.segments[k];
  return k < SLUG_SEGMENTS && doc.tokens[i].start === segment.start && !/[.!?:;'"’”]\s*$/.test(doc.body.slice(segment.start, segment.end));
}

/** Words that end a club's name after its town: "Nottingham Forest", "Luton Town", "Bristol Rovers", "Sheffield United", "Nashville SC", "Valencia CF". */
const CLUB_SUFFIXES: ReadonlySet<string> = new Set(['united', 'city', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'town', 'county', 'forest', 'fc', 'afc', 'sc', 'cf']);

/**
 * The capitalised words `g` name a team after a town: one club's word (CLUB_SUFFIXES: "Forest" of "Nottingham Forest"),
 * up to three words ending in a plural no list knows as an event or a group of people, nor, alone, as a name ("Knight Riders", "Super Kings",
 * "Red Wings", read as a person's name, "SoftBank Hawks"; not "Olympics", "Games", "Times", "Democrats"), or a people's name in the
 * plural ("Indians" of "Mumbai Indians").
 */
function teamNameAfterTown(doc: TokenizedArticle, g: EntityFinding): boolean {
  const ws = doc.tokens.slice(g.first, g.last + 1);
  const last = ws[ws.length - 1];
  const person = g.kind === 'person' && (g.titleFirst !== null || isGivenName(last.key) || isSurname(last.key));
  // A people's name in the plural is a team's after a town ("Mumbai Indians"), as no other place's or body's name is.
  const peoples = g.kind === 'dict' && g.hit.type === 'DEMONYM' && ws.length === 1 && !last.upper && isPluralShaped(last.key);
  if (peoples) return true;
  if (g.kind === 'dict' || g.kind === 'place' || person || ws.length > 3 || last.possessive) return false;
  if (ws.length === 1 && CLUB_SUFFIXES.has(last.key)) return true;
  return ws.every((t) => t.cap && !t.upper) && isPluralShaped(last.key) && !EVENT_WORDS.has(last.key) && !GROUP_WORDS.has(singularOf(last.key)) && (ws.length > 1 || !isDictionaryName(last.key));
}

/**
 * Club nicknames in the singular, after a town ("Melbourne Storm", "Miami Heat", "Orlando Magic", "Western Force"):
 * words of weather, fire and force, which name no place's part nor an event after a town, as "Airport", "Cup" do.
 */
const SINGULAR_NICKNAMES: ReadonlySet<string> = new Set(['storm', 'heat', 'thunder', 'lightning', 'magic', 'fire', 'fever', 'force', 'blaze', 'flame', 'wild', 'sky', 'surge', 'fury']);

/**
 * The finding `g` is one capitalised word no rule typed, a club's nickname in the singular after the town opening at token
 * `first`: one of SINGULAR_NICKNAMES ("Storm" of "Melbourne Storm"), or one the article writes alone after "the"
 * (nicknameAfterThe: "Roar" of "the Brisbane Roar ... the Roar").
 */
function singularNickname(doc: TokenizedArticle, g: EntityFinding, first: number): boolean {
  const t = doc.tokens[g.first];
  return g.kind === 'partial' && g.first === g.last && t.cap && !t.upper && !t.possessive && (SINGULAR_NICKNAMES.has(t.key) || nicknameAfterThe(doc, g.first, first));
}

/**
 * Token `i` may be a club's nickname after its town, the name opening at token `first` ("Roar" of "Brisbane Roar", "Glory" of
 * "Perth Glory"): a capitalised word, no word of a place, a ground or an event ("River", "Oval", "Cup"), that the article writes
 * alone after "the" ("the Roar host Sydney FC"), as no person's surname is written; the name not where a place stands ("at the
 * Auckland Domain ... the Domain").
 */
function nicknameAfterThe(doc: TokenizedArticle, i: number, first: number): boolean {
  const t = doc.tokens[i];
  if (!t.cap || t.upper || t.possessive || isPlaceHead(t.key) || GEO_HEADS.has(t.key) || GROUND_HEADS.has(t.key) || EVENT_WORDS.has(t.key)) return false;
  const prior = afterThe(doc, first) ? first - 1 : first;
  const where = doc.tokens[prior - 1];
  return !(where && !where.cap && PLACE_PREPOSITIONS.has(where.key)) && pluralAfterThe(doc, i);
}

/**
 * A country's name and a team's plural name after it, no rule typed, "the" before them or before the plural alone ("the New
 * Zealand Warriors", "the Quorvia Hawks"): a club or a side, never the country; not a place's plural head ("Cook Islands":
 * GEO_HEADS), nor a person's name that opens with a country's ("left-hander Jordan Wicks").
 */
function countrysClub(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): boolean {
  if (f.kind !== 'dict' || f.hit.type !== 'COUNTRY' || g.kind !== 'partial' || !teamNameAfterTown(doc, g)) return false;
  const end = doc.tokens[g.last].key;
  const singular = singularOf(end);
  return ![end, singular].some((w) => GEO_HEADS.has(w)) && (afterThe(doc, f.first) || pluralAfterThe(doc, g.last));
}

/**
 * The finding `f` names a club before its town ("Bayer" of "Bayer Leverkusen", "PSV" of "PSV Eindhoven", "Red Star"
 * of "Red Star Belgrade"): one word, a name no rule typed or an organization's, no word that names another place with
 * it ("West", "Old"), or an untitled person's name of given names alone, no surname ("Red Star"; a town after a person's
 * given name is read as his surname: "Mary Houston").
 */
function clubWordBeforeTown(doc: TokenizedArticle, f: EntityFinding): boolean {
  const ws = doc.tokens.slice(f.first, f.last + 1);
  if (f.kind === 'person') return f.titleFirst === null && ws.every((w) => isGivenName(w.key) && !isSurname(w.key));
  return f.first === f.last && (f.kind === 'partial' || isOrganizationFinding(f)) && !PLACE_QUALIFIERS.has(ws[0].key);
}

/**
 * The finding `f` is one word naming a town of another country than the town `g` names ("Ajax" of "Ajax Amsterdam",
 * "Sparta" of "Sparta Prague"): no place beside the other, but a club's word before its town.
 */
function townOfAnotherCountry(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): boolean {
  const [own, other] = [cityNamed(doc.tokens[f.first].text), cityNamed(surfaceOf(doc, g.first, g.last))];
  return f.first === f.last && f.kind === 'dict' && !!own && !!other && own.countryCode !== other.countryCode;
}

/** The finding `f` is a town or a state of the United States that the lists know ("Fresno", "Iowa"). */
function americanPlace(doc: TokenizedArticle, f: EntityFinding): boolean {
  if (f.kind !== 'dict') return false;
  const name = surfaceOf(doc, f.first, f.last);
  return (f.hit.type === 'CITY' && cityNamed(name)?.countryCode === 'US') || (f.hit.type === 'REGION' && stateNamed(name)?.countryCode === 'US');
}

/**
 * "Fresno State", "Illinois State": an American town or state (americanPlace) and "State" alone after it, as American sport
 * names a state university's side, is the university; not after a place's preposition but "at" ("at Illinois State on
 * Wednesday" is a game's), nor after "of" ("in New York State", "the governor of Washington State").
 */
function stateUniversity(doc: TokenizedArticle, f: EntityFinding, g: EntityFinding): boolean {
  const [state, prior] = [doc.tokens[g.first], doc.tokens[f.first - 1]];
  if (g.kind !== 'partial' || g.first !== g.last || state.key !== 'state' || state.upper || !americanPlace(doc, f)) return false;
  return !(prior && !prior.cap && prior.segment === state.segment && ((PLACE_PREPOSITIONS.has(prior.key) && prior.key !== 'at') || prior.key === 'of'));
}

/**
 * In sports copy, a club named with its town read as two names or as a person's, is one club: a town the gazetteer
 * knows, or an American state ("Iowa Cubs"), and a team's name after it (teamNameAfterTown: "Nottingham Forest", "Luton Town", "New York Rangers"), or a
 * club's word before it (clubWordBeforeTown: "Bayer Leverkusen", "PSV Eindhoven"; townOfAnotherCountry: "Ajax Amsterdam"), or a
 * state university's side (stateUniversity: "Fresno State"), one space apart; not a town's own name ("Kansas City", "Cape Town").
 * Rewrites each such name in `findings` as one organization.
 */
function clubNamesWithTowns(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  const town = (f: EntityFinding, types: string[]): boolean => f.kind === 'dict' && types.includes(f.hit.type) && !!cityNamed(surfaceOf(doc, f.first, f.last));
  for (let i = 0; i + 1 < findings.length; i++) {
    const [f, g] = [findings[i], findings[i + 1]];
    if (g.first !== f.last + 1 || !tokens[f.last].joinsNext || tokens[f.last].possessive || cityNamed(surfaceOf(doc, f.first, g.last))) continue;
    const townsName = (f.kind === 'partial' && !!cityNamed(surfaceOf(doc, f.first, f.last))) || town(f, ['CITY', 'REGION']) || americanPlace(doc, f);
    const townsTeam = townsName && (teamNameAfterTown(doc, g) || singularNickname(doc, g, f.first));
    const after = townsTeam || countrysClub(doc, f, g) || stateUniversity(doc, f, g);
    const before = (clubWordBeforeTown(doc, f) || townOfAnotherCountry(doc, f, g)) && town(g, ['CITY']) && !tokens[g.last].possessive;
    if (after || before) findings.splice(i, 2, organizationFinding(doc, f.first, g.last));
  }
}

/** Club words that end a club's name and no place's nor person's: "Athletic" of "Charlton Athletic", "Rovers", "FC" ("Town", "City" end towns too). */
const CLUB_ONLY_SUFFIXES: ReadonlySet<string> = new Set([...CLUB_SUFFIXES].filter((w) => !['city', 'town', 'county', 'forest'].includes(w)));

/**
 * In sports copy, a name of two to four capitalised words that no rule typed or read as an untitled person's, ending in a club's word
 * that names no place nor person (CLUB_ONLY_SUFFIXES: "talks with Varrow Athletic", "praised Brellow Rovers"), is a club: rewrites
 * each such finding in `findings` as an organization.
 */
function clubsBySuffix(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    const ws = tokens.slice(f.first, f.last + 1);
    const end = ws[ws.length - 1];
    if (!untypedName(f)) return;
    if (ws.length < 2 || ws.length > 4 || !ws.every((t) => t.cap) || !CLUB_ONLY_SUFFIXES.has(end.key) || isSurname(end.key) || isGivenName(end.key)) return;
    findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/** Token `i` comes right after a lower-case "the" (or "The" opening a sentence) of its segment. */
function afterThe(doc: TokenizedArticle, i: number): boolean {
  const the = doc.tokens[i - 1];
  return !!the && the.key === 'the' && the.joinsNext && the.segment === doc.tokens[i].segment && (!the.cap || the.sentenceStart);
}

/** The article writes the capitalised word of token `i` alone right after "the" somewhere ("the Broncos scored"). */
function pluralAfterThe(doc: TokenizedArticle, i: number): boolean {
  const { key } = doc.tokens[i];
  return doc.tokens.some((t, k) => t.key === key && t.cap && afterThe(doc, k) && !(t.joinsNext && doc.tokens[k + 1]?.cap));
}

/**
 * In sports copy, a name no rule typed or an untitled person's, read from a town's name and one capitalised plural after it ("Brisbane
 * Broncos", "Quorvale Eagles"), is a club where the article writes "the" before it or before its plural alone ("the
 * Broncos scored"): no person is "the Rivers" ("Austin Rivers", "Sydney Banks" stay people). The plural is no known
 * surname nor given name, nor an event's word ("Games"). So is a town's name and one capitalised singular the article writes
 * alone after "the" (nicknameAfterThe: "Adelaide Glory ... the Glory"). Rewrites each such finding in `findings` as an organization.
 */
function clubsOfTownAndPlural(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  findings.forEach((f, i) => {
    if (!untypedName(f) || f.last === f.first) return;
    const end = tokens[f.last];
    const plural = !end.upper && !end.possessive && /[^siu]s$/.test(end.key) && !isSurname(end.key) && !isGivenName(end.key) && !isListedFirstName(end.key) && !EVENT_WORDS.has(end.key);
    if (!plural && !nicknameAfterThe(doc, f.last, f.first)) return;
    const ws = tokens.slice(f.first, f.last + 1);
    const team = wordsBesideTown(ws);
    if (team.length !== 1 || team[0] !== end) return;
    if (!plural || afterThe(doc, f.first) || pluralAfterThe(doc, f.last)) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/** Right before a team, a driver's or a rider's serving it: "drive for", "drove for", "rides for". */
const DRIVES_FOR_BEFORE = /\b(?:drive|drives|drove|driven|driving|ride|rides|rode|ridden|riding)\s+for\s+$/;

/**
 * In sports copy, one word no rule typed or read as an untitled person's right after a driver's or a rider's serving a team (DRIVES_FOR_BEFORE: "will
 * drive for Williams next year") is the team, unless the article names a person with it in a longer name
 * ("Frank Williams"). Rewrites each such finding in `findings` as an organization.
 */
function teamsDrivenFor(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const fullNames = personNameWords(tokens, findings.filter((f) => f.last > f.first));
  findings.forEach((f, i) => {
    const t = tokens[f.first];
    if ((f.kind !== 'partial' && (f.kind !== 'person' || f.titleFirst !== null)) || f.first !== f.last || t.possessive || fullNames.has(t.key)) return;
    if (DRIVES_FOR_BEFORE.test(body.slice(Math.max(0, t.start - 20), t.start))) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/**
 * "Sheffield Wednesday drew 1-1", "Sheffield Wednesday manager": in sports copy, a town opening a sentence, a day of the
 * week right after it and a verb or a club's people after that (a date is written after a verb or a preposition, never
 * between a subject and its verb: "beat Leeds Wednesday", "in London Wednesday") is one club, and so is every other
 * naming of that town and day but after a place's preposition ("in Sheffield Wednesday"). Rewrites `findings` so.
 */
function clubsNamedWithWeekdays(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  const dayAfter = (f: EntityFinding): ArticleToken | undefined => {
    const [t, day] = [tokens[f.last], tokens[f.last + 1]];
    const town = f.kind === 'dict' && f.hit.type === 'CITY' && !t.possessive && t.joinsNext;
    return town && day?.segment === t.segment && isWeekdayName(day.text) && findings.every((g) => g.first !== f.last + 1) ? day : undefined;
  };
  const names = new Set<string>();
  for (const f of findings) {
    const word = dayAfter(f) && lowerWordAfter(doc, f.last + 1);
    const opens = tokens[f.first].sentenceStart || tokens[f.first - 1]?.segment !== tokens[f.first].segment;
    if (opens && word && (verbLike(word.key) || CLUB_PEOPLE.has(word.key))) names.add(surfaceOf(doc, f.first, f.last + 1));
  }
  if (!names.size) return;
  findings.forEach((f, i) => {
    if (dayAfter(f) && !afterPlaceWord(doc, f.first) && names.has(surfaceOf(doc, f.first, f.last + 1))) findings[i] = organizationFinding(doc, f.first, f.last + 1);
  });
}

/** The most words of a team's name after "the" that ends in a plural ("the Fukuoka SoftBank Hawks"). */
const PLURAL_TEAM_WORDS = 3;

/**
 * "the Steelers", "The Knicks": one capitalised plural word right after "the", whose singular no list or dictionary
 * knows (no ordinary word: "the Masters"; no name: "the Olympics", "the Clintons"; no people: "the Kurds"), names a team
 * in sports copy; so do two or three capitalised words ending in any plural but a people's, a party's or a place's
 * head ("the Quorvex Hawks", "the Hanshin Tigers"; not "the Quorvex Islands"). Teams of one plural whose singular is an
 * ordinary word ("the Gliders") are read by organization-context.rules.
 */
function pluralTeamAfterThe(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  const [the, t, end] = [tokens[f.first - 1], tokens[f.first], tokens[f.last]];
  if (f.last - f.first >= PLURAL_TEAM_WORDS || !the || the.key !== 'the' || !the.joinsNext || the.segment !== t.segment || (the.cap && !the.sentenceStart)) return false;
  if (end.possessive || !isPluralShaped(end.key) || (end.joinsNext && tokens[f.last + 1]?.cap)) return false;
  if (tokens.slice(f.first, f.last + 1).some((w) => w.upper || !w.cap)) return false;
  const singular = singularOf(end.key);
  const peoples = (w: string): boolean => GROUP_WORDS.has(w) || hasLexiconTag(w, 'Demonym');
  if (f.last > f.first) return ![end.key, singular].some((w) => peoples(w) || GEO_HEADS.has(w));
  return ![t.key, singular].some((w) => isVocabularyWord(w) || isDictionaryName(w) || isGivenName(w) || isSurname(w) || peoples(w));
}

/** After a name, its winning of a team's honour: "won the league", "clinched the title", "lifted the Scottish Cup", "won their third league title". */
const HONOUR_WON_AFTER = /^\s+(?:won|wins|clinched|clinches|retained|retains|lifted|lifts)\s+(?:the|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:league|cup|title|trophy|championship|pennant)\b/iu;

/**
 * "Red Star won the league", "Ajax lifted the cup": a city the lists know, or a name of two ordinary words or more read as an untitled
 * person's (no surname among them), right before its winning of a team's honour (HONOUR_WON_AFTER), is a club, in any copy. A name no
 * rule typed is left as it is: a player wins a title too ("Quorvle won the title").
 */
function winsHonour(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens, body } = doc;
  const ordinaryName = f.kind === 'person' && f.titleFirst === null && f.last > f.first && tokens.slice(f.first, f.last + 1).every((t) => isVocabularyWord(t.key) && !isSurname(t.key));
  if (!ordinaryName && !(f.kind === 'dict' && f.hit.type === 'CITY')) return false;
  return !tokens[f.last].possessive && HONOUR_WON_AFTER.test(body.slice(tokens[f.last].end, tokens[f.last].end + 60));
}

/** Words that end a league's name, written before a club's noun: "Premier League club", "First Division side". */
const LEAGUE_WORDS: ReadonlySet<string> = new Set(['league', 'division', 'conference']);

/**
 * The name `f` comes right after a club's noun (CLUB_NOUNS) that a people's word, a place or a league opens ("Portuguese
 * club Benfica", "Dutch side Groningen", "Lisbon club Benfica", "Premier League club Arsenal"), or, with `anyNoun`, after
 * a club's noun alone ("the club Benfica").
 */
function afterClubNoun(doc: TokenizedArticle, f: EntityFinding, anyNoun: boolean): boolean {
  const [noun, before] = [doc.tokens[f.first - 1], doc.tokens[f.first - 2]];
  if (!noun || noun.cap || !noun.joinsNext || noun.segment !== doc.tokens[f.first].segment || !CLUB_NOUNS.has(noun.key)) return false;
  return anyNoun || (!!before && before.cap && before.joinsNext && (isPeoplesWord(before) || !!cityNamed(before.text) || LEAGUE_WORDS.has(before.key)));
}

/**
 * The finding `i` of `findings` stands where a club stands: a side of a game beside another name `club`
 * accepts ("Arsenal beat Newcastle", "Quorvani, who host Brellow"), a result's opponent ("a 1-0 win at
 * Villarreal", "drew 2-2 with Sevilla", "against Brellow", "the match between Millwall and West Ham"), a
 * result's subject ("Quorvani won 2-1", "beat Brellow 2-1", "Brellow's 2-1 win"), a team's plural name after
 * "the" (pluralTeamAfterThe) or after a club's noun (afterClubNoun: "club Benfica", "side Ajax"), where a player moves
 * to or from, or which he serves or wins an honour with (servedOrJoined: "signed striker Ann Lee from Gremio", "joined Brellow",
 * "plays for Ajax", "won the league with Sevilla"), the next name of a list after such a club ("played for Lazio and Napoli"), a town's name before a
 * club's dealing in players ("Newcastle signed") or its place in the table ("Liverpool, third,"), the subject of a plural verb ("Leeds are top"), a name before its count of games won (RECORD_AFTER: "Houston, which has won six of its last seven"), a
 * name some points or games behind ("three games behind Baltimore"), or a name before a club's people
 * or its possessive before what a club has ("Newcastle manager", "the Brellow side", "Quorvani's lead").
 * `clubs` holds the findings before `i` found so.
 */
function standsAsClub(doc: TokenizedArticle, findings: EntityFinding[], i: number, club: (f: EntityFinding | undefined) => boolean, clubs: Set<number>): boolean {
  const { tokens, body } = doc;
  const f = findings[i];
  const [first, last] = [tokens[f.first], tokens[f.last]];
  const segmentStart = doc.segments[first.segment].start;
  const [before, after] = [findings[i - 1], findings[i + 1]];
  const gapBefore = before && tokens[before.last].segment === first.segment ? body.slice(tokens[before.last].end, first.start) : '';
  const gapAfter = after && tokens[after.first].segment === first.segment ? body.slice(last.end, tokens[after.first].start) : '';
  if (pluralTeamAfterThe(doc, f) || afterClubNoun(doc, f, true)) return true;
  if (servedOrJoined(doc, f)) return true;
  // "played for Lazio and Napoli", "loaned him to Udinese or Torino": the next name of a list of clubs a player serves or joins.
  if (LIST_GAP.test(gapBefore) && (clubs.has(i - 1) || (isOrganizationFinding(before) && servedOrJoined(doc, before)))) return true;
  // "spent three years at Ajax", "a spell at Brellow": a player stays at a club, in a town.
  if (STAY_AT_CLUB.test(body.slice(Math.max(segmentStart, first.start - 30), first.start))) return true;
  if ((MATCH_GAP.test(gapBefore) && !tokens[before.last].possessive && club(before)) || (MATCH_GAP.test(gapAfter) && !last.possessive && club(after))) return true;
  if (RESULT_BEFORE.test(body.slice(Math.max(segmentStart, first.start - 40), first.start))) return true;
  // "between Manchester City and Brellow", "between Brellow and Manchester City": the other side a club already.
  const betweenAt = (t: ArticleToken): boolean => /\bbetween\s+$/.test(body.slice(Math.max(segmentStart, t.start - 9), t.start));
  if (/^\s+and\s+$/.test(gapBefore) && (isOrganizationFinding(before) || clubs.has(i - 1)) && betweenAt(tokens[before.first])) return true;
  if (/^\s+and\s+$/.test(gapAfter) && isOrganizationFinding(after) && betweenAt(first)) return true;
  const textAfter = body.slice(last.end, last.end + 40);
  const record = RECORD_AFTER.exec(textAfter)?.[1];
  if (record && !last.possessive && (/^\d/.test(record) || hasLexiconTag(record, 'Cardinal'))) return true;
  if (last.possessive ? SCORE_AFTER.test(textAfter) : RESULT_AFTER.test(textAfter) || (SCORE_AFTER.test(textAfter) && RESULT_VERB_BEFORE.test(body.slice(Math.max(segmentStart, first.start - 12), first.start)))) return true;
  // "Leeds are top of the league"; not "fans in Leeds are", "Leeds and Brighton are cities".
  const prior = tokens[f.first - 1];
  const joined = !!prior && !prior.cap && prior.segment === first.segment && (PLACE_BEFORE.has(prior.key) || hasLexiconTag(prior.key, 'Preposition') || ((prior.key === 'and' || prior.key === 'or') && !!tokens[f.first - 2]?.cap));
  // "Fans were angry": a club's people, a word of CLUB_PEOPLE alone, are no club.
  const people = f.first === f.last && CLUB_PEOPLE.has(first.key);
  if (!last.possessive && !joined && !people && PLURAL_VERB.test(textAfter)) return true;
  // A town the lists know where a team stands ("Marseille stayed second", "Oulu never trailed", "Oulu travel to Tampere": standsAsTeam),
  // or the subject of a relative clause of who, not which ("Porto, who won in Barcelos"; a town is "which"). A person stands so too.
  const town = f.kind === 'dict' && f.hit.type === 'CITY';
  if (town && !last.possessive && !joined && (standsAsTeam(doc, f.first, f.last) || WHO_AFTER.test(textAfter))) return true;
  // "Newcastle signed the striker", "Paris Saint-Germain have sold", "Liverpool, third, travel": a town's name (not one no rule
  // typed: a manager signs too, a golfer finishes third).
  if (f.kind !== 'partial' && !last.possessive && (CLUB_DEAL_AFTER.test(textAfter) || TABLE_PLACE_AFTER.test(textAfter))) return true;
  const word = lowerWordAfter(doc, f.last);
  // "Sports fans": one ordinary word opening a sentence names no club there; an ordinary word's plural does before a club's
  // person named ("Hawks coach Sam Mitchell"; not "Sports fans", "Sports coach Ann Lee").
  const singular = first.key.replace(/s$/, '');
  const personNamed = after?.kind === 'person' && after.first === f.last + 2 && !SPORTS.has(singular) && singular !== 'sport';
  const ordinary = f.first === f.last && first.sentenceStart && (isVocabularyWord(first.key) || (singular !== first.key && isVocabularyWord(singular) && !personNamed));
  return !!word && !ordinary && (CLUB_PEOPLE.has(word.key) || (word.key === 'side' && tokens[f.last + 2]?.key !== 'of') || (last.possessive && CLUB_POSSESSIONS.has(word.key)));
}

/**
 * The name `f` follows, in sports copy, a player's move to or from a club (TRANSFER_BEFORE: "joined", "signed ... from", "sold him
 * to"), his serving it (SERVED_CLUB_BEFORE: "played for", "goals for"), or, in a sentence of sports copy, his moving to it
 * (MOVED_TO_BEFORE): a club, though the sentence writes no word of sport ("joined Fiorentina on Tuesday from Sevilla").
 */
function servedOrJoined(doc: TokenizedArticle, f: EntityFinding): boolean {
  const first = doc.tokens[f.first];
  const textBefore = doc.body.slice(Math.max(doc.segments[first.segment].start, first.start - 80), first.start);
  if (TRANSFER_BEFORE.test(textBefore) || SERVED_CLUB_BEFORE.test(textBefore)) return true;
  return MOVED_TO_BEFORE.test(textBefore) && inSportsSentence(doc, f.first);
}

/** How long a line of a table may be: a table's line is short, a paragraph is not tested. */
const TABLE_LINE_LENGTH = 120;

/** One line of a league's standings: a name and three or more figures, maybe between bars ("Quorvani 10 7 2 1 20-8 23", "Quorvani | 10 | 7 | 2"). */
const STANDINGS_LINE = /^\s*\p{Lu}[^\d\n]*?(?:[\s|]+\d{1,3}(?:[-:]\d{1,3})?){3,}[\s|]*$/u;

/**
 * A game's summary line: a results line with each side's scorers and minutes in brackets after its score, and maybe
 * more after a full stop ("Arsenal 2 (Lee 21, Ruiz 73) West Ham 0. Attendance: 38,056").
 */
const SUMMARY_LINE = /^\s*\p{Lu}[^\d\n()]*?\s\d{1,3}(?:\s*\([^)\n]*\))?\s+\p{Lu}[^\d\n()]*?\s\d{1,3}(?:\s*\([^)\n]*\))?\s*(?:[.;]|$)/u;

/**
 * A results line that writes the score between the sides, as British and Irish copy does, maybe after a label and its colon:
 * "Quorvani 1–3 Brellow Rovers", "Final: Quorvani 1-14 – Brellow 0-15" (a Gaelic game's goals and points, each side's after it).
 */
const SCORE_BETWEEN_LINE = /^\s*(?:[^:\n]{1,24}:\s+)?\p{Lu}[^\d\n]*?\s(?:\d{1,3}\s?[-–]\s?\d{1,3}\s+\p{Lu}[^\d\n]*?|\d{1,3}-\d{1,3}\s+[-–]\s+\p{Lu}[^\d\n]*?\s\d{1,3}-\d{1,3})\s*$/u;

/**
 * A results line as American agencies write it, a comma after the winner's score, maybe after a label and its colon, and
 * overtime after: "Quorvale 77, Brellow State 60", "Class A: Quorvale 35, Tellmont North 21", "Quorvale 82, Brellow 79, OT".
 */
const COMMA_RESULT_LINE = /^\s*(?:[^:\n]{1,24}:\s+)?\p{Lu}[^\d\n]*?\s\d{1,3},\s+\p{Lu}[^\d\n]*?\s\d{1,3}(?:,\s+\d?OT|\s+\(\d?OT\))?\s*$/u;

/** A figure after a team on a results line: its score ("2"), or a Gaelic game's goals and points ("1-14"). */
const TEAM_FIGURE = /^\d{1,3}(?:-\d{1,3})?$/;

/** A line of a game's scorers: "Scorers: Quorvani - Lee (12), Ruiz (56)". */
const SCORERS_LINE = /^\s*(?:goal)?scorers?\s*:/i;

/** The bar between a standings line's columns, with the spaces around it: " | ". */
const COLUMN_BAR = /^\s*\|\s*$/;

/** What a line of a table is: a game's result, a team's standing, a game's scorers. */
type TableLine = 'result' | 'standings' | 'scorers';

/**
 * The segments of `doc` that are lines of a results table (RESULT_LINE: "Arsenal 2 Chelsea 1"), with, if the
 * article has one, those of a standings table, and those of scorers; none unless the article writes two results lines,
 * or one line of a table and reads as sports copy (`sports`). A poll's or a weather table's line alone is no results table.
 */
function tableSegments(doc: TokenizedArticle, sports: boolean): Map<number, TableLine> {
  const lines = new Map<number, TableLine>();
  doc.segments.forEach((s, k) => {
    const text = doc.body.slice(s.start, s.end);
    if (SCORERS_LINE.test(text)) lines.set(k, 'scorers');
    else if (text.length > TABLE_LINE_LENGTH) return;
    else if (RESULT_LINE.test(text) || SUMMARY_LINE.test(text) || SCORE_BETWEEN_LINE.test(text) || COMMA_RESULT_LINE.test(text)) lines.set(k, 'result');
    else if (STANDINGS_LINE.test(text)) lines.set(k, 'standings');
  });
  const results = [...lines.values()].filter((v) => v === 'result').length;
  // A golfer's or a rider's rounds read as a standings line ("Quorvane 69 70 71 210"): no standings without results.
  if (!results) for (const [k, v] of lines) if (v === 'standings') lines.delete(k);
  return results >= 2 || (lines.size > 0 && sports) ? lines : new Map();
}

/**
 * The capitalised run `first`..`i` of a results line closes the line after the score written between the sides
 * (SCORE_BETWEEN_LINE: "Brellow Rovers" of "Quorvani 1–3 Brellow Rovers").
 */
function closesScoreBetweenLine(doc: TokenizedArticle, first: number, i: number): boolean {
  const { tokens, body } = doc;
  const [before, t, next] = [tokens[first - 1], tokens[i], tokens[i + 1]];
  if (next?.segment === t.segment || before?.segment !== t.segment || !/^\d{1,3}$/.test(before.text)) return false;
  const segment = doc.segments[t.segment];
  return SCORE_BETWEEN_LINE.test(body.slice(segment.start, segment.end));
}

/**
 * The role of the capitalised run ending at token `i` of a table line `line`, or undefined: a team right before a
 * figure of a results line (a scorer, in its brackets: "(Lee 21)") or closing it after the score between the sides
 * ("Quorvani 1–3 Brellow"), or opening a standings line; on a scorers line, a team before a dash or a colon
 * ("Quorvani - "), a scorer before the minute in brackets ("Lee (12)").
 */
function tableRole(doc: TokenizedArticle, line: TableLine, first: number, i: number): 'team' | 'scorer' | undefined {
  const { tokens, body } = doc;
  const [t, next] = [tokens[i], tokens[i + 1]];
  const opensLine = tokens[first - 1]?.segment !== t.segment;
  if (line !== 'scorers') {
    const figure =
      (!!next && next.segment === t.segment && (t.joinsNext || (line === 'standings' && COLUMN_BAR.test(body.slice(t.end, next.start)))) && (line === 'result' ? TEAM_FIGURE : /^\d{1,3}$/).test(next.text)) ||
      (line === 'result' && (countryBeforeScore(body, t.end) || closesScoreBetweenLine(doc, first, i)));
    // "(Lee 21, Ruiz 73)": a scorer and his minute, in brackets after a score on a summary line.
    const bracketed = line === 'result' && /\([^)]*$/.test(body.slice(doc.segments[t.segment].start, t.start));
    return !figure || (line !== 'result' && !opensLine) ? undefined : bracketed ? 'scorer' : 'team';
  }
  if (opensLine) return undefined;
  const after = body.slice(t.end, t.end + 4);
  return /^\s+[-–]\s|^:/.test(after) ? 'team' : /^\s\(\d/.test(after) ? 'scorer' : undefined;
}

/** After a team on a results line, its country in brackets and its score: " (Turkey) 2 Ajax (Netherlands) 1" of "Fenerbahce (Turkey) 2 ...". */
const COUNTRY_AND_SCORE = /^ \((\p{Lu}[\p{L}. ]{1,30})\) \d{1,3}(?![\d.,:])/u;

/**
 * "Fenerbahce (Turkey) 2 Ajax (Netherlands) 1": the text of `body` from `end`, a name's end on a results line, is a country the
 * lists know in brackets and a score, as a cup's results give each club's country; a party or a time in brackets is no
 * country ("Ann Lee (Labour) 14,212", "Ann Lee (Kenya) 2:07:48" are people).
 */
function countryBeforeScore(body: string, end: number): boolean {
  const m = COUNTRY_AND_SCORE.exec(body.slice(end, end + 40));
  return !!m && !!countryNamed(m[1]);
}

/** The tokens `first`..`last` of each name in a table line of `lines`, with its role there (tableRole). */
function namesInTableLines(doc: TokenizedArticle, lines: Map<number, TableLine>): [number, number, 'team' | 'scorer', TableLine][] {
  const { tokens } = doc;
  const names: [number, number, 'team' | 'scorer', TableLine][] = [];
  tokens.forEach((t, i) => {
    const line = lines.get(t.segment);
    const next = tokens[i + 1];
    if (!line || !t.cap || (!!next?.cap && next.segment === t.segment && t.joinsNext)) return;
    let first = i;
    while (tokens[first - 1]?.cap && tokens[first - 1].segment === t.segment && tokens[first - 1].joinsNext) first--;
    const role = tableRole(doc, line, first, i);
    if (role) names.push([first, i, role, line]);
  });
  return names;
}

/**
 * "Brellow Rovers 1" in a results table, "a win over Brellow Rovers" in the report above it: an untitled name no given name
 * opens, read as a person, that a table of the article names as a team (`tableTeams`, in lower case) is that team wherever the
 * article writes it whole. Rewrites those findings of `findings`.
 */
function tableTeamsReadAsPersons(doc: TokenizedArticle, findings: EntityFinding[], tableTeams: Set<string>): void {
  findings.forEach((f, i) => {
    if (untitledNonGiven(doc, f) && tableTeams.has(surfaceOf(doc, f.first, f.last).toLowerCase())) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/** An untitled person's name no given name opens, read where a table puts a team ("Plymouth Argyle 2"). */
function untitledNonGiven(doc: TokenizedArticle, f: EntityFinding): boolean {
  return f.kind === 'person' && f.titleFirst === null && !isGivenName(doc.tokens[f.first].key);
}

/** The well-known regions, nations among them ("England", "Catalonia", "Middle East"): no club's name. */
const WELL_KNOWN_REGIONS: ReadonlySet<string> = new Set(REGIONS.flatMap((r) => [r.name, ...r.aliases].map((n) => n.toLowerCase())));

/**
 * The finding `f` is a county, a state or a province that sports copy names a team by ("Yorkshire captain", "Texas 6",
 * "beat Waikato"), no well-known region or nation (WELL_KNOWN_REGIONS: "England", "Scotland"), or a town's county that is
 * a club's name ("Derby County").
 */
function clubRegion(doc: TokenizedArticle, f: EntityFinding): boolean {
  if (f.kind === 'dict') return f.hit.type === 'REGION' && f.hit.kind === 'region' && !WELL_KNOWN_REGIONS.has(f.hit.name.toLowerCase());
  return f.kind === 'place' && f.placeKind === 'region' && f.last > f.first && doc.tokens[f.last].key === 'county' && !!cityNamed(surfaceOf(doc, f.first, f.last - 1));
}

/**
 * The finding `f` is a place a rule made of a name's shape, no country or well-known region: a quarter of a state, a valley, a
 * county ("Northern Quorvia", "Brellow Valley", "Tellan County"), as a side in a table names a university's or a school's team.
 */
function shapedPlace(doc: TokenizedArticle, f: EntityFinding): boolean {
  if (f.kind !== 'place') return false;
  const name = surfaceOf(doc, f.first, f.last);
  return !WELL_KNOWN_REGIONS.has(name.toLowerCase()) && !countryNamed(name);
}

/**
 * The finding `f` may be read as a part of a team's name in a table line `line`: a name no rule typed, a city, an
 * organization, a county or a state (clubRegion), a place a rule made of a name's shape (shapedPlace), or, on a results
 * line, a name read as a person that opens with no given name ("Plymouth Argyle").
 */
function teamPart(doc: TokenizedArticle, f: EntityFinding, line: TableLine): boolean {
  return f.kind === 'partial' || (f.kind === 'dict' && f.hit.type === 'CITY') || clubRegion(doc, f) || shapedPlace(doc, f) || isOrganizationFinding(f) || (line === 'result' && untitledNonGiven(doc, f));
}

/**
 * "Arsenal 2 Chelsea 1", "Leeds 10 7 2 1 20 8 23", "Scorers: Arsenal - Wright (12)": in a results, standings or
 * scorers table (tableSegments), each team (tableRole) is an organization, its whole run of capitalised words one
 * name: a city, a name no rule typed, one no rule found (a word that opens a line: "Arsenal"), a name read as a person
 * that opens with no given name on a results line ("Plymouth Argyle"), or several such names ("Bayer Leverkusen",
 * an organization's and a city's); each scorer no rule typed, or found, is a person. Countries, regions and people
 * stay. Rewrites `findings` so, keeping body order, and returns the teams' names, in lower case.
 */
function teamsInTables(doc: TokenizedArticle, findings: EntityFinding[], sports: boolean): Set<string> {
  const lines = tableSegments(doc, sports);
  const teams = new Set<string>();
  if (!lines.size) return teams;
  const replaced = new Set<EntityFinding>();
  const added: EntityFinding[] = [];
  const typed = (role: 'team' | 'scorer', first: number, last: number): EntityFinding =>
    role === 'team' ? organizationFinding(doc, first, last) : { kind: 'person', first, last, role: null, titleFirst: null };
  for (const [first, last, role, line] of namesInTableLines(doc, lines)) {
    const parts = findings.filter((g) => g.first <= last && g.last >= first);
    const whole = parts.length === 1 && parts[0].first === first && parts[0].last === last;
    const rewrite = whole
      ? (role === 'team' ? teamPart(doc, parts[0], line) && !isOrganizationFinding(parts[0]) : parts[0].kind === 'partial')
      : role === 'team' && parts.every((g) => g.first >= first && g.last <= last && teamPart(doc, g, line));
    if (!parts.length || rewrite) {
      parts.forEach((g) => replaced.add(g));
      added.push(typed(role, first, last));
    }
    if (role === 'team' && (!parts.length || rewrite || (whole && isOrganizationFinding(parts[0])))) teams.add(surfaceOf(doc, first, last).toLowerCase());
  }
  if (!added.length) return teams;
  const kept = findings.filter((g) => !replaced.has(g));
  findings.splice(0, findings.length, ...kept, ...added);
  findings.sort((a, b) => a.first - b.first);
  return teams;
}

/**
 * A line of a race's results: a place, a rider's or a driver's name, his country in brackets, then his team's name
 * before his time or his gap ("+8.017", "+1 lap"), "same time", a comma or the line's end ("1. Ann Lee (Germany) Telekom
 * 5 hours 12 minutes", "3. Mika Hakkinen (Finland) McLaren 15.710", "4. Ann Lee (Monaco) Quorvani +12.660"). The team's
 * name is the group.
 */
const RIDER_LINE = /^\s*\d{1,3}[.)]?\s+\p{Lu}[^()\d\n]*\(\s*\p{Lu}[\p{L}. ]{1,30}\)\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})(?=\s+\+?\d|\s+same time|\s*[,;]|\s*$)/du;

/**
 * "1. Ann Lee (Germany) Telekom 5 hours": the team of a line of a race's results (RIDER_LINE) is an organization, whatever
 * a rule read there but a country or a region, and so is every naming of it in the article that no rule typed, or that a
 * rule read as a town or as a person named by that word alone ("Lee of Telekom won", "the Telekom team", "Ferrari's
 * Charles Leclerc", "the second Mercedes car"). Rewrites `findings` so.
 */
function teamsOfRiders(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  // Each team's slot, its body offsets in its line.
  const slots: [number, number][] = [];
  for (const s of doc.segments) {
    const span = RIDER_LINE.exec(body.slice(s.start, s.end))?.indices?.[1];
    if (span) slots.push([s.start + span[0], s.start + span[1]]);
  }
  if (!slots.length) return;
  const names = new Set(slots.map(([from, to]) => body.slice(from, to).toLowerCase()));
  const inSlot = (f: EntityFinding): boolean => slots.some(([from, to]) => tokens[f.first].start === from && tokens[f.last].end === to);
  const townOrSurname = (f: EntityFinding): boolean =>
    f.kind === 'partial' || (f.kind === 'dict' && f.hit.type === 'CITY') || (f.kind === 'person' && f.titleFirst === null && !f.nicknamed);
  const placeOfTeam = (f: EntityFinding): boolean => f.kind === 'dict' && (f.hit.type === 'COUNTRY' || f.hit.type === 'REGION' || f.hit.type === 'DEMONYM');
  findings.forEach((f, i) => {
    if (isOrganizationFinding(f) || placeOfTeam(f) || !names.has(body.slice(tokens[f.first].start, tokens[f.last].end).toLowerCase())) return;
    if (inSlot(f) || townOrSurname(f)) findings[i] = organizationFinding(doc, f.first, f.last);
  });
}

/**
 * A batsman's line of a cricket scorecard: his name, how he was out ("c Lee b Ruiz", "lbw b Ruiz", "st Lee b Ruiz", "b Ruiz",
 * "run out", "not out") and his runs ("Ann Lee c Cork b Croft 46").
 */
const SCORECARD_LINE = /^\s*\p{Lu}[^\d\n]*?\s(?:(?:c|st|lbw|c & b|b)\s\p{Lu}[^\d\n]*|run out(?:\s\([^)\n]*\))?|not out|retired hurt)\s\d{1,3}\*?\s*$/u;

/** The line `start`..`end` of `body` ends with a figure or a not-out star, as a batsman's line of a scorecard does: a quick test before SCORECARD_LINE. */
function endsWithRuns(body: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && /\s/.test(body[k])) k--;
  return k >= start && /[\d*]/.test(body[k]);
}

/** The scorecard's words for how a batsman was out, written right before a fielder's or a bowler's name: "c", "b", "st", "&". */
const DISMISSAL_WORDS: ReadonlySet<string> = new Set(['c', 'b', 'st', '&']);

/**
 * "Aamir Sohail c Cork b Croft 46": on a batsman's line of a cricket scorecard (SCORECARD_LINE), the name opening the
 * line and each name after a word of how he was out (DISMISSAL_WORDS) are players, people: a city the lists know or a
 * name no rule typed, read there, is rewritten as a person in `findings`, and one no rule found is added, in body order.
 */
function playersInScorecards(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const lines = new Set(doc.segments.flatMap((s, k) => (endsWithRuns(body, s.start, s.end) && SCORECARD_LINE.test(body.slice(s.start, s.end)) ? [k] : [])));
  if (!lines.size) return;
  const added: EntityFinding[] = [];
  tokens.forEach((t, i) => {
    const prior = tokens[i - 1];
    const opens = !prior || prior.segment !== t.segment;
    if (!lines.has(t.segment) || !t.cap || !(opens || (!prior.cap && DISMISSAL_WORDS.has(prior.key)))) return;
    let last = i;
    while (tokens[last].joinsNext && tokens[last + 1]?.cap && tokens[last + 1].segment === t.segment) last++;
    const parts = findings.filter((g) => g.first <= last && g.last >= i);
    const person: EntityFinding = { kind: 'person', first: i, last, role: null, titleFirst: null };
    if (!parts.length) added.push(person);
    else if (parts.length === 1 && parts[0].first === i && parts[0].last === last && (parts[0].kind === 'partial' || (parts[0].kind === 'dict' && parts[0].hit.type === 'CITY'))) {
      findings[findings.indexOf(parts[0])] = person;
    }
  });
  findings.push(...added);
  findings.sort((a, b) => a.first - b.first);
}

/**
 * A name read as an untitled person's that a town opens, no name of a person's ("Plymouth Argyle", "Paris Saint-Germain";
 * not "Austin Rivers", "Jackson Pollock"), or of two words that a town ends, the first no surname or word that names
 * another place with it ("Werder Bremen", "Slavia Prague"; not "West Berlin"): a club where it stands as one.
 */
function townNamedPerson(doc: TokenizedArticle, f: EntityFinding): boolean {
  const [t, last] = [doc.tokens[f.first], doc.tokens[f.last]];
  if (!untitledNonGiven(doc, f) || f.last === f.first || isSurname(t.key)) return false;
  return (!!cityNamed(t.text) && !isListedFirstName(t.key)) || (f.last === f.first + 1 && !PLACE_QUALIFIERS.has(t.key) && !!cityNamed(last.text));
}

/**
 * "Arsenal beat Everton 2-0", "Arsenal won 3-0 at Leeds": a capitalised word opening a sentence that no rule found,
 * being an ordinary word there ("Arsenal"), no function word, before a result's verb and a name `club` accepts
 * (MATCH_GAP) or before a result and its score (RESULT_AFTER), is a club. The partial findings of such words.
 */
function clubsOpeningSentences(doc: TokenizedArticle, findings: EntityFinding[], club: (f: EntityFinding | undefined) => boolean): EntityFinding[] {
  const { tokens, body } = doc;
  const found: EntityFinding[] = [];
  let k = 0;
  tokens.forEach((t, i) => {
    while (k < findings.length && findings[k].last < i) k++;
    const next = findings[k];
    if (!t.sentenceStart || t.upper || t.possessive || (next && next.first <= i) || isFunctionWord(t.key) || (t.joinsNext && tokens[i + 1]?.cap)) return;
    const gap = next && tokens[next.first].segment === t.segment ? body.slice(t.end, tokens[next.first].start) : '';
    if ((MATCH_GAP.test(gap) && club(next)) || RESULT_AFTER.test(body.slice(t.end, t.end + 40))) found.push({ kind: 'partial', first: i, last: i, cue: false });
  });
  return found;
}

/** The most words of a town opening a club's name ("Oklahoma City" of "Oklahoma City Thunder"). */
const CLUB_TOWN_WORDS = 3;

/** The words of a club's name `ws` besides the town that opens it (the longest the gazetteer knows) or ends it; none without a town. */
function wordsBesideTown(ws: ArticleToken[]): ArticleToken[] {
  for (let k = Math.min(CLUB_TOWN_WORDS, ws.length - 1); k >= 1; k--) if (cityNamed(ws.slice(0, k).map((w) => w.text).join(' '))) return ws.slice(k);
  return cityNamed(ws[ws.length - 1].text) ? ws.slice(0, -1) : [];
}

/**
 * "Manchester United ... United extended their run", "Red Star Belgrade ... Red Star won", "Real Madrid ... put Real
 * ahead", "the Oklahoma City Thunder ... the Thunder", "Toronto Maple Leafs ... the Leafs": the words of a club's name
 * of two to four words besides its town, the town (up to three words) opening or ending it (the name an organization
 * of `findings`; no town's name but a nickname the article writes alone after "the": "Phoenix" of "Wellington Phoenix"), and
 * the plural that ends such words or a name of no town where they are two or more ("Leafs", "Tigers" of "Hanshin Tigers"),
 * written alone, capitalised, no
 * part of a longer name ("United States"), are the club: named as the club where one club of the article has those
 * words, as written where two have ("United" of Manchester and Newcastle United). Rewrites `findings` so (a finding of
 * those words alone that no rule typed, that reads an untitled person, that context typed an organization of its
 * own words, or a town's after "the", or none), in body order.
 */
function clubShortForms(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  // The short forms by their first word: their words and the clubs that have them.
  const short = new Map<string, Map<string, { words: string[]; clubs: Set<string> }>>();
  const offer = (words: string[], club: string): void => {
    const forms = short.get(words[0]) ?? short.set(words[0], new Map()).get(words[0])!;
    const text = words.join(' ');
    const held = forms.get(text) ?? forms.set(text, { words, clubs: new Set() }).get(text)!;
    held.clubs.add(club);
  };
  for (const f of findings) {
    if (!isOrganizationFinding(f) || f.last === f.first || f.last - f.first > 3) continue;
    const ws = tokens.slice(f.first, f.last + 1);
    const besideTown = wordsBesideTown(ws);
    // A team's name with no town, of words ending in a plural ("Hanshin Tigers"): its plural alone.
    const rest = besideTown.length ? besideTown : ws[0].key === 'the' ? ws.slice(1) : ws;
    // A town's name is no club's short form but for a nickname the article writes alone after "the" ("Phoenix" of "Wellington Phoenix ... the Phoenix").
    const town = (w: ArticleToken): boolean => !!cityNamed(w.text) && !(rest.length === 1 && nicknameAfterThe(doc, f.first + ws.indexOf(w), f.first));
    if (rest.some((w) => town(w) || w.upper || isFunctionWord(w.key)) || PLACE_QUALIFIERS.has(rest[0].key) || isWeekdayName(rest[0].text)) continue;
    const club = organizationNameOf(doc, f);
    if (besideTown.length) offer(rest.map((w) => w.text), club);
    const plural = rest[rest.length - 1];
    if (rest.length >= 2 && !plural.possessive && isPluralShaped(plural.key)) offer([plural.text], club);
  }
  if (!short.size) return;
  const owner = new Map(findings.flatMap((f, k) => tokens.slice(f.first, f.last + 1).map((t) => [t, k] as const)));
  const added: EntityFinding[] = [];
  tokens.forEach((t, i) => {
    for (const { words, clubs } of short.get(t.text)?.values() ?? []) {
      const last = i + words.length - 1;
      if (!words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || (tokens[i + k - 1].joinsNext && tokens[i + k].segment === t.segment)))) continue;
      const [prior, next] = [tokens[i - 1], tokens[last + 1]];
      // Joined to a capitalised word but a sentence's opening "The".
      const opener = !!prior && prior.sentenceStart && isFunctionWord(prior.key);
      if ((!!prior?.cap && !opener && prior.joinsNext && prior.segment === t.segment) || (tokens[last].joinsNext && !!next?.cap)) continue;
      const parts = new Set(tokens.slice(i, last + 1).map((w) => owner.get(w)));
      const k = parts.size === 1 ? [...parts][0] : -1;
      const f = k === undefined ? undefined : findings[k];
      const club = clubs.size === 1 ? organizationFinding(doc, i, last, [...clubs][0]) : organizationFinding(doc, i, last);
      const ownWords = f?.kind === 'org' && f.name === surfaceOf(doc, f.first, f.last);
      // "the Phoenix" of "Wellington Phoenix": a town's name after "the" is the club's, as no town is written so.
      const townAfterThe = f?.kind === 'dict' && f.hit.type === 'CITY' && afterThe(doc, i);
      if (k === undefined) added.push(club);
      else if (f && f.first === i && f.last === last && (untypedName(f) || ownWords || townAfterThe)) findings[k] = club;
    }
  });
  findings.push(...added);
  findings.sort((a, b) => a.first - b.first);
}

/** A game's result in an upper-case headline, as the tokenizer writes it in Title Case: two sides of up to three capitalised words around a result's verb ("Arsenal Beat Chelsea 2-1", "Bulls Beat Knicks"). */
const HEADLINE_MATCH = /((?:\p{Lu}[\p{L}'’.-]*\s){1,3})(?:Beat|Beats|Edge|Edges|Thrash|Thrashes|Rout|Routs|Stun|Stuns|Crush|Crushes|Hammer|Hammers|Draw with|Draws with|Lose to|Loses to|Held by|Hold)\s((?:\p{Lu}[\p{L}'’.-]*)(?:\s\p{Lu}[\p{L}'’.-]*){0,2})/gu;

/**
 * The towns, in lower case, that open the names of the teams named by a plural in `findings` ("kansas city" of "Kansas
 * City Chiefs", "new york" of "New York Mets"), or that end a club's name after its initials ("milan" of "AC Milan",
 * "porto" of "FC Porto"): sports copy names such a team by its town alone too.
 */
function townsOfTeams(doc: TokenizedArticle, findings: EntityFinding[]): string[] {
  const { tokens } = doc;
  return findings.flatMap((f) => {
    if (!isOrganizationFinding(f)) return [];
    // "AC Milan", "FC Porto": a club's initials and its town, which names it alone too.
    const [initials, town] = [tokens[f.first], tokens[f.last]];
    if (f.last === f.first + 1 && initials.upper && initials.text.length <= 3 && cityNamed(town.text)) return [town.text.toLowerCase()];
    if (!isPluralShaped(tokens[f.last].key)) return [];
    for (let k = f.last - 1; k >= f.first; k--) if (cityNamed(surfaceOf(doc, f.first, k))) return [surfaceOf(doc, f.first, k).toLowerCase()];
    return [];
  });
}

/** The longest club's name, in words, looked for in an upper-case headline. */
const HEADLINE_CLUB_WORDS = 4;

/**
 * "SOCCER - MANCHESTER UNITED HELD BY SOUTHAMPTON": in a headline under a team sport's slug, a run of upper-case words
 * that spells an organization the article names elsewhere ("Manchester United") is that organization, and so is
 * each side of a result (HEADLINE_MATCH: "ARSENAL BEAT CHELSEA 2-1") that is a name no rule typed, a city or a county
 * (teamPart), or no rule found. Rewrites the findings inside each such run of `findings` as one, in body order.
 */
function clubsInHeadlines(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  const headlines = new Set(doc.segments.slice(0, SLUG_SEGMENTS).flatMap((s, k) => (TEAM_SPORT_SLUG.test(body.slice(s.start, s.end)) ? [k] : [])));
  if (!headlines.size) return;
  const names = new Set(findings.filter((f) => isOrganizationFinding(f) && !headlines.has(tokens[f.first].segment)).map((f) => surfaceOf(doc, f.first, f.last).toLowerCase()));
  // Tokens `first`..`last` name one organization where the findings inside them all pass `rewritable`.
  const clubAt = (first: number, last: number, rewritable: (g: EntityFinding) => boolean): void => {
    const parts = findings.filter((g) => g.first <= last && g.last >= first);
    if (!parts.every((g) => g.first >= first && g.last <= last && rewritable(g))) return;
    findings.splice(0, findings.length, ...findings.filter((g) => !parts.includes(g)), organizationFinding(doc, first, last));
    findings.sort((a, b) => a.first - b.first);
  };
  // The tokenizer writes an upper-case headline in Title Case, and marks it so.
  const upper = (t: ArticleToken | undefined): boolean => !!t && t.cap && headlines.has(t.segment) && doc.segments[t.segment].titleCase;
  for (let i = 0; i < tokens.length; i++) {
    if (!upper(tokens[i])) continue;
    let last = i;
    while (last - i + 1 < HEADLINE_CLUB_WORDS && tokens[last].joinsNext && upper(tokens[last + 1]) && tokens[last + 1].segment === tokens[i].segment) last++;
    for (; last >= i && !names.has(surfaceOf(doc, i, last).toLowerCase()); last--);
    if (last < i) continue;
    clubAt(i, last, (g) => !isOrganizationFinding(g));
    i = last;
  }
  for (const k of headlines) {
    const start = doc.segments[k].start;
    for (const m of body.slice(start, doc.segments[k].end).matchAll(HEADLINE_MATCH)) {
      const side = (from: number, text: string): void => {
        const [a, b] = [start + from, start + from + text.trimEnd().length];
        const ts = tokens.flatMap((t, i) => (t.start >= a && t.end <= b ? [i] : []));
        if (ts.length) clubAt(ts[0], ts[ts.length - 1], (g) => teamPart(doc, g, 'standings') && !isOrganizationFinding(g));
      };
      side(m.index, m[1]);
      side(m.index + m[0].length - m[2].length, m[2]);
    }
  }
}

/**
 * Rewrites, in `findings` (body order), the teams of a results table (teamsInTables) and of a race's results
 * (teamsOfRiders) as organizations, and the players of a cricket scorecard (playersInScorecards) as people; then,
 * in an article that reads as sports copy (isSportsCopy), a club named with its town as one club
 * (clubNamesWithTowns), a club's word besides its town written alone (clubShortForms: "United"), the ordinary words
 * opening a sentence before a result (clubsOpeningSentences), and the cities
 * and the names no rule typed that stand where a club stands (standsAsClub) as organizations, in other copy those after a people's or a place's
 * club noun only (afterClubNoun: "Portuguese club Benfica"); then every other naming of those names, and in sports copy
 * of a results table's teams, in the
 * article, but after a place preposition, before a noun it modifies ("Newcastle mayor", "Oakland's
 * waterfront"), in a dateline, or, for a city the lists know, in a sentence with no word of sports copy or
 * score (inSportsSentence), and a one-word name no rule found where it opens a sentence ("Arsenal are third").
 * Countries, nations and well-known regions, people, the words of people the article names and peoples' words ("English captain") stay.
 * Last, the grounds where games are played are places (typeSportsGrounds: "Goodison Park", "the crowd at Anfield"), in
 * sports copy or under any sport's slug (SPORT_SLUG: "MOTOR RACING - ...") read as sports copy there.
 */
export function typeSportsTeams(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const sports = isSportsCopy(doc);
  typeClubs(doc, findings, sports);
  if (sports) clubsInHeadlines(doc, findings);
  typeSportsGrounds(doc, findings, sports || opensWithSlug(doc, SPORT_SLUG));
}

/** The rewrites of typeSportsTeams but for the headline's clubs, `sports` telling whether `doc` reads as sports copy. */
function typeClubs(doc: TokenizedArticle, findings: EntityFinding[], sports: boolean): void {
  const tableTeams = teamsInTables(doc, findings, sports);
  if (tableTeams.size) tableTeamsReadAsPersons(doc, findings, tableTeams);
  teamsOfRiders(doc, findings);
  playersInScorecards(doc, findings);
  // Outside sports copy a club is only a name after a club's noun ("Portuguese club Benfica"): none, no rewrite.
  if (!sports && !findings.some((f) => afterClubNoun(doc, f, false) || winsHonour(doc, f))) {
    findings.sort((a, b) => a.first - b.first);
    return;
  }
  if (sports) {
    clubNamesWithTowns(doc, findings);
    clubsBySuffix(doc, findings);
    clubsOfTownAndPlural(doc, findings);
    teamsDrivenFor(doc, findings);
    clubsNamedWithWeekdays(doc, findings);
  }
  const { tokens, body } = doc;
  const personWords = personNameWords(tokens, findings.filter((f) => !townNamedPerson(doc, f) && !winsHonour(doc, f)));
  // Upper case ("LEEDS"), a headline's, is read only where the article names the club otherwise.
  const named = (f: EntityFinding | undefined, upper: boolean): boolean =>
    !!f &&
    (f.kind === 'partial' || (f.kind === 'dict' && f.hit.type === 'CITY') || townNamedPerson(doc, f) || winsHonour(doc, f) || (sports && clubRegion(doc, f))) &&
    !tokens.slice(f.first, f.last + 1).some((t) => (t.upper && !upper) || personWords.has(t.key) || isPeoplesWord(t)) &&
    !isDateline(doc, f);
  const candidate = (f: EntityFinding | undefined): boolean => named(f, false);
  const club = (f: EntityFinding | undefined): boolean => candidate(f) || isOrganizationFinding(f);
  if (sports) clubShortForms(doc, findings);
  const opening = new Set(sports ? clubsOpeningSentences(doc, findings, club) : []);
  if (opening.size) findings.push(...opening);
  findings.sort((a, b) => a.first - b.first);
  const clubs = new Set<number>();
  findings.forEach((f, i) => {
    if (opening.has(f) || (candidate(f) && (winsHonour(doc, f) || (sports ? standsAsClub(doc, findings, i, club, clubs) : afterClubNoun(doc, f, false))))) clubs.add(i);
  });
  const nameOf = (f: EntityFinding): string => body.slice(tokens[f.first].start, tokens[f.last].end).toLowerCase();
  const names = new Set([...clubs].map((i) => nameOf(findings[i])).concat(sports ? [...tableTeams, ...townsOfTeams(doc, findings)] : []));
  if (!names.size) return;
  const asPlace = (f: EntityFinding): boolean => {
    const where = afterPlaceWord(doc, f.first);
    // "the Newcastle mayor", "Oakland's waterfront"; not "Newcastle 2", "Arsenal's lead".
    const word = lowerWordAfter(doc, f.last);
    const verb = verbLike(word?.key ?? '') || PLURAL_VERB.test(body.slice(tokens[f.last].end, tokens[f.last].end + 6)) || standingVerb(doc, f.last);
    const modifier = !!word && /^\p{L}/u.test(word.text) && !isFunctionWord(word.key) && !verb && !CLUB_PEOPLE.has(word.key) && !CLUB_POSSESSIONS.has(word.key);
    // A city the lists know stays the city in a sentence that is not about a game ("Oakland is a city of 430,000"), unless a
    // results or standings table of the article names it as a team ("Lamine Yamal (Barcelona)" under "Barcelona 3 Napoli 1").
    // "Ajax sign Brazilian defender": sports copy's headline opens with who acts, a club the body names; not "Leeds mayor ...".
    if (sports && opensHeadline(doc, f.first) && !beforeActorNoun(doc, f.last)) return false;
    // "Chasing 177, Mumbai got home": in sports copy, a team's name opening a clause before a verb that is no copula acts as the team.
    if (sports && !!word && verbLike(word.key) && !COPULAS.has(word.key) && opensClause(doc, f.first)) return false;
    return where || modifier || (f.kind === 'dict' && !tableTeams.has(nameOf(f)) && !inSportsSentence(doc, f.first));
  };
  findings.forEach((f, i) => {
    if (named(f, true) && names.has(nameOf(f)) && (clubs.has(i) || !asPlace(f))) findings[i] = organizationFinding(doc, f.first, f.last);
  });
  // "Arsenal are third": a club's one-word name opening a sentence, which no rule found there.
  const covered = new Set(findings.flatMap((f) => tokens.slice(f.first, f.last + 1)));
  const repeats = tokens.flatMap((t, i) => (t.cap && !covered.has(t) && names.has(t.text.toLowerCase()) && !(t.joinsNext && tokens[i + 1]?.cap) ? [organizationFinding(doc, i, i)] : []));
  findings.push(...repeats.filter((f) => !asPlace(f)));
  findings.sort((a, b) => a.first - b.first);
  // Again, for the short forms of the clubs typed here ("the Tigers" after "the Hanshin Tigers beat ... 4-2").
  if (sports) clubShortForms(doc, findings);
}

/** Words that may stand between a verb of TABLE_MOVE_VERBS and the rank: "climbed up to third", "dropped into tenth". */
const TABLE_MOVE_LINKS: ReadonlySet<string> = new Set(['up', 'down', 'to', 'into']);

/** The lower-case word after token `i` in its sentence, commas or other signs between excluded. */
function plainWordAfter(doc: TokenizedArticle, i: number): ArticleToken | undefined {
  const word = lowerWordAfter(doc, i);
  return word && !/['’]/.test(doc.body.slice(doc.tokens[i].end, word.start)) ? word : undefined;
}

/** A word that may stand between a team's name and its verb: an adverb ("again", "twice", "then") or "never". */
function beforeVerb(word: string | undefined): boolean {
  return !!word && (hasLexiconTag(word, 'Adverb') || hasLexiconTag(word, 'Negative'));
}

/**
 * True when the name at tokens `first`..`last` stands where a team does: the subject of a verb of a match ("Brellow trailed", "Brellow
 * took the lead", "Brellow never trailed", "Brellow equalised") or of a move in the table before a rank ("Brellow stay seventh",
 * "Brellow dropped to bottom"), the subject of a verb in the plural, as British copy writes of a team and never of a town ("Brellow
 * travel to Quorvane", "Brellow are third"; not a name's after "and", nor after an article or a possessive: "Perth and Brellow are cities", "a Brellow play"), the object of "beat" ("beat
 * Brellow") or of "lifts ... to" ("lifts Brellow to fourth"). A place is none of these.
 */
export function standsAsTeam(doc: TokenizedArticle, first: number, last: number): boolean {
  const { tokens } = doc;
  // The lower-case words after the name, in a row: plainWordAfter gives token i + 1 or nothing.
  const words: string[] = [];
  for (let i = last; words.length < 5; i++) {
    const word = plainWordAfter(doc, i);
    if (!word) break;
    words.push(word.key);
  }
  const [verb, ...rest] = beforeVerb(words[0]) ? words.slice(1) : words;
  if (MATCH_SUBJECT_VERBS.has(verb) || (verb === 'took' && rest[0] === 'the' && rest[1] === 'lead')) return true;
  if (TABLE_MOVE_VERBS.has(verb)) {
    const rank = rest.find((w) => !TABLE_MOVE_LINKS.has(w));
    if (rank && (rank === 'top' || rank === 'bottom' || hasLexiconTag(rank, 'Ordinal'))) return true;
  }
  const before = tokens[first - 1];
  const joined = !!before && !before.cap && before.segment === tokens[first].segment && (((before.key === 'and' || before.key === 'or') && !!tokens[first - 2]?.cap && /^\s+$/.test(doc.body.slice(tokens[first - 2].end, before.start))) || hasLexiconTag(before.key, 'Determiner') || hasLexiconTag(before.key, 'Possessive'));
  // Nor inside a longer run of capitals ("New Zealand Rugby head coach").
  const inRun = !!before && before.cap && before.segment === tokens[first].segment && /^\s+$/.test(doc.body.slice(before.end, tokens[first].start));
  if (PLURAL_TEAM_VERBS.has(verb) && !joined && !inRun) return true;
  if (!before || before.cap || before.segment !== tokens[first].segment || !/^\s+$/.test(doc.body.slice(before.end, tokens[first].start))) return false;
  return before.key === 'beat' || (LIFT_VERBS.has(before.key) && (words[0] === 'to' || words[0] === 'into'));
}
