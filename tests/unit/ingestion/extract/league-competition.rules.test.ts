import { extractTyped } from './entity.article-builder';

/** A sports league's name for its competition is no mention; for the body that speaks or rules, an organization (league-competition.rules.ts). */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

describe('withoutLeagueCompetitions: a league as a competition is no name', () => {
  it('drops a league’s name where sports copy writes the competition, and keeps it where the league speaks, rules or is the agent', () => {
    expect(
      mentions(
        'Quorvia beat Cagliari 3-0 on Wednesday in the Quorvian Premier League, their striker scoring twice before halftime.',
        'The Quorvian Premier League said it would fine the club, which was charged by the Quorvian Premier League.',
        'Quorvia top the Quorvian Premier League standings, and their striker left for La Liga.',
      ),
    ).toEqual(['Quorvia O', 'Cagliari O', 'Quorvian Premier League O', 'Quorvian Premier League O', 'Quorvia O']);
  });

  it('keeps a league that is no sports competition, outside sports copy', () => {
    expect(mentions('The Quorvan People’s League won 40 seats in the election, and the Arab League welcomed the vote.')).toEqual(['Quorvan People’s League O', 'Arab League O']);
  });
});
