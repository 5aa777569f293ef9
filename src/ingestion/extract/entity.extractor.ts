import { EntityCandidate, MentionCandidate, ParsedArticle } from '../annotations';
import { fallbackAffiliation, OrganizationTally } from '../resolve/affiliation.resolver';
import { DictionaryHit, longestNameStartingWith, lookupName } from '../resolve/entity.dictionary';
import { cityKey, countryKey, organizationKey, personKey, placeKey } from '../resolve/entity.keys';
import {
  hasLexiconTag,
  isClosedClassWord,
  isCommonWord,
  isFunctionWord,
  isGivenName,
  isOrganizationHead,
  isPlaceHead,
  isSurname,
} from '../resolve/english.lexicon';
import { foldName } from '../resolve/name.normalize';
import { organizationNamed } from '../resolve/organization.aliases';
import { PersonCluster, clusterPersonNames, resolvePartialName } from '../resolve/person.resolver';
import { cityNamed, countryByCode, countryNamed, countryOfDemonym, preloadGazetteer as loadPlaces, stateNamed } from '../resolve/place.gazetteer';
import { formatRole, isCourtesyTitle, isTitleHead, isTitleWord } from '../resolve/title.lexicon';

/**
 * Finds the people, organizations and places an article names, and every place it names them.
 *
 * Reads every `article.segments` region (title, dek, caption, credit, subheadings, paragraphs) and
 * returns canonical entities with stable keys (entity.keys.ts) and one mention per naming: full
 * names, surnames and other partial names ("Stoltenberg" -> Jens Stoltenberg), aliases ("Atlantic
 * Alliance" -> NATO, "Kiev" -> Kyiv, "US" -> United States; short upper-case aliases match only in
 * upper case), acronyms the text defines ("... Organization (XYZ)"), and demonyms ("Ukrainian" ->
 * a mention of Ukraine). A mention spans the name only (not a title or a possessive 's) and carries
 * its segment's `paragraph`. A city's country is returned as an entity even when the text never
 * names it; so is the country of "the Ukrainian peninsula of Crimea". A person's `role` comes from a
 * title written beside the name; `affiliationKey` from "NATO Secretary General X", "NATO's ... X",
 * "X, NATO's secretary general", "X of NATO", else, for an organizational office only, the article's
 * most-mentioned organization. Pure and deterministic; the first call loads the gazetteer (~0.2 s,
 * see preloadGazetteer).
 */
export function extractEntities(article: ParsedArticle): { entities: EntityCandidate[]; mentions: MentionCandidate[] } {
  const doc = tokenizeArticle(article);
  const findings: Finding[] = [];
  for (const chunk of doc.chunks) classifyChunk(doc, chunk, findings);
  return resolveFindings(doc, findings);
}

/**
 * Loads everything extraction reads, once per process: the gazetteer, the English lexicon and the
 * index of names by first word. Otherwise the first `extractEntities` call does it (~0.2 s); a
 * server or a benchmark calls this at start-up instead.
 */
export function preloadGazetteer(): void {
  loadPlaces();
  longestNameStartingWith('');
  organizationNamed('');
}

