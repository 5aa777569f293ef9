/**
 * Folds a name for matching: accents removed, case folded, punctuation and runs of spaces made
 * one space. "José  Núñez" -> "jose nunez", "Zürich" -> "zurich", "U.S." -> "u s".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
