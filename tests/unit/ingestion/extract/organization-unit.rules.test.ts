import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom, extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('organizationUnits: a company\'s unit in a country or by a name of its own', () => {
  it('reads a company the lists know right before a country, ending the run, as one organization', () => {
    expect(mentions('Vodafone Egypt is 55 percent owned by Vodacom.')).toContain('Vodafone Egypt O');
    expect(mentions('Shell Nigeria said on Monday it would sell assets.')).toEqual(['Shell Nigeria O']);
    // A region the lists know, and a body of the organization table by its name: its branch.
    expect(mentions('Greenpeace Canada called the pipeline a mistake.')).toEqual(['Greenpeace Canada O']);
  });

  it('reads a town of another country right before a country, ending the run, as a company named after its seat', () => {
    expect(mentions('Economists at Quorvex and Santander Brasil said a cut was likely.')).toContain('Santander Brasil O');
    expect(mentions('Santander UK said profit fell.')).toEqual(['Santander UK O']);
    // A town in its own country, a country after a comma, and a pair before a noun stay places.
    expect(mentions('He flew from Quorvex to Lagos Nigeria on Monday.')).toEqual(expect.arrayContaining(['Lagos L', 'Nigeria L']));
    expect(mentions('Santander, Brazil said nothing.')).not.toContain('Santander Brazil O');
    expect(mentions('The Madrid Brazil flights resumed.')).not.toContain('Madrid Brazil O');
  });

  it('reads an acronym no list knows right before a country or a region, ending the run, as the body there', () => {
    expect(mentions('QFU Scotland said farmers were worried.')).toEqual(['QFU Scotland O']);
    // A body of the organization table and a country, and a shouted line's words, stay apart.
    expect(mentions('He told the IAEA Iran would cooperate.')).toEqual(['IAEA O', 'Iran L']);
    expect(mentions('FLOODS HIT KENYA AS RAINS CONTINUE')).not.toContain('HIT KENYA O');
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

  it('reads a company and a country or region as its unit there, as a subject ("Vodafone Egypt said"), not before a noun', () => {
    const found = (text: string) => extractEntities(articleFrom([text])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Siemens Nigeria said the plant would reopen.')).toEqual(['ORGANIZATION Siemens Nigeria']);
    expect(found('Vodafone Ghana posted lower sales.')).toEqual(['ORGANIZATION Vodafone Ghana']);
    expect(found("Unilever Kenya's margins grew.")).toEqual(['ORGANIZATION Unilever Kenya']);
    expect(found('Quorvlecom Kenya reported a loss.')).toEqual(['ORGANIZATION Quorvlecom Kenya']);
    // Before a noun, the body and the country stay two names.
    expect(found('The Toyota Kentucky plant closed.')).toEqual(expect.arrayContaining(['ORGANIZATION Toyota', 'LOCATION Kentucky']));
  });
});