interface Token {
  text: string;
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

interface Doc {
  body: string;
  tokens: Token[];
  /** Per segment: its paragraph index, whether it is written in Title Case, its end offset. */
  segments: { paragraph: number | null; titleCase: boolean; start: number; end: number; kind: string }[];
  /** Runs of capitalised tokens (with particles and "of" inside), as token indices. */
  chunks: number[][];
  /** Capitalised words found to continue a title ("Galaxy" of "Miss Galaxy Ana Ruiz"). */
  titleWords: Set<string>;
}

type Finding =
  | { kind: 'dict'; hit: DictionaryHit; first: number; last: number }
  | { kind: 'org'; name: string; first: number; last: number }
  | { kind: 'place'; name: string; placeKind: string; first: number; last: number }
  | { kind: 'person'; first: number; last: number; role: string | null; titleFirst: number | null; weak?: boolean }
  | { kind: 'partial'; first: number; last: number; cue: boolean };

/** Abbreviations whose period belongs to the word ("Mr.", "Sen."), so that it ends no sentence. */
const PERIOD_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'prof', 'rev',
  'st', 'jr', 'sr', 'capt', 'adm', 'maj', 'cmdr', 'pres', 'amb', 'atty', 'supt', 'hon', 'mt', 'ft', 'gov',
]);
const PARTICLES = new Set([
  'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le',
  'dos', 'das', 'do', 'y', 'ter', 'ten', 'zu', 'af', 'av',
]);
/** Generational suffixes that end a full name ("Joseph R. Biden Jr."). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const NAME_CONNECTORS = new Set([...PARTICLES, 'of', 'for', 'the', 'and', '&']);
const SENTENCE_OPENERS = '.!?:;"“‘([{—–…•|';
const CUE_WORDS = new Set([
  'said', 'says', 'told', 'added', 'stressed', 'noted', 'explained', 'argued', 'wrote', 'insisted', 'warned',
  'asked', 'replied', 'declared', 'stated', 'claimed', 'tweeted', 'assured', 'assures', 'pointed', 'recalled',
  'acknowledged', 'admitted', 'announced', 'continued', 'concluded', 'testified', 'responded', 'tells', 'adds',
]);
/** Upper-case abbreviations that are no organization: time zones, titles, common terms. */
const NOT_ORGANIZATIONS = new Set([
  'EDT', 'EST', 'CDT', 'CST', 'MDT', 'MST', 'PDT', 'PST', 'GMT', 'UTC', 'BST', 'CET', 'CEO', 'CFO', 'COO', 'CTO',
  'GDP', 'LGBT', 'LGBTQ', 'HIV', 'AIDS', 'DNA', 'USD', 'EUR', 'GBP', 'FAQ', 'PDF', 'MVP', 'RSVP', 'ASAP', 'AKA',
  'VIP', 'SUV', 'UFO', 'WMD', 'ICBM', 'PTSD', 'ADHD', 'ATM', 'TBD', 'OMG', 'LOL', 'WTF', 'NSFW', 'ETA', 'DIY',
]);
/** Head words that make an unknown capitalised phrase a place, and the kind it gets. */
const GEO_HEADS: Record<string, string> = {
  sea: 'sea', gulf: 'sea', bay: 'sea', strait: 'sea', straits: 'sea', channel: 'sea', ocean: 'ocean',
  river: 'river', lake: 'lake', mountains: 'mountain', mountain: 'mountain', island: 'island', islands: 'island',
  peninsula: 'region', valley: 'region', desert: 'region', county: 'region', province: 'region', region: 'region',
  oblast: 'region', territory: 'region', coast: 'region', basin: 'region', plateau: 'region',
};
/** "the Ukrainian peninsula of X", "Ukraine's city of X": X lies within that country. */
const LOCATIVE_RE =
  /(\p{Lu}[\p{L}\p{M}]+)(?:['’]s)?\s+(peninsula|region|province|oblast|district|state|territory|republic|enclave|county|area|city|town|village|port|capital|island)\s+of\s+$/u;
const LOCATIVE_KIND: Record<string, string> = { city: 'city', town: 'city', village: 'city', port: 'city', capital: 'city', island: 'island' };

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/gu;
const PERIOD = 46;
const SPACE = 32;
const NBSP = 0xa0;

function tokenizeArticle(article: ParsedArticle): Doc {
  const { body } = article;
  const tokens: Token[] = [];
  const chunks: number[][] = [];
  const segments = [...article.segments].sort((a, b) => a.start - b.start);
  const docSegments: Doc['segments'] = [];
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const first = tokens.length;
    TOKEN_RE.lastIndex = seg.start;
    for (let m = TOKEN_RE.exec(body); m && m.index < seg.end; m = TOKEN_RE.exec(body)) {
      let raw = m[0];
      const start = m.index;
      if (start + raw.length > seg.end) raw = raw.slice(0, seg.end - start);
      const n = raw.length;
      const possessive = n > 2 && (raw[n - 2] === "'" || raw[n - 2] === '’') && (raw[n - 1] === 's' || raw[n - 1] === 'S');
      if (possessive) raw = raw.slice(0, -2);
      const cap = startsUpperCase(raw);
      // Lower-case words are only compared with plain English word lists: no accent folding needed.
      const key = cap ? foldName(raw) : raw.toLowerCase();
      let end = start + raw.length;
      if (cap && (raw.length === 1 || PERIOD_ABBREVIATIONS.has(key)) && body.charCodeAt(end) === PERIOD) end++;
      const prev = tokens.length > first ? tokens[tokens.length - 1] : null;
      tokens.push({
        text: end === start + raw.length ? raw : body.slice(start, end),
        key,
        start,
        end,
        cap: cap && raw !== 'I',
        upper: cap && raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(raw),
        sentenceStart: cap && opensSentence(body, seg.start, start, prev),
        possessive,
        joinsNext: false,
        segment: s,
        initial: cap && raw.length === 1 && raw !== 'I' && end === start + 2,
      });
      if (prev) {
        const gap = body.charCodeAt(prev.end);
        prev.joinsNext = !prev.possessive && start - prev.end === 1 && (gap === SPACE || gap === NBSP);
      }
    }
    let words = 0;
    let capitalised = 0;
    for (let i = first; i < tokens.length; i++) {
      if (tokens[i].key.length < 4) continue;
      words++;
      if (tokens[i].cap) capitalised++;
    }
    const titleCase = words >= 3 && capitalised >= 0.75 * words;
    docSegments.push({ paragraph: seg.paragraph, titleCase, start: seg.start, end: seg.end, kind: seg.kind });
    collectChunks(tokens, first, tokens.length, chunks);
  }
  return { body, tokens, segments: docSegments, chunks, titleWords: new Set() };
}

/** True when the word's first character changes under lower-casing (an upper-case or title-case letter). */
function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return word[0] !== word[0].toLowerCase();
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function opensSentence(body: string, segStart: number, at: number, prev: Token | null): boolean {
  let p = at - 1;
  while (p >= segStart && isSpace(body.charCodeAt(p))) p--;
  if (p < segStart) return true;
  if (body[p] === '.' && prev && prev.end === p + 1) return false;
  // Two apostrophes stand for a quotation mark in some feeds: ''Did he?''
  if (body[p] === "'" && body[p - 1] === "'") return true;
  return SENTENCE_OPENERS.includes(body[p]) || body[p] === '\n';
}

function collectChunks(tokens: Token[], from: number, to: number, chunks: number[][]): void {
  for (let i = from; i < to; i++) {
    if (!tokens[i].cap) continue;
    const chunk = [i];
    let j = i;
    while (tokens[j].joinsNext && j + 1 < to) {
      const n = j + 1;
      if (tokens[n].cap) {
        chunk.push(n);
        j = n;
        continue;
      }
      let k = n;
      while (k < to && k < n + 2 && NAME_CONNECTORS.has(tokens[k].key) && !tokens[k].cap && tokens[k].joinsNext) k++;
      if (k === n || k >= to || !tokens[k].cap || (tokens[n].key === 'the' && k === n + 1)) break;
      for (let c = n; c <= k; c++) chunk.push(c);
      j = k;
    }
    chunks.push(chunk);
    i = j;
  }
}

function surfaceOf(doc: Doc, first: number, last: number): string {
  return doc.body.slice(doc.tokens[first].start, doc.tokens[last].end);
}

function isConnector(t: Token): boolean {
  return !t.cap && NAME_CONNECTORS.has(t.key);
}

/** Splits one chunk into dictionary matches and runs of other words, and classifies the runs. */
function classifyChunk(doc: Doc, chunk: number[], out: Finding[]): void {
  const { tokens } = doc;
  let residual: number[] = [];
  const flush = (): void => {
    if (residual.length) classifyRun(doc, residual, out);
    residual = [];
  };
  for (let i = 0; i < chunk.length; ) {
    const t = tokens[chunk[i]];
    const next = i + 1 < chunk.length ? tokens[chunk[i + 1]] : null;
    const givenNameLeads = isGivenName(t.key) && !!next && next.cap && (next.initial || !isFunctionWord(next.key));
    let matched = compassAbbreviation(doc, chunk, i, out, flush);
    if (!matched && !isConnector(t) && !(t.sentenceStart && !t.upper && isFunctionWord(t.key))) {
      for (let len = Math.min(longestNameStartingWith(foldName(t.text)), chunk.length - i); len >= 1; len--) {
        if (len === 1 && givenNameLeads) break;
        const last = chunk[i + len - 1];
        if (isConnector(tokens[last])) continue;
        const hit = lookupName(surfaceOf(doc, chunk[i], last), len);
        if (hit) {
          flush();
          out.push({ kind: 'dict', hit, first: chunk[i], last });
          matched = len;
          break;
        }
      }
    }
    if (matched) i += matched;
    else if (givenNameLeads) {
      let j = i + 1;
      while (j < chunk.length - 1 && (tokens[chunk[j]].initial || isConnector(tokens[chunk[j]]))) j++;
      for (; i <= j; i++) residual.push(chunk[i]);
    } else residual.push(chunk[i++]);
  }
  flush();
}

const COMPASS_INITIALS: Record<string, string> = { N: 'North', S: 'South', E: 'East', W: 'West' };

/**
 * "N. Korea", "S. Carolina": a compass initial before a name the lists know once the initial is
 * spelt out. Pushes the finding and returns the number of chunk words it covers, else 0.
 */
function compassAbbreviation(doc: Doc, chunk: number[], i: number, out: Finding[], flush: () => void): number {
  const { tokens } = doc;
  const t = tokens[chunk[i]];
  const compass = t.initial ? COMPASS_INITIALS[t.text[0]] : undefined;
  if (!compass || i + 1 >= chunk.length || !t.joinsNext) return 0;
  for (let len = Math.min(3, chunk.length - i - 1); len >= 1; len--) {
    const last = chunk[i + len];
    if (isConnector(tokens[last])) continue;
    const hit = lookupName(`${compass} ${surfaceOf(doc, chunk[i + 1], last)}`, len + 1);
    if (hit && hit.type !== 'ORGANIZATION') {
      flush();
      out.push({ kind: 'dict', hit, first: chunk[i], last });
      return len + 1;
    }
  }
  return 0;
}

/** Classifies capitalised words that no list knows: an organization, a place, a person, or a partial name to resolve later. */
function classifyRun(doc: Doc, run: number[], out: Finding[]): void {
  const { tokens } = doc;
  const titleCase = doc.segments[tokens[run[0]].segment].titleCase;
  let a = 0;
  let b = run.length;
  const strippable = (t: Token, next: Token | undefined): boolean =>
    isConnector(t) ||
    (isFunctionWord(t.key) && !t.upper && !t.initial) ||
    ((t.sentenceStart || titleCase) &&
      !isTitleWord(t.key) &&
      !isGivenName(t.key) &&
      // "Dragging Walsh into it ...": an inflected word opens the sentence even before a surname.
      ((isCommonWord(t.key) && !(next && isSurname(next.key))) || INFLECTED.test(t.key)));
  while (a < b && strippable(tokens[run[a]], a + 1 < b ? tokens[run[a + 1]] : undefined)) a++;
  while (b > a && isConnector(tokens[run[b - 1]])) b--;
  if (a >= b) return;
  const words = run.slice(a, b);
  const first = words[0];
  const last = words[words.length - 1];
  const head = tokens[last].key;
  const place = out[out.length - 1];
  // A place right before: "Washington Post", "Houston Chronicle", "Russian Defense Ministry".
  const afterPlace = !!place && place.kind === 'dict' && place.hit.type !== 'ORGANIZATION' && place.last === first - 1 && tokens[place.last].joinsNext;
  if ((words.length >= 2 || afterPlace) && !titleCase && isOrganizationHead(head) && !words.every((w) => isTitleWord(tokens[w].key))) {
    const split = organizationSplit(tokens, words);
    if (split > 0) {
      const left = words.slice(0, split);
      if (!left.every((w) => isCommonWord(tokens[w].key))) classifyRun(doc, left, out);
      classifyRun(doc, words.slice(split + 1), out);
      return;
    }
    const absorb = afterPlace;
    if (absorb) out.pop();
    const from = absorb ? place.first : first;
    out.push({ kind: 'org', name: surfaceOf(doc, from, last), first: from, last });
    return;
  }
  if (words.length >= 2 && GEO_HEADS[head] && !titleCase) {
    out.push({ kind: 'place', name: surfaceOf(doc, first, last), placeKind: GEO_HEADS[head], first, last });
    return;
  }
  // "Austin Badgers", "fans of the Denver Otters": a place and a plural is a team or a group,
  // not a given name and a surname.
  const n = words.length;
  if (n >= 2 && !titleCase && isPluralShaped(head) && !tokens[last].possessive && isPlaceName(tokens[words[n - 2]].text) && (n === 2 || isConnector(tokens[words[n - 3]]))) {
    if (n > 2) classifyRun(doc, words.slice(0, n - 2), out);
    out.push({ kind: 'org', name: surfaceOf(doc, words[n - 2], last), first: words[n - 2], last });
    return;
  }
  const geoPrefix = GEO_PREFIXES[tokens[first].key];
  if (words.length >= 2 && geoPrefix && !titleCase && words.slice(1).every((w) => nameShaped(tokens[w]) && !isConnector(tokens[w]))) {
    out.push({ kind: 'place', name: surfaceOf(doc, first, last), placeKind: geoPrefix, first, last });
    return;
  }
  const k = titleEnd(tokens, words);
  let roleStart = k;
  const inTitle = (i: number): boolean =>
    isTitleWord(tokens[words[i]].key) || (tokens[words[i]].key === 'the' && i > 0 && tokens[words[i - 1]].key === 'of');
  while (roleStart > 0 && inTitle(roleStart - 1)) roleStart--;
  if (k > 0 && roleStart > 0) out.push({ kind: 'partial', first, last: words[roleStart - 1], cue: false });
  const titleFirst = k > 0 ? words[roleStart] : lowerCaseTitleBefore(tokens, first);
  const role = roleOf(tokens, titleFirst, k > 0 ? words[k - 1] : first - 1);
  const pieces = splitAtFunctionWords(tokens, words.slice(k), titleCase);
  pieces.forEach((whole, p) => {
    let piece = whole;
    let titled = p === 0 && titleFirst !== null && piece[0] === words[k];
    let pieceRole = role;
    let pieceTitle = titleFirst;
    // A later piece with a title of its own: "Mr. Quimby" of "Mr. Galt and Mr. Quimby".
    const own = p > 0 ? titleEnd(tokens, piece) : 0;
    if (own > 0) {
      titled = true;
      pieceTitle = piece[0];
      pieceRole = roleOf(tokens, piece[0], piece[own - 1]);
      piece = piece.slice(own);
    }
    const g = laterGivenName(tokens, piece);
    // "Miss Galaxy Ana Ruiz": the words before the given name belong to the title.
    if (g > 0 && titled) for (let i = 0; i < g; i++) doc.titleWords.add(tokens[piece[i]].key);
    if (g > 0) {
      out.push({ kind: 'partial', first: piece[0], last: piece[g - 1], cue: false });
      piece = piece.slice(g);
    }
    const name = titled ? titledNameIn(tokens, piece) : personNameIn(doc, piece, titleCase);
    if (name.length) {
      // One word after a title names a person only if the article names one so in full when it cannot be
      // a surname ("President JosÃ", "Justice Against"), when it is an ordinary word after a courtesy title
      // ("Miss Sunshine"; but "Gov. Brown" stands), or when it is a given name cut from its initial ("Rep.
      // Anna K. "Annie" Berg").
      const lone = tokens[name[0]];
      const courtesy = titled && pieceTitle !== null && isCourtesyTitle(tokens[pieceTitle].key);
      const noSurname = !nameShaped(lone) || isFunctionWord(lone.key) || isBrandShaped(lone.text);
      const weak = name.length === 1 && (noSurname || (courtesy && !lonelyNameWord(lone)) || !!tokens[piece[1]]?.initial);
      out.push({ kind: 'person', first: name[0], last: name[name.length - 1], role: titled ? pieceRole : null, titleFirst: titled ? pieceTitle : null, weak });
      piece = piece.slice(name.length);
    }
    if (piece.length) out.push({ kind: 'partial', first: piece[0], last: piece[piece.length - 1], cue: hasCue(doc, piece[0], piece[piece.length - 1]) });
  });
}

/**
 * Where an organization's name really starts in "Martha Raddatz of ABC News" or "Members of the
 * Sierra Club": the rightmost "of"/"and" whose left side names a person (a given name, an honorific)
 * or is only ordinary words. 0 when the whole run is the name ("Department of Justice").
 */
function organizationSplit(tokens: Token[], words: number[]): number {
  for (let c = words.length - 2; c > 0; c--) {
    const t = tokens[words[c]];
    if (t.cap || (t.key !== 'of' && t.key !== 'and')) continue;
    const left = words.slice(0, c).map((w) => tokens[w]);
    const person = left.some((l) => isGivenName(l.key) || isCourtesyTitle(l.key));
    const ordinary = left.every((l) => isCommonWord(l.key) && !isOrganizationHead(l.key));
    // "Members of the ...", "Leaders of the ...": one plural word opening the sentence names no organization.
    const plural = left.length === 1 && left[0].sentenceStart && isPluralShaped(left[0].key) && !isOrganizationHead(left[0].key) && !isSurname(left[0].key);
    if (person || ordinary || plural) return c;
  }
  return 0;
}

function splitAtFunctionWords(tokens: Token[], words: number[], titleCase: boolean): number[][] {
  const pieces: number[][] = [];
  let piece: number[] = [];
  for (const w of words) {
    const t = tokens[w];
    const afterGivenName = piece.length > 0 && isGivenName(tokens[piece[piece.length - 1]].key) && !t.sentenceStart && !isClosedClassWord(t.key);
    const breaks =
      !t.initial &&
      !afterGivenName &&
      (isFunctionWord(t.key) && !PARTICLES.has(t.key)) ||
      (isConnector(t) && !PARTICLES.has(t.key)) ||
      (titleCase && isCommonWord(t.key) && !isGivenName(t.key));
    if (breaks) {
      if (piece.length) pieces.push(piece);
      piece = [];
    } else if (piece.length || !isConnector(t)) piece.push(w);
  }
  if (piece.length) pieces.push(piece);
  return pieces.map((p) => {
    while (p.length > 1 && isConnector(tokens[p[p.length - 1]])) p.pop();
    return p;
  });
}

/** A city of 100,000 or more people, a state or a country of that name. */
function isPlaceName(text: string): boolean {
  return (cityNamed(text)?.population ?? 0) >= 100000 || !!stateNamed(text) || !!countryNamed(text);
}

/** Ordinary-word endings that no given name or surname has. */
const NON_NAME_ENDINGS = /(?:tion|sion|ment|ness|ity|ous|ive|ics|ism|ist|ship|hood|ology|care|ium|\w{4}(?:ance|ence))$/;
/** Inflections that mark a sentence-initial capital as an ordinary word ("Injecting", "Asked", "Clearly"). */
const INFLECTED = /(?:ing|ed|ly)$/;
/** Group nouns written with a capital: "Democrats", "Muslims" are no surname. */
const GROUP_WORDS = new Set(['democrat', 'republican', 'muslim', 'christian', 'jew', 'catholic', 'protestant', 'sunni', 'shiite', 'liberal', 'conservative', 'progressive', 'libertarian', 'socialist', 'communist', 'independent']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower', 'greater']);
/** Words that open a place's name, and the kind they give it: "Mount Everest", "Lake Tahoe". */
const GEO_PREFIXES: Record<string, string> = { mount: 'mountain', mt: 'mountain', lake: 'lake', isle: 'island' };
/** Titles only ever given to a person ("Miss" also names pageants and nicknames: "Miss Galaxy", "Miss Sunshine"). */
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'dr']);
/** "told X", "asked X": X is spoken to, not the speaker. */
const OBJECT_CUES = new Set(['told', 'tells', 'asked']);

