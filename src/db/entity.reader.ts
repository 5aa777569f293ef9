import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { sqlRows } from '../db/dialect';

/**
 * For the GraphQL fields whose resolver reads properties other than the one of its own name: those
 * properties, by entity class (the class a table is read as). Every other field needs the property
 * of its name when there is one, else nothing beyond the row id (its resolver loads by id).
 */
const FIELD_NEEDS: Record<string, Record<string, readonly string[]>> = {
  Article: { paragraphs: ['paragraphSpans'] },
  Quote: {
    span: ['start', 'end', 'text'],
    cue: ['cueStart', 'cueEnd', 'cueText'],
    speakerMention: ['speakerMentionStart', 'speakerMentionEnd', 'speakerMentionText'],
    speaker: ['speakerId'],
    article: ['articleId'],
  },
  Mention: { span: ['start', 'end', 'text'], entity: ['entityId'], article: ['articleId'] },
  NamedEntity: { aliases: ['name'], within: ['withinId'], affiliation: ['affiliationId'] },
};

/** How to read one entity class from plain SQL rows. */
export interface EntityReader<T> {
  /**
   * The select list, each column `AS` its own name, on table alias `alias`: every column TypeORM
   * would read (`select: false` ones left out), or, given the GraphQL `fields` that will be asked
   * of the entities, only the columns those need, the row id, the discriminator and the `also`
   * properties (the caller's own needs).
   */
  columns(alias: string, fields?: ReadonlySet<string>, also?: readonly string[]): string;
  /** The properties `columns` reads for `fields` and `also`: the row id and discriminator included. */
  properties(fields: ReadonlySet<string>, also?: readonly string[]): string[];
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
  // The needs of the class and of the classes it extends (a Person is a NamedEntity).
  const needs: Record<string, readonly string[]> = {};
  for (let type = metadata.target as { name: string } | null; type && type.name; type = Object.getPrototypeOf(type)) {
    for (const [field, properties] of Object.entries(FIELD_NEEDS[type.name] ?? {})) needs[field] ??= properties;
  }
  const wanted = (fields: ReadonlySet<string>, also: readonly string[]): Set<string> => {
    const properties = new Set<string>(also);
    for (const column of [...metadata.primaryColumns, ...(metadata.discriminatorColumn ? [metadata.discriminatorColumn] : [])]) properties.add(column.propertyName);
    for (const field of fields) for (const property of needs[field] ?? [field]) properties.add(property);
    return properties;
  };
  const own = builder(dataSource, metadata);
  const discriminator = metadata.discriminatorColumn?.databaseName;
  const children = new Map(metadata.childEntityMetadatas.map((child) => [child.discriminatorValue, builder(dataSource, child)]));
  const reader: EntityReader<ObjectLiteral> = {
    properties: (fields, also = []) => {
      const properties = wanted(fields, also);
      return readable.filter((column) => properties.has(column.propertyName)).map((column) => column.propertyName);
    },
    columns: (alias, fields, also = []) => {
      const properties = fields && wanted(fields, also);
      return readable
        .filter((column) => !properties || properties.has(column.propertyName))
        .map((column) => `${alias}."${column.databaseName}" AS "${column.databaseName}"`)
        .join(', ');
    },
    build: discriminator && children.size ? (row) => (children.get(row[discriminator] as string) ?? own)(row) : own,
  };
  readers.set(metadata, reader);
  return reader as EntityReader<T>;
}

/** A statement that reads entities: from the table aliased `t` (joined as `from` says), the rows that satisfy `where`. */
export interface EntityRead {
  from: string;
  /** With `?` placeholders, bound to `params`. */
  where: string;
  params: unknown[];
  orderBy: string;
  /** More select-list items, after the entity's columns (they stay on the raw rows). */
  extra?: string;
  /** The GraphQL fields that will be asked of the entities: only the columns they need are read (all when left out). */
  fields?: ReadonlySet<string>;
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
  const select = `${reader.columns('t', read.fields, read.also)}${read.extra ?? ''}`;
  const rows = await sqlRows(dataSource, `SELECT ${select} FROM ${read.from} WHERE ${read.where} ORDER BY ${read.orderBy}`, read.params);
  return { entities: rows.map(reader.build), rows };
}
