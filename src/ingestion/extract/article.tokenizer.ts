import type { ParsedArticle } from '../annotations';
import { isPersonalCueForm } from '../lexicon/cue.lexicon';
import { isDictionaryAcronym, isDictionaryEntry, isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { hasLexiconTag, isCommonWord, isCompanyLegalForm, isFunctionWord, isGivenName, isListedFirstName, isOrganizationHead, isPlaceHead, isRegularPastTense, isSurname, isTitleCaseSmallWord, isVocabularyWord } from '../lexicon/english.lexicon';
import { INDEX_MOVES } from '../lexicon/market-name.lexicon';
import { CAPTION_LABELS, FOREIGN_JOINERS, GIVEN_NAME_ABBREVIATIONS, GROUP_WORDS, JOINED_ARABIC_ARTICLES, NAME_CONNECTORS, OTHER_SPORTS, SAINT_WORDS, TEAM_SPORTS } from '../lexicon/name-words.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { organizationNamed, possessiveNameAlias } from '../lexicon/organization.aliases';
import { isCreditRatingShaped, isRatingWord } from '../lexicon/credit-rating.lexicon';
import { longestNameStartingWith, lookupName } from '../lexicon/entity.dictionary';
import { cityNamed, regionNamed, smallTownCountry, stateNamed } from '../lexicon/place.gazetteer';
import { isTitleWord } from '../lexicon/title.lexicon';
import { FOLDED_ABBREVIATIONS, isWord, tokenize, type Token } from '../lexicon/word.tokenizer';
import { blockLines } from './block-lines.rules';
import { namesBeforeHyphensApart } from './hyphenated-name.rules';
import { abbreviationEndsSentence } from './sentence.boundaries';
import { packedMap } from './packed.map';

/**
 * The tokenize stage of entity extraction: an article's segments as the words of the one
 * tokenizer (lexicon/word.tokenizer.ts; punctuation left out, a possessive 's cut off) with the flags name
 * finding reads (capitalised, upper case, sentence start, possessive, initial, joined to the next
 * word by one space), and the runs of capitalised words ("chunks") that may hold names.
 */

/** A word of the body with the flags name finding reads. */
export interface ArticleToken {
  text: string;
  /** The folded word (lower case, no accents); a possessive 's dropped, an acronym's plus sign kept ("opec+"). */
  key: string;
  start: number;
  end: number;
  cap: boolean;
  upper: boolean;
  sentenceStart: boolean;
  possessive: boolean;
  /** Only a single space separates it from the next token of its segment. */
  joinsNext: boolean;
  segment: number;
  /** A capital letter with its period: the initial of a name ("W." of "George W. Bush"). */
  initial: boolean;
}

/**
 * An ArticleToken as tokenizeArticle makes it, its flags false until set. A class, so that every token is built alike by
 * one constructor: an object literal of its eleven fields cost some 60 ns a token, a fifth of tokenizeArticle's own time.
 */
class WordToken implements ArticleToken {
  cap = false;
  upper = false;
  sentenceStart = false;
  possessive = false;
  joinsNext = false;
  initial = false;

  constructor(
    public text: string,
    public key: string,
    public start: number,
    public end: number,
    public segment: number,
  ) {}
}

/** One segment of the article, in body order. */
export interface TokenizedSegment {
  paragraph: number | null;
  /** Written in Title Case (a headline): capitals there are no evidence of a name. */
  titleCase: boolean;
  start: number;
  end: number;
  kind: string;
}

/** An article as the classify and resolve stages read it. */
export interface TokenizedArticle {
  body: string;
  tokens: ArticleToken[];
  /** Per segment: its paragraph index, whether it is written in Title Case, its offsets and kind. */
  segments: TokenizedSegment[];
  /** Runs of capitalised tokens (with particles and "of" inside), as token indices. */
  chunks: number[][];
  /** Capitalised words found to continue a title ("Galaxy" of "Miss Galaxy Ana Ruiz"): filled by the classifier. */
  titleWords: Set<string>;
}

const SENTENCE_OPENERS = '.!?:;"“‘([{—–…•|';
/** U.S., S.p.A.: letters each with its dot, the first a capital; the last dot is the word's own. */
const DOTTED_ACRONYM = /^\p{Lu}\.(?:\p{L}\.)+$/u;
const ARTICLE_PREFIXED = new RegExp(`^(?:${JOINED_ARABIC_ARTICLES.join('|')})-\\p{Lu}`, 'u');
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}\p{Ll}/u;
/** "I" with a verb's contraction ("I'm", "I’ve", "I'll", "I'd"): a pronoun, no name word. */
const PRONOUN_I = /^I['’](?:m|ve|ll|d)$/;
const PERIOD = 46;
const HYPHEN = 45;
/** "s"; with bit 32 set, "S" reads as it too. */
const SMALL_S = 115;
const PLUS = 43;
const CAPITAL_I = 73;
const COLON = 58;
const SPACE = 32;
const NBSP = 0xa0;

/**
 * The words of every segment of `article` (segments in body order), each with its flags, and the
 * capitalised runs that may hold names. Offsets point into `article.body`; a token never runs past
 * its segment's end. Pure.
 */
export function tokenizeArticle(article: ParsedArticle): TokenizedArticle {
  const segments = blockLines(article.body, [...article.segments].sort((a, b) => a.start - b.start));
  const unshouted = withoutShouting(article.body, segments);
  const body = withShoutedNames(unshouted, segments);
  const tokens: ArticleToken[] = [];
  const chunks: number[][] = [];
  const docSegments: TokenizedSegment[] = [];
  /** Per segment, its tokens' indices (from, to). */
  const ranges: Array<[number, number]> = [];
  /** The tokens that took their possessive's apostrophe into a name ("People's" of "Korean People's Army"), with their end before it. */
  const joined: Array<[number, number]> = [];
  /** The words a possessive that owns nothing keeps whole ("Quorvel's said"), folded without their 's: their other possessives too. */
  const standing = new Set<string>();
  /** The first hyphen in the body at or after `dashFrom` (-1: none): one scan of the body for all segments, which come in order. */
  let dashFrom = 0;
  let dash = body.indexOf('-');
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const first = tokens.length;
    const words = wireSlugApart(tokenize(body, seg.start, seg.end));
    const shouted = unshouted !== article.body && unshouted.slice(seg.start, seg.end) !== article.body.slice(seg.start, seg.end);
    if (seg.start < dashFrom || (dash >= 0 && dash < seg.start)) dash = body.indexOf('-', (dashFrom = seg.start));
    // Only a segment with a hyphen (about a quarter of them) has a word to cut at one: the others skip both passes' look at every word.
    for (const word of signedNamesJoined(dash >= 0 && dash < seg.end ? namesBeforeHyphensApart(body, partyTagsApart(body, numberPrefixesApart(words)), shouted) : words)) {
      if (!isWord(word)) continue;
      const start = word.start;
      // A title's or an initial's dot ("Mr.", "R.") is added back below, as for any abbreviation.
      let raw = word.text.charCodeAt(word.text.length - 1) === PERIOD && !DOTTED_ACRONYM.test(word.text) ? word.text.slice(0, -1) : word.text;
      const n = raw.length;
      const prev = tokens.length > first ? tokens[tokens.length - 1] : null;
      let possessive = n > 2 && isApostrophe(raw.charCodeAt(n - 2)) && (raw.charCodeAt(n - 1) | 32) === SMALL_S && !ownNameWithS(body, seg.start, start, raw, prev) && !placeEndingInS(prev, start, raw);
      if (possessive && possessiveNameStandingAlone(body, start, start + n, raw, prev)) {
        possessive = false;
        standing.add(foldName(raw.slice(0, -2)));
      }
      if (possessive) raw = raw.slice(0, -2);
      // "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name is a name word; so is an
      // elided particle before one ("d'Ettorre", "d’Alema", "l'Aquila").
      // Both forms have four characters or more: no character is read past the word's end (such a read costs the compiled code).
      const cap = startsUpperCase(raw) || (raw.length > 3 && (((raw.charCodeAt(2) === HYPHEN || raw.charCodeAt(3) === HYPHEN) && ARTICLE_PREFIXED.test(raw)) || (isApostrophe(raw.charCodeAt(1)) && ELIDED_PARTICLE.test(raw))));
      // Lower-case words are only compared with plain English word lists: no accent folding needed.
      const key = cap ? foldName(raw) : lowerCased(raw);
      let end = start + raw.length;
      // A lone letter's dot that ends its segment is the full stop of a sentence that ends on the letter ("wrote on X."), no initial's.
      const shortGiven = givenNameAbbreviation(body, raw, end, seg.end, prev);
      if (cap && (raw.length === 1 ? end + 1 < seg.end : FOLDED_ABBREVIATIONS.has(key) || shortGiven) && end < body.length && body.charCodeAt(end) === PERIOD) end++;
      const upper = cap && raw.length >= 2 && inCapitals(raw);
      // "OPEC+": a plus sign right after a word in capitals of two letters or more, before no letter or digit, is the acronym's own.
      const plus = upper && !possessive && end === start + raw.length && end < body.length && body.charCodeAt(end) === PLUS && (end + 1 === body.length || !/[\p{L}\p{N}]/u.test(body[end + 1]));
      if (plus) end++;
      const token = new WordToken(end === start + raw.length ? raw : body.slice(start, end), plus ? `${key}+` : key, start, end, s);
      token.cap = cap && raw !== 'I' && !(raw.charCodeAt(0) === CAPITAL_I && PRONOUN_I.test(raw));
      token.upper = upper;
      token.sentenceStart = cap && opensSentence(body, seg.start, start, prev);
      token.possessive = possessive;
      token.initial = (cap && raw.length === 1 && raw !== 'I' && end === start + 2) || shortGiven;
      tokens.push(token);
      const before = tokens.length - 3 >= first ? tokens[tokens.length - 3] : null;
      if (prev && cap && prev.possessive && start - prev.end === 3 && body.charCodeAt(prev.end + 2) === SPACE && !isFunctionWord(key) && (((possessiveInName(prev, key, false) || namedForHolder(before, prev, key)) && !opensPersonName(body, key, end)) || placeWithPossessive(prev, raw)) && !endsPersonName(before, prev)) {
        // "Korean People's Army", "Workers' Party": an ordinary noun's possessive inside a name; not
        // before a person's given name ("Harbor Radio's Nora Quill": the station's presenter).
        joined.push([tokens.length - 2, prev.end]);
        prev.end += 2;
        prev.text = body.slice(prev.start, prev.end);
        prev.possessive = false;
      } else if (prev && cap && start - prev.end === 2 && isApostrophe(body.charCodeAt(prev.end)) && prev.key.endsWith('s') && !isFunctionWord(key) && possessiveInName(prev, key, true) && !endsPersonName(before, prev)) {
        // "Workers' Party": a plural's possessive inside a name; before a person's given name, the possessive of the name before
        // it ("Fox News' Megyn Kelly": the network's presenter).
        if (opensPersonName(body, key, end)) prev.possessive = true;
        else {
          joined.push([tokens.length - 2, prev.end]);
          prev.end += 1;
          prev.text = body.slice(prev.start, prev.end);
        }
      }
      if (prev) {
        const gap = body.charCodeAt(prev.end);
        // A sentence opening after an abbreviation's dot ("Tesla Inc. The deal") joins no name to it.
        const afterDot = body.charCodeAt(prev.end - 1) === PERIOD && tokens[tokens.length - 1].sentenceStart;
        prev.joinsNext = !prev.possessive && !afterDot && start - prev.end === 1 && (gap === SPACE || gap === NBSP) && !(cap && isCaptionLabel(body, key, end));
      }
    }
    for (let i = first; i + 1 < tokens.length; i++) if (tokens[i].joinsNext && ((tokens[i].sentenceStart && opensWithOrdinaryWord(tokens, i)) || describesGroup(tokens[i]) || agencyDesk(tokens, i))) tokens[i].joinsNext = false;
    const titleCase = isTitleCase(tokens, first, tokens.length) || (shouted && tellsNews(tokens, first, tokens.length));
    docSegments.push({ paragraph: seg.paragraph, titleCase, start: seg.start, end: seg.end, kind: seg.kind });
    ranges.push([first, tokens.length]);
  }
  surnamesApartInHeadlines(tokens, docSegments);
  personPossessivesApart(body, tokens, joined);
  if (standing.size) possessivesKeptWhole(body, tokens, standing);
  for (const [from, to] of ranges) collectChunks(body, tokens, docSegments, from, to, chunks);
  trustCapitalsAtSentenceStart(tokens, docSegments);
  return { body, tokens, segments: docSegments, chunks, titleWords: new Set() };
}