/** A word that may stand in a name: no digits, shouting, title, organization or place head, compass word or plural of a group word. */
function nameShaped(t: Token): boolean {
  if (isConnector(t) || NAME_SUFFIXES.has(t.key)) return true;
  if (t.upper || /\d/.test(t.text) || /-\p{Ll}+(?:ing|ed)$/u.test(t.text)) return false;
  // A lower-case letter before a trailing capital is no spelling of a name: "JosÃ" (mis-decoded UTF-8), "BigDEAL".
  if (/\p{Ll}\p{Lu}+$/u.test(t.text)) return false;
  // An abbreviated place is no surname: "Va." and "Calif." of a dateline, "St." and "Ave." of an address.
  if (hasLexiconTag(t.key, 'Abbreviation') && hasLexiconTag(t.key, 'Place')) return false;
  // A compound round a preposition or article is no name: "Commander-in-Chief", "Editor-at-Large".
  if (/-(?:in|at|of|the|on|to|by|for)-/.test(t.key)) return false;
  if (isTitleHead(t.key) || isOrganizationHead(t.key) || isPlaceHead(t.key) || GEO_HEADS[t.key] || COMPASS.has(t.key)) return false;
  // "the Uyghur Muslim minority": a group noun is no surname (unless also a given name: "Christian").
  return !(GROUP_WORDS.has(t.key) && !isGivenName(t.key));
}

