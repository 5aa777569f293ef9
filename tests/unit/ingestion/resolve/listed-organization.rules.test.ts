import { extractTyped } from '../extract/entity.article-builder';

/** Names listed beside an organization the resolve stage types by its form (listed-organization.rules.ts). The names are made up. */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

describe('organizationsListedBesideResolved: a name listed beside an acronym or a brand-shaped organization', () => {
  it('types names no rule typed, listed with "and" beside an acronym or a brand-shaped name, as organizations', () => {
    expect(mentions('The field is run with Quorvane, TLX, Brellonergy and Tasvik.')).toEqual(['Quorvane O', 'TLX O', 'Brellonergy O', 'Tasvik O']);
  });

  it('types the same words written again alone in the article', () => {
    expect(mentions('The field is run with TLX and Tasvik.', 'A stake held by Tasvik is for sale.')).toEqual(['TLX O', 'Tasvik O', 'Tasvik O']);
  });

  it('takes no name beside an organization read by its context alone, nor a person\'s name', () => {
    expect(mentions('The probe carries two satellites, Tellio and Quorvane, which will be released near the asteroid.')).not.toContain('Tellio O');
    expect(mentions('Ann Tasvik, who runs the fund, said TLX and Tasvik would talk.')).not.toContain('Tasvik O');
  });
});