/** True when `word` has no lower-case letter and two capitals or more ("NATO", "U.S."); ASCII read by character code. */
function inCapitals(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word === word.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(word);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2;
}

/** `word` in lower case: the word itself when it is so already (no copy; most of an article's words are). */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/**
 * "Quimby Gives Party A Boost", "Mom Corners Quimby On Taxes": in a headline (Title Case), the surname of a
 * person the article names in full elsewhere (right after a given name that is no ordinary word, or, itself no
 * ordinary word, right after an initial or a capitalised word that is none either, outside headlines), or the
 * first word of a name written inside a sentence that is no ordinary word or given name ("Buy Seagen" after "Seagen Inc"), is
 * no part of an ordinary word capitalised beside it; clears `joinsNext` between them, so that the surname is
 * a name of its own. A given name, a title or the head of a name beside it ("Nora Quimby", "Quimby
 * Foundation") stays joined.
 */
function surnamesApartInHeadlines(tokens: ArticleToken[], segments: TokenizedSegment[]): void {
  if (!segments.some((s) => s.titleCase)) return;
  // Only the capitalised words of headlines are asked of below, and the pairs that hold one: the rest are not read.
  const headline: number[] = [];
  const headlineWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || !segments[tokens[i].segment].titleCase) continue;
    headline.push(i);
    headlineWords.add(tokens[i].key);
  }
  const surnames = new Set<string>();
  /** Capitalised pairs written together outside headlines ("wells fargo"): a name's own words. */
  const pairs = new Set<string>();
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    if (!t.cap || t.upper || segments[t.segment].titleCase || !before?.joinsNext || !before.cap || before.upper) return;
    if (!headlineWords.has(t.key) && !headlineWords.has(before.key)) return;
    pairs.add(`${before.key} ${t.key}`);
    const afterGivenName = isGivenName(before.key) && !isCommonWord(before.key) && !isFunctionWord(t.key);
    if (afterGivenName || (!isOrdinaryWord(t.key) && (before.initial || !isOrdinaryWord(before.key)))) surnames.add(t.key);
    // A company's own word opening its name inside a sentence ("to buy Seagen Inc"), no ordinary word or given name.
    if (!before.sentenceStart && !before.initial && !isOrdinaryWord(before.key) && !isGivenName(before.key)) surnames.add(before.key);
  });
  if (!surnames.size) return;
  const apart = (a: ArticleToken, b: ArticleToken, ordinary: ArticleToken): boolean =>
    a.joinsNext && ordinary.cap && !ordinary.upper && isOrdinaryWord(ordinary.key) && !headsName(ordinary.key) && !pairs.has(`${a.key} ${b.key}`);
  for (const i of headline) {
    const t = tokens[i];
    if (!surnames.has(t.key)) continue;
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (before && apart(before, t, before)) before.joinsNext = false;
    if (after && apart(t, after, after)) t.joinsNext = false;
  }
}

/**
 * A word that opens a sentence before another capitalised word is no evidence either way, unless the
 * article writes it with its capital inside sentences too (outside headlines) and never in lower case:
 * then it opens the sentence as the name word it is ("Civil Defense Authority director ..." after
 * "Saudi Arabia's Civil Defense Authority"). Clears `sentenceStart` on those tokens.
 */
