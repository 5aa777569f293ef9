import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities, type EntityFinding } from '../../../../src/ingestion/extract/entity.classifier';
import { explicitAffiliation, fallbackAffiliation } from '../../../../src/ingestion/resolve/affiliation.resolver';
import { EntityRegistry } from '../../../../src/ingestion/resolve/entity.registry';
import { articleFrom } from '../extract/entity.article-builder';

type PersonFinding = Extract<EntityFinding, { kind: 'person' }>;

describe('fallback affiliation', () => {
  const orgs = [
    { key: 'ORGANIZATION:efe', mentions: 1, firstStart: 5 },
    { key: 'ORGANIZATION:nato', mentions: 7, firstStart: 0 },
  ];

  it('gives an organizational office the most-mentioned organization', () => {
    expect(fallbackAffiliation('Secretary General', orgs)).toBe('ORGANIZATION:nato');
    expect(fallbackAffiliation('spokeswoman', orgs)).toBe('ORGANIZATION:nato');
  });

  it('gives none to other roles, to no role, or when no organization is mentioned twice', () => {
    expect(fallbackAffiliation('President', orgs)).toBeNull();
    expect(fallbackAffiliation(null, orgs)).toBeNull();
    expect(fallbackAffiliation('Chairman', [{ key: 'ORGANIZATION:x', mentions: 1, firstStart: 0 }])).toBeNull();
  });
});

describe('explicit affiliation', () => {
  /** The affiliation and role written beside the first person of `text`, NATO being the only organization. */
  function besideFirstPerson(text: string) {
    const doc = tokenizeArticle(articleFrom([text]));
    const findings = classifyEntities(doc);
    const reg = new EntityRegistry(doc);
    const nato = reg.organization('NATO');
    const ownerOf = new Map<number, string>();
    doc.tokens.forEach((t, i) => t.text === 'NATO' && ownerOf.set(i, nato));
    const person = findings.find((f): f is PersonFinding => f.kind === 'person')!;
    return explicitAffiliation(doc, person, ownerOf, reg);
  }

  it('reads the organization before the title, in an apposition, and in "X of NATO"', () => {
    expect(besideFirstPerson('NATO Secretary General Jens Stoltenberg spoke.')).toEqual({ role: null, affiliation: 'ORGANIZATION:nato' });
    expect(besideFirstPerson('Jens Stoltenberg, NATO’s secretary general, spoke.')).toEqual({ role: 'Secretary General', affiliation: 'ORGANIZATION:nato' });
    expect(besideFirstPerson('Jens Stoltenberg of NATO spoke.')).toEqual({ role: null, affiliation: 'ORGANIZATION:nato' });
    expect(besideFirstPerson('Jens Stoltenberg spoke in Brussels.')).toBeNull();
  });
});
