import type { DictionaryHit } from '../lexicon/entity.dictionary';
import type { EntityFinding, NicknamedName } from './entity.classifier';

/** The fields of every kind of finding, each optional. */
interface AnyFinding {
  kind: EntityFinding['kind'];
  first: number;
  last: number;
  name?: string;
  hit?: DictionaryHit;
  placeKind?: string;
  role?: string | null;
  titleFirst?: number | null;
  weak?: boolean;
  nicknamed?: NicknamedName;
  cue?: boolean;
}

/**
 * A finding of any kind with every kind's fields, in one order, undefined where its kind has none. The rules make findings as
 * object literals of five kinds and spreads of them, some nine object shapes, and read their kind, first and last at a hundred
 * sites; V8 reads a field fast only at a site that meets few shapes (4% of annotation's CPU went to the rest).
 */
class ShapedFinding {
  kind: EntityFinding['kind'];
  first: number;
  last: number;
  name: string | undefined;
  hit: DictionaryHit | undefined;
  placeKind: string | undefined;
  role: string | null | undefined;
  titleFirst: number | null | undefined;
  weak: boolean | undefined;
  nicknamed: NicknamedName | undefined;
  cue: boolean | undefined;

  constructor(f: AnyFinding) {
    this.kind = f.kind;
    this.first = f.first;
    this.last = f.last;
    this.name = f.name;
    this.hit = f.hit;
    this.placeKind = f.placeKind;
    this.role = f.role;
    this.titleFirst = f.titleFirst;
    this.weak = f.weak;
    this.nicknamed = f.nicknamed;
    this.cue = f.cue;
  }
}

/**
 * `findings` with each replaced, in place, by a copy in one object shape (its fields and their values the same; undefined for the
 * fields of other kinds), but those already so: for the classifier's passes to read. Returns `findings`. A finding's identity
 * changes, so no caller may hold one across the call.
 */
export function inOneShape(findings: EntityFinding[]): EntityFinding[] {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!(f instanceof ShapedFinding)) findings[i] = new ShapedFinding(f) as unknown as EntityFinding;
  }
  return findings;
}
