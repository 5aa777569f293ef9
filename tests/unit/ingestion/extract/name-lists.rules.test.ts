import { extractTyped } from './entity.article-builder';

/** Names listed beside a name of known type (name-lists.rules.ts). The towns are real, so the gazetteer knows them; the copy is made up. */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

describe('placesInLists: a town that is a given name too, listed beside towns', () => {
  it('reads a word the gazetteer knows as a town, listed with "and" or "or" beside a town the lists know, as that town', () => {
    expect(mentions('Footfall in Harrogate, York and Chester was fine, the retailer said.')).toEqual(['Harrogate L', 'York L', 'Chester L']);
    expect(mentions('Stores in Houston, Dallas or Austin will reopen on Monday.')).toEqual(['Houston L', 'Dallas L', 'Austin L']);
  });

  it('leaves the word a person where no list holds it or where the article names a person by it', () => {
    expect(mentions('Chester said York and Leeds were slow.')).toEqual(['Chester P', 'York L', 'Leeds L']);
    expect(mentions('Austin Quorvell, who runs the shops, said Leeds, York and Austin did well.')).toContain('Austin P');
  });
});
