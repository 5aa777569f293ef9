import { isCommonWord, isFunctionWord, isGivenName, isSurname } from '../lexicon/english.lexicon';
import { isDictionaryName, isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { ORGANIZATION_KIND_NOUNS } from '../lexicon/name-words.lexicon';
import { isTitleWord } from '../lexicon/title.lexicon';
import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { modifiesNoun, verbLike } from './name-shape.rules';

/**
 * Organizations no list knows, typed by the words around them as news writes them: a person "of"
 * the organization ("Nathan Law of Demosisto"), the organization's person ("Demosisto's Nathan
 * Law"), and a lower-case noun for the kind of organization before its name ("localist group
 * Youngspiration", "US team Cloud9"). Only names no other rule typed (partial findings) of at most
 * four words, none a given name, known surname or title word, are rewritten.
 */

/** How many words such a name may have. */
const NAME_WORDS = 4;

/**
 * A partial finding that may be an organization's name: at most NAME_WORDS words, none a given name,
 * known surname, title word or capitalised function word, not one ordinary word alone ("Studio 54",
 * "the Architectural, Surveying ... constituency"), and no modifier of a lower-case noun after it
 * ("the Social Welfare constituency").
 */
function organizationShaped(tokens: ArticleToken[], f: EntityFinding): boolean {
  if (f.kind !== 'partial' || f.last - f.first >= NAME_WORDS) return false;
  const ws = tokens.slice(f.first, f.last + 1);
  if (ws.some((t) => isGivenName(t.key) || isSurname(t.key) || isTitleWord(t.key) || (t.cap && isFunctionWord(t.key)))) return false;
  if (ws.length === 1 && (isCommonWord(ws[0].key) || (isDictionaryWord(ws[0].key) && !isDictionaryName(ws[0].key)))) return false;
  return !modifiesNoun(tokens, f.last);
}

/** Token `i` is a lower-case word of `keys` with one space on each side. */
function lowerWordAt(tokens: ArticleToken[], i: number, keys: ReadonlySet<string> | string): boolean {
  const t = tokens[i];
  return !!t && !t.cap && t.joinsNext && tokens[i - 1]?.joinsNext === true && (typeof keys === 'string' ? t.key === keys : keys.has(t.key));
}

/**
 * Rewrites, in `findings` (body order), the partial findings that name an organization by their
 * context, as organizations: after "<person> of (the)", before a person when the name is possessive,
 * after a lower-case noun for a kind of organization (not before a verb: "the company Kowalczyk
 * founded").
 */
export function typeOrganizationsByContext(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.kind !== 'partial') continue;
    const before = findings[i - 1];
    const after = findings[i + 1];
    const lastWord = tokens[f.last];
    // "Nathan Law of Demosisto", "Gary Fan of the Neo Democrats".
    const ofAt = tokens[f.first - 1]?.key === 'the' && !tokens[f.first - 1].cap ? f.first - 2 : f.first - 1;
    const ofPerson = before?.kind === 'person' && before.last === ofAt - 1 && lowerWordAt(tokens, ofAt, 'of') && (ofAt === f.first - 1 || tokens[f.first - 1].joinsNext);
    // "Demosisto's Nathan Law", "Labour's Shadow Home Secretary Yvette Cooper".
    const beforePerson = lastWord.possessive && after?.kind === 'person' && (after.titleFirst ?? after.first) === f.last + 1;
    // "localist group Youngspiration", "US team Cloud9 and Immortals"; not "the company Kowalczyk founded".
    const next = tokens[f.last + 1];
    const afterKindNoun = lowerWordAt(tokens, f.first - 1, ORGANIZATION_KIND_NOUNS) && !tokens[f.first - 1].possessive && !(!!next && !next.cap && lastWord.joinsNext && verbLike(next.key));
    if ((ofPerson || beforePerson || afterKindNoun) && organizationShaped(tokens, f)) findings[i] = { kind: 'org', name: surfaceOf(doc, f.first, f.last), first: f.first, last: f.last };
  }
}
