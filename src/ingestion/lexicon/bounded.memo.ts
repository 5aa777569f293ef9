/**
 * Answers computed from lists that never change, remembered by key: at most `limit` of them, all
 * forgotten at once when full, since a server reads articles without end and the keys are the words
 * it meets.
 */
export class BoundedMemo<V extends NonNullable<unknown> | null> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The answer remembered for `key`, else `compute()`'s, remembered (callers share it: they only read it). */
  get(key: string, compute: () => V): V {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(key, (answer = compute()));
    }
    return answer;
  }
}
