import { isCommonWord, isFunctionWord, isGivenName, isOrganizationHead, isVocabularyWord } from '../lexicon/english.lexicon';
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { singularOf } from './name-shape.rules';
import { isOrganizationFinding, organizationFinding } from './organization-context.rules';

/** The most words of one field in a list ("Rural Affairs"). */
const FIELD_WORDS = 2;

/** The ending of the name of a science or a field of study, made so in English whether a word list holds it or not: "Volcanology", "Limnology". */
const STUDY_ENDING = /\p{L}{3}olog(?:y|ies)$/u;

/**
 * Token `t` may be a word of a field: capitalised, no acronym, an ordinary word or its plural ("Sports", "Heritage", "Fisheries") or a
 * science's name (STUDY_ENDING: "Volcanology"), no given name but one that is a common word too ("Urban" of "Urban Development"; not "Ann").
 */
function fieldWord(t: ArticleToken | undefined): boolean {
  if (!t || !t.cap || t.upper || t.possessive || isFunctionWord(t.key) || (isGivenName(t.key) && !isCommonWord(t.key))) return false;
  return isVocabularyWord(t.key) || (t.key.endsWith('s') && isVocabularyWord(singularOf(t.key))) || STUDY_ENDING.test(t.key);
}

/** The words that join an organization's head to its first field: "Ministry of Culture", "Department for Environment". */
const FIELD_JOINS: ReadonlySet<string> = new Set(['of', 'for']);

/** The last token of a field of one or two words opening at token `at` (joined in one segment), or -1 when none opens there. */
function fieldEnd(tokens: ArticleToken[], at: number): number {
  if (!fieldWord(tokens[at])) return -1;
  let end = at;
  while (end - at + 1 < FIELD_WORDS && tokens[end].joinsNext && tokens[end + 1]?.segment === tokens[at].segment && fieldWord(tokens[end + 1])) end++;
  return end;
}

/** The text between token `k` and the next token of its segment; empty at a segment's end. */
function gapAfter(doc: TokenizedArticle, k: number): string {
  const { tokens, body } = doc;
  return tokens[k + 1] && tokens[k + 1].segment === tokens[k].segment ? body.slice(tokens[k].end, tokens[k + 1].start) : '';
}

/**
 * The last token of the list of fields after the name ending at token `last` ("..., Sports and Tourism"): fields set off by
 * ", " and closed by " and " or ", and " and one last field, no capitalised word right after it; -1 when no such list follows.
 */
function listedFieldsEnd(doc: TokenizedArticle, last: number): number {
  const { tokens } = doc;
  const gap = (k: number): string => gapAfter(doc, k);
  let k = last;
  while (gap(k) === ', ') {
    const and = tokens[k + 1].key === 'and' && !tokens[k + 1].cap;
    const end = fieldEnd(tokens, and ? k + 2 : k + 1);
    if (end < 0 || (and && gap(k + 1) !== ' ')) return -1;
    if (and) return tokens[end].joinsNext && tokens[end + 1]?.cap && gap(end) === ' ' ? -1 : end;
    k = end;
    if (gap(k) === ' ' && tokens[k + 1]?.key === 'and' && !tokens[k + 1].cap && gap(k + 1) === ' ') {
      const final = fieldEnd(tokens, k + 2);
      return final < 0 || (tokens[final].joinsNext && tokens[final + 1]?.cap && gap(final) === ' ') ? -1 : final;
    }
  }
  return -1;
}

/**
 * The organization's name `f` ends in "of" or "for" and its first field, one or two capitalised words that are no acronym, possessive
 * or function word: "Culture" of "Ministry of Culture", "Natural Resources" of "Ministry of Natural Resources" (the name's own words, read
 * so by its frame, whatever a word list says of them; the fields listed after it are held to fieldWord).
 */
function namedField(tokens: ArticleToken[], f: EntityFinding): boolean {
  for (let start = f.last; start > f.first + 1 && start >= f.last - 1; start--) {
    const t = tokens[start];
    if (!t.cap || t.upper || t.possessive || isFunctionWord(t.key)) return false;
    const of = tokens[start - 1];
    if (!of.cap && FIELD_JOINS.has(of.key)) return true;
  }
  return false;
}

/** The first token of a field of one or two words ending at token `end` (see fieldEnd), or -1 when none ends there. */
function fieldStart(doc: TokenizedArticle, end: number): number {
  const { tokens } = doc;
  if (end < 0 || !fieldWord(tokens[end])) return -1;
  let start = end;
  while (end - start + 1 < FIELD_WORDS && start > 0 && gapAfter(doc, start - 1) === ' ' && fieldWord(tokens[start - 1])) start--;
  return start;
}