/** The plural of an ordinary or group word ("Democrats", "Scholarships"): no name unless a surname by position ("Lorna K. Meadows"). */
function pluralOfWord(t: Token): boolean {
  return /s$/.test(t.key) && !isSurname(t.key) && isGroupWord(t.key.slice(0, -1));
}

function isGroupWord(singular: string): boolean {
  return isCommonWord(singular) || !!countryOfDemonym(singular) || hasLexiconTag(singular, 'Demonym') || GROUP_WORDS.has(singular);
}

/** Ends like an English plural ("Scholarships", "Members", "Badgers"), not like "Ross", "Davis", "Thomas", "James" or a known name. */
function isPluralShaped(key: string): boolean {
  return key.length > 3 && key.endsWith('s') && !/(?:ss|us|is|ys|os|as|es)$/.test(key) && !isSurname(key) && !isGivenName(key);
}

/** An ordinary word that is no known surname: ends a name ("Harvey" of "Steve Harvey Morning Show"). */
function isOrdinary(t: Token): boolean {
  return !PARTICLES.has(t.key) && isCommonWord(t.key) && !isSurname(t.key);
}

/**
 * Word `n` of a name may be an ordinary word when it is a surname by position: right after a
 * leading given name ("Mike Pence", "Theresa May", not "Morning" of "Steve Harvey Morning Show"), or
 * right after an initial ("Selma T. Bell").
 */
