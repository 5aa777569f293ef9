import { parseInlineGold } from '../../../src/eval/inline-gold.reader';

const SOURCE = `Comment lines before the first document are ignored.
=== wire-1 2026-01-02
[[Quorvex|ORG]] Chief Warns [[Moscow|LOC]]

BRUSSELS, Jan 2 (Reuters) - [[Ann Quorvle|PER]] said the firm
would stay.


"We stay," [[Quorvle|PER|Ann Quorvle]] told [[Quintell|ORG|Quintell Group]].
=== wire-2
[[Ann Quorvle|PER]] again.
`;

describe('parseInlineGold', () => {
  const [first, second] = parseInlineGold(SOURCE, 'wire.txt');

  it('takes the marks out of the text and keeps exact spans of the surfaces', () => {
    expect(first.id).toBe('wire-1');
    expect(first.article.title).toBe('Quorvex Chief Warns Moscow');
    expect(first.article.body).toBe('Quorvex Chief Warns Moscow\n\nBRUSSELS, Jan 2 (Reuters) - Ann Quorvle said the firm\nwould stay.\n\n"We stay," Quorvle told Quintell.');
    expect(first.gold.map((g) => [first.article.body.slice(g.start, g.end), g.type])).toEqual([
      ['Quorvex', 'ORG'],
      ['Moscow', 'LOC'],
      ['Ann Quorvle', 'PER'],
      ['Quorvle', 'PER'],
      ['Quintell', 'ORG'],
    ]);
  });

  it('gives mentions of one canonical name one identity, within and across documents', () => {
    const identity = (doc: typeof first, text: string) => doc.gold.find((g) => doc.article.body.slice(g.start, g.end) === text)?.identity;
    expect(identity(first, 'Quorvle')).toBe(identity(first, 'Ann Quorvle'));
    expect(identity(second, 'Ann Quorvle')).toBe(identity(first, 'Ann Quorvle'));
    expect(identity(first, 'Quintell')).not.toBe(identity(first, 'Quorvex'));
  });

  it('names the file and line of a mark with no known type', () => {
    expect(() => parseInlineGold('=== d1\nHead\n\nSome [[Quorvle|PERSON]] here.', 'wire.txt')).toThrow(/^wire\.txt:4: \[\[Quorvle\|PERSON\]\] has no PER\/ORG\/LOC type/);
  });

  it('refuses a mark left unclosed', () => {
    expect(() => parseInlineGold('=== d1\nHead\n\n[[Quorvle|PER is here.', 'wire.txt')).toThrow(/wire\.txt:\d+: a mark that is not/);
  });

  it('refuses a head without an id', () => {
    expect(() => parseInlineGold('===\nHead', 'wire.txt')).toThrow(/^wire\.txt:1: expected "=== ID/);
  });
});