function trustCapitalsAtSentenceStart(tokens: ArticleToken[], segments: TokenizedSegment[]): void {
  const openers: string[] = [];
  tokens.forEach((t, i) => {
    if (t.sentenceStart && t.joinsNext && !t.upper && tokens[i + 1].cap && !openers.includes(t.key)) openers.push(t.key);
  });
  if (!openers.length) return;
  // The openers' lengths and first letters (five low bits of the code) as bits: most words are passed over without a string comparison.
  let lengths = 0;
  let initials = 0;
  for (const o of openers) {
    lengths |= 1 << Math.min(o.length, 31);
    initials |= 1 << (o.charCodeAt(0) & 31);
  }
  // Per opening word: 1 once written capitalised inside a sentence, 2 once written in lower case.
  const seen = openers.map(() => 0);
  for (const t of tokens) {
    if (!((lengths >>> Math.min(t.key.length, 31)) & 1) || !((initials >>> (t.key.charCodeAt(0) & 31)) & 1)) continue;
    const at = openers.indexOf(t.key);
    if (at < 0 || seen[at] === 2) continue;
    if (!t.cap) seen[at] = 2;
    else if (!t.sentenceStart && !t.upper && !segments[t.segment].titleCase) seen[at] = 1;
  }
  // The openers so trusted, few or none (then no token is read again).
  const trusted = openers.filter((_, k) => seen[k] === 1);
  if (!trusted.length) return;
  for (const t of tokens) {
    if (t.sentenceStart && t.joinsNext && trusted.includes(t.key) && !isFunctionWord(t.key)) t.sentenceStart = false;
  }
}

/** A number joined by a hyphen to a capitalised word: a wire service's slug ("UPDATE 2-Brightwater Bank ..."). */
const NUMBER_PREFIX = /^\p{N}+-(?=\p{Lu}\p{Ll})/u;

/** A sport's name joined by a hyphen to a capitalised word, opening a headline: a wire service's slug ("Soccer-Arsenal beat Chelsea", "Rugby League-Walsh double"). */
const SPORT_PREFIX = new RegExp(`^(?:${[...TEAM_SPORTS, ...OTHER_SPORTS].join('|')})-(?=\\p{Lu}\\p{Ll})`, 'iu');

/** The part of `w`, the `k`th of `words`, up to a sport's slug's hyphen: the whole slug when `w` opens them ("Soccer-"), its second word's part when the slug has two ("League-" of "Rugby League-"). */
function sportSlugIn(words: Token[], w: Token, k: number): string | undefined {
  if (k === 0) return SPORT_PREFIX.exec(w.text)?.[0];
  if (k !== 1 || w.start !== words[0].end + 1) return undefined;
  return SPORT_PREFIX.exec(`${words[0].text} ${w.text}`)?.[0].slice(words[0].text.length + 1);
}

/**
 * `words` (a segment's) with each number joined by a hyphen to a capitalised word ("2-Brightwater" of a slug "UPDATE
 * 2-Brightwater Bank CEO Quits"), and a sport's name so joined opening the segment ("Soccer-Arsenal", "Rugby League-Walsh"), cut into the
 * slug and the word, so that the name is read; "F-16", "3-D", "2-1", "Anglo-Saxon" stay whole.
 */
function numberPrefixesApart(words: Token[]): Token[] {
  // Both patterns need a hyphen, which most words have not.
  const prefixOf = (w: Token, k: number): string | undefined => (!w.text.includes('-') ? undefined : (NUMBER_PREFIX.exec(w.text)?.[0] ?? sportSlugIn(words, w, k)));
  if (!words.some((w, k) => prefixOf(w, k))) return words;
  return words.flatMap((w, k) => {
    const prefix = prefixOf(w, k);
    if (!prefix) return [w];
    const cut = w.start + prefix.length - 1;
    return [{ start: w.start, end: cut, text: w.text.slice(0, prefix.length - 1) }, { start: cut + 1, end: w.end, text: w.text.slice(prefix.length) }];
  });
}