function surnameByPosition(ws: Token[], n: number): boolean {
  if (n === 0 || isClosedClassWord(ws[n].key) || !ws[n].cap) return false;
  if (ws[n - 1].initial) return true;
  if (!isGivenName(ws[n - 1].key)) return false;
  for (let i = 0; i < n - 1; i++) if (!ws[i].initial) return false;
  return true;
}

/** A capitalised word right before "Jr.", "Sr.", "III" is a surname, whatever else it is ("Martin Luther King Jr."). */
function beforeNameSuffix(ws: Token[], n: number): boolean {
  return n + 1 < ws.length && NAME_SUFFIXES.has(ws[n + 1].key) && ws[n].cap && !ws[n].upper && !isClosedClassWord(ws[n].key);
}

/** How many leading words of `ws` make a name: each name-shaped, and no ordinary word or plural unless a surname by position. */
function nameLength(ws: Token[]): number {
  let n = 1;
  while (n < ws.length && (ws[n].initial || beforeNameSuffix(ws, n) || (nameShaped(ws[n]) && (surnameByPosition(ws, n) || (!isOrdinary(ws[n]) && !pluralOfWord(ws[n])))))) n++;
  // A name ends in no initial or particle: "Greta F." (of "Greta F. and Ingrid H. Solberg").
  while (n > 1 && (isConnector(ws[n - 1]) || ws[n - 1].initial || ws[n - 1].text.length === 1)) n--;
  return n;
}

/**
 * Where a given name later in `piece` starts a second name: "Clinton Donald Trump" splits before
 * "Donald", "Austin Mayor Nora Spencer" before "Nora". Not when only given names and initials come
 * before it ("Nora Spencer", "Otto Wade Quimby", "L. Nora Spencer"), nor at the last word, which is
 * then a surname ("Tavita Logan"). 0 for no split.
 */
function laterGivenName(tokens: Token[], piece: number[]): number {
  let opensName = true;
  for (let i = 1; i < piece.length - 1; i++) {
    const before = tokens[piece[i - 1]];
    opensName = opensName && (isGivenName(before.key) || before.initial);
    if (!opensName && isGivenName(tokens[piece[i]].key) && !isConnector(before)) return i;
  }
  return 0;
}

/**
 * The index in `words` just after a title that opens them ("Secretary General", "Speaker of the
 * House", "Gov."), or 0: the run up to the last title word that follows a title head, when the word
 * after it is no title word. A given name or a connector (other than "of" and "of the") ends the search.
 */
function titleEnd(tokens: Token[], words: number[]): number {
  let k = 0;
  let head = false;
  for (let i = 0; i < words.length - 1; i++) {
    const t = tokens[words[i]];
    const ofThe = t.key === 'the' && i > 0 && tokens[words[i - 1]].key === 'of' && isTitleWord(tokens[words[i + 1]].key);
    if (isGivenName(t.key) || (isConnector(t) && t.key !== 'of' && !ofThe)) break;
    if (isTitleHead(t.key)) head = true;
    else if (!isTitleWord(t.key) && !ofThe) head = false;
    if (head && isTitleWord(t.key) && !isTitleWord(tokens[words[i + 1]].key) && !isConnector(tokens[words[i + 1]])) k = i + 1;
  }
  return k;
}

/**
 * After a title ("President Obama Speech", "Gov. Rose Pearl Holloway"): the name words up to the first
 * ordinary word, or up to the last word that is no ordinary word when only name-shaped words lead
 * there ("Rose Pearl" before "Holloway").
 */
function titledNameIn(tokens: Token[], piece: number[]): number[] {
  const ws = piece.map((i) => tokens[i]);
  let n = nameLength(ws);
  for (let m = n; m < ws.length && nameShaped(ws[m]) && !isConnector(ws[m]); m++) {
    if (!isOrdinary(ws[m]) && !pluralOfWord(ws[m]) && !ws[m].initial && ws[m].text.length > 1) n = m + 1;
  }
  return piece.slice(0, n);
}

/** A single word that may be a person named by surname alone ("Mr. Galt", "said Mabry"). */
function lonelyNameWord(t: Token): boolean {
  if (t.upper || t.initial || t.text.length < 2 || !nameShaped(t) || isBrandShaped(t.text)) return false;
  if (isSurname(t.key) || isGivenName(t.key)) return true;
  return !isCommonWord(t.key) && !NON_NAME_ENDINGS.test(t.key) && !INFLECTED.test(t.key) && !pluralOfWord(t);
}

/** Surname prefixes written with a capital after them: McCain, MacDougall, O'Neill, DeNiro, LaBelle, VanDyke. */
const CAPITAL_PREFIX = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)\p{Lu}/u;

/** A capital inside a word after anything but a surname prefix: a brand ("FactHound", "YouTube"), not a surname. */
function isBrandShaped(text: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(text) && !CAPITAL_PREFIX.test(text);
}

/**
 * The leading words of `piece` that make a person's name, or none: a given name first (then the
 * words up to the first ordinary word: "Steve Harvey" of "Steve Harvey Morning Show"); else
 * name-shaped words that take a known surname or an initial; else two to four words no list knows
 * ("Gaël Müller", "Tavita Quimby") unless something says they are no name: a determiner before them
 * ("the Autumn Gala"), quotation marks round just them (a title: “Glass Harbor”), a plural last
 * word ("Fulbright Scholarships") or a last word the article also writes in lower case. Those, and
 * names whose first word is ordinary vocabulary ("Pearl Mabry"), need evidence that they name a
 * person (see personEvidence).
 */
function personNameIn(doc: Doc, piece: number[], titleCase: boolean): number[] {
  if (piece.length < 2) return [];
  const { tokens } = doc;
  const ws = piece.map((i) => tokens[i]);
  const given = isGivenName(ws[0].key);
  const n = nameLength(ws);
  if (n < 2) return [];
  const name = ws.slice(0, n);
  if (given && !name[1].upper) return piece.slice(0, n);
  if (titleCase || n !== ws.length || !nameShaped(name[0]) || pluralOfWord(name[0])) return [];
  const words = name.filter((t) => !isConnector(t));
  const ordinaryEnding = (t: Token): boolean => NON_NAME_ENDINGS.test(t.key) && !isGivenName(t.key) && !isSurname(t.key);
  if (words.length > 4 || words.some((t) => isTitleWord(t.key) || ordinaryEnding(t))) return [];
  if (words.some((t) => isSurname(t.key) || t.initial)) return piece;
  if (words.slice(1).some((t) => isCommonWord(t.key))) return [];
  if (isCommonWord(words[0].key)) return !isVerbForm(words[0].key) && personEvidence(doc, piece) ? piece : [];
  return !doubtfulName(doc, piece) || personEvidence(doc, piece) ? piece : [];
}

