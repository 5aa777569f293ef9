import { lookupName } from '../lexicon/entity.dictionary';
import { isCommonWord, isFunctionWord } from '../lexicon/english.lexicon';
import { foldName } from '../lexicon/name.normalize';
import type { Token } from '../lexicon/word.tokenizer';
import type { TokenizedArticle } from './article.tokenizer';

/**
 * A name the lists know written as a modifier joined by a hyphen is a mention of its own, as wire annotation reads it: "the
 * Boston-based company", "a San Francisco-based fund", "Nasdaq-listed", "Iran-backed", and each side of a pair, "US-Iran talks",
 * "Asia-Mediterranean loops". The tokenizer reads "Boston-based" as one word; this cuts it at the hyphen. A name the lists
 * know whole stays one word ("Guinea-Bissau", "Winston-Salem", "Baden-Württemberg"), and so does a demonym's ("Saudi-led",
 * "Kurdish-led": no mention) and a word ordinary English has ("Long-term", "Self-driving").
 */

/** One hyphen between a capitalised word and a word: "Boston-based", "US-Iran". */
const HYPHENATED = /^(\p{Lu}[\p{L}\p{M}'’.]*)-(\p{L}[\p{L}\p{M}]+)$/u;
/**
 * A modifier's word after a name and a hyphen: a participle ("-based", "-led", "-backed", "-owned", "-listed", "-related") or one
 * of these ("Ukraine-born", "Paris-bound", "China-made", "Kremlin-run", "Russian-held", "EU-wide", "Boston-area"); not a noun
 * ("Scientology-critic": a person, as GUM reads it).
 */
const MODIFIER_WORD = /^(?:\p{L}+ed|born|bound|made|run|held|wide|area|era|style|sized|friendly|centric|specific|only)$/u;
/** The first character is a capital. */
const CAPITALISED = /^\p{Lu}/u;
/** How many capitalised words before the hyphen's word may open the name ("San Francisco-based", "Rio de Janeiro-based" not). */
const LEAD_WORDS = 2;

/** `surface` of `words` words is a country, place or organization the lists know (no demonym). */
function knownName(surface: string, words: number): boolean {
  const hit = lookupName(surface, words);
  return !!hit && hit.type !== 'DEMONYM';
}

/**
 * The offset of the hyphen where word `k` of `words` (a segment's, in order) is cut, or -1: before a lower-case modifier's word (MODIFIER_WORD) when the
 * name before the hyphen, alone or with the capitalised words written before it one space apart, is known (knownName) and no
 * ordinary word alone; between two capitalised words each known alone, the first opening its name; and, opening a line written in
 * capitals (`shouted`), between a country and any capitalised word: a roundup's brief opens its headline with its country joined
 * to the story so ("BARBADOS-MOTTLEY SEEKS DEBT SWAP", "BRUNEI-SULTAN OPENS HOSPITAL", as wire slugs write "Country-topic").
 */
function hyphenCut(body: string, words: Token[], k: number, shouted: boolean): number {
  const w = words[k];
  const m = HYPHENATED.exec(w.text);
  if (!m || knownName(w.text, 1)) return -1;
  const [, name, rest] = m;
  const lead: string[] = [];
  for (let j = k - 1; j >= 0 && lead.length < LEAD_WORDS; j--) {
    const p = words[j];
    if (p.end + 1 !== words[j + 1].start || body[p.end] !== ' ' || !CAPITALISED.test(p.text) || isFunctionWord(foldName(p.text))) break;
    lead.unshift(p.text);
  }
  const cut = w.start + name.length;
  if (CAPITALISED.test(rest)) return lead.length === 0 && knownName(name, 1) && (knownName(rest, 1) || (shouted && k === 0 && lookupName(name, 1)?.type === 'COUNTRY')) ? cut : -1;
  if (!MODIFIER_WORD.test(rest)) return -1;
  for (let i = 0; i < lead.length; i++) if (knownName([...lead.slice(i), name].join(' '), lead.length - i + 1)) return cut;
  return knownName(name, 1) && !isCommonWord(foldName(name)) ? cut : -1;
}

/** `words` (a segment's tokens from the one tokenizer, in order; `shouted`: the segment is written in capitals) with each word hyphenCut finds cut in two at its hyphen. */
export function namesBeforeHyphensApart(body: string, words: Token[], shouted = false): Token[] {
  // A new array only from the first cut on: most segments cut nothing.
  let cutWords: Token[] | null = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const cut = w.text.includes('-') ? hyphenCut(body, words, k, shouted) : -1;
    if (cut < 0) {
      cutWords?.push(w);
      continue;
    }
    cutWords ??= words.slice(0, k);
    cutWords.push({ start: w.start, end: cut, text: body.slice(w.start, cut) }, { start: cut + 1, end: w.end, text: body.slice(cut + 1, w.end) });
  }
  return cutWords ?? words;
}

/** Tokens `i` and `i + 1` of `doc` are one word cut at its hyphen ("San Francisco" | "based"): a phrase's walk steps over the cut. */
export function hyphenJoined(doc: TokenizedArticle, i: number): boolean {
  const [t, next] = [doc.tokens[i], doc.tokens[i + 1]];
  return !!next && next.start === t.end + 1 && doc.body[t.end] === '-' && next.segment === t.segment;
}
