import { isOrganizationalOffice } from './title.lexicon';

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