/** A US party's initial and its hyphen opening a word: "R-" of "R-Mount", "D-" of "D-Ohio". */
const PARTY_INITIAL = /^[DRI]-(?=\p{Lu})/u;
/** What opens a legislator's party tag after the name, up to the place: "(R-", ", D-". */
const PARTY_TAG_OPENING = /(?:\(|, )[DRI]-$/;

/**
 * True when the word at body offset `start` opens the place of a legislator's party tag, the party's initial before it (cut off by
 * partyTagsApart): "Mount" of "Ann Quorvle (R-Mount Pleasant)", "Storm" of "Rep. Ann Quorvle, D-Storm Lake, said".
 */
export function opensPartyTagPlace(body: string, start: number): boolean {
  return start >= 3 && PARTY_TAG_OPENING.test(body.slice(Math.max(0, start - 4), start));
}

/**
 * `words` (a segment's) with the party's initial cut off the place a legislator's tag names after the name, in brackets or between
 * commas, as US news writes it ("Ann Quorvle (R-Mount Pleasant)", "Rep. Ann Quorvle, D-Storm Lake, said", "(D-Ohio)"): the
 * initial is no name (nor part of one), the place after it is the place the member stands for.
 */
function partyTagsApart(body: string, words: Token[]): Token[] {
  const tagged = (w: Token): boolean => PARTY_INITIAL.test(w.text) && opensPartyTagPlace(body, w.start + 2);
  if (!words.some(tagged)) return words;
  return packedMap(words, (w) => (tagged(w) ? { start: w.start + 2, end: w.end, text: w.text.slice(2) } : w));
}

/** A word in capitals, or a number, joined by a hyphen to a capitalised word: the end of a wire service's slug ("CORRECTED-Former", "WRAPUP 1-Floods"). */
const SLUG_END = /^(?:\p{Lu}{3,}|\p{N}+)-(?=\p{Lu}\p{Ll})/u;
/**
 * The end of a slug before a word in capitals ("EXCLUSIVE-ADNOC's XRG in talks", "UPDATE 1-OPEC+ agrees"): a number after the
 * slug's words, or a word only slugs use; a word in capitals before another may be a name's ("UKRAINE-RUSSIA TALKS").
 */
const SLUG_END_BEFORE_CAPITALS = /^(?:\p{N}+|REFILE|CORRECTED|CORRECTION|UPDATE|EXCLUSIVE|ANALYSIS|INSIGHT|BRIEF|RPT|WRAPUP|FACTBOX|EXPLAINER|TIMELINE|NEWSMAKER|PREVIEW|FOCUS|INTERVIEW|BREAKINGVIEWS)-(?=\p{Lu})/u;
/** A word in capitals or a number: an earlier word of a slug ("GLOBAL MARKETS-", "UPDATE 2-"). */
const SLUG_WORD = /^(?:\p{Lu}{2,}|\p{N}+)$/u;
/** How many words a slug may have before the one its hyphen ends: "EMERGING MARKETS-", "UPDATE 2-". */
const SLUG_WORDS_BEFORE = 2;

/**
 * `words` (a segment's) without the wire service's slug that opens it, a headline's ("CORRECTED-Former Auckland broker
 * jailed", "BRIEF-Quorvex Q3 profit rises", "GLOBAL MARKETS-Stocks slip", "WRAPUP 1-Floods kill 40"): up to two words in
 * capitals or numbers, then one in capitals or a number joined by a hyphen to a capitalised word, which is kept (or to a
 * word in capitals after a number or a word only slugs use: "EXCLUSIVE-ADNOC's XRG", "UPDATE 1-OPEC+ agrees"); the
 * slug is no name ("REFILE-Brellow Aerospace" was one). A known name before the hyphen stays ("NATO-Russia Council",
 * "EU-Mercosur deal"), and so do two capitals ("US-China talks").
 */
function wireSlugApart(words: Token[]): Token[] {
  const last = words.findIndex((w, k) => k > SLUG_WORDS_BEFORE || !SLUG_WORD.test(w.text));
  if (last < 0 || !words[last].text.includes('-')) return words;
  const slug = (SLUG_END.exec(words[last].text) ?? SLUG_END_BEFORE_CAPITALS.exec(words[last].text))?.[0];
  if (!slug || (last === 0 && /^\p{N}/u.test(slug))) return words;
  const named = words.slice(0, last).map((w) => w.text).concat(slug.slice(0, -1)).join(' ');
  if (lookupName(named, last + 1)) return words;
  const w = words[last];
  return [{ start: w.start + slug.length, end: w.end, text: w.text.slice(slug.length) }, ...words.slice(last + 1)];
}

/** A short run of capitals on either side of an ampersand: a part of "AT&T", "S&P", "P&G". */
const AMPERSAND_PART = /^\p{Lu}{1,3}$/u;
/** The endings of web domains that a company's registered name takes in: "Amazon.com Inc", "Booking.com BV". */
const NAME_DOMAINS: ReadonlySet<string> = new Set(['com', 'net']);

/**
 * "AT&T", "S&P", "Amazon.com Inc": capitals written with an ampersand and no space between, and a capitalised
 * word written with a web domain's ending before a company's legal form (the tokenizer's three tokens each),
 * are one word, a name's ("R&D", "M&A" are terms too; the resolver tells them apart). A site named alone by its
 * address ("Quorvle.com") is left as it is.
 */
function signedNamesJoined(words: Token[]): Token[] {
  // Most segments join nothing: they are returned as they are, with no copy.
  let out: Token[] | null = null;
  for (let k = 0; k < words.length; k++) {
    const name = k + 2 < words.length ? signedName(words, k) : null;
    if (name) {
      out ??= words.slice(0, k);
      out.push(name);
      k += 2;
    } else out?.push(words[k]);
  }
  return out ?? words;
}

/** The one word that `words` k to k + 2 make ("AT&T", "Amazon.com" before a legal form: see signedNamesJoined), or null. */
function signedName(words: Token[], k: number): Token | null {
  const sign = words[k + 1];
  if (sign.text !== '&' && sign.text !== '.') return null;
  const w = words[k];
  const next = words[k + 2];
  if (w.end !== sign.start || sign.end !== next.start) return null;
  // An initial's dot the tokenizer gave the last capital ("R&D." ending a sentence) is no part of the word.
  const last = next.text.endsWith('.') ? next.text.slice(0, -1) : next.text;
  const ampersand = sign.text === '&' && AMPERSAND_PART.test(w.text) && AMPERSAND_PART.test(last);
  const company = sign.text === '.' && NAME_DOMAINS.has(next.text) && startsUpperCase(w.text) && !!words[k + 3] && isCompanyLegalForm(foldName(words[k + 3].text));
  return ampersand || company ? { start: w.start, end: next.start + last.length, text: `${w.text}${sign.text}${last}` } : null;
}

/** Three lower-case letters in a row: no line of capitals. */
const LOWER_RUN = /\p{Ll}{3}/u;
/** A word of three capitals or more. */
const SHOUTED_WORD = /\p{Lu}{3,}/gu;
/** The question's word that opens a line in capitals ending in a question mark: "WHO" of "WHO COULD BLOCK IT?". */
const SHOUTED_QUESTION = /^(\s*)(WHO|WHAT|WHY|HOW|WHEN|WHERE|WHICH)\b(?=[^?]*\?\s*$)/u;
/** A word with the apostrophes and hyphens inside it ("AL-AIN", "O'NEILL"). */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * `body` with every segment written in capitals ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE
 * DEFEAT", "NADIM LADKI") rewritten in Title Case, offsets kept, so that names are read there as in a
 * headline: words of five letters or more and the words and names of three or four the word lists know
 * take a capital and small letters ("Japan", "Win", "Nora", "Oslo", "Ladki"), the small words of Title
 * Case go lower case ("in", "of"), and the rest stay as written, acronyms most likely ("US", "UN",
 * "FBI", and "NATO", which the spelling dictionary writes in capitals). Other text is unchanged;
 * `body` itself when no segment is in capitals.
 */
function withoutShouting(body: string, segments: ReadonlyArray<{ start: number; end: number }>): string {
  let out: string | null = null;
  for (const seg of segments) {
    const text = body.slice(seg.start, seg.end);
    if (LOWER_RUN.test(text) || (text.match(SHOUTED_WORD)?.length ?? 0) < 2) continue;
    // "WHO IS RUNNING?": a question's word opening a line in capitals that asks one is the pronoun, no acronym.
    const recased = text.replace(WORD, (word) => word.replace(/[\p{L}\p{M}]+/gu, recaseShouted)).replace(SHOUTED_QUESTION, (_, space: string, word: string) => space + word[0] + word.slice(1).toLowerCase());
    if (recased.length !== text.length) continue;
    out = (out ?? body).slice(0, seg.start) + recased + (out ?? body).slice(seg.end);
  }
  return out ?? body;
}

/**
 * `body` with the names written in capitals in a line that holds only them rewritten as withoutShouting
 * rewrites a line in capitals ("Pence:", "By Nora Quill and Tevan Orlikko"), offsets kept: a transcript's
 * speaker label that names someone ("PENCE:", see namesSomeone) and a byline ("By NORA QUILL and TEVAN
 * ORLIKKO"); `body` itself when there is none.
 */
function withShoutedNames(body: string, segments: ReadonlyArray<{ start: number; end: number }>): string {
  let out = body;
  for (const seg of segments) {
    const text = body.slice(seg.start, seg.end);
    const label = SPEAKER_LABEL.exec(text) ?? SHOUTED_BYLINE.exec(text);
    if (!label || (label[1] !== 'By ' && !label[2].split(' ').every((w) => namesSomeone(body, w)))) continue;
    const at = seg.start + label[1].length;
    out = out.slice(0, at) + label[2].replace(/[\p{L}\p{M}]+/gu, recaseShouted) + out.slice(at + label[2].length);
  }
  return out;
}

/** A byline of names in capitals: "By NORA QUILL", "By TEVAN D. ORLIKKO and NORA QUILL". */
const SHOUTED_BYLINE = /^(By )(\p{Lu}[\p{Lu}'’-]+(?:,? (?:and )?\p{Lu}[\p{Lu}'’.-]*)+)\s*$/u;

/** A transcript's speaker label opening a paragraph: one to three words in capitals before a colon ("WALLACE:", "NORA QUIMBY:"). */
const SPEAKER_LABEL = /^(["“]?)((?:\p{Lu}[\p{Lu}'’-]+ ){0,2}\p{Lu}[\p{Lu}'’-]+):/u;

/**
 * A word of a speaker label names someone: a given name or surname the lists know (and no acronym the
 * dictionary writes in capitals: "NATO:"), or the last word of a name the article writes in full ("PENCE:"
 * beside "Mike Pence"); "WARNING:", "UPDATE:" name no one.
 */
function namesSomeone(body: string, word: string): boolean {
  const key = foldName(word);
  if (isDictionaryAcronym(key)) return false;
  if (isGivenName(key) || isSurname(key)) return true;
  const title = word[0] + word.slice(1).toLowerCase();
  return new RegExp(`\\p{Lu}[\\p{Ll}.]+ ${title}(?![\\p{L}])`, 'u').test(body);
}

/** One shouted word (or part of a hyphenated one) as a Title Case headline writes it; see withoutShouting. */
function recaseShouted(word: string): string {
  const lower = word.toLowerCase();
  if (word !== word.toUpperCase() || lower.length !== word.length) return word;
  if (isTitleCaseSmallWord(lower) && word.length <= 4) return lower;
  const known = isDictionaryWord(lower) || isDictionaryName(lower) || isCommonWord(lower) || isGivenName(lower) || isSurname(lower);
  if (word.length <= 2 || (word.length <= 4 && (!known || isDictionaryAcronym(lower)))) return word;
  return word[0] + lower.slice(1);
}

/**
 * Whether tokens `from`..`to` are written in Title Case (a headline), as English headline style writes
 * it: three words of four letters or more, three quarters of them capitalised; no word in lower case but
 * the small words the style leaves small (articles, prepositions, conjunctions, name particles: "Police
 * Arrest Man in Shooting"; "Virginia, highlighted in red" is no headline); and capitals on ordinary
 * words, not just on names: of the capitalised words that open no sentence, are no function word and
 * head no name (Party, River, President) nor label a caption (Image:), two or more and at least half are
 * ordinary vocabulary.
 * "Alvin Yeung of Civic Party", "Charles Bolden, NASA Administrator" and "Image: Ann Lee." are
 * captions written in names, not headlines.
 */
function isTitleCase(tokens: ArticleToken[], from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    if (tokens[i].key.length < 4) continue;
    words++;
    if (tokens[i].cap) capitalised++;
  }
  if (words < 3 || capitalised < 0.75 * words) return false;
  let ordinary = 0;
  let counted = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.cap) {
      if (startsWithLetter(t.key) && !isTitleCaseSmallWord(t.key) && !NAME_CONNECTORS.has(t.key)) return false;
      continue;
    }
    if (t.sentenceStart || t.initial || t.key.length < 3 || isFunctionWord(t.key) || headsName(t.key) || CAPTION_LABELS.has(t.key)) continue;
    const plain = isPlainWord(t.key) || isPlainCompound(t.key);
    // A given name or surname that is also an ordinary word ("Win", "Rose", "Bill") tells neither way.
    if (plain && (isGivenName(t.key) || isSurname(t.key))) continue;
    counted++;
    if (plain) ordinary++;
  }
  return ordinary >= 2 && ordinary * 2 >= counted;
}

