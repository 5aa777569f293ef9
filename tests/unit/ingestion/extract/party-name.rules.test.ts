import { extractTyped } from './entity.article-builder';

/** The article's mentions as "<surface> <type initial>", its lines read as one article's paragraphs. */
const read = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('partiesAsBodies: parties named by their members or nicknames, and in results lines', () => {
  it('reads a party named by its members\' plural or its nickname after "the" as an organization', () => {
    expect(read('The Conservatives won 12 seats in Quarnby.')).toContain('Conservatives O');
    expect(read('The Republicans in the House blocked the bill on Thursday.')).toContain('Republicans O');
    expect(read('Voters turned against the Tories, and the Greens gained.')).toEqual(['Tories O', 'Greens O']);
  });

  it('leaves the party\'s members without "the" unmarked, though the article names the party', () => {
    expect(read('Many Democrats fear the result.', 'The Democrats unveiled a plan.')).toEqual(['Democrats O']);
    expect(read('Two Republicans, Ann Quorvex and Bill Quinn, voted against it.')).not.toContain('Republicans O');
  });

  it('reads the capitalised words in brackets between a candidate and the votes as the candidate\'s party', () => {
    expect(read('The result in full:', 'Tamsin Quarvell (Green Party) 1,570', 'Jon Quellby (Conservatives) 6,904')).toEqual([
      'Tamsin Quarvell P', 'Green Party O', 'Jon Quellby P', 'Conservatives O',
    ]);
    // A runner's country stays a place.
    expect(read('The result:', 'Ana Quarvell (Spain) 2:08:02')).toEqual(['Ana Quarvell P', 'Spain L']);
  });
});
