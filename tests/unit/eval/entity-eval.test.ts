import { documentErrors, groupErrors, matchByOverlap, scoreEntities, type EntityDocument, type EntityLabel, type GoldMention, type PredictedMention } from '../../../src/eval/entity-eval';
import { parseGumLine } from '../../../src/eval/gum.reader';
import { StoreIdentities } from '../../../src/eval/store-identity';
import type { EntityCandidate } from '../../../src/ingestion/annotations';
import { spanOf } from '../../support/span-of';

const text = 'Mayor Lena Brask of Oldtown met Brask again at the Harbour Trust in Oldtown. Lena said the Trust would pay.';
const gold = (part: string, type: EntityLabel, identity: string, from = 0): GoldMention => ({ ...spanOf(text, part, from), type, identity, titled: !identity.startsWith('#') });
const said = (part: string, type: EntityLabel, entity: string, from = 0): PredictedMention => ({ ...spanOf(text, part, from), type, entity });
const second = (part: string) => text.indexOf(part) + 1;

const goldMentions = [
  gold('Lena Brask', 'PER', '#1'),
  gold('Oldtown', 'LOC', 'Oldtown'),
  gold('Brask', 'PER', '#1', second('Brask')),
  gold('Harbour Trust', 'ORG', 'Harbour Trust'),
  gold('Oldtown', 'LOC', 'Oldtown', second('Oldtown')),
  gold('Lena', 'PER', '#1', second('Lena')),
  gold('Trust', 'ORG', 'Harbour Trust', second('Trust')),
];

