import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('sportsBodyAt: a sport\'s governing body named by the sport and its country', () => {
  it('reads a sport\'s name before a country or a state as one organization, at a sentence\'s start too', () => {
    expect(mentions('Swimming Australia head coach Ann Quorvle said the results were encouraging.')).toEqual(['Swimming Australia O', 'Ann Quorvle P']);
    expect(mentions('The team was named by Athletics Kenya and Cricket Victoria on Monday.')).toEqual(['Athletics Kenya O', 'Cricket Victoria O']);
    expect(mentions('Swimming New Zealand said it would appeal.')).toEqual(['Swimming New Zealand O']);
  });

  it('reads a sport that is also a town\'s name ("Rugby") as the sport before a country', () => {
    expect(mentions('The squad was picked by Rugby Australia on Monday.')).toEqual(['Rugby Australia O']);
  });

  it('reads "USA" before a sport\'s name ending the name as the American body', () => {
    expect(mentions('USA Swimming and USA Gymnastics were sued in Denver.')).toEqual(['USA Swimming O', 'USA Gymnastics O', 'Denver L']);
  });

  it('reads a country before its sport ending the name as the body ("Sri Lanka Cricket"), not one before a noun it modifies', () => {
    expect(mentions('Sri Lanka Cricket suspended Quorvle Tellan for a year.')).toEqual(['Sri Lanka Cricket O', 'Quorvle Tellan P']);
    expect(mentions('The deal was signed by New Zealand Cricket and Canada Soccer.')).toEqual(['New Zealand Cricket O', 'Canada Soccer O']);
    expect(mentions('The India Cricket team arrived in Perth.')).toEqual(['India L', 'Perth L']);
  });

  it('leaves a country after any other word, and a sport\'s name before no place, as they were', () => {
    expect(mentions('Quorvle played cricket in Australia, and the Tennis Club of Australia met.').filter((m) => m.startsWith('Australia'))).toEqual(['Australia L']);
    expect(mentions('The coach left for Australia. Swimming is popular there.')).toEqual(['Australia L']);
  });
});