/**
 * A line written in capitals (rewritten by withoutShouting) is a headline when two of its words of three
 * letters or more are ordinary vocabulary, no given name, surname or title word ("GARLAND STEPS ASIDE", "JAPAN GET
 * LUCKY WIN"): its capitals are then no evidence of a name. A line of names ("NADIM LADKI"), one of a name and
 * its office (a factbox's "ALVAN QUORVEL, ENERGY MINISTER") or a dateline's town ("NEWPORT NEWS") is none.
 */
function tellsNews(tokens: ArticleToken[], from: number, to: number): boolean {
  let ordinary = 0;
  for (let i = from; i < to && ordinary < 2; i++) if (tokens[i].cap && tokens[i].key.length >= 3 && isOrdinaryWord(tokens[i].key) && !isTitleWord(tokens[i].key)) ordinary++;
  return ordinary >= 2;
}

/** A word that heads a name rather than telling a headline's story: an organization's, a place's, an office. */
function headsName(key: string): boolean {
  return isOrganizationHead(key) || isPlaceHead(key) || isTitleWord(key);
}

/**
 * Ordinary vocabulary that is no given name or surname, as written or once a plural's or a verb's
 * ending is taken off ("Fisheries", "Meets", "Shooting"): what Title Case capitalises and running
 * text does not.
 */
export function isOrdinaryWord(key: string): boolean {
  return !isGivenName(key) && !isSurname(key) && isPlainWord(key);
}

/** A word the lexicon or the spelling dictionary knows in lower case, as written or as a plural's or a verb's stem (see isOrdinaryWord). */
function isPlainWord(key: string): boolean {
  const stems = [key];
  if (key.endsWith('ies')) stems.push(`${key.slice(0, -3)}y`);
  else if (key.endsWith('es')) stems.push(key.slice(0, -2), key.slice(0, -1));
  else if (key.endsWith('s')) stems.push(key.slice(0, -1));
  if (key.endsWith('ing') || key.endsWith('ed')) stems.push(key.replace(/(?:ing|ed)$/, ''), key.replace(/(?:ing|d)$/, ''));
  return stems.some((w) => w.length > 2 && isVocabularyWord(w));
}

/**
 * A hyphenated word whose every part is ordinary vocabulary or a function word ("Minor-Party", "By-Election",
 * "Start-ups", "Long-Serving"): a compound a headline capitalises as it does any word, no name. A part the
 * vocabulary does not know ("Timor-Leste", "Hydro-Quebec") leaves it a name.
 */
function isPlainCompound(key: string): boolean {
  if (!key.includes('-')) return false;
  return key.split('-').every((part) => isFunctionWord(part) || isVocabularyWord(part) || isPlainWord(part));
}

function startsWithLetter(key: string): boolean {
  return /^\p{L}/u.test(key);
}

/** True when token `t` runs on to token `next` in one segment: no punctuation between them. */
export function runsOn(t: ArticleToken, next: ArticleToken): boolean {
  return t.joinsNext && next.segment === t.segment;
}

/** The body text from token `first` to token `last`, both included. */
export function surfaceOf(doc: TokenizedArticle, first: number, last: number): string {
  return doc.body.slice(doc.tokens[first].start, doc.tokens[last].end);
}

/** The folded words (keys) of tokens `first`..`last` of `doc`, one space between: "new york times" of "New York Times". */
export function keyOf(doc: TokenizedArticle, first: number, last: number): string {
  let key = doc.tokens[first].key;
  for (let i = first + 1; i <= last; i++) key += ' ' + doc.tokens[i].key;
  return key;
}

/**
 * The token at position `p` of `run` (token indices: a chunk, a piece of one), or undefined when `p` lies outside the run. Reading
 * `tokens[run[p]]` there asks the array for the key "undefined", which V8 looks up along the prototype chain, far slower than an
 * element (some 500 such reads an article on PolNeAR).
 */
export function tokenInRun(tokens: ArticleToken[], run: number[], p: number): ArticleToken | undefined {
  return p >= 0 && p < run.length ? tokens[run[p]] : undefined;
}

/** True for a lower-case word that may stand inside a name: a particle, "of", "for", "the", "and", "&", German "für", Filipino "ng". */
export function isConnector(t: ArticleToken): boolean {
  return !t.cap && (NAME_CONNECTORS.has(t.key) || FOREIGN_JOINERS.has(t.key));
}

/** True when the word's first character changes under lower-casing (an upper-case or title-case letter). */
function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return word[0] !== word[0].toLowerCase();
}

/**
 * "McDonald's", "Standard & Poor's": the word `raw` at body offset `start` (segment from `segStart`),
 * written with an 's, is a name the organization table writes with it, the text before it completing
 * the name; not right after another capitalised word `prev` ("Ann McDonald's" is her possessive).
 */
function ownNameWithS(body: string, segStart: number, start: number, raw: string, prev: ArticleToken | null): boolean {
  return !(prev?.cap && start - prev.end === 1) && possessiveNameAlias(raw, body.slice(Math.max(segStart, start - 40), start));
}

/** The lower-case word right after a word's end, one space on, and whether a figure follows it ("rose 3.2 percent"). */
const NEXT_LOWER_WORD = /^ (\p{Ll}+)\b( (?:by |about |nearly |almost |more than )?\d)?/u;

/** Verbs after a word with an 's that only its subject has before them: "Quorvel's said", "Quorvel's is" (no noun a name owns, nor "has" of "Quorvel's had enough"). */
const STANDING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'is', 'was', 'has']);

/**
 * "Quorvel's said its sales rose", "Dr. Quorvel's rose 3.2 percent": a capitalised word written with an 's (`raw`, from body offset
 * `start` to `end`) that owns nothing after it: the verb right after it has it for subject (STANDING_VERBS, a speech cue's regular
 * past tense, "reported", or a market's verb before a figure: not "Quorvel's rose garden"). It names a business after its founder,
 * the 's its own ("Sainsbury's", "Dr. Reddy's"), no person's possessive; not after a given name (`prev`). ("sold at Quorvel's in
 * Paris" is the classifier's: a ground in sports copy, "at Lord's", else a business: companiesNamedInPossessive.)
 */
