import { postgresDialect, SNIPPET_CLOSE as C, SNIPPET_OPEN as O, sqliteDialect, toNumberedParameters } from '../../../src/db/dialect';
import { tsQuery } from '../../../src/db/fts-query';

describe('toNumberedParameters', () => {
  it('numbers ? placeholders in order, leaving string literals, quoted names and comments alone', () => {
    expect(toNumberedParameters('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toBe('SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)');
    expect(toNumberedParameters(`SELECT '?', "odd?name", ? -- what?\n, ?`)).toBe(`SELECT '?', "odd?name", $1 -- what?\n, $2`);
    expect(toNumberedParameters(`LIKE ? ESCAPE '\\'`)).toBe(`LIKE $1 ESCAPE '\\'`);
    expect(toNumberedParameters("SELECT 'it''s ?', ?")).toBe("SELECT 'it''s ?', $1");
  });

  it('is the identity on SQLite', () => {
    expect(sqliteDialect.positional('SELECT ?')).toBe('SELECT ?');
  });
});

describe('tsQuery (PostgreSQL to_tsquery text)', () => {
  it('ANDs terms, chains phrase words with <->, and marks prefixes with :*', () => {
    expect(tsQuery('rapid military')).toBe(`'rapid' & 'military'`);
    expect(tsQuery('"rapid military operation" nato')).toBe(`('rapid' <-> 'military' <-> 'operation') & 'nato'`);
    expect(tsQuery('milit*')).toBe(`'milit':*`);
    expect(tsQuery('"rapid milit"*')).toBe(`'rapid' <-> 'milit':*`);
  });

  it('keeps each term once, as ftsQuery does', () => {
    expect(tsQuery('nato NATO russia nato milit* milit')).toBe(`'nato' & 'russia' & 'milit':* & 'milit'`);
  });

  it('takes operators and punctuation as text, and gives null when nothing is left', () => {
    expect(tsQuery("NATO | !Russia & 'x' <-> (y)")).toBe(`'NATO' & 'Russia' & 'x' & 'y'`);
    expect(tsQuery(':* <-> !')).toBeNull();
    expect(tsQuery('')).toBeNull();
  });
});

describe('the full-text pieces of each dialect', () => {
  it('match through the FTS5 table on SQLite and the tsvector column on PostgreSQL', () => {
    expect(sqliteDialect.fullTextMatch('quote', 'q', ':p0')).toBe('q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH :p0)');
    expect(postgresDialect.fullTextMatch('article', 'a', ':p1')).toBe(`a.search_vector @@ to_tsquery('newsgraph', :p1)`);
  });

  it('never lets a NUL reach PostgreSQL', () => {
    expect(postgresDialect.unstorableAt('a\u0000b')).toBe(1);
    expect(postgresDialect.unstorableAt('ab')).toBe(-1);
    expect(sqliteDialect.unstorableAt('a\u0000b')).toBe(-1);
  });
});

describe('PostgreSQL snippets', () => {
  const finish = postgresDialect.finishSnippet;

  it('joins the marks of a quoted phrase into one, as FTS5 marks a phrase match', () => {
    expect(finish(`carry out a ${O}rapid${C} ${O}military${C} ${O}operation${C}.`, '"rapid military operation"')).toBe(
      `carry out a ${O}rapid military operation${C}.`,
    );
    expect(finish(`a ${O}rapid${C}, ${O}military${C} move`, '"rapid military"')).toBe(`a ${O}rapid, military${C} move`);
    expect(finish(`${O}operations${C} ${O}militaries${C}`, '"operation military"')).toBe(`${O}operations militaries${C}`);
    expect(finish(`${O}rapid${C} ${O}military${C}`, '"rapid milit"*')).toBe(`${O}rapid military${C}`);
  });

  it('leaves separate words separate, and marks that are not next to each other alone', () => {
    expect(finish(`${O}Gaël${C} ${O}Müller${C}`, 'GAEL MULLER')).toBe(`${O}Gaël${C} ${O}Müller${C}`);
    expect(finish(`${O}rapid${C} and ${O}military${C}`, '"rapid military"')).toBe(`${O}rapid${C} and ${O}military${C}`);
    expect(finish(`${O}military${C} ${O}rapid${C}`, '"rapid military"')).toBe(`${O}military${C} ${O}rapid${C}`);
    expect(finish('no marks at all', '"rapid military"')).toBe('no marks at all');
  });

  it('is the identity on SQLite (FTS5 marks phrases itself)', () => {
    expect(sqliteDialect.finishSnippet(`${O}a${C} ${O}b${C}`, '"a b"')).toBe(`${O}a${C} ${O}b${C}`);
  });
});
