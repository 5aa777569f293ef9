/**
 * `xs.map(f)` with one array shape whichever way V8 runs the caller. Array.prototype.map returns a packed array when the caller
 * runs in the interpreter and a holey one (made with its length, then filled) when TurboFan has compiled the caller, and every
 * optimized function that has read only one of the two kinds at a site throws its code away on meeting the other ("wrong map"):
 * on PolNeAR the word runs of the name readers and the sentence starts of the quote scan did so again and again, each time
 * queueing a recompile. The classifier's rewrites return findings through it too: once TurboFan compiled one that mapped, its holey
 * array taught inOneShape's store to make every findings array holey, and some fifty optimized rules threw their code away at once.
 * Pushing onto an array literal gives the kind that literal's allocation site has learnt, the same in every tier.
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
