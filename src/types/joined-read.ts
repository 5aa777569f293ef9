import type { EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A row of another table that each row read points to (a quote's speaker, a mention's entity),
 * read in the same statement: a LEFT JOIN on its id (src/db/entity.reader.ts). Its entity is then
 * `joinedOf(row, name)`.
 */
export interface JoinedRead {
  /** The relation's name (`joinedOf`); its table's alias in the statement is `j_` and this name. */
  name: string;
  /** The entity class of the joined table (NamedEntity: each row of its child class). */
  entity: EntityTarget<ObjectLiteral>;
  /** The property of the rows read that holds the joined row's id (`speakerId`). */
  via: string;
  /** The properties that will be read of the joined rows: only their columns are read. */
  properties: ReadonlySet<string>;
}

/**
 * Keeps `joined` (null: the join found no row) as the row of the relation `name` read together
 * with `row`: as its property of that name (the GraphQL field's), so that a field with no resolver
 * of its own reads it (see lean-fields.ts).
 */
export function keepJoinedRow(row: object, name: string, joined: object | null): void {
  (row as Record<string, object | null>)[name] = joined;
}

/**
 * The row of the relation `name` read together with `row` (see JoinedRead): the joined entity,
 * null when the join found none, undefined when `row` was read without that join.
 */
export function joinedOf<T>(row: object, name: string): T | null | undefined {
  return (row as Record<string, T | null | undefined>)[name];
}
