import fs from 'node:fs';
import path from 'node:path';
import { DataSource, Logger } from 'typeorm';
import { Initial1764201600000 } from '../../migrations/1764201600000-Initial';
import { FullTextSearch1764288000000 } from '../../migrations/1764288000000-FullTextSearch';
import { QuoteOrdering1764288100000 } from '../../migrations/1764288100000-QuoteOrdering';
import { Article } from '../entities/article.entity';
import { EntityName } from '../entities/entity-name.entity';
import { Location } from '../entities/location.entity';
import { Mention } from '../entities/mention.entity';
import { NamedEntity } from '../entities/named-entity.entity';
import { Organization } from '../entities/organization.entity';
import { Person } from '../entities/person.entity';
import { Quote } from '../entities/quote.entity';

/** Every migration, in order. A schema change is a new file in migrations/ added here. */
export const migrations = [Initial1764201600000, FullTextSearch1764288000000, QuoteOrdering1764288100000];

/** Every TypeORM entity. */
export const entities = [Article, NamedEntity, Person, Organization, Location, EntityName, Mention, Quote];

/** Options for `createDataSource`. */
export interface DataSourceOptions {
  /** SQLite file; its folder is created when missing. ":memory:" for a throwaway store. */
  databasePath: string;
  /** Receives every SQL statement (tests count them). */
  logger?: Logger;
}

/**
 * The one DataSource of the app and the CLI: SQLite through better-sqlite3 with WAL journal,
 * foreign keys on and a busy timeout; `synchronize` off (the schema comes only from migrations).
 * Not yet initialized: call `openDataSource` or `.initialize()`.
 */
export function createDataSource({ databasePath, logger }: DataSourceOptions): DataSource {
  if (databasePath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: databasePath,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: logger ? ['query'] : false,
    logger,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
    },
  });
}

/** Creates, initializes and migrates the data source (applies pending migrations). */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
