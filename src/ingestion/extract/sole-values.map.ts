/**
 * A map from keys to the one value each is given: a key given two values that differ holds none. The readers that link a short
 * form to its name (initials, a head word, a town, a surface) build one of these, so that a form two names share names neither.
 */
export class SoleValues<V> {
  private readonly byKey = new Map<string, V | null>();

  /** `same` tells two values given one key apart (by default, identity). */
  constructor(private readonly same: (a: V, b: V) => boolean = (a, b) => a === b) {}

  /** Gives `key` the value `value`: the key keeps the latest value while every value given it is the same, and none after. */
  add(key: string, value: V): void {
    const held = this.byKey.get(key);
    this.byKey.set(key, held === undefined || (held !== null && this.same(held, value)) ? value : null);
  }

  /** The one value given `key`; undefined when it was given none, or two that differ. */
  get(key: string): V | undefined {
    return this.byKey.get(key) ?? undefined;
  }

  /** A new map of each key given one value only (or the same value every time) to that value. */
  sole(): Map<string, V> {
    const out = new Map<string, V>();
    for (const [key, value] of this.byKey) if (value !== null) out.set(key, value);
    return out;
  }
}