/** Tags of verb forms that never open a name ("Did Quimby pay?"). */
const VERB_FORM_TAGS = ['PastTense', 'Auxiliary', 'Copula', 'Modal', 'Gerund', 'Participle'];

function isVerbForm(key: string): boolean {
  return VERB_FORM_TAGS.some((t) => hasLexiconTag(key, t));
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const OPENING_QUOTES = '"“‘\'';
const CLOSING_QUOTES = '"”’\'';

/** Signs that capitalised words no list knows are no person's name (see personNameIn). */
function doubtfulName(doc: Doc, piece: number[]): boolean {
  const { tokens, body } = doc;
  const first = tokens[piece[0]];
  const last = tokens[piece[piece.length - 1]];
  const before = tokens[piece[0] - 1];
  if (before && before.joinsNext && before.segment === first.segment && DETERMINERS.has(before.key)) return true;
  const closing = /^[.,!?]?(.)/.exec(body.slice(last.end, last.end + 2))?.[1] ?? '';
  if (OPENING_QUOTES.includes(body[first.start - 1] ?? '') && CLOSING_QUOTES.includes(closing)) return true;
  if (isPluralShaped(last.key) && !last.possessive) return true;
  return doc.tokens.some((t) => !t.cap && t.key === last.key);
}

/** Signs around a capitalised phrase that it names a person (see personNameIn). */
function personEvidence(doc: Doc, piece: number[]): boolean {
  const { tokens } = doc;
  const first = piece[0];
  const last = piece[piece.length - 1];
  if (hasCue(doc, first, last)) return true;
  const before = tokens[first - 1];
  if (before && before.joinsNext && !before.cap && before.segment === tokens[first].segment && hasLexiconTag(before.key, 'Actor')) return true;
  const after = tokens[last + 1];
  if (after && after.key === 'who' && /^\s*,\s*$/.test(doc.body.slice(tokens[last].end, after.start))) return true;
  // The surname alone elsewhere ("Pearl Mabry ... said Mabry"); a given name alone proves nothing.
  const surname = tokens[last].key;
  if (isGivenName(surname)) return false;
  return tokens.some((t, i) => t.key === surname && t.cap && i !== last && !(tokens[i - 1]?.joinsNext && tokens[i - 1].cap));
}

/** The first of up to three lower-case title words right before token `at` ("presidential nominee X"), or null. */
function lowerCaseTitleBefore(tokens: Token[], at: number): number | null {
  let i = at;
  while (i > 0 && at - i < 3) {
    const t = tokens[i - 1];
    if (t.segment !== tokens[at].segment || !t.joinsNext || t.cap || !isTitleWord(t.key) || t.key === 'of') break;
    i--;
  }
  if (i === at) return null;
  for (let j = i; j < at; j++) if (isTitleHead(tokens[j].key)) return i;
  return null;
}

function roleOf(tokens: Token[], from: number | null, to: number): string | null {
  if (from === null || to < from) return null;
  const words = tokens.slice(from, to + 1).map((t) => t.text);
  while (words.length && isCourtesyTitle(foldName(words[0]))) words.shift();
  return words.length ? formatRole(words) : null;
}

/**
 * A speech cue beside the words: "X said", or "said X" when X ends the clause ("said Mabry.",
 * "said Pearl Mabry, a lawyer"; not "said Medicorp is failing", nor "told Brightwater").
 */
function hasCue(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const after = tokens[last + 1];
  if (after && tokens[last].joinsNext && CUE_WORDS.has(after.key)) return true;
  const before = tokens[first - 1];
  if (!before || before.segment !== tokens[first].segment || !before.joinsNext || !CUE_WORDS.has(before.key) || OBJECT_CUES.has(before.key)) return false;
  return !(after && after.segment === tokens[last].segment && tokens[last].joinsNext && !after.cap);
}

// ---------------------------------------------------------------------------------------------
// Resolution: findings -> entities and mentions.

interface Draft {
  entity: EntityCandidate;
  surfaces: Set<string>;
  mentions: number;
  firstStart: number;
}

class Registry {
  readonly drafts = new Map<string, Draft>();
  readonly mentions: MentionCandidate[] = [];

  constructor(readonly doc: Doc) {}

  ensure(entity: EntityCandidate): Draft {
    let draft = this.drafts.get(entity.key);
    if (!draft) {
      draft = { entity, surfaces: new Set(), mentions: 0, firstStart: Number.MAX_SAFE_INTEGER };
      this.drafts.set(entity.key, draft);
    }
    return draft;
  }

  mention(key: string, first: number, last: number, alias = true): void {
    const { tokens, body } = this.doc;
    const start = tokens[first].start;
    const end = tokens[last].end;
    const draft = this.drafts.get(key)!;
    draft.mentions++;
    draft.firstStart = Math.min(draft.firstStart, start);
    if (alias) draft.surfaces.add(body.slice(start, end));
    this.mentions.push({ entityKey: key, start, end, paragraph: this.doc.segments[tokens[first].segment].paragraph });
  }

  country(code: string): string {
    const c = countryByCode(code);
    const key = countryKey(code);
    this.ensure({ key, type: 'LOCATION', name: c?.name ?? code, aliases: [], kind: 'country', withinKey: null, countryCode: code, demonyms: c?.demonyms ?? [] });
    return key;
  }

  organization(name: string): string {
    const key = organizationKey(name);
    this.ensure({ key, type: 'ORGANIZATION', name, aliases: [] });
    return key;
  }

  place(name: string, kind: string, countryCode: string | null): string {
    const key = placeKey(name);
    const within = countryCode ? this.country(countryCode) : null;
    this.ensure({ key, type: 'LOCATION', name, aliases: [], kind, withinKey: within, countryCode: null });
    return key;
  }
}

function entityForHit(reg: Registry, hit: DictionaryHit): string {
  switch (hit.type) {
    case 'ORGANIZATION':
      return reg.organization(hit.name);
    case 'COUNTRY':
    case 'DEMONYM':
      return reg.country(hit.country.code);
    case 'REGION':
      return reg.place(hit.name, hit.kind, hit.countryCode);
    case 'CITY': {
      const { city } = hit;
      const within = reg.country(city.countryCode);
      const key = cityKey(city.countryCode, city.name);
      reg.ensure({ key, type: 'LOCATION', name: city.name, aliases: [], kind: 'city', withinKey: within, countryCode: city.countryCode });
      return key;
    }
  }
}

function resolveFindings(doc: Doc, findings: Finding[]): { entities: EntityCandidate[]; mentions: MentionCandidate[] } {
  const { tokens } = doc;
  const reg = new Registry(doc);
  const words = (f: { first: number; last: number }): string[] =>
    tokens.slice(f.first, f.last + 1).map((t) => t.text);

  const named = findings.filter((f): f is Extract<Finding, { kind: 'person' }> => f.kind === 'person' && f.last > f.first);
  const clusters = clusterPersonNames(named.map((p) => ({ words: words(p), start: tokens[p.first].start })));
  // A lone word after a title that may be no name ("Miss Sunshine") stands for a person only when the
  // article titles it so twice ("Mr. Price ... Mr. Price") or names the person in full; never when the
  // word continues a title elsewhere ("Miss Galaxy").
  const titledAlone = new Map<string, number>();
  for (const f of findings) {
    if (f.kind === 'person' && f.first === f.last && f.titleFirst !== null && PERSONAL_TITLES.has(tokens[f.titleFirst].key)) {
      titledAlone.set(tokens[f.first].key, (titledAlone.get(tokens[f.first].key) ?? 0) + 1);
    }
  }
  findings.forEach((f, i) => {
    if (f.kind !== 'person' || f.first !== f.last) return;
    const key = tokens[f.first].key;
    const weak = (f.weak && (titledAlone.get(key) ?? 0) < 2) || (f.titleFirst !== null && doc.titleWords.has(key));
    if (weak && !resolvePartialName(words(f), tokens[f.first].start, clusters)) findings[i] = { kind: 'partial', first: f.first, last: f.last, cue: false };
  });
  const persons = findings.filter((f): f is Extract<Finding, { kind: 'person' }> => f.kind === 'person');
  const personOf = new Map<Finding, PersonCluster>();
  for (const p of persons) {
    const w = words(p);
    const at = tokens[p.first].start;
    let cluster = p.last > p.first ? findCluster(clusters, w) : resolvePartialName(w, at, clusters);
    if (!cluster) {
      cluster = { words: w, keys: w.map(foldName), starts: [at] };
      clusters.push(cluster);
    }
    personOf.set(p, cluster);
  }

  const definitions = acronymDefinitions(doc, findings);
  const acronyms = new Map<string, string>();
  const ownerOf = new Map<number, string>();
  const roles = new Map<PersonCluster, { role: string | null; affiliation: string | null }>();

  for (const f of findings) {
    let key: string | null = null;
    const at = tokens[f.first].start;
    if (f.kind === 'dict') {
      const asPerson = f.first === f.last && f.hit.type !== 'ORGANIZATION' && f.hit.type !== 'DEMONYM'
        ? resolvePartialName(words(f), at, clusters) : null;
      if (asPerson) key = mentionPerson(reg, asPerson, f);
      else {
        key = entityForHit(reg, f.hit);
        reg.mention(key, f.first, f.last, f.hit.type !== 'DEMONYM');
        if (f.hit.type === 'REGION' && !f.hit.countryCode) applyLocative(doc, reg, key, f.first);
      }
    } else if (f.kind === 'org') {
      key = reg.organization(organizationNamed(f.name) ?? f.name);
      reg.mention(key, f.first, f.last);
    } else if (f.kind === 'place') {
      key = reg.place(f.name, f.placeKind, null);
      reg.mention(key, f.first, f.last);
      applyLocative(doc, reg, key, f.first);
    } else if (f.kind === 'person') {
      const cluster = personOf.get(f)!;
      key = mentionPerson(reg, cluster, f);
      const held = roles.get(cluster) ?? { role: null, affiliation: null };
      if (!held.role && f.role) held.role = f.role;
      roles.set(cluster, held);
    } else {
      key = resolvePartial(doc, reg, f, clusters, acronyms);
    }
    const defined = definitions.get(f);
    if (defined) {
      if (!key) {
        key = reg.organization(defined.name);
        reg.mention(key, defined.first, f.last);
      }
      acronyms.set(defined.acronym, key);
    }
    if (key) for (let i = f.first; i <= f.last; i++) ownerOf.set(i, key);
  }

  for (const f of persons) {
    const cluster = personOf.get(f)!;
    const held = roles.get(cluster)!;
    const explicit = explicitAffiliation(doc, f, ownerOf, reg);
    if (explicit?.affiliation && !held.affiliation) held.affiliation = explicit.affiliation;
    if (explicit?.role && !held.role) held.role = explicit.role;
  }
  const tallies: OrganizationTally[] = [...reg.drafts.values()]
    .filter((d) => d.entity.type === 'ORGANIZATION' && d.mentions > 0)
    .map((d) => ({ key: d.entity.key, mentions: d.mentions, firstStart: d.firstStart }));
  for (const [cluster, held] of roles) {
    const draft = reg.drafts.get(personKey(cluster.words.join(' ')))!;
    draft.entity.role = held.role;
    draft.entity.affiliationKey = held.affiliation ?? fallbackAffiliation(held.role, tallies);
  }

  const entities = [...reg.drafts.values()]
    .sort((x, y) => x.firstStart - y.firstStart)
    .map((d) => ({
      ...d.entity,
      aliases: [...new Set([...d.entity.aliases, ...d.surfaces])].filter(
        (s) => foldName(s) !== foldName(d.entity.name) && !(d.entity.demonyms ?? []).includes(s),
      ),
    }));
  return { entities, mentions: reg.mentions.sort((x, y) => x.start - y.start) };
}

function findCluster(clusters: PersonCluster[], w: string[]): PersonCluster | null {
  const keys = w.map(foldName);
  return clusters.find((c) => c.keys[c.keys.length - 1] === keys[keys.length - 1] && keys.every((k) => c.keys.includes(k))) ?? null;
}

function mentionPerson(reg: Registry, cluster: PersonCluster, f: { first: number; last: number }): string {
  const name = cluster.words.join(' ');
  const key = personKey(name);
  reg.ensure({ key, type: 'PERSON', name, aliases: [], role: null, affiliationKey: null });
  reg.mention(key, extendOverParticle(reg, cluster, f.first), f.last);
  return key;
}

/** "de Gaulle": include a lower-case particle written before a surname that the full name has too. */
function extendOverParticle(reg: Registry, cluster: PersonCluster, first: number): number {
  const { tokens } = reg.doc;
  const prev = tokens[first - 1];
  if (!prev || !prev.joinsNext || !PARTICLES.has(prev.key) || prev.cap) return first;
  const at = cluster.keys.indexOf(tokens[first].key);
  return at > 0 && cluster.keys[at - 1] === prev.key ? first - 1 : first;
}

function resolvePartial(
  doc: Doc,
  reg: Registry,
  f: Extract<Finding, { kind: 'partial' }>,
  clusters: PersonCluster[],
  acronyms: Map<string, string>,
): string | null {
  const { tokens } = doc;
  const ws = tokens.slice(f.first, f.last + 1);
  const at = ws[0].start;
  const person = resolvePartialName(ws.map((t) => t.text), at, clusters);
  if (person) return mentionPerson(reg, person, f);
  const surface = surfaceOf(doc, f.first, f.last);
  const defined = acronyms.get(surface);
  if (defined) {
    reg.mention(defined, f.first, f.last);
    return defined;
  }
  const locative = locativeContext(doc, f.first);
  if (locative) {
    const key = reg.place(surface, locative.kind, locative.countryCode);
    reg.mention(key, f.first, f.last);
    return key;
  }
  const segment = doc.segments[ws[0].segment];
  if (ws.length === 1 && /^\p{Lu}{3,6}$/u.test(ws[0].text) && !/^[IVXLC]+$/.test(ws[0].text) && !NOT_ORGANIZATIONS.has(ws[0].text) && !isCommonWord(ws[0].key)) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  if (segment.kind === 'credit' && ws.length <= 4) {
    const key = reg.organization(surface);
    reg.mention(key, f.first, f.last);
    return key;
  }
  const nameLike = (t: Token): boolean => !t.upper && !isCommonWord(t.key) && (!/s$/.test(t.key) || isSurname(t.key));
  if (f.cue && !segment.titleCase && ws.length <= 3 && ws.every(nameLike) && (ws.length > 1 || lonelyNameWord(ws[0]))) {
    const cluster: PersonCluster = { words: ws.map((t) => t.text), keys: ws.map((t) => t.key), starts: [at] };
    clusters.push(cluster);
    return mentionPerson(reg, cluster, f);
  }
  return null;
}

/**
 * Acronyms defined in the text, "Long Form Name (LFN)": for each finding that ends a long form, the
 * acronym, the first token of the long form (the words whose initials spell it) and its name.
 */
function acronymDefinitions(doc: Doc, findings: Finding[]): Map<Finding, { acronym: string; first: number; name: string }> {
  const definitions = new Map<Finding, { acronym: string; first: number; name: string }>();
  const { tokens, body } = doc;
  for (const f of findings) {
    if (f.kind === 'person') continue;
    const end = tokens[f.last].end;
    const m = /^ ?\((\p{Lu}[\p{Lu}&]{1,9})\)/u.exec(body.slice(end, end + 14));
    if (!m) continue;
    const from = initialsStart(tokens, f.first, f.last, m[1]);
    if (from === null) continue;
    definitions.set(f, { acronym: m[1], first: from, name: surfaceOf(doc, from, f.last) });
  }
  return definitions;
}

/** The first token of the words ending at `last` whose initials spell `acronym` (ignoring "of", "the"...). */
function initialsStart(tokens: Token[], first: number, last: number, acronym: string): number | null {
  let letters = '';
  for (let i = last; i >= first; i--) {
    if (NAME_CONNECTORS.has(tokens[i].key) && !tokens[i].cap) continue;
    letters = tokens[i].text[0].toUpperCase() + letters;
    if (letters === acronym.replace(/&/g, '')) return i;
  }
  return null;
}

function locativeContext(doc: Doc, first: number): { countryCode: string; kind: string } | null {
  const t = doc.tokens[first];
  const seg = doc.segments[t.segment];
  const m = LOCATIVE_RE.exec(doc.body.slice(Math.max(seg.start, t.start - 60), t.start));
  if (!m) return null;
  const country = countryOfDemonym(m[1]) ?? countryNamed(m[1]);
  return country ? { countryCode: country.code, kind: LOCATIVE_KIND[m[2]] ?? 'region' } : null;
}

function applyLocative(doc: Doc, reg: Registry, key: string, first: number): void {
  const draft = reg.drafts.get(key)!;
  if (draft.entity.withinKey) return;
  const locative = locativeContext(doc, first);
  if (locative) draft.entity.withinKey = reg.country(locative.countryCode);
}

/**
 * Role and affiliation written next to one person mention: an organization right before the title
 * ("NATO Secretary General X", "NATO's secretary general X"), an apposition after the name ("X, NATO's
 * secretary general," / "X, secretary general of NATO,"), or "X of NATO".
 */
function explicitAffiliation(
  doc: Doc,
  f: Extract<Finding, { kind: 'person' }>,
  ownerOf: Map<number, string>,
  reg: Registry,
): { role: string | null; affiliation: string | null } | null {
  const { tokens, body } = doc;
  const isOrg = (i: number): string | null => {
    const key = ownerOf.get(i);
    return key && reg.drafts.get(key)?.entity.type === 'ORGANIZATION' ? key : null;
  };
  if (f.titleFirst !== null && f.titleFirst > 0) {
    const before = tokens[f.titleFirst - 1];
    const org = isOrg(f.titleFirst - 1);
    if (org && before.segment === tokens[f.first].segment && (before.joinsNext || before.possessive)) return { role: null, affiliation: org };
  }
  const after = tokens[f.last + 1];
  if (!after || after.segment !== tokens[f.last].segment) return null;
  const gap = body.slice(tokens[f.last].end, after.start);
  if (gap === ' ' && after.key === 'of') {
    const org = isOrg(tokens[f.last + 2]?.key === 'the' ? f.last + 3 : f.last + 2);
    return org ? { role: null, affiliation: org } : null;
  }
  if (!/^\s*,\s*$/.test(gap)) return null;
  let org: string | null = null;
  const roleWords: string[] = [];
  let head = false;
  for (let i = f.last + 1; i < tokens.length && i <= f.last + 8; i++) {
    const t = tokens[i];
    const o = isOrg(i);
    if (o) org = org ?? o;
    else if (isTitleWord(t.key) && !(t.key === 'of' && !roleWords.length)) {
      roleWords.push(t.text.toLowerCase());
      head = head || isTitleHead(t.key);
    } else if (!['the', 'a', 'an', 'of', 'at', 'for'].includes(t.key)) return null;
    if (!t.joinsNext && !t.possessive) break;
  }
  while (roleWords[roleWords.length - 1] === 'of') roleWords.pop();
  if (!head) return null;
  return { role: formatRole(roleWords), affiliation: org };
}
