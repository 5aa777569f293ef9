import { extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('personsInCreditLines: the journalists a wire story credits', () => {
  it('reads the names after "by", "and" and a comma as people, the towns after "in" as places', () => {
    expect(mentions('(Reporting by Simon Ledger in London and Ana Quorvle in Madrid; Additional reporting by Tom Brellow; Editing by Jonathan Post and Carla Monitor)')).toEqual([
      'Simon Ledger P', 'London L', 'Ana Quorvle P', 'Madrid L', 'Tom Brellow P', 'Jonathan Post P', 'Carla Monitor P',
    ]);
    expect(mentions('Writing by Rodrigo Viga Quintell; editing by Mark Vellan, Sue Brellow')).toEqual(['Rodrigo Viga Quintell P', 'Mark Vellan P', 'Sue Brellow P']);
  });

  it('reads the names of a byline, a paragraph of "By" and names, as people, whatever their words are ("Than", a town\'s "Saba"), not its agency', () => {
    expect(mentions('QUORVIA-Talks stall', 'By Krisztina Than and Yousef Saba', 'The talks stalled on Monday.')).toEqual(['Krisztina Than P', 'Yousef Saba P']);
    expect(mentions('By Ana Quorvel, Reuters', 'The talks stalled on Monday.')).toEqual(['Ana Quorvel P', 'Reuters O']);
    expect(mentions('By Tuesday, the talks had stalled.', 'By March 2025 the plant will close.')).toEqual([]);
  });
  it("reads an agency's desk named by its city as the city, no journalist ('Compiled by Gdansk Newsroom', '(Bengaluru Newsroom)')", () => {
    expect(mentions('Reporting by Ana Quorvle in Warsaw; Compiled by Gdansk Newsroom')).toEqual(['Ana Quorvle P', 'Warsaw L', 'Gdansk L']);
    expect(mentions('The index rose 2 percent.', '(Bengaluru Newsroom)')).toEqual(['Bengaluru L']);
  });

  it('keeps a second town after "in ... and" a town', () => {
    expect(mentions('Reporting by Tom Quorvle in London and Madrid; Editing by Simon Ledger')).toEqual(['Tom Quorvle P', 'London L', 'Madrid L', 'Simon Ledger P']);
  });

  it('types the same name in the story\'s body as the credited person', () => {
    expect(mentions('Chief executive Jonathan Post said the drop was temporary.', '(Reporting by Jonathan Post; Editing by Mark Vellan)')).toEqual([
      'Jonathan Post P', 'Jonathan Post P', 'Mark Vellan P',
    ]);
  });

  it('leaves running text that is no credit line as it was', () => {
    expect(mentions('The book was edited by Simon Ledger and published in London.')).not.toContain('Simon Ledger P');
    expect(mentions('Reporting by the ministry showed Simon Ledger had lied.')).not.toContain('Simon Ledger P');
    expect(mentions('Compiled by Statistics Quorvia, the figures show a drop.')).not.toContain('Statistics Quorvia P');
  });
});
