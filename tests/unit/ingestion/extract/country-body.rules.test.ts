import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('placeBodyStart: a country\'s or a region\'s body named by its field and the place', () => {
  it('reads the whole field before a country as the body, across one "and" ("Environment and Climate Change Canada")', () => {
    expect(mentions('Environment and Climate Change Canada issued a heat warning for Quorvle Bay.')).toEqual(['Environment and Climate Change Canada O', 'Quorvle Bay L']);
    expect(mentions('Inspectors from Natural Resources Canada visited the mine.')).toEqual(['Natural Resources Canada O']);
  });

  it('reads a plural for things, or one for people inside the field, before a country as the body ("Fisheries and Oceans Canada")', () => {
    expect(mentions('Fisheries and Oceans Canada closed the fishery.')).toEqual(['Fisheries and Oceans Canada O']);
    expect(mentions('Statistics Canada said the jobless rate rose.')).toEqual(['Statistics Canada O']);
    expect(mentions('Veterans Affairs Canada said it would review the case.')).toEqual(['Veterans Affairs Canada O']);
  });

  it('reads a field of two words before a region as its body ("Public Health Scotland"), and a second country after the first as the body\'s', () => {
    expect(mentions('Public Health Scotland reported 40 new cases.')).toEqual(['Public Health Scotland O']);
    expect(mentions('Food Standards Australia New Zealand recalled the cheese.')).toEqual(['Food Standards Australia New Zealand O']);
  });

  it('leaves the place a place after an adjective, a plural for people or a compass word', () => {
    expect(mentions('Mexicans often say, "Poor Mexico, so far from God."')).toEqual(['Mexicans L', 'Mexico L']);
    expect(mentions('Striking Workers in Canada marched.').filter((m) => m.startsWith('Canada'))).toEqual(['Canada L']);
    expect(mentions('In the New Territories West constituency, Quorvle Tellan won.').filter((m) => m.endsWith(' O'))).toEqual([]);
  });
});
