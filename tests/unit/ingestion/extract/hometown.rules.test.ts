import { extractTyped } from './entity.article-builder';

describe('hometown rules', () => {
  it('reads a town the gazetteer knows after a person\'s name and "of" or "from" as the town, whatever speech cue or "who" follows ("Tom Quintell of Bradford said")', () => {
    expect(extractTyped(['Tom Quintell of Bradford said prices had doubled.']).mentions).toEqual(['Tom Quintell P', 'Bradford L']);
    expect(extractTyped(['Tom Quintell, of Bradford, said prices had doubled.']).mentions).toEqual(['Tom Quintell P', 'Bradford L']);
    expect(extractTyped(['The prize went to Ana Quorvle of Timaru, who built a dragon from foam.']).mentions).toEqual(['Ana Quorvle P', 'Timaru L']);
    expect(extractTyped(['The film by Aroha Quorvle from Gisborne won the top award.']).mentions).toEqual(['Aroha Quorvle P', 'Gisborne L']);
  });

  it('leaves a longer name, a common word and sports copy, where "of" gives a player\'s club, to the other rules', () => {
    expect(extractTyped(['Governor Ronaldo Quorvle of Uniao Brasil said the deal was fair.']).mentions).not.toContain('Uniao L');
    expect(extractTyped(['Tim Quorvle of Reading said the deal was off.']).mentions).not.toContain('Reading L');
    const sports = extractTyped(['Striker Ana Quorvle of Timaru scored twice as the visitors won 3-1 in the league on Saturday.', 'Timaru coach Ben Tellan praised the goalkeeper after the match.']).mentions;
    expect(sports).not.toContain('Timaru L');
  });
});
