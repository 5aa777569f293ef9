import { extractTyped } from './entity.article-builder';

/** Each mention as "text TYPE" (first letter of the type). */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

describe('fieldsListedInNames: a ministry of several fields is one name', () => {
  it('runs an organization\'s name ending in "of" and a field over the fields listed after it', () => {
    expect(mentions("South Korea's Ministry of Culture, Sports and Tourism said it would help.")).toEqual(['South Korea L', 'Ministry of Culture, Sports and Tourism O']);
    expect(mentions('The Ministry of Agriculture, Food and Rural Affairs issued a warning.')).toEqual(['Ministry of Agriculture, Food and Rural Affairs O']);
  });

  it('runs the list after "for", and over plural fields in "-ies" and a given name that is a common word too', () => {
    expect(mentions('The Department for Heritage, Food and Rural Affairs said so.')).toEqual(['Department for Heritage, Food and Rural Affairs O']);
    expect(mentions('The Ministry of Lands, Fisheries and Urban Renewal banned the nets.')).toEqual(['Ministry of Lands, Fisheries and Urban Renewal O']);
  });

  it('runs the list after a first field of two words, and over the names of sciences no word list holds', () => {
    expect(mentions('The Ministry of Coastal Waters, Ecology and Fishing Supervision said so.')).toEqual(['Ministry of Coastal Waters, Ecology and Fishing Supervision O']);
    expect(mentions('The Quorvish Institute of Seismology, Volcanology and Hydrology said so.')).toEqual(['Quorvish Institute of Seismology, Volcanology and Hydrology O']);
  });

  it('runs an organization\'s head back over the list of fields it closes, and a place or a people opening it', () => {
    expect(mentions('The Vorlandian Seismic, Volcanic and Tidal Services Administration issued a warning.')).toEqual(['Vorlandian Seismic, Volcanic and Tidal Services Administration O']);
    expect(mentions('The Quorvia Medical Practitioners, Pharmacists and Dentists Union called a strike.')).toEqual(['Quorvia Medical Practitioners, Pharmacists and Dentists Union O']);
    expect(mentions('The Forestry, Wildlife and Fisheries Agency said so.')).toEqual(['Forestry, Wildlife and Fisheries Agency O']);
  });

  it('leaves firms listed before an organization\'s head as their own names', () => {
    expect(mentions('Quorvex Capital, Tellmore Capital and Brell Financial led the sale.')).toEqual(['Quorvex Capital O', 'Tellmore Capital O', 'Brell Financial O']);
  });

  it('leaves a list of places or people after the name as their own names', () => {
    expect(mentions('The Ministry of Defence, Britain and France said the talks failed.')).toEqual(['Ministry of Defence O', 'Britain L', 'France L']);
    expect(mentions('The Department of Health, Ann Quorvle and Bo Lee said so.')).toEqual(['Department of Health O', 'Ann Quorvle P', 'Bo Lee P']);
  });
});
