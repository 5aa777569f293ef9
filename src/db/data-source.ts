import fs from 'node:fs';
import path from 'node:path';
import { DataSource, Logger } from 'typeorm';
import { Initial1764201600000 } from '../../migrations/1764201600000-Initial';
import { FullTextSearch1764288000000 } from '../../migrations/1764288000000-FullTextSearch';
import { QuoteOrdering1764288100000 } from '../../migrations/1764288100000-QuoteOrdering';
import { QuoteSubjects1764374400000 } from '../../migrations/1764374400000-QuoteSubjects';
import { QuoteKinds1764460800000 } from '../../migrations/1764460800000-QuoteKinds';
import { QuoteScopeCounts1764547200000 } from '../../migrations/1764547200000-QuoteScopeCounts';
import { QuoteSpeakerCount1764550800000 } from '../../migrations/1764550800000-QuoteSpeakerCount';
import { MentionForms1764637200000 } from '../../migrations/1764637200000-MentionForms';
import { DateOrderIndexes1764640800000 } from '../../migrations/1764640800000-DateOrderIndexes';
import { QuoteSubjectStatementTriggers1764700000001 } from '../../migrations/1764700000001-QuoteSubjectStatementTriggers';
import { SpeakerDateIndex1764710000001 } from '../../migrations/1764710000001-SpeakerDateIndex';
import { HeadlineVector1764810000001 } from '../../migrations/1764810000001-HeadlineVector';
import { PlaceIdentity1764900000001 } from '../../migrations/1764900000001-PlaceIdentity';
import { QuoteSubjectCounts1765000000001 } from '../../migrations/1765000000001-QuoteSubjectCounts';
import { InitialPostgres1764201600000 } from '../../migrations/postgres/1764201600000-Initial';
import { FullTextSearchPostgres1764288000000 } from '../../migrations/postgres/1764288000000-FullTextSearch';
import { QuoteOrderingPostgres1764288100000 } from '../../migrations/postgres/1764288100000-QuoteOrdering';
import { QuoteSubjectsPostgres1764374400000 } from '../../migrations/postgres/1764374400000-QuoteSubjects';
import { QuoteKindsPostgres1764460800000 } from '../../migrations/postgres/1764460800000-QuoteKinds';
import { QuoteScopeCountsPostgres1764547200000 } from '../../migrations/postgres/1764547200000-QuoteScopeCounts';
import { QuoteSpeakerCountPostgres1764550800000 } from '../../migrations/postgres/1764550800000-QuoteSpeakerCount';
import { MentionFormsPostgres1764637200000 } from '../../migrations/postgres/1764637200000-MentionForms';
import { DateOrderIndexesPostgres1764640800000 } from '../../migrations/postgres/1764640800000-DateOrderIndexes';
import { QuoteSubjectStatementTriggersPostgres1764700000001 } from '../../migrations/postgres/1764700000001-QuoteSubjectStatementTriggers';
import { SpeakerDateIndexPostgres1764710000001 } from '../../migrations/postgres/1764710000001-SpeakerDateIndex';
import { HeadlineVectorPostgres1764810000001 } from '../../migrations/postgres/1764810000001-HeadlineVector';
import { PlaceIdentityPostgres1764900000001 } from '../../migrations/postgres/1764900000001-PlaceIdentity';
import { QuoteSubjectCountsPostgres1765000000001 } from '../../migrations/postgres/1765000000001-QuoteSubjectCounts';
import { Article } from '../entities/article.entity';
import { EntityName } from '../entities/entity-name.entity';
import { Location } from '../entities/location.entity';
import { Mention } from '../entities/mention.entity';
import { NamedEntity } from '../entities/named-entity.entity';
import { Organization } from '../entities/organization.entity';
import { Person } from '../entities/person.entity';
import { Quote } from '../entities/quote.entity';
import { sqlRows } from './dialect';
import { prepareSqliteConnection } from './sqlite-connection';

/** Every SQLite migration, in order. A schema change is a new file in migrations/ added here. */
export const migrations = [Initial1764201600000, FullTextSearch1764288000000, QuoteOrdering1764288100000, QuoteSubjects1764374400000, QuoteKinds1764460800000, QuoteScopeCounts1764547200000, QuoteSpeakerCount1764550800000, MentionForms1764637200000, DateOrderIndexes1764640800000, QuoteSubjectStatementTriggers1764700000001, SpeakerDateIndex1764710000001, HeadlineVector1764810000001, PlaceIdentity1764900000001, QuoteSubjectCounts1765000000001];

/**
 * Every PostgreSQL migration, in order: the same logical schema as `migrations`, one twin per
 * SQLite migration (migrations/postgres/, same timestamps). A schema change adds one to each list.
 */
export const postgresMigrations = [
  InitialPostgres1764201600000,
  FullTextSearchPostgres1764288000000,
  QuoteOrderingPostgres1764288100000,
  QuoteSubjectsPostgres1764374400000,
  QuoteKindsPostgres1764460800000,
  QuoteScopeCountsPostgres1764547200000,
  QuoteSpeakerCountPostgres1764550800000,
  MentionFormsPostgres1764637200000,
  DateOrderIndexesPostgres1764640800000,
  QuoteSubjectStatementTriggersPostgres1764700000001,
  SpeakerDateIndexPostgres1764710000001,
  HeadlineVectorPostgres1764810000001,
  PlaceIdentityPostgres1764900000001,
  QuoteSubjectCountsPostgres1765000000001,
];

