/**
 * Resolves a speaking pronoun to the entity it refers back to. he/she: the latest person named
 * before it outside quotes, preferring one who stands as a subject or speaker and whose known
 * gender does not clash. it/they: the latest organization within a few paragraphs. I, we, you: no
 * entity (the writer or an unnamed group).
 */
import { mentionsBefore, type Gender, type MentionIndex } from './mention.index';

const REACH_FOR_ORGANIZATIONS = 1500;

/** The key of the entity that `pronoun` at offset `at` refers to, or null. */
export function resolvePronoun(pronoun: string, at: number, index: MentionIndex): string | null {
  const word = pronoun.toLowerCase();
  const wanted: Gender | null = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
  let fallback: string | null = null;
  for (let i = mentionsBefore(index, at) - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.insideQuote) continue;
    if (word === 'he' || word === 'she') {
      if (m.entity.type !== 'PERSON') continue;
      const gender = index.gender.get(m.entity.key);
      if (gender && gender !== wanted) continue;
      if (m.subjectLike) return m.entity.key;
      fallback ??= m.entity.key;
    } else if (word === 'it' || word === 'they') {
      if (at - m.end > REACH_FOR_ORGANIZATIONS) break;
      if (m.entity.type === 'ORGANIZATION') return m.entity.key;
    } else {
      return null;
    }
  }
  return fallback;
}
