import { lookupName } from '../lexicon/entity.dictionary';
import type { ArticleToken, TokenizedArticle } from './article.tokenizer';
import { isConnector, surfaceOf } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { isPartyMembersPlural, organizationFinding } from './organization-context.rules';
import { personOrUntyped } from './untyped-name.rules';

/**
 * Parties as bodies are organizations, as the wire sets and CoNLL read them: "the Conservatives won", "the Republicans in the
 * House", "the Greens", "the Tories"; and the party in brackets after a candidate in a results line, "Quorvle (Liberal Democrats)
 * 3,311", "Quintell (Green Party) 1,570". A party's members without "the" stay people, unmarked ("Two Republicans voted against
 * it", "Many Conservatives opposed it").
 */

/** Party nicknames whose capitalised plural after "the" names the party, beside the members' plurals (isPartyMembersPlural). */
const PARTY_NICKNAME_PLURALS: ReadonlySet<string> = new Set(['tories', 'greens', 'nationalists', 'unionists']);

/** How many words a party's name in a results line's brackets may have. */
const BRACKETED_WORDS = 5;

/** Letters below which one bracketed word is a tag, not a party's name. */
const SHORT_TAG = 4;

/** After a bracketed party in a results line: the closing bracket and a number ("(Green Party) 1,570"). */
const RESULT_AFTER = /^\) \d/;

/** Token `t` is the capitalised plural of a word for a party's members or of a party's nickname. */
function partyPlural(t: ArticleToken): boolean {
  return t.cap && !t.upper && !t.possessive && (isPartyMembersPlural(t) || PARTY_NICKNAME_PLURALS.has(t.key));
}

/**
 * The organization finding over tokens `first`..`last` when they are a party named by its members' plural right after "the"
 * ("the Conservatives"), no capitalised word after it in the segment, or null.
 */
function partyAfterThe(doc: TokenizedArticle, i: number): EntityFinding | null {
  const { tokens } = doc;
  const [t, the, next] = [tokens[i], tokens[i - 1], tokens[i + 1]];
  if (!partyPlural(t) || !the || the.key !== 'the' || !the.joinsNext || the.segment !== t.segment) return null;
  if (t.joinsNext && next?.cap) return null;
  return organizationFinding(doc, i, i);
}

/**
 * The organization finding over the capitalised words in brackets right after person finding `f`, before a number ("Quorvle
 * (Liberal Democrats) 3,311"), unless they name a place the lists know (a player's country: "(Spain)"); or null.
 */
function partyInResult(doc: TokenizedArticle, f: EntityFinding): EntityFinding | null {
  const { tokens, body } = doc;
  const first = f.last + 1;
  const open = tokens[first];
  if (f.kind !== 'person' || !open || open.segment !== tokens[f.last].segment || body.slice(tokens[f.last].end, open.start) !== ' (') return null;
  let last = first;
  while (last - first < BRACKETED_WORDS && !RESULT_AFTER.test(body.slice(tokens[last].end, tokens[last].end + 3))) {
    const t = tokens[last + 1];
    if (!t || !tokens[last].joinsNext || t.segment !== open.segment) return null;
    last++;
  }
  if (!RESULT_AFTER.test(body.slice(tokens[last].end, tokens[last].end + 3))) return null;
  const words = tokens.slice(first, last + 1);
  if (!words[0].cap || !words[words.length - 1].cap || !words.every((t) => t.cap || isConnector(t))) return null;
  // A short tag is a side's or a party's abbreviation ("(Eng)", "(Lab)"), which name-evidence.rules reads; an acronym is a name.
  if (words.length === 1 && words[0].key.length < SHORT_TAG && !words[0].upper) return null;
  const hit = lookupName(surfaceOf(doc, first, last), words.length);
  if (hit && (hit.type === 'COUNTRY' || hit.type === 'REGION' || hit.type === 'CITY' || hit.type === 'DEMONYM')) return null;
  return organizationFinding(doc, first, last);
}

/**
 * `findings` (body order) with the parties partyAfterThe and partyInResult read, each in place of the findings inside its words,
 * and without a party's members' plural found alone elsewhere (a group of people). Returns the findings in body order.
 */
export function partiesAsBodies(doc: TokenizedArticle, findings: EntityFinding[]): EntityFinding[] {
  const { tokens } = doc;
  const parties: EntityFinding[] = [];
  for (const f of findings) {
    const party = partyInResult(doc, f);
    if (party) parties.push(party);
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].cap && tokens[i - 1].key === 'the') {
      const party = partyAfterThe(doc, i);
      if (party) parties.push(party);
    }
  }
  const within = (f: EntityFinding, p: EntityFinding): boolean => f.first >= p.first && f.last <= p.last;
  // A party crossing a longer finding's edge is that finding's word, no party of its own.
  const kept = parties.filter((p) => !findings.some((f) => f.first <= p.last && f.last >= p.first && !within(f, p)));
  // A party's members written alone elsewhere ("Many Democrats say") are people, no mention of the party "the Democrats" names.
  const members = (f: EntityFinding): boolean => personOrUntyped(f) && f.first === f.last && partyPlural(tokens[f.first]);
  if (!kept.length && !findings.some(members)) return findings;
  return [...findings.filter((f) => !kept.some((p) => within(f, p)) && !members(f)), ...kept].sort((a, b) => a.first - b.first);
}