function possessiveNameStandingAlone(body: string, start: number, end: number, raw: string, prev: ArticleToken | null): boolean {
  // After a given name, a person's ("Ann Quorvel's": her possessive, or "has" in speech).
  if (!startsUpperCase(raw) || (prev?.cap && start - prev.end === 1 && isGivenName(prev.key))) return false;
  const next = NEXT_LOWER_WORD.exec(body.slice(end, end + 40));
  if (!next) return false;
  const [, verb, figure] = next;
  return STANDING_VERBS.has(verb) || verb === 'reported' || (isRegularPastTense(verb) && isPersonalCueForm(verb)) || (!!figure && INDEX_MOVES.has(verb));
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A dateline's first characters: a word in capitals or the agency's bracket ("PHOENIX (AP)", "(Bloomberg)"). */
const DATELINE_OPENING = /^(?:\p{Lu}{2}|\(\p{Lu})/u;
/** A word in lower case, which no dateline holds. */
const LOWER_CASE_WORD = /(?:^|[\s(])\p{Ll}/u;

/**
 * "Ma. Theresa Lazaro", "Wm. Quorvle": the word `raw`, ending at body offset `end` (segment end `segEnd`), a given name written short
 * (GIVEN_NAME_ABBREVIATIONS) with its dot, one space and a given name the lists hold after it, opening a name (no name word the lists
 * know right before: "Jack Ma. Theresa May said" ends a sentence on a surname; "Secretary Ma. Theresa" does not): its dot ends no
 * sentence and it reads as an initial does.
 */
function givenNameAbbreviation(body: string, raw: string, end: number, segEnd: number, prev: ArticleToken | null): boolean {
  if (!GIVEN_NAME_ABBREVIATIONS.has(raw) || body.charCodeAt(end) !== PERIOD || body.charCodeAt(end + 1) !== SPACE || end + 2 >= segEnd) return false;
  if (prev && prev.cap && (isGivenName(prev.key) || isListedFirstName(prev.key) || isSurname(prev.key)) && /^\s*$/.test(body.slice(prev.end, end - raw.length))) return false;
  const next = /^\p{Lu}\p{Ll}+/u.exec(body.slice(end + 2, Math.min(segEnd, end + 24)))?.[0];
  return next !== undefined && isGivenName(foldName(next));
}

/** True when `text` (a segment's opening, up to a dash) reads as a wire dateline: at most 60 characters, DATELINE_OPENING and no word in lower case ("PINE RIDGE, S.D."). */
function readsAsDateline(text: string): boolean {
  return text.length <= 60 && DATELINE_OPENING.test(text) && !LOWER_CASE_WORD.test(text);
}

function opensSentence(body: string, segStart: number, at: number, prev: ArticleToken | null): boolean {
  let p = at - 1;
  while (p >= segStart && isSpace(body.charCodeAt(p))) p--;
  if (p < segStart) return true;
  // A dot an abbreviation took ("Inc.") ends no sentence, unless the abbreviation ends a name before a closed-class word ("Tesla Inc. The deal").
  if (body[p] === '.' && prev && prev.end === p + 1) return abbreviationEndsSentence(prev.text.slice(0, -1), body, at);
  // Two apostrophes stand for a quotation mark in some feeds: ''Did he?''
  if (body[p] === "'" && body[p - 1] === "'") return true;
  // A hyphen standing alone for a dash, as a wire dateline writes it: "WASHINGTON (Reuters) - The Fed"
  // (not a doubled one: "an idea -- Rebecca and I" goes on with its sentence).
  if (body[p] === '-' && p > segStart && isSpace(body.charCodeAt(p - 1))) return true;
  // The hyphen that ends a wire service's slug (wireSlugApart), the segment's first word after it: "CORRECTED-Former".
  if (body[p] === '-' && !prev) return true;
  // A doubled one after a dateline, as AP's plain-text feeds write its dash: "PHOENIX (AP) -- The", "PINE RIDGE, S.D. -- The", "(Bloomberg) -- Shares".
  if (body[p] === '-' && body[p - 1] === '-' && p - 2 > segStart && isSpace(body.charCodeAt(p - 2))) return readsAsDateline(body.slice(segStart, p - 2));

  return SENTENCE_OPENERS.includes(body[p]) || body[p] === '\n';
}

/**
 * "Elon Musk's SpaceX", "Donald Tusk's Civic Coalition", "Tiger Woods' TGL": token `t` ends a person's name, whose possessive
 * ends it, whatever word it also is ("musk", "tusk"): a capitalised word that is no plural for people ("People's", "Workers'",
 * "Children's"), right after (`before`, of its segment, joined to it) a given name (or a first name the lists hold that is no
 * ordinary word: "Taylor Swift's Eras Tour"), an initial or a word no list or dictionary knows; the name after the possessive is one
 * of its own.
 */
function endsPersonName(before: ArticleToken | null, t: ArticleToken): boolean {
  if (!before || before.segment !== t.segment || !before.joinsNext || !before.cap || before.upper || t.upper || hasLexiconTag(t.key, 'Plural') || isTitleWord(t.key)) return false;
  if (before.initial) return true;
  if (isTitleWord(before.key) || isFunctionWord(before.key)) return false;
  if (isGivenName(before.key) || (isListedFirstName(before.key) && !isCommonWord(before.key))) return true;
  return !(isVocabularyWord(before.key) || isSurname(before.key) || isDictionaryName(before.key) || isDictionaryWord(before.key));
}

/**
 * "St. John's University", "King's College", "Prince George's County": in a possessive (`t`) before the head word of an
 * organization's or a place's name (`next`, folded), a given name after a saint's word, a title word opening its run, or, before a
 * place's head only, a given name after a title word (`before`, joined to it; not "King Arthur's Court") names the institution or
 * the place after its holder, the possessive inside the name.
 */
function namedForHolder(before: ArticleToken | null, t: ArticleToken, next: string): boolean {
  const place = isPlaceHead(next) && !isOrganizationHead(next);
  if (!t.cap || t.upper || !(isOrganizationHead(next) || place) || isTitleWord(next)) return false;
  const joined = !!before && before.joinsNext && before.segment === t.segment && before.cap;
  if (isTitleWord(t.key)) return !joined;
  return joined && (SAINT_WORDS.has(before.key) || (place && isTitleWord(before.key))) && (isGivenName(t.key) || isListedFirstName(t.key));
}

/**
 * "St. John's", "St George's", "ST. JOHN'S, Newfoundland": a word written with an 's (`raw`, at body offset `start`) that ends, with the
 * capitalised word one space before it (`prev`), a town the gazetteer knows so: the 's is the name's own, no possessive.
 */
function placeEndingInS(prev: ArticleToken | null, start: number, raw: string): boolean {
  return !!prev && prev.cap && start - prev.end === 1 && !!cityNamed(`${prev.text} ${raw}`);
}

/** "Cox's Bazar", "King's Lynn", "Martha's Vineyard", "Hawke's Bay": a place the gazetteer knows by the possessive `t` and the word `next`. */
function placeWithPossessive(t: ArticleToken, next: string): boolean {
  if (!t.cap || t.upper) return false;
  const name = `${t.text}'s ${next}`;
  return !!cityNamed(name) || !!regionNamed(name) || !!stateNamed(name);
}

/**
 * "Musk's Tesla" after "Elon Musk": a possessive the tokenizer took into a name (`joined`: token and its end before the apostrophe)
 * is the person's, the name after it one of its own, when the article writes its word as the end of a person's name elsewhere
 * (endsPersonName). Puts those possessives back.
 */
function personPossessivesApart(body: string, tokens: ArticleToken[], joined: Array<[number, number]>): void {
  if (!joined.length) return;
  const surnames = new Set<string>();
  tokens.forEach((t, i) => {
    if (i > 0 && t.cap && endsPersonName(tokens[i - 1], t) && !(t.joinsNext && tokens[i + 1].cap)) surnames.add(t.key);
  });
  for (const [i, end] of joined) {
    const t = tokens[i];
    if (!surnames.has(t.key)) continue;
    t.end = end;
    t.text = body.slice(t.start, end);
    t.possessive = true;
    t.joinsNext = false;
  }
}

/**
 * "Quorvel's said its sales rose ... analysts expect Quorvel's profit to fall": where the article writes a word with an 's that owns
 * nothing (possessiveNameStandingAlone, its folded word without the 's in `standing`), the business named so, its possessives elsewhere
 * are that name too: each such token keeps its 's, owns nothing and joins the next word as any name word does.
 */
function possessivesKeptWhole(body: string, tokens: ArticleToken[], standing: ReadonlySet<string>): void {
  tokens.forEach((t, i) => {
    if (!t.possessive || !t.cap || !standing.has(t.key) || (body.charCodeAt(t.end + 1) | 32) !== SMALL_S) return;
    t.end += 2;
    t.text = body.slice(t.start, t.end);
    t.key = foldName(t.text);
    t.possessive = false;
    const [next, gap] = [tokens[i + 1], body.charCodeAt(t.end)];
    t.joinsNext = !!next && next.segment === t.segment && next.start - t.end === 1 && (gap === SPACE || gap === NBSP);
  });
}

/**
 * A capitalised ordinary noun whose possessive stands inside a name when the capitalised word `next`
 * (folded) follows: "People's" of "Korean People's Army", "Workers'" of "Workers' Party" (a plural's,
 * `plural`), "Children's" of "Children's Hospital", an office's before "Office" ("District Attorney's
 * Office"); not a name's or a place's possessive ("Korea's Army", "Lee's Party"), nor a singular
 * organization head's, which ends its name ("Harvard University's Kennedy School").
 */
function possessiveInName(t: ArticleToken, next: string, plural: boolean): boolean {
  if (!t.cap || t.upper || isFunctionWord(t.key)) return false;
  if (isTitleWord(t.key)) return next === 'office';
  return isOrdinaryWord(t.key) && (plural || !isOrganizationHead(t.key));
}

/**
 * A sentence opened by a word the dictionary writes only in lower case, before a capitalised word: the
 * opener is the word, no name with the next one, when it is a given name ("Say", "Free"; no organization's head: "Bank") before a word no
 * name list knows that the dictionary lists (a place's or a people's name, a word: "Say Ruritania
 * refused ..."), or no name word at all ("Derelict") before a known surname that ends the run and that
 * English writes as no word ("Derelict Quimby and ...").
 */
function opensWithOrdinaryWord(tokens: ArticleToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next.cap || t.upper || !isDictionaryWord(t.key) || isDictionaryName(t.key)) return false;
  // An organization's head opens the name of the body it heads there ("Bank Austria said", "Bank Indonesia cut rates").
  if (isGivenName(t.key)) return isCommonWord(t.key) && !isOrganizationHead(t.key) && !isGivenName(next.key) && !isSurname(next.key) && isDictionaryEntry(next.key);
  const endsRun = !next.joinsNext || !tokens[i + 2]?.cap || tokens[i + 2].segment !== t.segment;
  // A nickname the dictionary writes as a noun, before a surname a person's speech verb follows, is the name's ("Magic Johnson said").
  const nickname = isPersonalCueForm(tokens[i + 2]?.key ?? '') && !['Adjective', 'Adverb'].some((tag) => hasLexiconTag(t.key, tag));
  return endsRun && !nickname && isSurname(next.key) && !isGivenName(next.key) && !isDictionaryWord(next.key) && !isSurname(t.key) && !isFunctionWord(t.key) && !headsName(t.key);
}

/** "(Gdansk Newsroom)", "Compiled by Bengaluru Newsroom": a news agency's desk after its city, the last word of its run; the city is no part of a name with it. */
function agencyDesk(tokens: ArticleToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next.key === 'newsroom' && !next.joinsNext && !!cityNamed(tokens[i].text);
}

/**
 * A compound ending in a group noun in lower case ("Pan-democrat Lam Ka-ting") or in a participle of holding
 * ("Israeli-occupied West Bank"): it describes the name after it, no part of it.
 */
function describesGroup(t: ArticleToken): boolean {
  const dash = t.cap ? t.text.lastIndexOf('-') : -1;
  if (dash <= 0) return false;
  const tail = t.text.slice(dash + 1);
  return (GROUP_WORDS.has(tail) && !isGivenName(tail)) || HOLDER_PARTICIPLES.has(tail);
}

/** Participles that end a compound naming who holds or backs what follows: "Israeli-occupied West Bank", "Iranian-backed Hezbollah". */
const HOLDER_PARTICIPLES: ReadonlySet<string> = new Set([
  'occupied', 'controlled', 'held', 'backed', 'led', 'run', 'annexed', 'allied', 'ruled', 'dominated', 'administered', 'supported', 'funded', 'owned',
]);

/** The capitalised word right after a word ending at `end` (one space between), folded; '' for none. */
const NEXT_CAPITALISED = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u;

/**
 * After a possessive, a person of the one named before it ("Harbor Radio's Nora Quill"): a given name that
 * is no ordinary word, or one that is ("Rich", "Grant") before a capitalised word that is no ordinary word
 * nor the head of an organization's or a place's name ("Rich Quill", not "Hope Foundation", "Rose Garden");
 * or a word no list or dictionary knows before such a word (a given name the lists lack: "Fox News' Megyn Kelly").
 */
function opensPersonName(body: string, key: string, end: number): boolean {
  if (isGivenName(key)) {
    if (!isCommonWord(key)) return true;
  } else if (isVocabularyWord(key) || isSurname(key) || isDictionaryName(key) || headsName(key)) return false;
  const next = NEXT_CAPITALISED.exec(body.slice(end, end + 40))?.[1];
  if (!next) return false;
  const folded = foldName(next);
  return isSurname(folded) || (!isCommonWord(folded) && !isDictionaryWord(folded) && !headsName(folded));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** "Image:" of "Belle Image: Ann Lee.": a caption's label word, capitalised, right before its colon. */
function isCaptionLabel(body: string, key: string, end: number): boolean {
  return end < body.length && body.charCodeAt(end) === COLON && CAPTION_LABELS.has(key);
}

/** A dash between spaces after a wire headline's subject slug: "RUGBY UNION - ...". */
const SLUG_DASH = /^ [-–—] /;

/**
 * Where a label in capitals that opens a sentence ends, as the index after its last word: one that ends
 * in a colon ("FULL SPEECH:", "BREAKING NEWS:", "PHOTO CAPTION:", whose caption label joins no name before it), of two words or more,
 * a wire headline's subject slug before a dash ("RUGBY UNION -", "MOTOR RACING -": Rugby is no town there; the headline may have been
 * read as Title Case; no function word: a topic, not a clause), or a section head, one word of three letters or more alone in its
 * line ("REGION", "COCOA" over a factbox's or a market report's part), each word ordinary vocabulary (no acronym, given name or surname,
 * so "MIKE PENCE:" of a transcript, "MOSCOW -" and a company's name over its part, "QUORVEX", are none); `i` itself when none starts at `i`.
 */
function shoutedLabelEnd(body: string, tokens: ArticleToken[], segments: TokenizedSegment[], i: number, to: number): number {
  const headline = segments[tokens[i].segment].titleCase;
  if (!(tokens[i].upper || headline) || !tokens[i].sentenceStart) return i;
  if (to === i + 1 && tokens[i].upper && tokens[i].key.length >= 3 && plainCapitals(tokens[i].key) && sectionHeadAlone(body, segments[tokens[i].segment], tokens[i])) return to;
  let j = i;
  // A slug names a topic: a clause with a pronoun or an auxiliary before the dash ("CONGRESS HAS INVESTIGATED HIM —") is a subheading, its names read.
  let topic = true;
  while (j < to && (tokens[j].upper || headline) && plainCapitals(tokens[j].key)) {
    if (tokens[j].upper && body.charCodeAt(tokens[j].end) === COLON) return j > i ? j + 1 : i;
    topic &&= !isFunctionWord(tokens[j].key);
    if (topic && SLUG_DASH.test(body.slice(tokens[j].end, tokens[j].end + 3))) return j + 1;
    if (!tokens[j].joinsNext && !captionLabelNext(body, tokens, j, to)) return i;
    j++;
  }
  return i;
}

/** True when token `t`, the one word of `segment`, is all the segment holds but spaces and a closing colon or full stop: a section head. */
function sectionHeadAlone(body: string, segment: TokenizedSegment, t: ArticleToken): boolean {
  return /^\s*$/.test(body.slice(segment.start, t.start)) && /^[:.]?\s*$/.test(body.slice(t.end, segment.end));
}

/** True when token `j + 1` is a caption label in capitals one space after token `j`, before its colon ("CAPTION:" of "PHOTO CAPTION:"). */
function captionLabelNext(body: string, tokens: ArticleToken[], j: number, to: number): boolean {
  const next = tokens[j + 1];
  return j + 1 < to && next.upper && next.start === tokens[j].end + 1 && body.charCodeAt(tokens[j].end) === SPACE && isCaptionLabel(body, next.key, next.end);
}

/** A word in capitals that is ordinary vocabulary or an organization's head ("UNION"), no acronym the dictionary knows, given name or surname. */
function plainCapitals(key: string): boolean {
  return (isVocabularyWord(key) || isOrganizationHead(key)) && !isDictionaryAcronym(key) && !isGivenName(key) && !isSurname(key);
}


/** Some lower-case word of tokens `from`..`to` tells they speak of credit ratings (credit-rating.lexicon). */
function speaksOfRatings(tokens: ArticleToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i].cap && isRatingWord(tokens[i].key)) return true;
  return false;
}

/**
 * True when the short lower-case word at token `n` (no particle or connector) and the capitalised word after it go on the name that
 * ends at token `j` as a town the gazetteer holds: "Dar es Salaam", "Wijk aan Zee", "Newcastle upon Tyne", "Frankfurt am Main".
 */
function placeNameGoesOn(body: string, tokens: ArticleToken[], j: number, n: number, to: number): boolean {
  const word = tokens[n];
  if (word.cap || !word.joinsNext || word.key.length > 4 || isConnector(word) || n + 1 >= to) return false;
  const next = tokens[n + 1];
  if (!next.cap || !/^\p{Ll}+$/u.test(word.text)) return false;
  const surface = body.slice(tokens[j].start, next.end);
  return cityNamed(surface) !== null || smallTownCountry(surface) !== undefined;
}

/**
 * The last token of a name the lists know whole that a word of `chunk` opens and a short lower-case word (no connector) at token
 * `n` and the capitalised words after it close ("Organization for Security and Co-operation in Europe": the chunk would end
 * before "in"). -1 when there is none.
 */
function knownNameGoesOn(body: string, tokens: ArticleToken[], chunk: number[], n: number, to: number): number {
  const word = tokens[n];
  if (word.cap || !word.joinsNext || word.key.length > 4 || isConnector(word) || n + 1 >= to || !tokens[n + 1].cap || !/^\p{Ll}+$/u.test(word.text)) return -1;
  for (const first of chunk) {
    const longest = longestNameStartingWith(foldName(tokens[first].text));
    for (let last = n + 1; last < to && last - first < longest && tokens[last].cap; last++) {
      if (lookupName(body.slice(tokens[first].start, tokens[last].end), last - first + 1)) return last;
      if (!tokens[last].joinsNext) break;
    }
  }
  return -1;
}

/** French articles after "pour" inside a name: "pour la République", "pour un Mouvement Populaire". */
const FRENCH_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'les', 'un', 'une']);