/** The most capitalised words that may open the first field of a list before an organization's head ("Philippine" of "Philippine Atmospheric, ..."). */
const OPENING_WORDS = 2;

/**
 * The first token of the list of fields that the organization's name `f` closes ("Atmospheric, Geophysical and Astronomical Services
 * Administration", "Medical Practitioners, Pharmacists and Dentists Union"): the field and "and" that open `f` or stand right before
 * it, and before them one field or more each set off by ", " (none ending in an organization's head), the first maybe opened by capitalised words that are no function word
 * (a place's or a people's name: "Philippine", "Kenya"); -1 when no such list comes before `f`.
 */
function listOpeningBefore(doc: TokenizedArticle, f: EntityFinding): number {
  const { tokens } = doc;
  const and = (k: number): boolean => tokens[k]?.key === 'and' && !tokens[k].cap && gapAfter(doc, k) === ' ';
  // A field is no organization's name of its own: "Kotak Capital, Axis Capital and JM Financial" lists three firms.
  const listed = (end: number): number => (end >= 0 && !isOrganizationHead(tokens[end].key) ? fieldStart(doc, end) : -1);
  const field = fieldEnd(tokens, f.first);
  let start = field >= 0 && field < f.last - 1 && and(field + 1) && gapAfter(doc, field) === ' ' && !isOrganizationHead(tokens[field].key) ? f.first : -1;
  if (start < 0 && f.first > 1 && and(f.first - 1) && [' ', ', '].includes(gapAfter(doc, f.first - 2))) start = listed(f.first - 2);
  let fields = 0;
  for (let previous = start; previous > 0 && gapAfter(doc, previous - 1) === ', '; fields++) {
    previous = listed(previous - 1);
    if (previous < 0) break;
    start = previous;
  }
  if (start < 0 || !fields) return -1;
  for (let n = 0; n < OPENING_WORDS && start > 0 && gapAfter(doc, start - 1) === ' ' && opensField(tokens[start - 1]); n++) start--;
  return start;
}

/** Token `t` may open a list's first field before its field words: capitalised, no function word, no possessive ("Kenya", "Philippine"). */
function opensField(t: ArticleToken): boolean {
  return t.cap && !t.possessive && !isFunctionWord(t.key);
}

/**
 * "South Korea's Ministry of Culture, Sports and Tourism", "the Ministry of Agriculture, Food and Rural Affairs", "the Department
 * for Digital, Culture, Media and Sport", "the Ministry of Natural Resources, Ecology and Technical Supervision": an organization's
 * name ending in "of" or "for" and a field of one or two words, then more fields set off by
 * commas and closed by "and", each one or two capitalised ordinary words (no given name: "the Department of Health, Ann Quorvle
 * and Bo Lee" is three names; no place: "the Ministry of Defence, Britain and France"), is one name to the last field. So is a list
 * of such fields an organization's head closes, opened maybe by a place's or a people's name (listOpeningBefore: "the Philippine
 * Atmospheric, Geophysical and Astronomical Services Administration", "the Meteorology, Climatology and Geophysical Agency"), not in a
 * Title Case line. Returns `findings` with each such name extended over its list and the findings inside it left out.
 */
export function fieldsListedInNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  // Most articles write no name with a list in it: a quick test on the text first.
  if (!body.includes(', ')) return findings;
  const extended = new Map<EntityFinding, EntityFinding>();
  const covered = (f: EntityFinding): boolean => [...extended.values()].some((s) => f.first <= s.last && f.last >= s.first);
  for (const f of findings) {
    if (!isOrganizationFinding(f) || f.last - f.first < 2 || !namedField(tokens, f)) continue;
    const end = listedFieldsEnd(doc, f.last);
    if (end >= 0) extended.set(f, organizationFinding(doc, f.first, end));
  }
  // Then the lists an organization's head closes, outside the names extended above.
  for (const f of findings) {
    const head = tokens[f.last];
    if (!isOrganizationFinding(f) || head.upper || !isOrganizationHead(head.key) || doc.segments[head.segment].titleCase || covered(f)) continue;
    const start = listOpeningBefore(doc, f);
    if (start >= 0) extended.set(f, organizationFinding(doc, start, f.last));
  }
  if (!extended.size) return findings;
  return findings.flatMap((f) => extended.get(f) ?? (covered(f) ? [] : [f]));
}
