import { extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('organizationsKnownAs: the short name an organization is "known as"', () => {
  it('reads the name after an organization and "known as" as an organization, and that word alone later too', () => {
    expect(mentions('The Quorvan Workers Movement, known as Tellamo, said it would strike.')).toEqual(['Quorvan Workers Movement O', 'Tellamo O']);
    expect(mentions('The coalition includes the Quorvan Renewal Party, also known as Vessik.', 'Vessik co-leader Ann Brellow said talks would go on.')).toEqual([
      'Quorvan Renewal Party O',
      'Vessik O',
      'Vessik O',
      'Ann Brellow P',
    ]);
  });

  it('links the short name, and that word alone later, to the organization named in full: one entity', () => {
    expect(extractTyped(['The coalition includes the Quorvan Renewal Party, also known as Vessik.', 'Vessik co-leader Ann Brellow said talks would go on.']).names).toEqual([
      'Quorvan Renewal Party',
      'Ann Brellow',
    ]);
  });

  it('keeps a word of a person the article names, and a nickname after a person', () => {
    expect(mentions('Dara Tellamo arrived first.', 'The Quorvan Workers Movement, known as Tellamo, said it would strike.')).not.toContain('Tellamo O');
    expect(mentions('The singer Ann Brellow, known as Vessik, toured Quorvia.')).not.toContain('Vessik O');
  });
});
