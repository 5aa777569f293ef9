import { extractTyped } from './entity.article-builder';

describe('placeAcronymNames: an organization named by its place and an acronym', () => {
  it('reads a place and an acronym no list knows, written nowhere but after that place, as one organization ("Cork ETB")', () => {
    const r = extractTyped(['The audit was ordered by Bendigo QTB last spring.', 'The roof was paid for with money from Bendigo QTB.']);
    expect(r.mentions).toEqual(['Bendigo QTB O', 'Bendigo QTB O']);
  });

  it('leaves a place and an acronym the dictionary knows apart ("UK GDP"), and one the article also writes alone', () => {
    expect(extractTyped(['Bendigo GDP grew by two percent.']).mentions).not.toContain('Bendigo GDP O');
    const r = extractTyped(['Officials of Bendigo QTB said so.', 'QTB said it would appeal.']);
    expect(r.mentions).not.toContain('Bendigo QTB O');
  });
});