describe('scoreEntities', () => {
  it('counts exact span and type per type and overall', () => {
    const doc: EntityDocument = {
      id: 'a',
      text,
      gold: goldMentions,
      predicted: [
        said('Lena Brask', 'PER', 'p:lena'),
        said('Oldtown', 'LOC', 'l:old'),
        said('Brask', 'PER', 'p:lena', second('Brask')),
        said('Harbour', 'LOC', 'l:harbour'), // wrong boundary and type
        said('Oldtown', 'ORG', 'o:old', second('Oldtown')), // wrong type
        said('Lena', 'PER', 'p:other', second('Lena')), // found, linked apart
        said('Mayor', 'PER', 'p:mayor'), // spurious
      ],
    };
    const m = scoreEntities([doc]);
    expect(m.byType.PER).toMatchObject({ gold: 3, predicted: 4, correct: 3 });
    expect(m.byType.LOC).toMatchObject({ gold: 2, predicted: 2, correct: 1 });
    expect(m.byType.ORG).toMatchObject({ gold: 2, predicted: 1, correct: 0 });
    expect(m.overall).toMatchObject({ gold: 7, predicted: 7, correct: 4 });
    expect(m.overall.f1).toBeCloseTo(4 / 7);
    expect(m.errorCounts).toEqual({ missed: 1, spurious: 1, 'wrong type': 1, 'wrong boundary': 1 });
    // No gold mention has another type by CoNLL's convention: the same figures.
    expect(m.conll).toMatchObject({ retyped: 0, overall: m.overall, byType: m.byType });
  });

  it("scores finding again by CoNLL-2003's types: a gold ORG that CoNLL types LOC is right as LOC there", () => {
    const sports = 'Oldland beat Newland 2-1.';
    const team = (part: string): GoldMention => ({ ...spanOf(sports, part), type: 'ORG', identity: `${part} national football team`, titled: true, conllType: 'LOC' });
    const doc: EntityDocument = { id: 's', text: sports, gold: [team('Oldland'), team('Newland')], predicted: [{ ...spanOf(sports, 'Oldland'), type: 'LOC', entity: 'l:1' }] };
    const m = scoreEntities([doc]);
    expect(m.byType.ORG).toMatchObject({ gold: 2, correct: 0 });
    expect(m.conll.retyped).toBe(2);
    expect(m.conll.byType.ORG).toMatchObject({ gold: 0, predicted: 0, correct: 0 });
    expect(m.conll.byType.LOC).toMatchObject({ gold: 2, predicted: 1, correct: 1 });
    expect(m.conll.overall.f1).toBeCloseTo(2 / 3);
  });

  it('scores linking by pairs of matched gold mentions, within a document and across documents', () => {
    const predicted = [
      said('Lena Brask', 'PER', 'p:lena'),
      said('Oldtown', 'LOC', 'l:old'),
      said('Brask', 'PER', 'p:lena', second('Brask')),
      said('Harbour Trust', 'ORG', 'o:trust'),
      said('Oldtown', 'LOC', 'p:lena', second('Oldtown')), // merged with the mayor
      said('Lena', 'PER', 'p:lena', second('Lena')),
    ];
    const m = scoreEntities([{ id: 'a', text, gold: goldMentions, predicted }]);
    // Linked pairs: the mayor's three mentions (3 pairs) and each with the second Oldtown (3): 6; right: 3.
    expect(m.linking.within.pairs).toMatchObject({ linked: 6, same: 4, both: 3 });
    expect(m.linking.within.precision).toBeCloseTo(0.5);
    expect(m.linking.within.recall).toBeCloseTo(0.75);
    // Strings differ: every pair but Oldtown/Oldtown.
    expect(m.linking.withinDiffering.pairs).toMatchObject({ same: 3, both: 3 });
    const across = scoreEntities([
      { id: 'a', text, gold: goldMentions, predicted },
      { id: 'b', text, gold: goldMentions, predicted: predicted.map((p) => ({ ...p, entity: p.entity === 'o:trust' ? 'o:other' : p.entity })) },
    ]).linking.across;
    // Titled mentions only (Oldtown twice, Harbour Trust): Oldtown a/b pairs linked 2 of 4, merged Oldtown never.
    expect(across.pairs.same).toBe(5);
    expect(across.pairs.both).toBe(2);
    expect(across.precision).toBeCloseTo(1);
  });

  it('lists the linking errors inside a document: a gold name split over entities, an entity merging gold names, by the pairs they cost', () => {
    const predicted = [
      said('Lena Brask', 'PER', 'p:lena'),
      said('Oldtown', 'LOC', 'l:old'),
      said('Brask', 'PER', 'p:brask', second('Brask')), // split from the mayor
      said('Harbour Trust', 'ORG', 'o:trust'),
      said('Oldtown', 'LOC', 'p:lena', second('Oldtown')), // merged with the mayor
      said('Lena', 'PER', 'p:lena', second('Lena')),
      said('Trust', 'ORG', 'o:trust', second('Trust')),
    ];
    const { linkingErrors } = scoreEntities([{ id: 'a', text, gold: goldMentions, predicted }]);
    expect(linkingErrors).toEqual([
      // The mayor: Lena Brask and Lena on one entity, Brask on another: 2 pairs not linked.
      { kind: 'split', document: 'a', groups: [[{ text: 'Lena', count: 1 }, { text: 'Lena Brask', count: 1 }], [{ text: 'Brask', count: 1 }]], pairs: 2 },
      // p:lena holds the mayor's two mentions and Oldtown: 2 pairs wrongly linked.
      { kind: 'merged', document: 'a', groups: [[{ text: 'Lena', count: 1 }, { text: 'Lena Brask', count: 1 }], [{ text: 'Oldtown', count: 1 }]], pairs: 2 },
      { kind: 'split', document: 'a', groups: [[{ text: 'Oldtown', count: 1 }], [{ text: 'Oldtown', count: 1 }]], pairs: 1 },
    ]);
  });
});

describe('errors', () => {
  it('names each kind with the texts, and groups them most frequent first', () => {
    const doc: EntityDocument = { id: 'a', text, gold: goldMentions.slice(0, 4), predicted: [said('Mayor Lena Brask', 'PER', 'x'), said('Brask', 'LOC', 'y', second('Brask')), said('Oldtown', 'LOC', 'z', second('Oldtown'))] };
    const errors = documentErrors(doc);
    expect(errors.map((e) => [e.kind, e.gold?.text ?? null, e.predicted?.text ?? null])).toEqual([
      ['wrong boundary', 'Lena Brask', 'Mayor Lena Brask'],
      ['missed', 'Oldtown', null],
      ['wrong type', 'Brask', 'Brask'],
      ['missed', 'Harbour Trust', null],
      ['spurious', null, 'Oldtown'],
    ]);
    const twice = groupErrors([...errors, ...errors.filter((e) => e.kind === 'missed')]);
    expect(twice[0]).toEqual({ kind: 'missed', label: 'Harbour Trust [ORG] -> -', count: 2 });
  });

  it('pairs by the largest overlap first, one to one', () => {
    expect(matchByOverlap([{ start: 0, end: 10 }, { start: 12, end: 20 }], [{ start: 5, end: 14 }, { start: 0, end: 4 }])).toEqual([0, -1]);
  });
});

