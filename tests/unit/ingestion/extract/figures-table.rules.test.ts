import { figuresTables } from '../../../../src/ingestion/extract/figures-table.rules';
import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('companiesInFiguresTables: a row of a table of figures names a company', () => {
  it('reads the name opening each row of a results table as a company, with its currency code or amounts', () => {
    const table = ['Quorvex (NOK)        Q4       312      298', 'Brellow (SEK)        Q4       4,870    n/a'].join('\n');
    expect(mentions('Results in millions of crowns:', table)).toEqual(['Quorvex O', 'Brellow O']);
    expect(mentions(['Quorvane   12.4   11.9', 'Tellanet   -1.2   2.5'].join('\n'))).toEqual(['Quorvane O', 'Tellanet O']);
  });

  it('types the company the same where the copy names it after the table', () => {
    expect(mentions(['Quorvane   12.4   11.9', 'Tellanet   -1.2   2.5'].join('\n'), 'Quorvane said low rainfall cut output.')).toEqual(['Quorvane O', 'Tellanet O', 'Quorvane O']);
  });

  it('leaves one line of figures, a golfer\'s rounds and a poll\'s shares alone', () => {
    expect(figuresTables('Quorvane   12.4   11.9\nThe rest was prose.').names).toEqual(new Map());
    expect(figuresTables('Quorvane    69   70\nBrellow     70   71').names).toEqual(new Map());
    expect(figuresTables('Quorvle    34.5%   31.2%\nTellan     29.1%   30.4%').names).toEqual(new Map());
    expect(figuresTables('Quorvle (JAM)   9.58   9.61\nTellan (USA)   9.63   9.70').names).toEqual(new Map());
  });

  it('leaves out the words of a table\'s header in capitals, and reads the rows below it', () => {
    const table = ['COMPANY        PERIOD   PROFIT   PREV YEAR', 'Quorvex (NOK)  Q4       312      298', 'Brellow (SEK)  Q4       4,870    n/a'].join('\n');
    expect(mentions('Results in millions of crowns:', table)).toEqual(['Quorvex O', 'Brellow O']);
    expect(figuresTables(table).headers).toEqual([[0, 42]]);
  });

  it('gives each row\'s name offsets, the code in brackets left out', () => {
    const body = 'Quorvex (NOK)   Q4   9,440\nBrellow Power   Q4   8,215';
    expect([...figuresTables(body).names]).toEqual([[0, 7], [27, 40]]);
  });
});
