import { extractTyped } from './entity.article-builder';

/** Each mention as "text TYPE" (first letter of the type). */
const mentions = (...lines: string[]): string[] => extractTyped(lines, false).mentions;

describe('fieldsListedInNames: a ministry of several fields is one name', () => {
  it('runs an organization\'s name ending in "of" and a field over the fields listed after it', () => {
    expect(mentions("South Korea's Ministry of Culture, Sports and Tourism said it would help.")).toEqual(['South Korea L', 'Ministry of Culture, Sports and Tourism O']);
    expect(mentions('The Ministry of Agriculture, Food and Rural Affairs issued a warning.')).toEqual(['Ministry of Agriculture, Food and Rural Affairs O']);
  });

  it('leaves a list of places or people after the name as their own names', () => {
    expect(mentions('The Ministry of Defence, Britain and France said the talks failed.')).toEqual(['Ministry of Defence O', 'Britain L', 'France L']);
    expect(mentions('The Department of Health, Ann Quorvle and Bo Lee said so.')).toEqual(['Department of Health O', 'Ann Quorvle P', 'Bo Lee P']);
  });
});
