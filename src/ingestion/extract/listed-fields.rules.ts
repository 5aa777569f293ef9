import { isGivenName, isVocabularyWord } from '../lexicon/english.lexicon';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isOrganizationFinding, organizationFinding } from './organization-context.rules';

/** The most words of one field in a list ("Rural Affairs"). */
const FIELD_WORDS = 2;

/** Token `t` may be a word of a field: capitalised, no acronym, an ordinary word or its plural ("Sports", "Heritage"), no given name. */
function fieldWord(t: ArticleToken | undefined): boolean {
  return !!t && t.cap && !t.upper && !t.possessive && (isVocabularyWord(t.key) || (t.key.endsWith('s') && isVocabularyWord(t.key.slice(0, -1)))) && !isGivenName(t.key);
}

/** The last token of a field of one or two words opening at token `at` (joined in one segment), or -1 when none opens there. */
function fieldEnd(tokens: ArticleToken[], at: number): number {
  if (!fieldWord(tokens[at])) return -1;
  let end = at;
  while (end - at + 1 < FIELD_WORDS && tokens[end].joinsNext && tokens[end + 1]?.segment === tokens[at].segment && fieldWord(tokens[end + 1])) end++;
  return end;
}

/**
 * The last token of the list of fields after the name ending at token `last` ("..., Sports and Tourism"): fields set off by
 * ", " and closed by " and " or ", and " and one last field, no capitalised word right after it; -1 when no such list follows.
 */
function listedFieldsEnd(doc: TokenizedArticle, last: number): number {
  const { tokens, body } = doc;
  const gap = (k: number): string => (tokens[k + 1] && tokens[k + 1].segment === tokens[k].segment ? body.slice(tokens[k].end, tokens[k + 1].start) : '');
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
 * "South Korea's Ministry of Culture, Sports and Tourism", "the Ministry of Agriculture, Food and Rural Affairs": an
 * organization's name ending in "of" and a field, then more fields set off by commas and closed by "and", each one or two
 * capitalised ordinary words (no given name: "the Department of Health, Ann Quorvle and Bo Lee" is three names; no place:
 * "the Ministry of Defence, Britain and France"), is one name to the last field. Returns `findings` with each such name
 * extended over its list and the findings inside the list left out.
 */
export function fieldsListedInNames(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens, body } = doc;
  // Most articles write no name with a list in it: a quick test on the text first.
  if (!body.includes(', ')) return findings;
  const extended = new Map<EntityFinding, EntityFinding>();
  for (const f of findings) {
    const of = tokens[f.last - 1];
    if (!isOrganizationFinding(f) || f.last - f.first < 2 || of.key !== 'of' || of.cap || !fieldWord(tokens[f.last])) continue;
    const end = listedFieldsEnd(doc, f.last);
    if (end >= 0) extended.set(f, organizationFinding(doc, f.first, end, surfaceOf(doc, f.first, end)));
  }
  if (!extended.size) return findings;
  const spans = [...extended.values()];
  return findings.flatMap((f) => extended.get(f) ?? (spans.some((s) => f.first > s.first && f.first <= s.last) ? [] : [f]));
}