/** Every TypeORM entity. */
export const entities = [Article, NamedEntity, Person, Organization, Location, EntityName, Mention, Quote];

/** Options for `createDataSource`. */
export interface DataSourceOptions {
  /** SQLite file; its folder is created when missing. ":memory:" for a throwaway store. Ignored when `databaseUrl` is set. */
  databasePath: string;
  /** A postgres:// URL: the store is that PostgreSQL database instead (Config.databaseUrl). */
  databaseUrl?: string | null;
  /** Receives every SQL statement (tests count them). */
  logger?: Logger;
  /** Most connections a PostgreSQL DataSource opens at once (default 10). */
  poolSize?: number;
}

/** The application name PostgreSQL shows for the gateway's connections (pg_stat_activity). */
export const POSTGRES_APPLICATION_NAME = 'newsgraph';

/**
 * The one DataSource of the app and the CLI, `synchronize` off (the schema comes only from
 * migrations). Not yet initialized: call `openDataSource` or `.initialize()`.
 *
 * - SQLite (the default): better-sqlite3 with WAL journal, foreign keys on and a busy timeout.
 * - PostgreSQL when `databaseUrl` is set: node-postgres with a connection pool; 64-bit integers
 *   (COUNT(*)) come back as numbers, as they do from SQLite; the PostgreSQL migrations; every
 *   statement planned for its values (plan_cache_mode = force_custom_plan).
 *
 * What differs in SQL between the two lives in src/db/dialect.ts.
 */
export function createDataSource({ databasePath, databaseUrl, logger, poolSize }: DataSourceOptions): DataSource {
  const common = {
    entities,
    migrationsRun: false,
    synchronize: false,
    logging: logger ? ['query' as const] : false,
    logger,
  };
  if (databaseUrl) {
    return new DataSource({
      ...common,
      type: 'postgres',
      url: databaseUrl,
      migrations: postgresMigrations,
      parseInt8: true,
      applicationName: POSTGRES_APPLICATION_NAME,
      poolSize,
      // Every statement planned for its own values, prepared or not (plan_cache_mode): how many
      // quotes a speaker or a place has varies a thousandfold, and the generic plan PostgreSQL
      // keeps after five executions of a prepared statement assumes the average. A speaker with
      // 6,153 quotes about a place counted by that plan took 177 ms, by its own plan 14 ms.
      extra: { options: '-c plan_cache_mode=force_custom_plan' },
    });
  }
  if (databasePath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  return new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: databasePath,
    migrations,
    prepareDatabase: prepareSqliteConnection,
  });
}

/** The PostgreSQL advisory lock held while migrations run (any number: the same in every instance). */
const MIGRATION_LOCK = 7_140_601_234;

/**
 * Applies pending migrations. On PostgreSQL, under a session advisory lock, so that several
 * gateway instances starting at once against one database migrate it once, one after the other.
 */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.release();
  }
}

/** Articles below which a store keeps no planner statistics (see refreshPlannerStatistics). */
export const STATISTICS_MIN_ARTICLES = 1000;

/**
 * Brings SQLite's planner statistics up to date (`PRAGMA optimize`: ANALYZE of the tables that
 * changed tenfold since they were last analysed, with the value samples of STAT4), so that a
 * filter's plan follows its values: `articles(filter: { from })` walks articles in order while the
 * date lets most through, and reads the date index when it is selective. About 2 s the first time
 * on 100,000 articles, then nothing until the data grows tenfold. Not below
 * STATISTICS_MIN_ARTICLES: statistics of a handful of rows would tell the planner to scan tables
 * that have since grown (FTS5's own deletes on its segment table fell to 20 articles/s that way
 * during a bulk ingest), while SQLite's defaults without statistics assume large tables and seek.
 * PostgreSQL's autovacuum analyses by itself: a no-op there.
 */
export async function refreshPlannerStatistics(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type === 'postgres') return;
  const [{ n }] = await sqlRows<{ n: number }>(dataSource, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM article LIMIT ${STATISTICS_MIN_ARTICLES})`);
  if (Number(n) < STATISTICS_MIN_ARTICLES) return;
  await sqlRows(dataSource, 'PRAGMA optimize = 0x10002');
}

/**
 * Sets SQLite's page cache of this connection to `kib` KiB (`PRAGMA cache_size`); a no-op on
 * PostgreSQL, whose server sizes its own buffers.
 */
export async function setPageCache(dataSource: DataSource, kib: number): Promise<void> {
  if (dataSource.options.type !== 'better-sqlite3') return;
  await sqlRows(dataSource, `PRAGMA cache_size = -${Math.trunc(kib)}`);
}

/** Creates, initializes and migrates the data source (applies pending migrations), then refreshes the planner's statistics. */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    await refreshPlannerStatistics(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** A human-readable name of where the data source's data lives (for logs): the file, or the URL without its password. */
export function describeStore(options: Pick<DataSourceOptions, 'databasePath' | 'databaseUrl'>): string {
  if (!options.databaseUrl) return options.databasePath;
  try {
    const url = new URL(options.databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres';
  }
}
