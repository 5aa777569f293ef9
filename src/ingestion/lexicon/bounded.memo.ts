/** How many answers a memo of words or names remembers before it starts afresh (a server reads articles without end). */
export const MEMO_LIMIT = 50000;

/**
 * Answers computed from lists that never change, remembered by key: at most `limit` of them, all
 * forgotten at once when full, since a server reads articles without end and the keys are the words
 * it meets.
 */
export class BoundedMemo<V extends NonNullable<unknown> | null> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /**
   * The answer remembered for `key`, else `compute(key)`'s, remembered (callers share it: they only read it). A
   * function of the key alone, defined once, spares hot paths a closure a call.
   */
  get(key: string, compute: (key: string) => V): V {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(key, (answer = compute(key)));
    }
    return answer;
  }
}
