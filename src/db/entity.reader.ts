import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { dialectOf, sqlRows } from './dialect';
import { JoinedRead, keepJoinedRow } from '../types/joined-read';

/** How to read one entity class from plain SQL rows. */
export interface EntityReader<T> {
  /** The table the class is stored in. */
  readonly table: string;
  /**
   * The select list, each column `AS` its own name (`AS` `prefix` and its name, given a prefix), on
   * table alias `alias`: every column TypeORM would read (`select: false` ones left out), or,
   * given the entity `properties` that will be read (names that are not columns are ignored), only
   * those columns, the row id and the discriminator.
   */
  columns(alias: string, properties?: ReadonlySet<string>, prefix?: string): string;
  /** The database names of the columns `columns` selects for `properties`. */
  columnNames(properties?: ReadonlySet<string>): string[];
  /**
   * The condition that keeps a shared table's rows to this class (`alias."type" = 'PERSON'` for
   * a child of a single-table hierarchy), or TRUE.
   */
  scope(alias: string): string;
  /** The entity a row selected with `columns` stands for: an instance of its class (of the child class the discriminator names, for a table shared by several). */
  build(row: Record<string, unknown>): T;
  /** `build` for columns selected with `prefix`; null when the row holds no id there (a LEFT JOIN that found nothing). */
  buildPrefixed(row: Record<string, unknown>, prefix: string): T | null;
}

const readers = new WeakMap<EntityMetadata, EntityReader<ObjectLiteral>>();

/** Column types whose driver value is the entity's value as it is (no transformer): text, numbers. */
const UNCONVERTED_TYPES = new Set<unknown>(['text', 'varchar', 'integer', 'int', 'real']);

/** How one column's value becomes its property's: as the driver hydrates it, or as it is when that changes nothing. */
function hydration(dataSource: DataSource, column: ColumnMetadata): ((value: unknown) => unknown) | null {
  if (!column.transformer && UNCONVERTED_TYPES.has(column.type)) return null;
  return (value) => dataSource.driver.prepareHydratedValue(value, column);
}

/**
 * Builds instances of one metadata's class from its readable columns, named `prefix` and their
 * database name in the row, values converted by the driver as TypeORM does.
 */
function builder(dataSource: DataSource, metadata: EntityMetadata, prefix: string): (row: Record<string, unknown>) => ObjectLiteral {
  const columns = metadata.columns
    .filter((column) => column.isSelect && !column.isVirtual)
    .map((column) => ({ key: prefix + column.databaseName, property: column.propertyName, convert: hydration(dataSource, column) }));
  const prototype = (metadata.target as { prototype: object }).prototype;
  return (row) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const { key, property, convert } of columns) {
      const value = row[key];
      if (value !== undefined) entity[property] = convert === null ? value : convert(value);
    }
    return entity;
  };
}

/** Builds rows of `metadata`'s table from columns named `prefix` and their name: of the child class its discriminator names, if any. */
function rowBuilder(dataSource: DataSource, metadata: EntityMetadata, prefix: string): (row: Record<string, unknown>) => ObjectLiteral {
  const own = builder(dataSource, metadata, prefix);
  const discriminator = metadata.discriminatorColumn?.databaseName;
  const children = new Map(metadata.childEntityMetadatas.map((child) => [child.discriminatorValue, builder(dataSource, child, prefix)]));
  if (!discriminator || !children.size) return own;
  const key = prefix + discriminator;
  return (row) => (children.get(row[key] as string) ?? own)(row);
}

/**
 * The reader of `entity`'s rows: what TypeORM's `find` would give, from rows read with plain SQL
 * (`sqlRows`), without its query builder and result transformer, which cost more than the query
 * on the lists a request loads. Made once per entity class.
 */
export function entityReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): EntityReader<T> {
  const metadata = dataSource.getMetadata(entity);
  const known = readers.get(metadata);
  if (known) return known as EntityReader<T>;
  const readable = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const always = [...metadata.primaryColumns, ...(metadata.discriminatorColumn ? [metadata.discriminatorColumn] : [])].map((column) => column.propertyName);
  const discriminator = metadata.discriminatorColumn?.databaseName;
  const scoped = discriminator && metadata.parentEntityMetadata ? metadata.discriminatorValue : undefined;
  const id = `${metadata.primaryColumns[0]?.databaseName}`;
  const prefixed = new Map<string, (row: Record<string, unknown>) => ObjectLiteral>();
  const columnNames = (properties?: ReadonlySet<string>) =>
    readable.filter((column) => !properties || properties.has(column.propertyName) || always.includes(column.propertyName)).map((column) => column.databaseName);
  const reader: EntityReader<ObjectLiteral> = {
    table: metadata.tableName,
    columns: (alias, properties, prefix = '') =>
      columnNames(properties)
        .map((name) => `${alias}."${name}" AS "${prefix}${name}"`)
        .join(', '),
    columnNames,
    scope: (alias) => (scoped === undefined ? 'TRUE' : `${alias}."${discriminator}" = '${scoped.replaceAll("'", "''")}'`),
    build: rowBuilder(dataSource, metadata, ''),
    buildPrefixed: (row, prefix) => {
      if (row[prefix + id] == null) return null;
      let build = prefixed.get(prefix);
      if (!build) prefixed.set(prefix, (build = rowBuilder(dataSource, metadata, prefix)));
      return build(row);
    },
  };
  readers.set(metadata, reader);
  return reader as EntityReader<T>;
}

