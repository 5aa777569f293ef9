import { extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe("companiesNamedAfterTowns: a town the article shows as a company's own name is the company alone too", () => {
  it('reads the town alone as the company after a head-first word or a legal form made it one', () => {
    expect(mentions('Banco Sabadell posted a profit.', 'Rivals dropped a bid for Sabadell, and Sabadell sold its unit.')).toEqual(['Banco Sabadell O', 'Sabadell O', 'Sabadell O']);
    // After a place preposition, only a holding in the company ("Shares in").
    expect(mentions('Sabadell SA said profit rose.', 'Shares in Sabadell rose 2%.')).toEqual(['Sabadell SA O', 'Sabadell O']);
  });

  it("reads the town alone as the company after its unit in a country, but keeps the town after a place preposition", () => {
    expect(mentions('Santander UK said profit fell.', 'The head office in Santander stayed open, and Santander said it would hire.')).toEqual(['Santander UK O', 'Santander L', 'Santander O']);
  });

  it('keeps the town where the article names no company by it', () => {
    expect(mentions('Sabadell is a town near Barcelona.', 'Sabadell grew 2% last year.')).toEqual(['Sabadell L', 'Barcelona L', 'Sabadell L']);
  });
});
