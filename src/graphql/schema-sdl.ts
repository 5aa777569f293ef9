import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema';

/** The schema as SDL, types sorted by name: what `schema.graphql` holds. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
