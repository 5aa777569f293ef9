import { isCurrencyCode } from '../lexicon/currency.lexicon';
import { NAME_CONNECTORS } from '../lexicon/name-words.lexicon';
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';

/** The acronym written in brackets right after token `last` ("... Organization (XYZ)"), or null; a currency's code is none ("Quorvex Corp (NOK)" in a results table). */
export function bracketedAcronymAfter(doc: TokenizedArticle, last: number): string | null {
  const end = doc.tokens[last].end;
  const acronym = /^ ?\((\p{Lu}[\p{Lu}&]{1,9})\)/u.exec(doc.body.slice(end, end + 14))?.[1] ?? null;
  return acronym && !isCurrencyCode(acronym) ? acronym : null;
}

/**
 * The short form written alone in brackets right after token `last`, of any short form's shape: capitals ("(TOP)", a currency's code
 * too), capitals with a hyphen or digits ("(PDI-P)", "(G42)"), mixed case ("(AfD)", "(NordGen)") or one capitalised word ("(Udelar)",
 * "(Cemig)"); null for anything else: two words, a ticker's dot ("(QVX.N)"), a year, a party and a state after a legislator ("(R-Utah)").
 */
export function bracketedShortFormAfter(doc: TokenizedArticle, last: number): string | null {
  const end = doc.tokens[last].end;
  const form = /^ ?\((\p{Lu}[\p{L}\p{N}&-]{1,19})\)/u.exec(doc.body.slice(end, end + 24))?.[1] ?? null;
  return form && !/^[DRI]-/.test(form) ? form : null;
}

/**
 * The acronym an apposition right after token `last` names it by: ", known as XYZ", ", commonly known as the XYZ", ", known by its French acronym XYZ",
 * ", also known by the initials XYZ" (two to ten capitals, a currency's code none), or null.
 */
export function acronymNamedAfter(doc: TokenizedArticle, last: number): string | null {
  const end = doc.tokens[last].end;
  const acronym = KNOWN_AS_ACRONYM.exec(doc.body.slice(end, end + 60))?.[1] ?? null;
  return acronym && !isCurrencyCode(acronym) ? acronym : null;
}

/** The words an apposition gives a name's other name with, before "as" or "by": "known", "also known", "better known", "known locally", "known abroad" (a RegExp source). */
export const KNOWN_AS_WORDS = '(?:(?:also|better|commonly|locally|widely) )?known (?:(?:locally|abroad|internationally) )?';

const KNOWN_AS_ACRONYM = new RegExp(`^,? ${KNOWN_AS_WORDS}(?:as|by (?:its|the) (?:\\p{L}+ )?(?:acronym|initials|abbreviation),?) (?:the )?(\\p{Lu}[\\p{Lu}&]{1,9})\\b(?![.'’\\p{L}-])`, 'u');

/**
 * The first token of the words ending at `last` whose initials spell `acronym` (ignoring "of", "the"...,
 * or counting them: "Bank of Japan (BOJ)"); or `first` when the initials of all the words are the acronym's
 * letters in another order, as an acronym of the name in another language is ("Union of Rationalist Atheists
 * and Agnostics (UAAR)").
 */
export function initialsStart(tokens: ArticleToken[], first: number, last: number, acronym: string): number | null {
  const wanted = acronym.replace(/&/g, '');
  let letters = '';
  let all = '';
  for (let i = last; i >= first; i--) {
    all = tokens[i].text[0].toUpperCase() + all;
    if (all === wanted) return i;
    if (NAME_CONNECTORS.has(tokens[i].key) && !tokens[i].cap) continue;
    letters = tokens[i].text[0].toUpperCase() + letters;
    if (letters === wanted) return i;
  }
  const sorted = (text: string): string => [...text].sort().join('');
  return letters.length === wanted.length && sorted(letters) === sorted(wanted) ? first : null;
}

/**
 * True when the initials of tokens `first`..`last` spell `acronym` (an ampersand aside), each capitalised word giving its first
 * letter and each lower-case word giving its own or none: "United Nations Interim Force in Lebanon" spells UNIFIL with "in",
 * "Organization for Security and Co-operation in Europe" OSCE without "for", "and" or "in". Where initialsStart asks where the
 * spelling of a name's words starts, counting every word or skipping the connectors, this asks it of the whole span, any lower-case
 * word counted or not, as acronyms of names in English, French or Spanish are made.
 */
export function spellsWithJoiningWords(tokens: ArticleToken[], first: number, last: number, acronym: string): boolean {
  const wanted = acronym.replace(/&/g, '');
  const spells = (i: number, k: number): boolean => {
    if (i > last) return k === wanted.length;
    const t = tokens[i];
    const fits = k < wanted.length && t.text[0].toUpperCase() === wanted[k] && spells(i + 1, k + 1);
    return fits || (!t.cap && spells(i + 1, k));
  };
  return tokens[first].cap && spells(first, 0);
}

/** What writes an acronym right after its long form: an opening bracket ("liquefied natural gas (LNG)") or ", or" ("..., or EEHV"). */
const DEFINING_GAP = /(?:\s\(|,\s+or\s+)$/u;

/**
 * True when the acronym at token `i` is written right after a long form in lower-case words that spells it, as a term is defined:
 * "liquefied natural gas (LNG)", "a virus called elephant endotheliotropic herpesvirus, or EEHV". The long form is found as Schwartz
 * and Hearst's abbreviation-definition algorithm finds it (2003): each letter of the acronym, from the last, in the words before it,
 * the first at the start of a word, within as many words as the acronym has letters plus five (at most twice as many). A name's long
 * form is capitalised ("Quorvian Farmers Collective (QFC)"): one capitalised word among those the spelling takes makes it none.
 */
export function definedByLowerCaseWords(doc: TokenizedArticle, i: number): boolean {
  const { tokens, body } = doc;
  const t = tokens[i];
  const gap = DEFINING_GAP.exec(body.slice(Math.max(0, t.start - 8), t.start));
  if (!gap) return false;
  let last = i - 1;
  while (last >= 0 && tokens[last].end > t.start - gap[0].length) last--;
  if (last < 0 || tokens[last].end !== t.start - gap[0].length || tokens[last].segment !== t.segment) return false;
  const acronym = t.text.toLowerCase();
  const most = Math.min(acronym.length + 5, acronym.length * 2);
  const words: string[] = [];
  for (let k = last; k >= 0 && words.length < most && tokens[k].segment === t.segment && (k === last || tokens[k].joinsNext); k--) words.unshift(tokens[k].text);
  const longForm = words.join(' ');
  const start = longFormStart(acronym, longForm.toLowerCase());
  return start >= 0 && !/\p{Lu}/u.test(longForm.slice(start));
}

/** Where the long form of `short` (lower case) starts in `text` (lower case), Schwartz and Hearst's way; -1 when the letters are not there. */
function longFormStart(short: string, text: string): number {
  let s = short.length - 1;
  let l = text.length - 1;
  for (; s >= 0; s--) {
    const c = short[s];
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (l >= 0 && (text[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(text[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
  }
  return l + 1;
}