/**
 * True when the lower-case "pour" at token `n`, an article and a capitalised word after it go on a French name: "Union pour la
 * Renaissance du Centre", "Rassemblement pour la République", "Union pour un Mouvement Populaire". English "pour", a verb, comes
 * before no French article.
 */
function frenchPurposeGoesOn(tokens: ArticleToken[], n: number, to: number): boolean {
  const [pour, article] = [tokens[n], tokens[n + 1]];
  return pour.key === 'pour' && !pour.cap && pour.joinsNext && n + 2 < to && !article.cap && FRENCH_ARTICLES.has(article.key) && article.joinsNext && tokens[n + 2].cap;
}

/**
 * True when the lower-case "on" at token `n`, after the organization's head word at token `j` and before a capitalised word, names
 * the body's remit inside its name: "Intergovernmental Authority on Development", "National Commission on Human Rights", "Council
 * on Foreign Relations": ordinary words, no place. Not a date ("the Commission on Monday", "the Council on January 5", "the
 * Committee on March 3").
 */
function remitGoesOn(tokens: ArticleToken[], j: number, n: number, to: number): boolean {
  const [head, on, next] = [tokens[j], tokens[n], tokens[n + 1]];
  if (on.key !== 'on' || on.cap || !on.joinsNext || n + 1 >= to || !next.cap || !head.cap || head.upper || !isOrganizationHead(head.key)) return false;
  if (hasLexiconTag(next.key, 'WeekDay') || hasLexiconTag(next.key, 'Month') || hasLexiconTag(next.key, 'Date')) return false;
  // A remit is ordinary words or their plurals ("Human Rights", "Climate Change", "Elections"), no place ("the Marine Corps on Okinawa", "the Center on Elm Avenue").
  let last = n + 1;
  for (; ; last++) {
    const t = tokens[last];
    const ordinary = isVocabularyWord(t.key) || (t.key.endsWith('s') && isVocabularyWord(t.key.slice(0, -1)));
    if (t.upper || !ordinary || isPlaceHead(t.key)) return false;
    if (!(last + 1 < to && t.joinsNext && tokens[last + 1].cap)) break;
  }
  return !/^\d/.test(tokens[last + 1]?.text ?? '');
}