/** The alias of a join's table, and the prefix of its columns in the rows read (`j_speaker__name`). */
const aliasOf = (join: JoinedRead) => `j_${join.name}`;
const prefixOf = (join: JoinedRead) => `j_${join.name}__`;

/** The SQL of `joins` on the rows of `entity` aliased `alias`: the select-list items (each after a comma) and the LEFT JOINs. */
export function joinedSql(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, joins: readonly JoinedRead[]): { columns: string; tables: string } {
  const metadata = dataSource.getMetadata(entity);
  let columns = '';
  let tables = '';
  for (const join of joins) {
    const joined = dataSource.getMetadata(join.entity);
    const via = metadata.findColumnWithPropertyName(join.via);
    if (!via) throw new Error(`${metadata.name} has no column ${join.via}`);
    const reader = entityReader(dataSource, join.entity);
    columns += `, ${reader.columns(aliasOf(join), join.properties, prefixOf(join))}`;
    tables += dialectOf(dataSource).joinById(
      joined.tableName,
      aliasOf(join),
      joined.primaryColumns[0].databaseName,
      `${alias}."${via.databaseName}"`,
      reader.columnNames(join.properties),
    );
  }
  return { columns, tables };
}

/** The property names the rows read need for `joins` (the ids they join on). */
export function joinedVia(joins: readonly JoinedRead[]): string[] {
  return joins.map((join) => join.via);
}

/**
 * Builds the joined rows of `joins` from the statement's `rows` (as `joinedSql` selected them)
 * and keeps each beside the entity built from the same row (`entities[i]` from `rows[i]`): one
 * object per joined id in the batch.
 */
export function keepJoined(dataSource: DataSource, rows: readonly Record<string, unknown>[], entities: readonly object[], joins: readonly JoinedRead[]): void {
  for (const join of joins) {
    const reader = entityReader(dataSource, join.entity);
    const prefix = prefixOf(join);
    const idKey = `${prefix}${dataSource.getMetadata(join.entity).primaryColumns[0].databaseName}`;
    const built = new Map<unknown, ObjectLiteral | null>();
    for (let i = 0; i < rows.length; i++) {
      const id = rows[i][idKey];
      let row = built.get(id);
      if (row === undefined) built.set(id, (row = reader.buildPrefixed(rows[i], prefix)));
      keepJoinedRow(entities[i], join.name, row);
    }
  }
}

/** A statement that reads entities: from the table aliased `alias` (joined as `from` says), the rows that satisfy `where`. */
export interface EntityRead {
  from: string;
  /** The alias of the entity's table in `from` (default "t"). */
  alias?: string;
  /** With `?` placeholders bound to a list, or `:name` ones bound to a record (see `sqlRows`). */
  where: string;
  params: unknown[] | Record<string, unknown>;
  orderBy: string;
  /** More select-list items, after the entity's columns (they stay on the raw rows). */
  extra?: string;
  /** The properties that will be read of the entities: only their columns are read (all when left out). */
  properties?: ReadonlySet<string>;
  /** Properties the caller needs besides (e.g. to group rows by). */
  also?: readonly string[];
  /** Rows the entities point to, read in the same statement (see JoinedRead). */
  joins?: readonly JoinedRead[];
}

/** The entities `read` selects (as `entityReader` builds them), in its order, with the raw rows beside (for `extra` columns). */
export async function readEntities<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  read: EntityRead,
): Promise<{ entities: T[]; rows: Array<Record<string, unknown>> }> {
  const reader = entityReader(dataSource, entity);
  const joins = read.joins ?? [];
  const also = [...(read.also ?? []), ...joinedVia(joins)];
  const properties = read.properties && also.length ? new Set([...read.properties, ...also]) : read.properties;
  const alias = read.alias ?? 't';
  const joined = joinedSql(dataSource, entity, alias, joins);
  const select = `${reader.columns(alias, properties)}${joined.columns}${read.extra ?? ''}`;
  const rows = await sqlRows(dataSource, `SELECT ${select} FROM ${read.from}${joined.tables} WHERE ${read.where} ORDER BY ${read.orderBy}`, read.params);
  const entities = rows.map(reader.build) as T[];
  if (joins.length) keepJoined(dataSource, rows, entities, joins);
  return { entities, rows };
}
