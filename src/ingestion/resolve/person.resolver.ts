import { foldName } from '../lexicon/name.normalize';

/**
 * Groups the person names of one article into people and resolves partial mentions to them.
 * A full name ("Jens Stoltenberg") founds a person; a longer name that contains a shorter one in
 * order and ends the same way ("Hillary Rodham Clinton" / "Hillary Clinton") is the same person,
 * named by the longest form. A later partial mention ("Stoltenberg", "Rodham Clinton", a unique
 * given name "Hillary") resolves to the person whose name ends with it (or starts with it, for a
 * given name); among several ("Bill Clinton", "Hillary Clinton") the one named most recently before
 * it wins, else the first named after it.
 */

/** One occurrence of a full person name, in article order. */
export interface PersonName {
  /** Name words as written ("Charles", "de", "Gaulle"). */
  words: string[];
  /** Body offset of the occurrence, for "most recent" decisions. */
  start: number;
}

/** A person: the canonical words and where the person is named in full. */
export interface PersonCluster {
  words: string[];
  /** Folded words, for matching. */
  keys: string[];
  /** Body offsets of the full-name occurrences, ascending. */
  starts: number[];
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && w === short[i]) i++;
  return i === short.length;
}

/** Clusters full names into people (see the module comment). Input in any order. */
export function clusterPersonNames(names: PersonName[]): PersonCluster[] {
  const byLength = [...names].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  const clusters: PersonCluster[] = [];
  for (const name of byLength) {
    const keys = name.words.map(foldName);
    const home = clusters.find(
      (c) => c.keys[c.keys.length - 1] === keys[keys.length - 1] && isSubsequence(keys, c.keys) && (keys.length > 1 || c.keys.length === 1),
    );
    if (home) home.starts.push(name.start);
    else clusters.push({ words: name.words, keys, starts: [name.start] });
  }
  for (const c of clusters) c.starts.sort((a, b) => a - b);
  return clusters;
}

function endsWith(keys: string[], tail: string[]): boolean {
  return tail.length <= keys.length && tail.every((k, i) => keys[keys.length - tail.length + i] === k);
}

function nearest(candidates: PersonCluster[], at: number): PersonCluster {
  let best: PersonCluster | null = null;
  let bestStart = -1;
  for (const c of candidates) {
    const before = c.starts.filter((s) => s <= at);
    const last = before.length ? before[before.length - 1] : -1;
    if (last > bestStart) {
      best = c;
      bestStart = last;
    }
  }
  if (best) return best;
  return candidates.reduce((a, b) => (a.starts[0] <= b.starts[0] ? a : b));
}

/**
 * The person a partial name at body offset `at` refers to: a surname or any tail of a full name
 * ("Stoltenberg", "de Gaulle"), or a given name that starts exactly one person's name. Null when no
 * person fits.
 */
export function resolvePartialName(words: string[], at: number, clusters: PersonCluster[]): PersonCluster | null {
  const tail = words.map(foldName);
  const byTail = clusters.filter((c) => c.keys.length >= tail.length && endsWith(c.keys, tail));
  if (byTail.length) return nearest(byTail, at);
  if (tail.length === 1) {
    const byGiven = clusters.filter((c) => c.keys.length > 1 && c.keys[0] === tail[0]);
    if (byGiven.length === 1) return byGiven[0];
  }
  return null;
}
