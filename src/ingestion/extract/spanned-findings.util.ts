import type { EntityFinding } from './entity.classifier';

/**
 * The findings with each span of tokens (`[first, last]`, both included) read as one name by `read`: the findings that overlap a
 * span are dropped and the span's own finding takes their place. Returns them in body order; `findings` is not changed.
 */
export function withSpansRead(findings: EntityFinding[], spans: ReadonlyArray<readonly [number, number]>, read: (first: number, last: number) => EntityFinding): EntityFinding[] {
  if (!spans.length) return findings;
  const out = findings.filter((f) => !spans.some(([first, last]) => f.first <= last && f.last >= first));
  for (const [first, last] of spans) out.push(read(first, last));
  return out.sort((a, b) => a.first - b.first);
}
