import { extractTyped } from './entity.article-builder';

/** Each mention of the article's lines as "<surface> <type initial>", and the entities' names. */
const read = (...lines: string[]): { mentions: string[]; names: string[] } => extractTyped(lines);

describe('placesInDatelines: the town a wire story was written in', () => {
  it('reads a run of capitals before its state, date or agency as one town, named in ordinary case', () => {
    const r = read('FORT QUARNBY VELLO, Fla. (AP) — Residents returned to their homes on Friday.');
    expect(r.mentions).toEqual(['FORT QUARNBY VELLO L', 'Fla. L', 'AP O']);
    expect(r.names).toContain('Fort Quarnby Vello');
    expect(read('EAST PALESTINE, Ohio (AP) — The train derailed on Friday night.').mentions[0]).toBe('EAST PALESTINE L');
    expect(read('SOUTH VELLAMORA, Quarnland, Jan 18 (Reuters) - Bankers met on Thursday.').mentions[0]).toBe('SOUTH VELLAMORA L');
    expect(read('NORTH VELLAMORA 1996-08-22', 'Talks went on.').mentions[0]).toBe('NORTH VELLAMORA L');
  });

  it('reads two hyphens between spaces as the dateline\'s dash, as American agencies\' plain text writes it ("(AP) -- ")', () => {
    const r = read('FORT QUARNBY VELLO, Fla. (AP) -- Residents returned to their homes on Friday.');
    expect(r.mentions).toEqual(['FORT QUARNBY VELLO L', 'Fla. L', 'AP O']);
    expect(r.names).toContain('Fort Quarnby Vello');
  });

  it('leaves a sport\'s slug before a dash, and a name the lists know whole, as they are', () => {
    expect(read('RUGBY UNION - Vellamora beat Quarnby 21-13 on Saturday.').mentions).not.toContain('RUGBY UNION L');
    expect(read('NEW YORK (Reuters) - Stocks rose on Friday.').mentions[0]).toBe('NEW YORK L');
  });

  it('reads one word in capitals opening a dateline as the great city the lists know by it in ordinary case, an old name too', () => {
    expect(read('KIEV 1996-08-22', 'Talks went on.').names).toContain('Kyiv');
    expect(read('BOMBAY, Aug 22 (Reuters) - Shares rose on Thursday.').names).toContain('Mumbai');
    expect(read('FRANKFURT - Bonds rose on Thursday.').mentions[0]).toBe('FRANKFURT L');
    // A small town's other name is no reading of it, and an organization's acronym stays the organization.
    expect(read('FAIRVIEW, W.Va. - The coal was piled high.').names).not.toContain('Costa Mesa');
    expect(read('NATO - The alliance met on Thursday.').mentions[0]).toBe('NATO O');
    // A sport's name before a bare dash is a results story's slug, not the town Rugby.
    expect(read('RUGBY - Vellamora beat Quarnby 21-13 on Saturday.').mentions).not.toContain('RUGBY L');
  });

  it('reads an ordinary word in capitals opening a dateline as the great city so called ("MADRAS", "NICE"), not a small town ("GOLF")', () => {
    expect(read('MADRAS 1996-08-22', 'Talks went on.').names).toContain('Chennai');
    expect(read('NICE, France (Reuters) - Hotels filled on Friday.').mentions[0]).toBe('NICE L');
    expect(read('GOLF - Quarnby led by two shots on Friday.').mentions[0]).not.toBe('GOLF L');
  });

  it('reads one word in capitals before a dateline\'s date or agency as the town the lists know by that own name, however small and whatever its accents', () => {
    expect(read('JONKOPING, Jan 5 (Reuters) - A fire broke out at a warehouse.').mentions[0]).toBe('JONKOPING L');
    // The gazetteer's town, in its country (Jönköping, Sweden).
    expect(read('JONKOPING, Jan 5 (Reuters) - A fire broke out at a warehouse.').names).toContain('Sweden');
    // Before a bare dash it is no dateline's town but by the lists' own reading of the word.
    expect(read('JONKOPING - A fire broke out at a warehouse.').mentions).not.toContain('JONKOPING L');
  });

  it('reads a country in brackets after a name opening a line as the name\'s home in a table or a list, no agency: no dateline', () => {
    const r = read('Largest deals:', 'Quorvan Investment Fund (Saudi Arabia) – state fund – 5.0 – Tellmark', 'Brellix National Bank (Qatar) – bank – 2.5 – Vellamo');
    expect(r.mentions).toContain('Brellix National Bank O');
    expect(r.mentions.filter((m) => m.endsWith(' L'))).toEqual(['Saudi Arabia L', 'Qatar L']);
    // An agency in brackets still closes a dateline.
    expect(read('NORTH VELLAMORA (Reuters) - Talks went on.').mentions[0]).toBe('NORTH VELLAMORA L');
  });

  it('reads one word in capitals before a US state or a country the lists know as the town, though they know no town so', () => {
    expect(read('QUELLMACK, New York 1996-08-22', 'Talks went on.').mentions[0]).toBe('QUELLMACK L');
    expect(read('VARNBY, Ohio 1996-08-22', 'Talks went on.').names).toContain('Varnby');
    expect(read('TRELLOCK, Germany, Aug 22 (Reuters) - Bankers met on Thursday.').mentions[0]).toBe('TRELLOCK L');
    // A great city keeps the lists' name, and an organization's acronym stays the organization.
    expect(read('BOMBAY, India 1996-08-22', 'Talks went on.').names).toContain('Mumbai');
    expect(read('NATO, Belgium 1996-08-22', 'Talks went on.').mentions[0]).toBe('NATO O');
  });
});

