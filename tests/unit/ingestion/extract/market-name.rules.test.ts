import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('withoutMarketNames: stock indexes and commodity grades are no names', () => {
  it('leaves an index named by its own word unmarked, with its number and tail words', () => {
    expect(mentions('Germany\'s DAX fell 0.9 percent and the FTSE 100 rose, while the CAC 40 was flat.')).toEqual(['Germany L']);
    expect(mentions('The Hang Seng fell 1.1 percent, dragged down by Quorvex Group.')).toEqual(['Quorvex Group O']);
  });

  it('reads a name an index shares with an exchange or a newspaper as the index before its tail, a number or, after "the", a market\'s verb', () => {
    expect(mentions('The S&P 500 and the Nasdaq Composite rose, while the Dow Jones Industrial Average added 120 points.')).toEqual([]);
    expect(mentions('Japan\'s Nikkei share average fell 1.2 percent on Tuesday.')).toEqual(['Japan L']);
    expect(mentions('The Nikkei closed at 38,410.25 and the Nasdaq added 1.1 percent.')).toEqual([]);
    expect(mentions('Nikkei 51,310.07 +1.4%')).toEqual([]);
  });

  it('keeps the exchange, the newspaper and the company of the same name', () => {
    expect(mentions('Shares of Quorvex Holdings rose 4 percent on the Nasdaq after the results.')).toEqual(['Quorvex Holdings O', 'Nasdaq O']);
    expect(mentions('The Nikkei business daily reported that Quorvex would cut jobs.')).toContain('Nikkei O');
    expect(mentions('Kevin Russell rose to speak, and Quintell scored 45 runs.')).toContain('Kevin Russell P');
  });

  it('leaves a place that opens an index\'s name unmarked', () => {
    expect(mentions('In Hong Kong, the Shanghai Composite Index gave up 0.6 percent.')).toEqual(['Hong Kong L']);
    expect(mentions('Shenzhen Component fell 2 percent on Monday, and the Jakarta Composite rose.')).toEqual([]);
    expect(mentions('Ohio Index Partners bought the Texas Industrial Park.')).toContain('Ohio Index Partners O');
  });

  it('leaves a commodity grade unmarked, and a crude oil grade named by a place, but not a person so named', () => {
    expect(mentions('"Sub-$60 Brent by the spring is a real risk," said Helena Quorvle.')).toEqual(['Helena Quorvle P']);
    expect(mentions('Arabica rose 3 percent, while Robusta fell in London.')).toEqual(['London L']);
    expect(mentions('U.S. West Texas Intermediate crude gained 58 cents, and Urals crude fell.')).toEqual(['U.S. L']);
    expect(mentions('Brent Quorvex, 44, was charged with fraud. Brent Quorvex denied the charges.')).toEqual(['Brent Quorvex P', 'Brent Quorvex P']);
    expect(mentions('The Urals region was flooded.')).toEqual(['Urals L']);
  });
});
