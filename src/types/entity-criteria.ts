/**
 * Conditions on people, organizations or places, as the entity service takes them (GraphQL's
 * EntityFilter input is one); `and`, `or` and `not` nest.
 */
export interface EntityCriteria {
  and?: EntityCriteria[] | null;
  or?: EntityCriteria[] | null;
  not?: EntityCriteria | null;
  /** Name or alias. */
  name?: string | null;
  /** Named in the same article as this entity. */
  mentionedWith?: string | null;
  /** Places only: lies within this place, at any depth. */
  within?: string | null;
}
