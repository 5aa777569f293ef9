import { extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('organizationUnits: a company\'s unit in a country or by a name of its own', () => {
  it('reads a company the lists know right before a country, ending the run, as one organization', () => {
    expect(mentions('Vodafone Egypt is 55 percent owned by Vodacom.')).toContain('Vodafone Egypt O');
    expect(mentions('Shell Nigeria said on Monday it would sell assets.')).toEqual(['Shell Nigeria O']);
  });

  it('reads a name taken for a person\'s that an organization the article names alone opens, no given name, as its unit', () => {
    expect(mentions('Pilots at Lufthansa and its cargo unit Lufthansa Cargo walked out.')).toEqual(['Lufthansa O', 'Lufthansa Cargo O']);
    // A given name opens a person's name, whatever an organization is called.
    expect(mentions('Shares of Morgan rose.', 'Morgan Quorvle said the deal was fair.')).toContain('Morgan Quorvle P');
  });

  it("keeps apart a body of the organization table and a country, a pair before a lower-case noun, and a company's possessive", () => {
    expect(mentions('The UN Ukraine envoy spoke.')).toEqual(['UN O', 'Ukraine L']);
    expect(mentions('Apple Japan sales fell.')).not.toContain('Apple Japan O');
    expect(mentions("Vodafone's Egypt unit grew.")).toEqual(['Vodafone O', 'Egypt L']);
  });
});
