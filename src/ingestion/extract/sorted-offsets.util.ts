/**
 * The one binary search of extraction: in a list in body order (tokens, mentions, quotation marks),
 * how many items begin before an offset, so that a lookup costs the same in a long article as in a
 * short one.
 */

/** The number of `items` (sorted by `offsetOf`) whose offset is before `at`: the index of the first at or after it. */
export function countBefore<T>(items: readonly T[], at: number, offsetOf: (item: T) => number): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsetOf(items[mid]) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
