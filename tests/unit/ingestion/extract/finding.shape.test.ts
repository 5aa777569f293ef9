import type { EntityFinding } from '../../../../src/ingestion/extract/entity.classifier';
import { inOneShape } from '../../../../src/ingestion/extract/finding.shape';

describe('inOneShape', () => {
  const literals = (): EntityFinding[] => [
    { kind: 'org', name: 'Quorvex Mining', first: 0, last: 1 },
    { kind: 'person', first: 3, last: 4, role: 'chief executive', titleFirst: 2, weak: false },
    { kind: 'partial', first: 6, last: 6, cue: true },
    { kind: 'place', name: 'Mount Quintell', placeKind: 'mountain', first: 8, last: 9 },
    { kind: 'person', first: 11, last: 13, role: null, titleFirst: null, nicknamed: { first: 11, last: 13, nickFirst: 12, nickLast: 12 } },
  ];

  it('keeps every finding\'s fields and values, in place, in the same array', () => {
    const findings = literals();
    const same = inOneShape(findings);
    expect(same).toBe(findings);
    expect(findings).toEqual(literals());
    findings.forEach((f, i) => expect(Object.entries(f).filter(([, v]) => v !== undefined)).toEqual(expect.arrayContaining(Object.entries(literals()[i]))));
  });

  it('gives findings of every kind the same fields in the same order, undefined where the kind has none', () => {
    const keys = inOneShape(literals()).map((f) => Object.keys(f).join());
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('kind,first,last,name,hit,placeKind,role,titleFirst,weak,nicknamed,cue');
    expect((inOneShape(literals())[2] as { name?: string }).name).toBeUndefined();
  });

  it('leaves a finding already in the shape as it is, and reshapes one a pass put in its place', () => {
    const findings = inOneShape(literals());
    const [first] = findings;
    findings[1] = { kind: 'org', name: 'Quorvle Group', first: 3, last: 4 };
    inOneShape(findings);
    expect(findings[0]).toBe(first);
    expect(Object.keys(findings[1])).toEqual(Object.keys(first));
    expect(findings[1]).toEqual({ kind: 'org', name: 'Quorvle Group', first: 3, last: 4 });
  });

  it('reshapes nothing in an empty list', () => {
    expect(inOneShape([])).toEqual([]);
  });
});
