import { isConnector, surfaceOf, tokenInRun, tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { articleFrom, extractTyped } from './entity.article-builder';
import { extractEntities } from '../../../../src/ingestion/article.annotator';

const tokensOf = (...lines: Parameters<typeof articleFrom>[0]) => tokenizeArticle(articleFrom(lines));

describe('tokenizeArticle', () => {
  it('gives words with body offsets, leaves punctuation out and cuts a possessive off', () => {
    const doc = tokensOf('NATO’s chief, Jens Stoltenberg, spoke.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['NATO', 'chief', 'Jens', 'Stoltenberg', 'spoke']);
    for (const t of doc.tokens) expect(doc.body.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens[0]).toMatchObject({ key: 'nato', cap: true, upper: true, possessive: true, sentenceStart: true });
    expect(doc.tokens[2]).toMatchObject({ key: 'jens', cap: true, upper: false, sentenceStart: false, joinsNext: true });
    expect(doc.tokens[3].joinsNext).toBe(false);
  });

  it('reads a possessive with either apostrophe and either "s" ("QUORVEX\'S", "Quorvle’s"), an acronym\'s plus sign ("OPEC+") and an Arabic article joined to a name ("al-Quorvi")', () => {
    const doc = tokensOf("QUORVEX'S bid and Quorvle’s plan: OPEC+ met al-Quorvi and OPEC on Monday.");
    expect(doc.tokens.map((t) => t.text)).toEqual(['QUORVEX', 'bid', 'and', 'Quorvle', 'plan', 'OPEC+', 'met', 'al-Quorvi', 'and', 'OPEC', 'on', 'Monday']);
    expect(doc.tokens[0]).toMatchObject({ key: 'quorvex', upper: true, possessive: true });
    expect(doc.tokens[3]).toMatchObject({ key: 'quorvle', upper: false, possessive: true });
    expect(doc.tokens[5]).toMatchObject({ key: 'opec+', upper: true, possessive: false });
    expect(doc.tokens[7]).toMatchObject({ key: 'al-quorvi', cap: true, upper: false });
    expect(doc.tokens[9]).toMatchObject({ key: 'opec', upper: true });
  });

  it('keeps the dot of a title, an initial and a dotted acronym, and starts no sentence after it', () => {
    const doc = tokensOf('Sen. Anna K. Berg met U.S. officials.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Sen.', 'Anna', 'K.', 'Berg', 'met', 'U.S.', 'officials']);
    expect(doc.tokens[0].key).toBe('sen');
    expect(doc.tokens[2]).toMatchObject({ initial: true, key: 'k' });
    expect(doc.tokens[1].sentenceStart).toBe(false);
    expect(doc.tokens[3].sentenceStart).toBe(false);
  });

  it('reads a given name written short with its dot before a given name ("Ma. Theresa") as an initial, but a surname ending a sentence ("Jack Ma.") as none', () => {
    const doc = tokensOf('Foreign Secretary Ma. Theresa Quorvle met Jack Ma. Cristina Tellan said so.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Foreign', 'Secretary', 'Ma.', 'Theresa', 'Quorvle', 'met', 'Jack', 'Ma', 'Cristina', 'Tellan', 'said', 'so']);
    expect(doc.tokens[2]).toMatchObject({ key: 'ma', initial: true });
    expect(doc.tokens[3].sentenceStart).toBe(false);
    expect(doc.tokens[7].initial).toBe(false);
    expect(doc.tokens[8].sentenceStart).toBe(true);
    expect(extractEntities(articleFrom(['On Monday Ma. Cristina Quorvle said the count was wrong.'])).entities.map((e) => e.name)).toEqual(['Ma. Cristina Quorvle']);
  });

  it("leaves a lone letter's dot that ends its paragraph to the sentence: no initial", () => {
    const doc = tokensOf('The minister wrote on Q.', 'Anna K. Berg agreed.');
    expect(doc.tokens[4]).toMatchObject({ text: 'Q', initial: false });
    expect(doc.tokens[6]).toMatchObject({ text: 'K.', initial: true });
  });

  it('folds accents in capitalised words only, and never counts "I" as a capital', () => {
    const doc = tokensOf('I met Gaël Müller there.');
    expect(doc.tokens.map((t) => [t.key, t.cap])).toEqual([['i', false], ['met', false], ['gael', true], ['muller', true], ['there', false]]);
  });

  it('counts "I" with a contraction ("I\'m", "I’ve", "I\'ll") as no capital, so it opens no name', () => {
    const doc = tokensOf('“I\'m told two things,” Orvan said. I’ve met Dara Quimbley, and I\'ll see Tavio.');
    for (const word of ["I'm", 'I’ve', "I'll"]) expect(doc.tokens.find((t) => t.text === word)?.cap).toBe(false);
    expect(doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]))).toEqual(['Orvan', 'Dara Quimbley', 'Tavio']);
  });

  it('gathers runs of capitalised words, with particles and "of" inside, into chunks', () => {
    const doc = tokensOf('Charles de Gaulle visited the Department of Justice in Paris.');
    const chunks = doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    expect(chunks).toEqual(['Charles de Gaulle', 'Department of Justice', 'Paris']);
    expect(isConnector(doc.tokens[1])).toBe(true);
  });

  it('leaves credit ratings out of the runs where the paragraph speaks of ratings ("cut to Ba2", "rated AA- by Quorvex and ...")', () => {
    const runs = (text: string): string[] => {
      const doc = tokensOf(text);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(runs('Quorvex Ratings cut Quintell to Ba2 from Baa3, and rates its notes BBB- and AA+.')).toEqual(['Quorvex Ratings', 'Quintell']);
    expect(runs('The notes are rated Aa3 by Quorvex and AA- by Quintell.')).toEqual(['The', 'Quorvex', 'Quintell']);
    expect(runs('The BBB said Quorvex misled buyers.')).toEqual(['The BBB', 'Quorvex']);
  });

  it('keeps "on" after an organization\'s head and before its remit in ordinary words inside the run ("Authority on Development"), not a date or a place', () => {
    const doc = tokensOf('The Quorvan Authority on Development met the Tellmark Commission on Monday near the Brellix Council on Elm Avenue.');
    const chunks = doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    expect(chunks).toEqual(['The Quorvan Authority on Development', 'Tellmark Commission', 'Monday', 'Brellix Council', 'Elm Avenue']);
    expect(extractTyped(['The Vellamo National Commission on Human Rights said on Tuesday it would appeal.']).mentions).toEqual(['Vellamo National Commission on Human Rights O']);
  });

  it('keeps a short lower-case word inside a run where a name the lists know goes on through it ("Committee to Protect Journalists")', () => {
    const doc = tokensOf('Nora Quill of the Committee to Protect Journalists wrote to Tevan Orlikko in Quorvle.');
    const chunks = doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    expect(chunks).toEqual(['Nora Quill of the Committee to Protect Journalists', 'Tevan Orlikko', 'Quorvle']);
  });

  it('keeps "the" inside a run only in a name the organization table knows ("Save the Children")', () => {
    const doc = tokensOf('Nora Quill of Save the Children met Tevan Orlikko at the Brellix Fund, and Tevan told the Quorvle Times.');
    const chunks = doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    expect(chunks).toEqual(['Nora Quill of Save the Children', 'Tevan Orlikko', 'Brellix Fund', 'Tevan', 'Quorvle Times']);
  });

  it('keeps a plural\'s apostrophe inside a name ("Workers\' Party"), but before a person\'s name reads it as the possessive of the name before', () => {
    const chunks = (line: string) => {
      const doc = tokensOf(line);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunks('The Farmers\' Union met.')).toEqual(["The Farmers' Union"]);
    // A given name the lists lack ("Tevana") before a name word opens the person as a known one does ("Nora").
    for (const name of ['Tevana Orlikko', 'Nora Orlikko']) {
      const doc = tokensOf(`Harbor News' ${name} asked the question.`);
      expect(doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]))).toEqual(['Harbor News', name]);
      expect(doc.tokens[1]).toMatchObject({ text: 'News', possessive: true });
    }
    const people = extractEntities(articleFrom(['He met Harbor News\' Tevana Orlikko on Monday.'])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people).toEqual(['ORGANIZATION Harbor News', 'PERSON Tevana Orlikko']);
  });

  it('ends a person\'s name at its possessive whatever word the surname also is ("Nora Cotton\'s Quorvle Labs"), and the surname alone when the article names the person in full', () => {
    const chunks = (...lines: string[]) => {
      const doc = tokensOf(...lines);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunks("Nora Cotton's Quorvle Labs grew.")).toEqual(['Nora Cotton', 'Quorvle Labs']);
    // A given name the lists lack, and an initial, open the person too.
    expect(chunks("Tevana Musk's Brightwater Bank grew.")).toEqual(['Tevana Musk', 'Brightwater Bank']);
    expect(chunks("Nora K. Cotton's Quorvle Labs grew.")).toEqual(['Nora K. Cotton', 'Quorvle Labs']);
    // A first name the lexicon knows only as a surname ("Taylor") opens the person too.
    expect(chunks("Taylor Cotton's Quorvle Tour sold out.")).toEqual(['Taylor Cotton', 'Quorvle Tour']);
    expect(chunks('Nora Cotton spoke.', "Analysts said Cotton's Quorvle Labs grew.")).toEqual(['Nora Cotton', 'Analysts', 'Cotton', 'Quorvle Labs']);
    // A plural for people stays inside its name.
    expect(chunks("The Korean People's Army marched.")).toEqual(["The Korean People's Army"]);
    const found = extractEntities(articleFrom(["Nora Cotton's Quorvle Labs grew."])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found).toEqual(['PERSON Nora Cotton', 'ORGANIZATION Quorvle Labs']);
  });

  it('keeps the possessive of a saint\'s or a title\'s holder inside the name of what is named after them ("St. Nora\'s Hospital", "Queen Nora\'s County")', () => {
    const chunks = (line: string) => {
      const doc = tokensOf(line);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunks("He was taken to St. Nora's Hospital.")).toEqual(['He', "St. Nora's Hospital"]);
    expect(chunks("Police in Queen Nora's County said.")).toEqual(['Police', "Queen Nora's County"]);
    expect(chunks("He studied at King's College.")).toEqual(['He', "King's College"]);
    // A title's holder before an organization's head word is the holder ("King Arthur's Court" of a novel's title).
    expect(chunks("A tale of King Arthur's Court.")).toEqual(['A', 'King Arthur', 'Court']);
  });

  it('keeps a possessive inside the name of a place the gazetteer knows so ("Cox\'s Bazar", "King\'s Lynn"), not after a person\'s name', () => {
    const chunks = (line: string) => {
      const doc = tokensOf(line);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunks("Refugees in Cox's Bazar waited.")).toEqual(['Refugees', "Cox's Bazar"]);
    expect(chunks("The ferry left King's Lynn at dawn.")).toEqual(['The', "King's Lynn"]);
    expect(chunks("Orchards in Hawke's Bay were flooded.")).toEqual(['Orchards', "Hawke's Bay"]);
    expect(chunks("Nora Cox's Bazar stall was shut.")).toEqual(['Nora Cox', 'Bazar']);
  });

  it('keeps the \'s that ends a town\'s name the gazetteer knows so ("St. George\'s", "ST. GEORGE\'S"), no possessive', () => {
    const doc = tokensOf("The ferry reached St. George's on Tuesday and St George's later; ST. GEORGE'S, Grenada, was calm.");
    expect(doc.tokens.filter((t) => t.key === "george's").map((t) => t.possessive)).toEqual([false, false, false]);
    expect(extractTyped(["The ferry reached St. George's on Tuesday."]).mentions).toEqual(["St. George's L"]);
    // A saint's possessive in no town's name stays one ("St. Quorvan's" names no town the lists know).
    expect(tokensOf("St. Quorvan's relics were shown.").tokens[1].possessive).toBe(true);
  });

  it('reads "W.Va." after a town as one word, the state West Virginia', () => {
    const doc = tokensOf('The plant in Quarry Hollow, W.Va., closed.');
    expect(doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]))).toEqual(['The', 'Quarry Hollow', 'W.Va']);
    const places = extractEntities(articleFrom(['The plant in Quarry Hollow, W.Va., closed.'])).entities.map((e) => e.name);
    expect(places).toContain('West Virginia');
  });

  it('marks a Title Case segment, and gives each segment its paragraph', () => {
    const doc = tokensOf({ kind: 'title', text: 'Allies Pledge More Support For Kyiv' }, 'The allies met on Monday.');
    expect(doc.segments.map((s) => [s.kind, s.titleCase, s.paragraph])).toEqual([['title', true, null], ['paragraph', false, 0]]);
    expect(doc.tokens.every((t) => t.end <= doc.segments[t.segment].end)).toBe(true);
  });

  it('tells a Title Case headline from a caption written in names or with a small verb', () => {
    const doc = tokensOf(
      { kind: 'title', text: 'Harbour Council Approves New Ferry Timetable' },
      'Dara Quimbley of Harbour Party',
      'Dara Quimbley and Orvan Velloway Image: Ann Lee.',
      'Harbour Times interviews Dara Quimbley about ferries',
    );
    expect(doc.segments.map((s) => s.titleCase)).toEqual([true, false, false, false]);
  });

  it('leaves a caption label out of the name before it, and keeps "U.S" without its dot one word', () => {
    const doc = tokensOf('Belle Quimbley Image: Ann Lee.', 'Talks with the U.S government stalled.');
    const chunks = doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    expect(chunks).toEqual(['Belle Quimbley', 'Ann Lee', 'Talks', 'U.S']);
  });

  it('counts a capitalised hyphenated word of ordinary parts ("Start-Up", "Grass-Court") as the ordinary word a Title Case headline capitalises, not as a name', () => {
    const doc = tokensOf(
      { kind: 'title', text: 'Harbour Drone-Mapping Start-Up Opens Office In Brellow' },
      { kind: 'subheading', text: 'Tessa Varnholt Wins Grass-Court Title In Brellow After Three-Set Final' },
      'Tessa Varnholt beat Anja Kolbrin on Sunday.',
      // Parts the vocabulary does not know leave a hyphenated word a name: a line of such names is no headline.
      'Ferries Link Zelta-Quorvi, Brellow-Tamsk And Orlakki-Venn',
    );
    expect(doc.segments.map((s) => s.titleCase)).toEqual([true, true, false, false]);
    // In Title Case the line's capitals are no evidence: the start-up's headline is no organization's name (the body's town is a place).
    expect(extractTyped(['Quorvan Drone-Mapping Start-up Opens Office in Brellow', 'The start-up, founded in Tarsk, opened its office on Monday.']).mentions).toEqual(['Tarsk L']);
  });

  it('reads a line in capitals from a copy of the body in Title Case, offsets and acronyms kept', () => {
    const article = articleFrom(['HARBOUR FERRIES RESUME AS NATO TALKS END IN OSLO', 'The ferries sailed.']);
    const doc = tokenizeArticle(article);
    expect(doc.body.length).toBe(article.body.length);
    expect(doc.body.slice(0, 48)).toBe('Harbour Ferries Resume as NATO Talks End in Oslo');
    expect(doc.body.slice(50)).toBe(article.body.slice(50));
    expect(doc.segments[0].titleCase).toBe(true);
  });

  it('takes a short line in capitals with two ordinary words for a headline, and a line of names for none', () => {
    const doc = tokensOf('The board met on Monday.', 'QUIMBY STEPS ASIDE.', 'TEVAN ORLIKKO', 'The vote was close.');
    expect(doc.segments.map((s) => s.titleCase)).toEqual([false, true, false, false]);
  });

  it('takes a line in capitals of a name and the office apposed to it (a factbox\'s entry) for no headline: title words tell no news', () => {
    const doc = tokensOf('* TEVAN ORLIKKO, ENERGY MINISTER', 'Orlikko runs talks on gas supply.', 'QUIMBY STEPS ASIDE AS MINISTER');
    expect(doc.segments.map((s) => s.titleCase)).toEqual([false, false, true]);
    expect(extractTyped(['* ALVAN QUORVEL, ENERGY MINISTER', 'Quorvel runs talks on gas supply.']).mentions).toEqual(['ALVAN QUORVEL P', 'Quorvel P']);
  });

  it('parts a headline\'s surname of a person named in full elsewhere from the ordinary words beside it', () => {
    const doc = tokenizeArticle(
      articleFrom([{ kind: 'title', text: 'Harbour Mom Corners Orlikko Over Ferry Fares At Packed Meeting' }, 'Tevan Orlikko met parents of the Harbour Mom group on Friday.']),
    );
    expect(doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]))).toContain('Orlikko');
    // A surname that is also an ordinary word, named in full after a given name that is none ("Nora Ledger").
    const ledger = tokenizeArticle(articleFrom([{ kind: 'title', text: 'Ledger Gives Harbour Party A Boost With Solid Debate' }, 'Nora Ledger spoke on Friday.']));
    expect(ledger.chunks.map((c) => surfaceOf(ledger, c[0], c[c.length - 1]))[0]).toBe('Ledger');
    // The full name stays whole; so do words the article writes together outside headlines ("Orlikko Ferries").
    const whole = tokenizeArticle(
      articleFrom([{ kind: 'title', text: 'Tevan Orlikko Wins Vote As Orlikko Ferries Cut Fares' }, 'Tevan Orlikko owns Orlikko Ferries, the harbour\'s largest line.']),
    );
    const titleChunks = whole.chunks.filter((c) => whole.tokens[c[0]].segment === 0).map((c) => surfaceOf(whole, c[0], c[c.length - 1]));
    expect(titleChunks[0]).toBe('Tevan Orlikko');
    expect(titleChunks.some((c) => c.includes('Orlikko Ferries Cut Fares'))).toBe(true);
  });

  it('parts a headline\'s company word that the article opens a name with inside a sentence from the ordinary word before it', () => {
    const doc = tokenizeArticle(articleFrom([{ kind: 'title', text: 'Harbour Lines Agrees to Buy Quellix in Big Ferry Deal' }, 'The ferry group will buy Quellix Corp for $2 billion.']));
    const titleChunks = doc.chunks.filter((c) => doc.tokens[c[0]].segment === 0).map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    expect(titleChunks).toContain('Quellix');
  });

  it('reads a transcript\'s speaker label in capitals as a name when it names someone the article names in full', () => {
    const article = articleFrom(['Tevan Orlikko spoke on Sunday.', 'ORLIKKO: Thank you for having me.', 'WARNING: the footage is graphic.']);
    const doc = tokenizeArticle(article);
    expect(doc.body.length).toBe(article.body.length);
    expect(doc.body).toContain('Orlikko: Thank you');
    expect(doc.body).toContain('WARNING: the footage');
    expect(doc.segments.map((s) => s.titleCase)).toEqual([false, false, false]);
  });

  it('reads a byline of names in capitals as names ("By TEVAN D. ORLIKKO and NORA QUILL")', () => {
    const doc = tokensOf('By TEVAN D. ORLIKKO and NORA QUILL', 'The ferry left at noon.');
    expect(doc.body.startsWith('By Tevan D. Orlikko and Nora Quill')).toBe(true);
    expect(doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]))).toContain('By Tevan D. Orlikko and Nora Quill');
    const people = extractEntities(articleFrom(['By TEVAN D. ORLIKKO and NORA QUILL', 'The ferry left at noon.'])).entities.map((e) => e.name);
    expect(people).toEqual(['Tevan D. Orlikko', 'Nora Quill']);
  });

  it('cuts a sport\'s name joined by a hyphen to a capitalised word opening a headline (a wire slug) into the two, and keeps one inside a line whole', () => {
    const doc = tokensOf('Soccer-Quorrington beat Brellow in a Football-Tellby match.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Soccer', 'Quorrington', 'beat', 'Brellow', 'in', 'a', 'Football-Tellby', 'match']);
    for (const t of doc.tokens) expect(doc.body.slice(t.start, t.end)).toBe(t.text);
    const two = tokensOf('Rugby League-Quorvel double lifts Brellow past a Rugby League-Tellby side');
    expect(two.tokens.map((t) => t.text)).toEqual(['Rugby', 'League', 'Quorvel', 'double', 'lifts', 'Brellow', 'past', 'a', 'Rugby', 'League-Tellby', 'side']);
    for (const t of two.tokens) expect(two.body.slice(t.start, t.end)).toBe(t.text);
    expect(tokensOf('Australian Rules-Quorvel stars').tokens.map((t) => t.text)).toEqual(['Australian', 'Rules', 'Quorvel', 'stars']);
  });
  it('reads capitals on either side of an ampersand ("QX&T") and a capitalised word with a web domain before a legal form ("Quorvle.com Inc") as one word', () => {
    const doc = tokensOf('QX&T sued Quorvle.com Inc over R&D. Then A & B met at Brellix.com today.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['QX&T', 'sued', 'Quorvle.com', 'Inc', 'over', 'R&D', 'Then', 'A', 'B', 'met', 'at', 'Brellix', 'com', 'today']);
    expect(doc.tokens[0]).toMatchObject({ key: 'qx&t', cap: true, upper: true, start: 0, end: 4 });
    expect(doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]))).toEqual(['QX&T', 'Quorvle.com Inc', 'R&D', 'Then A', 'B', 'Brellix']);
  });

  it('cuts a number joined by a hyphen to a capitalised word (a wire slug) into the two, and keeps "F-16", "3-D", "2-1" whole', () => {
    const doc = tokensOf('Shares rose after the UPDATE 2-Brightwater Bank story; F-16 jets, 3-D printers, a 2-1 win.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Shares', 'rose', 'after', 'the', 'UPDATE', '2', 'Brightwater', 'Bank', 'story', 'F-16', 'jets', '3-D', 'printers', 'a', '2-1', 'win']);
    for (const t of doc.tokens) expect(doc.body.slice(t.start, t.end)).toBe(t.text);
  });

  it('leaves out the wire slug opening a headline ("CORRECTED-", "UPDATE 2-", "GLOBAL MARKETS-"), its first word after it opening the sentence; a known name before a hyphen stays', () => {
    const texts = (line: string) => tokensOf(line).tokens.map((t) => t.text);
    const corrected = tokensOf('CORRECTED-Former Quorvle broker jailed for fraud');
    expect(corrected.tokens.map((t) => t.text)).toEqual(['Former', 'Quorvle', 'broker', 'jailed', 'for', 'fraud']);
    expect(corrected.tokens[0]).toMatchObject({ start: 10, sentenceStart: true });
    expect(texts('UPDATE 2-Brightwater Bank chief quits')).toEqual(['Brightwater', 'Bank', 'chief', 'quits']);
    expect(texts('GLOBAL MARKETS-Stocks slip as Quorvle traders wait')[0]).toBe('Stocks');
    expect(texts('WRAPUP 1-Floods hit Quorvle')).toEqual(['Floods', 'hit', 'Quorvle']);
    expect(texts('NATO-Quorvan Council meets')).toEqual(['NATO-Quorvan', 'Council', 'meets']);
    expect(texts('US-Quorvan talks resume')[0]).toBe('US-Quorvan');
    // Before a word in capitals, after a number or a word only slugs use: an acronym opens the headline.
    expect(texts("EXCLUSIVE-QVNOC's unit in talks")).toEqual(['QVNOC', 'unit', 'in', 'talks']);
    expect(texts('UPDATE 1-QVNOC in talks')).toEqual(['QVNOC', 'in', 'talks']);
    expect(texts('QUORVIA-TELLAN talks end')[0]).toBe('QUORVIA-TELLAN');
  });

  it('opens a sentence after the doubled hyphen of a dateline ("TARSKVILLE (AP) --", "HOLLEN RIDGE, S.D. --", "(Bloomberg) --"), not after one inside a sentence', () => {
    const the = (line: string) => tokensOf(line).tokens.find((t) => t.key === 'the')!;
    expect(the('TARSKVILLE, Ariz. (AP) -- The Quorvan Water Commission voted.').sentenceStart).toBe(true);
    expect(the('HOLLEN RIDGE, S.D. -- The Quorvan Tribe sued.').sentenceStart).toBe(true);
    expect(the('(Bloomberg) -- The Quorvle Bank rose.').sentenceStart).toBe(true);
    expect(the('It was an idea -- The Quorvle Trust agreed.').sentenceStart).toBe(false);
    expect(extractTyped(['TARSKVILLE (AP) -- The Quorvan Water Commission on Monday approved the plan.']).mentions).toContain('Quorvan Water Commission O');
  });

  it('leaves a label in capitals before a colon out of the chunks, unless it holds a name or an acronym', () => {
    const chunkTexts = (line: string) => {
      const doc = tokensOf(line);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunkTexts('FULL REMARKS: The senator spoke for an hour.')).toEqual(['The']);
    expect(chunkTexts('BREAKING NEWS: Tevan Orlikko resigned.')).toEqual(['Tevan Orlikko']);
    expect(chunkTexts('NORA QUIMBY: We will act.')).toEqual(['NORA QUIMBY', 'We']);
  });

  it('leaves a caption\'s label in capitals ("PHOTO CAPTION:") and a section head of one ordinary word alone in its line out of the chunks', () => {
    const chunkTexts = (...lines: string[]) => {
      const doc = tokensOf(...lines);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunkTexts('PHOTO CAPTION: Rescuers search a landslide in Tarsk.')).toEqual(['Rescuers', 'Tarsk']);
    expect(chunkTexts('Prices rose in Tarsk.', 'BARLEY', '* May barley fell 2%.')).toEqual(['Prices', 'Tarsk', 'May']);
    // A name over its part stays a name.
    expect(chunkTexts('Prices rose in Tarsk.', 'QUORVEX', 'Quorvex sold its unit.')).toContain('QUORVEX');
  });

  it('leaves a wire headline\'s subject slug before a dash out of the chunks ("RUGBY UNION -"), not a dateline ("MOSCOW -")', () => {
    const chunkTexts = (line: string) => {
      const doc = tokensOf(line);
      return doc.chunks.map((c) => surfaceOf(doc, c[0], c[c.length - 1]));
    };
    expect(chunkTexts('RUGBY UNION - QUIMBY BACK FOR ITALY.')).toEqual(['Quimby Back for Italy']);
    expect(chunkTexts('MOSCOW - Officials met on Monday.')).toContain('MOSCOW');
    // A clause in capitals before a dash is a subheading, no slug: its names are read.
    expect(chunkTexts('SENATE HAS QUESTIONED HIM - Tevan Orlikko testified in May.')[0]).toMatch(/^SENATE/);
  });
});

describe('tokenInRun', () => {
  it('gives the token at a position of a run of token indices, and undefined before or after the run', () => {
    const doc = tokensOf('Talks with Nora Quill ended.');
    const run = [2, 3];
    expect(tokenInRun(doc.tokens, run, 0)?.text).toBe('Nora');
    expect(tokenInRun(doc.tokens, run, 1)?.text).toBe('Quill');
    expect(tokenInRun(doc.tokens, run, -1)).toBeUndefined();
    expect(tokenInRun(doc.tokens, run, 2)).toBeUndefined();
    expect(tokenInRun(doc.tokens, [], 0)).toBeUndefined();
  });
});
