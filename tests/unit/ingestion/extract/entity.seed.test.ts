import { readFileSync } from 'node:fs';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { EntityCandidate } from '../../../../src/ingestion/annotations';
import { SEED_FILE, SEED_GOLD, seedArticle, seedAvailable } from './entity.seed-article';

interface GoldEntity {
  name: string;
  aliases?: string[];
  role?: string;
  affiliation?: string;
  kind?: string;
  within?: string;
  demonym?: string;
}

const describeSeed = seedAvailable() ? describe : describe.skip;
if (!seedAvailable()) {
  // eslint-disable-next-line no-console
  console.warn(`Seed article tests skipped: ${SEED_FILE} or ${SEED_GOLD} is missing (the shared corpus is not beside this repository).`);
}

describeSeed('extractEntities on the seed article (gold "entities" section)', () => {
  const article = seedAvailable() ? seedArticle() : null!;
  const gold = seedAvailable() ? (JSON.parse(readFileSync(SEED_GOLD, 'utf8')).entities as Record<string, GoldEntity[]>) : {};
  const result = seedAvailable() ? extractEntities(article) : { entities: [], mentions: [] };
  const byName = (name: string): EntityCandidate | undefined => result.entities.find((e) => e.name === name);
  const nameOfKey = (key: string | null | undefined): string | null => result.entities.find((e) => e.key === key)?.name ?? null;
  const types: Record<string, string> = { Person: 'PERSON', Organization: 'ORGANIZATION', Location: 'LOCATION' };

  const cases = Object.entries(gold).flatMap(([type, list]) => list.map((g) => [type, g] as const));
  it.each(cases.map(([type, g]) => [`${type} ${g.name}`, type, g]))('finds %s as the gold says', (_label, type, g) => {
    const e = byName(g.name);
    expect(e).toBeDefined();
    expect(e!.type).toBe(types[type]);
    for (const alias of g.aliases ?? []) expect(e!.aliases).toContain(alias);
    if (g.role) expect(e!.role).toBe(g.role);
    if (g.affiliation) expect(nameOfKey(e!.affiliationKey)).toBe(g.affiliation);
    if (g.kind) expect(e!.kind).toBe(g.kind);
    if (g.within) expect(nameOfKey(e!.withinKey)).toBe(g.within);
    if (g.demonym) expect(e!.demonyms).toContain(g.demonym);
  });

  it('finds nothing beyond the gold but implied countries, the Kremlin and the National Guard (bodies the gold leaves out: judgement calls)', () => {
    const goldNames = Object.values(gold).flat().map((g) => g.name);
    const implied = result.entities.filter((e) => e.kind === 'country' && !result.mentions.some((m) => m.entityKey === e.key)).map((e) => e.name);
    const extra = result.entities.map((e) => e.name).filter((n) => !goldNames.includes(n) && !implied.includes(n));
    expect(extra).toEqual(['National Guard', 'Kremlin']);
    expect(implied).toEqual(['Belgium']);
  });

  it('marks every naming of Stoltenberg, NATO and Kyiv in every segment as a mention', () => {
    const spans = (key: string): string[] => result.mentions.filter((m) => m.entityKey === key).map((m) => article.body.slice(m.start, m.end));
    expect(spans(byName('Jens Stoltenberg')!.key)).toEqual(['Stoltenberg', 'Jens Stoltenberg', 'Stoltenberg', 'Stoltenberg']);
    expect(spans(byName('NATO')!.key)).toEqual(['NATO', 'NATO', 'Atlantic Alliance', 'NATO', 'NATO', 'Atlantic Alliance', 'NATO', 'NATO']);
    expect(spans(byName('Kyiv')!.key)).toEqual(['Kiev', 'Kyiv', 'Kiev']);
    const dek = article.segments.find((s) => s.kind === 'dek')!;
    const dekMention = result.mentions.find((m) => m.start >= dek.start && m.end <= dek.end)!;
    expect(dekMention.paragraph).toBeNull();
    const bodyMention = result.mentions.find((m) => article.body.slice(m.start, m.end) === 'Jens Stoltenberg')!;
    expect(bodyMention.paragraph).toBe(0);
  });
});
