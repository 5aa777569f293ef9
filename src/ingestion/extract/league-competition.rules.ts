import type { TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isOrganizationFinding } from './organization-context.rules';
import { isSportsCopy } from './sports-team.rules';

/**
 * A sports league's name names its competition far more often than the body that runs it, and a competition is no mention
 * (the entity READMEs: "events and competitions (Premier League, ...)" are unmarked; CoNLL reads them MISC): "Arsenal top
 * the Premier League", "a Champions League night", "La Liga". The body is named where it acts or speaks ("the Premier
 * League said", "fined by the Premier League", "the Premier League's chief executive").
 */

/** Last words of a league's name, or whole one-word names, that sports copy writes for a competition. */
const LEAGUE_WORDS: ReadonlySet<string> = new Set(['league', 'liga', 'bundesliga', 'euroleague', 'premiership', 'ligue', 'eredivisie', 'superliga']);

/** What a league does as a body, right after its name: it speaks, rules, punishes, decides. */
const BODY_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'fined', 'fines', 'ruled', 'rules', 'suspended', 'charged', 'banned', 'approved',
  'rejected', 'told', 'sanctioned', 'voted', 'decided', 'ordered', 'warned', 'agreed', 'postponed', 'sued', 'appealed', 'investigated', 'denied',
  'has', 'have', 'will', 'would', 'could', 'is', 'was', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'officials', 'statement',
]);

/** The finding `f` names a league: its last word is a league's (LEAGUE_WORDS), or it is "Serie A" / "Serie B". */
function leagueName(doc: TokenizedArticle, f: EntityFinding): boolean {
  const last = doc.tokens[f.last];
  return LEAGUE_WORDS.has(last.key) || (f.last === f.first + 1 && doc.tokens[f.first].key === 'serie' && /^[AB]$/.test(last.text));
}

/** The league named by `f` acts as a body: a verb or a people's word of BODY_VERBS after it (its possessive too), or "by" before it. */
function actsAsBody(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  const [next, prior] = [tokens[f.last + 1], tokens[f.first - 1]];
  const priorWord = prior?.key === 'the' ? tokens[f.first - 2] : prior;
  return (!!next && !next.cap && next.segment === tokens[f.last].segment && BODY_VERBS.has(next.key)) || (!!priorWord && !priorWord.cap && priorWord.key === 'by');
}

/**
 * Drops from `findings` (body order) in sports copy (isSportsCopy) each finding of a league's name (leagueName), as an
 * organization or as an untitled person ("La Liga"), that does not act as a body (actsAsBody): the competition. Returns the
 * findings kept.
 */
export function withoutLeagueCompetitions(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const leagues = new Set(findings.filter((f) => (isOrganizationFinding(f) || (f.kind === 'person' && f.titleFirst === null)) && leagueName(doc, f) && !actsAsBody(doc, f)));
  if (!leagues.size || !isSportsCopy(doc)) return findings;
  return findings.filter((f) => !leagues.has(f));
}
