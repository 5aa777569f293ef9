/**
 * A union's local named by its number, as North American news names one: "UAW Local 652", "Teamsters Local 727", "Amalgamated
 * Transit Union Local 1015". The frames read a name's head last, so "Union Local" ends no organization's name and the number was
 * read as nothing: the whole was lost or cut.
 */
import { isFunctionWord } from '../lexicon/english.lexicon';
import { runsOn, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { withSpansRead } from './spanned-findings.util';
import { organizationFinding } from './organization-context.rules';

/** A local's number: one to five figures ("652", "1015"). */
const LOCAL_NUMBER = /^\d{1,5}$/;

/** Lower-case words that may join the capitalised words of a union's name ("United Food and Commercial Workers", "Brotherhood of Teamsters"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of']);

/**
 * The first token of the union's name before the capitalised "Local" at token `at`: the capitalised words running on to it, with
 * lower-case "and" or "of" between two of them, no function word opening it ("The" of "The Service Employees International Union");
 * or -1 when no capitalised word comes right before "Local" ("Local 4 said" names nothing known).
 */
function unionNameStart(tokens: ArticleToken[], at: number): number {
  let first = at;
  for (let k = at - 1; k >= 0 && runsOn(tokens[k], tokens[k + 1]); k--) {
    const t = tokens[k];
    if (t.cap) first = k;
    else if (!NAME_JOINERS.has(t.key) || !tokens[k - 1]?.cap) break;
  }
  while (first < at && isFunctionWord(tokens[first].key)) first++;
  return first < at ? first : -1;
}

/**
 * The findings with each union's local named by its number read as one organization (see the module's comment): a capitalised
 * "Local" (not in capitals) right after a union's name (unionNameStart) and right before its number, which no capitalised word
 * follows ("Local 4 News" is a station's programme). Replaces the findings inside the name; returns them in body order.
 */
export function unionLocals(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const spans: Array<[number, number]> = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [t, number, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (t.key !== 'local' || !t.cap || t.upper || !runsOn(t, number) || !LOCAL_NUMBER.test(number.key)) continue;
    if (after && after.cap && runsOn(number, after)) continue;
    const first = unionNameStart(tokens, i);
    if (first >= 0) spans.push([first, i + 1]);
  }
  return withSpansRead(findings, spans, (first, last) => organizationFinding(doc, first, last));
}