/**
 * Adds to `chunks` the runs of capitalised tokens `from`..`to` (with particles, "of", "and", German "für", Filipino "ng" inside; "the" right after a capitalised
 * word only inside a name the organization table knows: "Save the Children"), leaving a label in capitals out.
 */
function collectChunks(body: string, tokens: ArticleToken[], segments: TokenizedSegment[], from: number, to: number, chunks: number[][]): void {
  // Read once a word shaped as a credit rating asks: whether the segment speaks of ratings.
  let ratings: boolean | null = null;
  // "cut its rating to Ba2 from Baa3", "rated AA- by Moody's and S&P": a grade, no name nor part of one.
  const grade = (t: ArticleToken): boolean => isCreditRatingShaped(t.text) && (ratings ??= speaksOfRatings(tokens, from, to));
  for (let i = from; i < to; i++) {
    const label = shoutedLabelEnd(body, tokens, segments, i, to);
    if (label > i) {
      i = label - 1;
      continue;
    }
    if (!tokens[i].cap || isCaptionLabel(body, tokens[i].key, tokens[i].end)) continue;
    if (grade(tokens[i])) continue;
    const chunk = [i];
    let j = i;
    while (tokens[j].joinsNext && j + 1 < to) {
      const n = j + 1;
      if (tokens[n].cap && !grade(tokens[n])) {
        chunk.push(n);
        j = n;
        continue;
      }
      if (placeNameGoesOn(body, tokens, j, n, to)) {
        chunk.push(n, n + 1);
        j = n + 1;
        continue;
      }
      const known = knownNameGoesOn(body, tokens, chunk, n, to);
      if (known > 0) {
        for (let c = n; c <= known; c++) chunk.push(c);
        j = known;
        continue;
      }
      if (frenchPurposeGoesOn(tokens, n, to)) {
        chunk.push(n, n + 1, n + 2);
        j = n + 2;
        continue;
      }
      if (remitGoesOn(tokens, j, n, to)) {
        chunk.push(n);
        j = n;
        continue;
      }
      let k = n;
      while (k < to && k < n + 2 && isConnector(tokens[k]) && tokens[k].joinsNext) k++;
      if (k === n || k >= to || !tokens[k].cap || grade(tokens[k]) || (tokens[n].key === 'the' && k === n + 1 && !organizationNamed(body.slice(tokens[j].start, tokens[k].end)))) break;
      for (let c = n; c <= k; c++) chunk.push(c);
      j = k;
    }
    chunks.push(chunk);
    i = j;
  }
}
