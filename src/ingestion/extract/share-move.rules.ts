import { isGivenName, isSurname, isVocabularyWord } from '../lexicon/english.lexicon';
import { PLACE_PREPOSITIONS } from '../lexicon/place-words.lexicon';
import { INDEX_MOVES } from '../lexicon/market-name.lexicon';
import { COMPANY_NOUNS } from '../lexicon/name-words.lexicon';
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { organizationFinding, organizationShaped } from './organization-context.rules';

/**
 * Markets copy names listed companies by their shares' moves: "Harita Nickel gained 7.4%", "Quorvex Tellan fell 1.1 percent",
 * "Samsung Electronics and Quorvle each lost more than 4%", "Tellan was up 2%". A name right before a market's verb and a share
 * in per cent is a company, whatever its words would read as alone; people gain or lose no per cent of themselves.
 */

/** A share in per cent right after a market's verb: " 7.4%", " more than 4%", " as much as 3 percent", " 2% higher"; not of the vote ("gained 12% of the vote"). */
const PERCENT_AFTER = /^ (?:(?:more|less) than |about |nearly |almost |as much as |up to |some )?\d+(?:\.\d+)? ?(?:%|percent\b|per cent\b|pct\b)(?! of (?:the )?votes?\b)/;

/** How many characters after the verb PERCENT_AFTER may read. */
const PERCENT_WINDOW = 32;

/** Words after "was" / "were" that give a share's move: "Tellan was up 2%", "Quorvle was flat". */
const STATE_MOVES: ReadonlySet<string> = new Set(['up', 'down']);

/** Gaps between names listed before their shared move: "Quorvle, Tellan and Brellow each fell 2%". */
const LIST_GAP = /^(?:, (?:and )?| and )$/;

/** Prepositions whose object, no subject, a name after them is: "support for Quorvle rose 3%", "a vote share of". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'for', 'of', 'to', 'with', 'by', 'from', 'about', 'against', 'behind', 'over', 'than']);

/** Token `i` is a lower-case word one space after the token before it, in the same segment. */
function lowerAfterSpace(tokens: ArticleToken[], i: number): boolean {
  const t = tokens[i];
  return !!t && !t.cap && tokens[i - 1].joinsNext && t.segment === tokens[i - 1].segment;
}

/**
 * True when the words after token `last` give a share's move in per cent: a market's verb (INDEX_MOVES, maybe after "each":
 * "each lost more than 4%") or "was up" / "were down", then a share in per cent.
 */
export function shareMovesAfter(doc: TokenizedArticle, last: number): boolean {
  const { tokens, body } = doc;
  let verb = last + 1;
  if (!lowerAfterSpace(tokens, verb)) return false;
  if (tokens[verb].key === 'each') verb++;
  if ((tokens[verb].key === 'was' || tokens[verb].key === 'were') && lowerAfterSpace(tokens, verb + 1) && STATE_MOVES.has(tokens[verb + 1].key)) verb++;
  else if (!lowerAfterSpace(tokens, verb) || !INDEX_MOVES.has(tokens[verb].key)) return false;
  const end = tokens[verb].end;
  return PERCENT_AFTER.test(body.slice(end, end + PERCENT_WINDOW));
}

/**
 * A finding that may be a company named by its shares' move: one no rule typed, shaped like an organization's name (no given name,
 * surname, title) with a word no English word list knows ("Gold rose 1%", "the Nikkei 225 Stock Average rose"; not a noun only a company has:
 * "Revenue rose 22%"), or an untitled person
 * no given name opens, of two words or more or of one word that is no surname; the subject, after no preposition ("support for Le
 * Pen rose 3%") nor "the" (an index: "the Kospi fell"), and no word of another person of the article ("Anna Quimby ... Quimby
 * gained 2% in the polls").
 */
function companyCandidate(doc: TokenizedArticle, findings: EntityFinding[], f: EntityFinding): boolean {
  const { tokens } = doc;
  const before = tokens[f.first - 1];
  if (before && !before.cap && (before.key === 'the' || OBJECT_PREPOSITIONS.has(before.key))) return false;
  // "Revenue rose 22%": what only a company has (COMPANY_NOUNS) rises and falls as no company.
  if (f.first === f.last && COMPANY_NOUNS.has(tokens[f.first].key)) return false;
  const shaped =
    f.kind === 'partial'
      ? organizationShaped(tokens, f, false, true) && tokens.slice(f.first, f.last + 1).some((t) => !isVocabularyWord(t.key))
      : f.kind === 'person' && f.titleFirst === null && !isGivenName(tokens[f.first].key) && (f.last > f.first || !isSurname(tokens[f.first].key));
  if (!shaped) return false;
  const own = new Set(tokens.slice(f.first, f.last + 1).map((t) => t.key));
  return !findings.some((g) => g !== f && g.kind === 'person' && tokens.slice(g.first, g.last + 1).some((t) => own.has(t.key)));
}

/**
 * Rewrites, in `findings` (body order), as organizations the names right before a share's move in per cent (shareMovesAfter) and
 * the names listed before them ("Quorvle and Tellan each fell 2%"), where each may be a company (companyCandidate).
 */
export function companiesByShareMoves(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  // One search first: most articles give no share in per cent.
  if (body.indexOf('%') < 0 && !/\b(?:percent|per cent|pct)\b/.test(body)) return;
  for (let i = 0; i < findings.length; i++) {
    if (!shareMovesAfter(doc, findings[i].last)) continue;
    for (let k = i; k >= 0; k--) {
      const f = findings[k];
      if (k < i && !LIST_GAP.test(body.slice(tokens[f.last].end, tokens[findings[k + 1].first].start))) break;
      if (companyCandidate(doc, findings, f)) findings[k] = organizationFinding(doc, f.first, f.last);
    }
  }
}