describe('parseGumLine', () => {
  it('reads the text, the identity (title, else the cluster) and refuses a span that misses the text', () => {
    const line = (start: number) => JSON.stringify({ id: 'doc', title: 'T', text: 'Ana met Bo.', published: '2020-01-02', entities: [{ start, end: start + 3, text: 'Ana', type: 'PER', wikipedia: null, cluster: 4 }, { start: 8, end: 10, text: 'Bo', type: 'PER', wikipedia: 'Bo (singer)', cluster: 5 }] });
    const doc = parseGumLine(line(0), 'f:1');
    expect(doc.article.body).toBe('Ana met Bo.');
    expect(doc.gold.map((g) => [g.identity, g.titled])).toEqual([['doc#4', false], ['wiki:Bo (singer)', true]]);
    expect(() => parseGumLine(line(1), 'f:1')).toThrow(/^f:1: entity 0/);
  });

  it("gives a country standing for its national team CoNLL's type, LOC; a team's own name or a demonym keeps GUM's", () => {
    const text = 'Oldland beat the Gliders; Oldlanders cheered.';
    const entity = (part: string, wikipedia: string) => ({ ...spanOf(text, part), text: part, type: 'ORG', wikipedia, cluster: 1 });
    const entities = [entity('Oldland', 'Oldland national football team'), entity('Gliders', "Oldland women's national wheelchair basketball team"), entity('Oldlanders', 'Oldland national football team')];
    const doc = parseGumLine(JSON.stringify({ id: 'd', title: 'T', text, entities }), 'f:1');
    expect(doc.gold.map((g) => g.conllType)).toEqual(['LOC', undefined, undefined]);
  });
});

describe('StoreIdentities', () => {
  const person = (key: string, name: string): EntityCandidate => ({ key, type: 'PERSON', name, aliases: [] });
  const place = (key: string, name: string): EntityCandidate => ({ key, type: 'LOCATION', name, aliases: [] });

  it('merges as the store does: the same type and folded name, a lone surname with its one stored person, not with two', () => {
    const store = new StoreIdentities();
    const first = store.admit([person('p1', 'Edda Brask'), place('l1', 'Oldtown'), person('p2', 'Brask')]);
    expect(first.get('p2')).toBe(first.get('p1'));
    const second = store.admit([place('l2', 'OLDTOWN'), person('p3', 'Brask')]);
    expect(second.get('l2')).toBe(first.get('l1'));
    expect(second.get('p3')).toBe(first.get('p1'));
    const third = store.admit([person('p4', 'Nils Brask'), person('p5', 'Quimby'), person('p6', 'Edda Brask')]);
    expect(third.get('p4')).not.toBe(first.get('p1'));
    expect(third.get('p6')).toBe(first.get('p1'));
    // A lone surname two stored people share joins neither (the store reads people by name_key, not by their other names).
    expect([first.get('p1'), third.get('p4')]).not.toContain(store.admit([person('p7', 'Brask')]).get('p7'));
    // A lone surname two stored people share joins neither.
    const shared = store.admit([person('p9', 'Ann Vik'), person('p10', 'Bo Vik'), person('p11', 'Vik')]);
    expect(new Set([shared.get('p9'), shared.get('p10'), shared.get('p11')]).size).toBe(3);
  });

  it('gives a person stored by a lone surname the first full name with it, while no other person holds that surname', () => {
    const store = new StoreIdentities();
    const lone = store.admit([person('p1', 'Haugeland')]).get('p1');
    expect(store.admit([person('p2', 'Kari Haugeland')]).get('p2')).toBe(lone);
    expect(store.admit([person('p3', 'Haugeland')]).get('p3')).toBe(lone);
    const jon = store.admit([person('p4', 'Jon Haugeland')]).get('p4');
    expect(jon).not.toBe(lone);
    // Shared now: the next lone surname is a person of its own, whom no later full name takes.
    const shared = store.admit([person('p5', 'Haugeland')]).get('p5');
    expect([lone, jon]).not.toContain(shared);
    expect([lone, jon, shared]).not.toContain(store.admit([person('p6', 'Eva Haugeland')]).get('p6'));
  });
});
