import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { sqlRows } from './dialect';

/** How to read one entity class from plain SQL rows. */
export interface EntityReader<T> {
  /** The table the class is stored in. */
  readonly table: string;
  /**
   * The select list, each column `AS` its own name, on table alias `alias`: every column TypeORM
   * would read (`select: false` ones left out), or, given the entity `properties` that will be
   * read (names that are not columns are ignored), only those columns, the row id and the
   * discriminator.
   */
  columns(alias: string, properties?: ReadonlySet<string>): string;
  /**
   * The condition that keeps a shared table's rows to this class (`alias."type" = 'PERSON'` for
   * a child of a single-table hierarchy), or TRUE.
   */
  scope(alias: string): string;
  /** The entity a row selected with `columns` stands for: an instance of its class (of the child class the discriminator names, for a table shared by several). */
  build(row: Record<string, unknown>): T;
}

const readers = new WeakMap<EntityMetadata, EntityReader<ObjectLiteral>>();

/** Builds instances of one metadata's class from its readable columns, values converted by the driver as TypeORM does. */
function builder(dataSource: DataSource, metadata: EntityMetadata): (row: Record<string, unknown>) => ObjectLiteral {
  const driver = dataSource.driver;
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return (row) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value !== undefined) entity[column.propertyName] = driver.prepareHydratedValue(value, column);
    }
    return entity;
  };
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
  const own = builder(dataSource, metadata);
  const discriminator = metadata.discriminatorColumn?.databaseName;
  const children = new Map(metadata.childEntityMetadatas.map((child) => [child.discriminatorValue, builder(dataSource, child)]));
  const scoped = discriminator && metadata.parentEntityMetadata ? metadata.discriminatorValue : undefined;
  const reader: EntityReader<ObjectLiteral> = {
    table: metadata.tableName,
    columns: (alias, properties) =>
      readable
        .filter((column) => !properties || properties.has(column.propertyName) || always.includes(column.propertyName))
        .map((column) => `${alias}."${column.databaseName}" AS "${column.databaseName}"`)
        .join(', '),
    scope: (alias) => (scoped === undefined ? 'TRUE' : `${alias}."${discriminator}" = '${scoped.replaceAll("'", "''")}'`),
    build: discriminator && children.size ? (row) => (children.get(row[discriminator] as string) ?? own)(row) : own,
  };
  readers.set(metadata, reader);
  return reader as EntityReader<T>;
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
}

/** The entities `read` selects (as `entityReader` builds them), in its order, with the raw rows beside (for `extra` columns). */
export async function readEntities<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  read: EntityRead,
): Promise<{ entities: T[]; rows: Array<Record<string, unknown>> }> {
  const reader = entityReader(dataSource, entity);
  const properties = read.properties && read.also ? new Set([...read.properties, ...read.also]) : read.properties;
  const select = `${reader.columns(read.alias ?? 't', properties)}${read.extra ?? ''}`;
  const rows = await sqlRows(dataSource, `SELECT ${select} FROM ${read.from} WHERE ${read.where} ORDER BY ${read.orderBy}`, read.params);
  return { entities: rows.map(reader.build), rows };
}
