import { extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('organizationUnitsByCountry: a company and a country as its unit there', () => {
  it('reads a company the lists know right before a country, ending the run, as one organization', () => {
    expect(mentions('Vodafone Egypt is 55 percent owned by Vodacom.')).toContain('Vodafone Egypt O');
    expect(mentions('Shell Nigeria said on Monday it would sell assets.')).toEqual(['Shell Nigeria O']);
  });

  it("keeps apart a body of the organization table and a country, a pair before a lower-case noun, and a company's possessive", () => {
    expect(mentions('The UN Ukraine envoy spoke.')).toEqual(['UN O', 'Ukraine L']);
    expect(mentions('Apple Japan sales fell.')).not.toContain('Apple Japan O');
    expect(mentions("Vodafone's Egypt unit grew.")).toEqual(['Vodafone O', 'Egypt L']);
  });
});
