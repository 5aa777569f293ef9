import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('companiesByShareMoves: a name before a share\'s move in per cent is a listed company', () => {
  it('reads a name read as a person\'s, or no rule typed, before a market\'s verb and a share in per cent as a company', () => {
    expect(mentions('Quorvex Tellan gained 3.2% and Brellow Marang fell 1.1 percent in trade.')).toEqual(['Quorvex Tellan O', 'Brellow Marang O']);
    expect(mentions('Index heavyweight Tellanco rose 1.3%, while Quorvane was up 2%.')).toEqual(['Tellanco O', 'Quorvane O']);
  });

  it('reads the names listed before a move they share as companies', () => {
    expect(mentions('The index fell as Quorvex Tellan and Brellow Marang each lost more than 4%.')).toEqual(['Quorvex Tellan O', 'Brellow Marang O']);
  });

  it('leaves a person named in full, a surname, and ordinary words as they were', () => {
    expect(mentions('Anna Quimby rose 3% in the polls, and Quimby gained 2% more.')).toEqual(['Anna Quimby P', 'Quimby P']);
    expect(mentions('Gold rose 1% and Silver fell 2% on Monday.')).toEqual([]);
    expect(mentions('Quorvex Tellan said sales rose 3%.')).toEqual(['Quorvex Tellan P']);
    expect(mentions('Support for Quorvex Tellan rose 3% in the poll, and Brellow Marang gained 12% of the vote.')).toEqual(['Quorvex Tellan P', 'Brellow Marang P']);
    expect(mentions('The Quorvia 225 Stock Average rose 0.9%.')).toEqual([]);
  });

  it('reads no company in a noun only a company has opening the sentence', () => {
    expect(mentions('Quorvex Tellan Ltd reported results. Revenue rose 22% to 3.1 billion crowns.')).toEqual(['Quorvex Tellan Ltd O']);
  });
});
