import Database from 'better-sqlite3';
import { ftsQuery } from '../../../src/db/fts-query';

describe('ftsQuery', () => {
  it('ANDs words, each as a quoted string', () => {
    expect(ftsQuery('rapid military')).toBe('"rapid" AND "military"');
    expect(ftsQuery('  Stoltenberg  ')).toBe('"Stoltenberg"');
  });

  it('keeps "quoted phrases" as phrases', () => {
    expect(ftsQuery('"rapid military operation" nato')).toBe('"rapid military operation" AND "nato"');
    expect(ftsQuery('"rapid,  military!"')).toBe('"rapid military"');
  });

  it('makes a trailing * a prefix, on a word or a phrase', () => {
    expect(ftsQuery('milit*')).toBe('"milit" *');
    expect(ftsQuery('"rapid milit"*')).toBe('"rapid milit" *');
    expect(ftsQuery('"rapid milit" *')).toBe('"rapid milit"');
    expect(ftsQuery('*milit')).toBe('"milit"');
  });

  it('takes operators, column filters and other FTS5 syntax as plain words', () => {
    expect(ftsQuery('NATO OR Russia')).toBe('"NATO" AND "OR" AND "Russia"');
    expect(ftsQuery('NOT nato')).toBe('"NOT" AND "nato"');
    expect(ftsQuery('NEAR(a b, 3)')).toBe('"NEAR a" AND "b" AND "3"');
    expect(ftsQuery('title:nato -russia ^kyiv +x')).toBe('"title nato" AND "russia" AND "kyiv" AND "x"');
    expect(ftsQuery('{title dek}: nato')).toBe('"title" AND "dek" AND "nato"');
  });

  it('splits words where the tokenizer does (apostrophes, hyphens, dots) and keeps them together as a phrase', () => {
    expect(ftsQuery("don't")).toBe('"don t"');
    expect(ftsQuery('de-escalation')).toBe('"de escalation"');
    expect(ftsQuery('U.S.')).toBe('"U S"');
  });

  it('keeps each term once: a repeat (case aside, same prefix star) is left out', () => {
    expect(ftsQuery('the The THE the')).toBe('"the"');
    expect(ftsQuery('t* t* t')).toBe('"t" * AND "t"');
    expect(ftsQuery('"rapid milit"* nato "Rapid milit"* "rapid milit"')).toBe('"rapid milit" * AND "nato" AND "rapid milit"');
  });

  it('ignores stray and unbalanced quotes', () => {
    expect(ftsQuery('"rapid military')).toBe('"rapid" AND "military"');
    expect(ftsQuery('rapid" military')).toBe('"rapid" AND "military"');
    expect(ftsQuery('a"b c"d')).toBe('"a" AND "b c" AND "d"');
  });

  it('keeps accents, other scripts and combining marks inside their word', () => {
    expect(ftsQuery('Zürich Gaël')).toBe('"Zürich" AND "Gaël"');
    expect(ftsQuery('Zu\u0308rich')).toBe('"Zürich"');
    expect(ftsQuery('x\u0301yz')).toBe('"x\u0301yz"');
    expect(ftsQuery('Москва 北京')).toBe('"Москва" AND "北京"');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['', '   ', '*', '""', '"" *', '?!', '( ) : -', '\u0301']) expect(ftsQuery(input)).toBeNull();
  });

  describe('against a real FTS5 table with the tokenizer of the migrations', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2')`);
    const docs = [
      'NATO would be able to carry out a rapid military operation.',
      'The government guarantees all savings.',
      'Gaël Müller warned banks in Zürich.',
      'Zu\u0308rich, written with a combining umlaut; x\u0301yz too.',
      "The U.S. won't de-escalate.",
    ];
    docs.forEach((doc, i) => db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)').run(i + 1, doc));
    const find = (input: string): number[] => {
      const match = ftsQuery(input);
      return match === null ? [] : db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(match).map((r: any) => r.rowid);
    };
    afterAll(() => db.close());

    it('stems, matches phrases and prefixes, folds case and accents', () => {
      expect(find('guarantee')).toEqual([2]);
      expect(find('"rapid military operation"')).toEqual([1]);
      expect(find('"operation military rapid"')).toEqual([]);
      expect(find('milit*')).toEqual([1]);
      expect(find('"rapid milit"*')).toEqual([1]);
      expect(find('zurich')).toEqual([3, 4]);
      expect(find('GAEL MULLER')).toEqual([3]);
      expect(find('xyz')).toEqual([4]);
      expect(find('x\u0301yz')).toEqual([4]);
      expect(find('U.S. won\'t de-escalate')).toEqual([5]);
    });

    it('never produces a syntax error, whatever the input', () => {
      const nasty = ['"', '""', '" OR "', 'a AND', 'OR', '(', ')', 'NEAR(', 'x:', '^', '*', '**', 'a*b*', '-', '+', '{a}', 'a NOT', "'", '\\', '\u0000', '"a" * *'];
      for (const input of nasty) expect(() => find(input)).not.toThrow();
      for (let seed = 0; seed < 500; seed++) {
        const alphabet = ['a', 'é', ' ', '"', '*', '(', ')', ':', '-', '^', '+', 'OR', 'NOT', 'AND', 'NEAR', '{', '}', ',', '.', '\u0301', '\\'];
        const input = Array.from({ length: 1 + (seed % 12) }, (_, i) => alphabet[(seed * 7 + i * 13 + ((seed * i) % 5)) % alphabet.length]).join('');
        expect(() => find(input)).not.toThrow();
      }
    });
  });
});
