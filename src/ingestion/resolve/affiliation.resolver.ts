import type { TokenizedArticle } from '../extract/article.tokenizer';
import type { EntityFinding } from '../extract/entity.classifier';
import { ARTICLES } from '../lexicon/speaker.lexicon';
import { formatRole, isOrganizationalOffice, isTitleHead, isTitleWord } from '../lexicon/title.lexicon';
import type { EntityRegistry } from './entity.registry';

/** How often, and first where, an organization is mentioned in the article. */
export interface OrganizationTally {
  key: string;
  mentions: number;
  firstStart: number;
}

/**
 * The organization a person with `role` but no organization named beside it speaks for: when the role
 * is an organization's office (secretary general, spokesman, chairman, chief executive...), the
 * article's most-mentioned organization (at least two mentions; ties go to the one named first).
 * Null otherwise: a president or senator is not assumed to speak for whatever organization the story
 * is about.
 */
export function fallbackAffiliation(role: string | null, organizations: OrganizationTally[]): string | null {
  if (!role || !isOrganizationalOffice(role)) return null;
  let best: OrganizationTally | null = null;
  for (const o of organizations) {
    if (!best || o.mentions > best.mentions || (o.mentions === best.mentions && o.firstStart < best.firstStart)) best = o;
  }
  return best && best.mentions >= 2 ? best.key : null;
}

/**
 * Role and affiliation written next to one person mention: an organization right before the title
 * ("NATO Secretary General X", "NATO's secretary general X"), an apposition after the name ("X, NATO's
 * secretary general," / "X, secretary general of NATO,"), or "X of NATO". `ownerOf` gives the entity
 * key each resolved token belongs to. Null when nothing beside the name says.
 */
export function explicitAffiliation(
  doc: TokenizedArticle,
  f: Extract<EntityFinding, { kind: 'person' }>,
  ownerOf: Map<number, string>,
  reg: EntityRegistry,
): { role: string | null; affiliation: string | null } | null {
  const { tokens, body } = doc;
  const isOrg = (i: number): string | null => {
    const key = ownerOf.get(i);
    return key && reg.drafts.get(key)?.entity.type === 'ORGANIZATION' ? key : null;
  };
  if (f.titleFirst !== null && f.titleFirst > 0) {
    const before = tokens[f.titleFirst - 1];
    const org = isOrg(f.titleFirst - 1);
    if (org && before.segment === tokens[f.first].segment && (before.joinsNext || before.possessive)) return { role: null, affiliation: org };
  }
  const after = tokens[f.last + 1];
  if (!after || after.segment !== tokens[f.last].segment) return null;
  const gap = body.slice(tokens[f.last].end, after.start);
  if (gap === ' ' && after.key === 'of') {
    const org = isOrg(tokens[f.last + 2]?.key === 'the' ? f.last + 3 : f.last + 2);
    return org ? { role: null, affiliation: org } : null;
  }
  if (!/^\s*,\s*$/.test(gap)) return null;
  let org: string | null = null;
  const roleWords: string[] = [];
  let head = false;
  for (let i = f.last + 1; i < tokens.length && i <= f.last + 8; i++) {
    const t = tokens[i];
    const o = isOrg(i);
    if (o) org = org ?? o;
    else if (isTitleWord(t.key) && !(t.key === 'of' && !roleWords.length)) {
      roleWords.push(t.text.toLowerCase());
      head = head || isTitleHead(t.key);
    } else if (!ARTICLES.has(t.key) && !['of', 'at', 'for'].includes(t.key)) return null;
    if (!t.joinsNext && !t.possessive) break;
  }
  while (roleWords[roleWords.length - 1] === 'of') roleWords.pop();
  if (!head) return null;
  return { role: formatRole(roleWords), affiliation: org };
}
