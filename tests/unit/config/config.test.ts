import { loadConfig } from '../../../src/config/config';
import { describeStore } from '../../../src/db/data-source';

describe('loadConfig: the store', () => {
  it('is SQLite at DATABASE_PATH unless DATABASE_URL names a PostgreSQL database', () => {
    expect(loadConfig({ DATABASE_PATH: '/tmp/x.sqlite' })).toMatchObject({ databasePath: '/tmp/x.sqlite', databaseUrl: null });
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/news' }).databaseUrl).toBe('postgres://u:p@db:5432/news');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/news?sslmode=require' }).databaseUrl).toBe('postgresql://db/news?sslmode=require');
  });

  it('refuses a DATABASE_URL that is not a postgres:// URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/news' })).toThrow('DATABASE_URL must start with postgres:// or postgresql://, got "mysql://..."');
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/^DATABASE_URL must be a URL/);
  });

  it('names the store in logs without its password', () => {
    expect(describeStore({ databasePath: 'data/x.sqlite', databaseUrl: null })).toBe('data/x.sqlite');
    expect(describeStore({ databasePath: 'data/x.sqlite', databaseUrl: 'postgres://u:secret@db:5432/news' })).toBe('postgres://u:***@db:5432/news');
  });
});
