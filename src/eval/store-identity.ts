import type { EntityCandidate } from '../ingestion/annotations';
import { storePlaceKey } from '../ingestion/lexicon/entity.keys';
import { foldName } from '../ingestion/lexicon/name.normalize';

/**
 * The entity each candidate becomes in the store, article after article, as the write plan merges
 * them (src/services/article-rows.plan.ts): the same type, folded name and place key (storePlaceKey:
 * a gazetteer city's GeoNames ID, else its listed country) is the same entity; a
 * person named by one word joins the one person stored before with that surname (none when several
 * share it), and a person stored by one word becomes the first full name with that word for surname
 * while no person holds it. Identities are strings, stable across the articles of one run.
 */
/** The identity of an entity the store makes anew: its type, folded name and place key. */
const identityOf = (type: string, name: string, placeKey: string): string => `${type}:${name}:${placeKey}`;

export class StoreIdentities {
  private readonly byName = new Map<string, string>();
  private readonly bySurname = new Map<string, Set<string>>();
  /** Identities given out: a name taken from a lone surname may come again as a new entity. */
  private readonly given = new Set<string>();

  /** The store identity of each candidate of one article, by candidate key; candidates in article order. */
  admit(entities: EntityCandidate[]): Map<string, string> {
    const identities = new Map<string, string>();
    for (const e of entities) {
      const name = foldName(e.name);
      const nameId = identityOf(e.type, name, storePlaceKey(e));
      const words = name.split(' ');
      const surname = e.type === 'PERSON' && words.length > 1 ? words[words.length - 1] : null;
      let identity = this.byName.get(nameId);
      if (!identity && e.type === 'PERSON' && !surname) {
        const people = this.bySurname.get(name);
        if (people?.size === 1) identity = [...people][0];
      }
      // A person stored by its surname alone takes the full name while no person holds that surname.
      if (!identity && surname && !this.bySurname.get(surname)?.size) {
        const loneId = identityOf('PERSON', surname, '');
        identity = this.byName.get(loneId);
        if (identity) {
          this.byName.delete(loneId);
          this.byName.set(nameId, identity);
        }
      }
      if (!identity) {
        identity = this.given.has(nameId) ? `${nameId}#${this.given.size}` : nameId;
        this.given.add(identity);
        this.byName.set(nameId, identity);
      }
      identities.set(e.key, identity);
      // The write plan stores a person's surname before the next lone-surname lookup.
      if (!surname) continue;
      const people = this.bySurname.get(surname) ?? new Set<string>();
      people.add(identity);
      this.bySurname.set(surname, people);
    }
    return identities;
  }
}
