import type { EntityCandidate } from '../ingestion/annotations';
import { storePlaceKey } from '../ingestion/lexicon/entity.keys';
import { foldName } from '../ingestion/lexicon/name.normalize';

/**
 * The entity each candidate becomes in the store, article after article, as the write plan merges
 * them (src/services/article-rows.plan.ts): the same type, folded name and place key (storePlaceKey:
 * a gazetteer city's GeoNames ID, else its listed country) is the same entity; a
 * person named by one word joins the one person stored before with that surname (none when several
 * share it). Identities are strings, stable across the articles of one run.
 */
export class StoreIdentities {
  private readonly byName = new Map<string, string>();
  private readonly bySurname = new Map<string, Set<string>>();

  /** The store identity of each candidate of one article, by candidate key; candidates in article order. */
  admit(entities: EntityCandidate[]): Map<string, string> {
    const identities = new Map<string, string>();
    for (const e of entities) {
      const name = foldName(e.name);
      const nameId = `${e.type}:${name}:${storePlaceKey(e)}`;
      let identity = this.byName.get(nameId);
      if (!identity && e.type === 'PERSON' && !name.includes(' ')) {
        const people = this.bySurname.get(name);
        if (people?.size === 1) identity = [...people][0];
      }
      identity ??= nameId;
      if (!this.byName.has(nameId)) this.byName.set(nameId, identity);
      identities.set(e.key, identity);
      // The write plan stores a person's surname before the next lone-surname lookup.
      const words = name.split(' ');
      if (e.type !== 'PERSON' || words.length < 2) continue;
      const people = this.bySurname.get(words[words.length - 1]) ?? new Set<string>();
      people.add(identity);
      this.bySurname.set(words[words.length - 1], people);
    }
    return identities;
  }
}
