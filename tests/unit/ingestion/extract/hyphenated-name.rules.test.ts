import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('namesBeforeHyphensApart: a known name joined by a hyphen to a modifier is a mention', () => {
  it('reads the place or organization before "-based", "-backed", "-listed" as a mention without the modifier', () => {
    expect(mentions('The Dublin-based buyer will fund the deal with new debt.')).toEqual(['Dublin L']);
    expect(mentions('Quorvex, a San Francisco-based maker of software, cut 900 jobs.')).toContain('San Francisco L');
    expect(mentions('The Iran-backed militia fired rockets, and Nasdaq-listed Quintell fell.')).toEqual(['Iran L', 'Nasdaq O', 'Quintell O']);
  });

  it('reads each side of a pair of known names', () => {
    expect(mentions('The Asia-Mediterranean loops restart in May.')).toEqual(['Asia L', 'Mediterranean L']);
  });

  it('keeps an apposition\'s noun after the modifier: the company is still read as one', () => {
    expect(mentions('Quorvantix, a Seattle-based company, said it would hire.')).toEqual(['Quorvantix O', 'Seattle L']);
  });

  it('reads a country joined by a hyphen to its story, opening a line in capitals, as a roundup brief\'s place', () => {
    const lines = ['The following are brief news items.', 'PERU-QUORVANE STRIKE ENDS AT COPPER MINE', 'Workers at the Quorvane mine voted to return.'];
    expect(mentions(...lines)[0]).toBe('PERU L');
    // In running text a country so joined to a name no list knows stays as it was.
    expect(mentions('The Peru-Quorvane deal was signed.')).not.toContain('Peru L');
  });

  it('leaves whole a name the lists know with its hyphen, a demonym\'s compound, a noun after the hyphen and a given name', () => {
    expect(mentions('Guinea-Bissau held a vote.')).toEqual(['Guinea-Bissau L']);
    expect(mentions('Saudi-led forces advanced on the town.')).toEqual([]);
    expect(mentions('Kim Jong-un met Moon Jae-in.')).toEqual(['Kim Jong-un P', 'Moon Jae-in P']);
  });
});
