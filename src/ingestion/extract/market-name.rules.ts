import { GRADE_NAMES, GRADE_TAIL_WORDS, INDEX_MOVES, INDEX_NAMES, INDEX_TAIL_WORDS, PLACE_GRADE_NAMES, PLACE_INDEX_WORDS, SHARED_INDEX_NAMES } from '../lexicon/market-name.lexicon';
import { lookupName } from '../lexicon/entity.dictionary';
import { keyOf, surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';

/**
 * Markets reports name stock indexes and commodity grades, which are no person, place or organization (CoNLL and the wire sets
 * leave them unmarked): "the FTSE 100", "Japan's Nikkei share average", "the Nasdaq added 1.1 percent", "the Dow Jones Industrial
 * Average", "the Shanghai Composite", "Brent crude", "WTI", "Robusta fell", "U.S. West Texas Intermediate". The same names stay
 * organizations where they name an exchange, a newspaper or a company ("on the Nasdaq", "the Nikkei reported", "Hang Seng Bank").
 */

/** A number an index's name ends in ("FTSE 100", "Nikkei 225", "Russell 2000", "CAC 40") or an index's level in a table ("51,310.07"). */
const INDEX_NUMBER = /^(?:[1-9]0|[1-9]00|225|[1-9]000|\d{1,3}(?:,\d{3})*\.\d\d)$/;

/** Token `t` is a word an index's name goes on with (INDEX_TAIL_WORDS) or one of its numbers. */
function indexTail(t: ArticleToken | undefined): boolean {
  return !!t && (INDEX_TAIL_WORDS.has(t.key) || INDEX_NUMBER.test(t.key));
}

/** The first words of the indexes' and grades' names ("dow" of "dow jones"). */
const MARKET_FIRST_WORDS: ReadonlySet<string> = new Set([...INDEX_NAMES, ...SHARED_INDEX_NAMES, ...GRADE_NAMES, ...PLACE_GRADE_NAMES].map((n) => n.split(' ')[0]));

/** Token `i + 1` goes on token `i`'s words, one space after it in the same segment. */
function joined(tokens: ArticleToken[], i: number): boolean {
  return !!tokens[i + 1] && tokens[i].joinsNext && tokens[i + 1].segment === tokens[i].segment;
}

/** Tokens `first`..`last` name a place the lists know: a country, a state or region, a city. */
function listedPlace(doc: TokenizedArticle, first: number, last: number): boolean {
  const hit = lookupName(surfaceOf(doc, first, last), last - first + 1);
  return !!hit && (hit.type === 'COUNTRY' || hit.type === 'REGION' || hit.type === 'CITY');
}

/**
 * The last token of the index's or grade's name finding `f` opens (its tail words and number after it included), or -1 when `f`
 * names none: an index's own name (INDEX_NAMES); a shared name (SHARED_INDEX_NAMES) with a tail, a slash to another index ("S&P/ASX
 * 200") or, after "the" or a possessive, a market's verb; a place the lists know before a capitalised tail ("Shanghai Composite", "Shenzhen Component"); a grade's word
 * alone that no person of the article is named by (`personWords`); a grade's place before "crude" or "Intermediate".
 */
function marketNameEnd(doc: TokenizedArticle, f: EntityFinding, personWords: ReadonlySet<string>): number {
  const { tokens, body } = doc;
  let core = f.last;
  while (core > f.first && indexTail(tokens[core])) core--;
  let end = f.last;
  while (joined(tokens, end) && indexTail(tokens[end + 1])) end++;
  const next = joined(tokens, f.last) ? tokens[f.last + 1] : undefined;
  const tail = core < f.last ? tokens[core + 1] : next;
  const placeIndex = !!tail?.cap && PLACE_INDEX_WORDS.has(tail.key);
  // Most names open no index's or grade's name: one lookup before the name is spelled out.
  if (!placeIndex && !MARKET_FIRST_WORDS.has(tokens[f.first].key)) return -1;
  const name = keyOf(doc, f.first, core);
  if (INDEX_NAMES.has(name)) return end;
  if (SHARED_INDEX_NAMES.has(name)) {
    const before = tokens[f.first - 1];
    const opened = !!before && before.segment === tokens[f.first].segment && (before.key === 'the' || before.possessive);
    const moves = opened && !!next && !next.cap && INDEX_MOVES.has(next.key);
    if (core < end || body[tokens[f.last].end] === '/' || moves) return end;
  }
  if (placeIndex && listedPlace(doc, f.first, core)) return end;
  if (GRADE_NAMES.has(name) && core === f.first && core === f.last && !personWords.has(name)) return f.last;
  if (PLACE_GRADE_NAMES.has(name) && next && GRADE_TAIL_WORDS.has(next.key)) return next.cap ? f.last + 1 : f.last;
  return -1;
}

/**
 * Drops from `findings` (body order) those that name a stock index or a commodity grade (marketNameEnd), and the findings of the
 * index's own words after it ("Industrial Average" of "Dow Jones Industrial Average", "Composite" of "Nasdaq Composite"). Returns
 * the findings kept.
 */
export function withoutMarketNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const personWords = new Set<string>();
  for (const f of findings) if (f.kind === 'person' && f.last > f.first) for (let i = f.first; i <= f.last; i++) personWords.add(tokens[i].key);
  const dropped = new Set<EntityFinding>();
  let nameEnd = -1;
  for (const f of findings) {
    if (f.first <= nameEnd) {
      if (f.last <= nameEnd) dropped.add(f);
      continue;
    }
    const end = marketNameEnd(doc, f, personWords);
    if (end < 0) continue;
    dropped.add(f);
    nameEnd = end;
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}
