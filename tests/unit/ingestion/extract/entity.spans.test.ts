import { extractEntities } from '../../../../src/ingestion/article.annotator';
import type { EntityType, SegmentKind } from '../../../../src/ingestion/annotations';
import { articleFrom } from './entity.article-builder';

/**
 * Where names are found and where they end: headlines against captions written in names, caption
 * labels, possessives inside a name. Every name here is made up.
 */
function extract(...lines: (string | { kind: SegmentKind; text: string })[]) {
  const article = articleFrom(lines);
  const result = extractEntities(article);
  const ofType = (type: EntityType): string[] => result.entities.filter((e) => e.type === type).map((e) => e.name);
  const spans = result.mentions.map((m) => article.body.slice(m.start, m.end));
  return { people: ofType('PERSON'), organizations: ofType('ORGANIZATION'), locations: ofType('LOCATION'), spans };
}

describe('extractEntities: Title Case is judged by its ordinary words', () => {
  it('distrusts the capitals of a real Title Case headline', () => {
    const r = extract({ kind: 'title', text: 'Police Arrest Man In Downtown Shooting' }, 'Officers made the arrest on Friday.');
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
  });

  it('reads names in a caption line written only in names ("X of Y Party")', () => {
    const r = extract('Voters went to the polls on Sunday.', 'Tavio Renkaar of Harbour Party');
    expect(r.people).toEqual(['Tavio Renkaar']);
    expect(r.organizations).toEqual(['Harbour Party']);
  });

  it('reads names in a line with a lower-case word Title Case would capitalise ("interviews")', () => {
    const r = extract({ kind: 'title', text: 'Harbour Times interviews Dara Quimbley and Orvan Velloway of Brightwater Fisheries Council' }, 'The interview took place on Monday.');
    expect(r.people).toEqual(['Dara Quimbley', 'Orvan Velloway']);
    expect(r.organizations).toEqual(expect.arrayContaining(['Brightwater Fisheries Council']));
  });
});

describe('extractEntities: caption labels', () => {
  it('takes no caption label ("Image:", "Photo:") for a name or a part of one', () => {
    const r = extract('The mayor opened the new bridge on Monday. Image: Dara Quimbley.', 'Orvan Velloway Photo: Tavio Renkaar.');
    expect(r.people.sort()).toEqual(['Dara Quimbley', 'Orvan Velloway', 'Tavio Renkaar']);
    expect(r.spans).not.toContain('Image');
    expect(r.spans.some((s) => s.includes('Photo'))).toBe(false);
  });
});

describe('extractEntities: possessives inside a name', () => {
  it('keeps an ordinary noun’s possessive inside the name it stands in ("People’s", "Workers’")', () => {
    const r = extract('Commanders of the Velorian People’s Army were sent to the front. The Workers’ Party of Ostrava met on Monday.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Velorian People’s Army', 'Workers’ Party of Ostrava']));
  });

  it('ends an organization’s name at its head’s possessive, but keeps an office’s possessive before "Office" inside the name', () => {
    const r = extract('Students of Velmora University’s Quell School met on Friday. The Ostrava District Attorney’s Office declined to comment.');
    expect(r.spans).toEqual(['Velmora University', 'Quell School', 'Ostrava District Attorney’s Office']);
    expect(r.organizations).toEqual(['Velmora University', 'Quell School', 'Ostrava District Attorney’s Office']);
  });

  it('still cuts a name’s or a place’s possessive off the word after it', () => {
    const r = extract('Dara Quimbley’s Party was founded in March.');
    expect(r.spans).toContain('Dara Quimbley');
    expect(r.organizations).not.toContain('Dara Quimbley’s Party');
  });
});

describe('extractEntities: a capital at a sentence start', () => {
  it('trusts an opening word the article writes capitalised inside sentences and never in lower case', () => {
    const r = extract('Roads closed, according to Velloria’s Civil Defense Authority.', 'Civil Defense Authority director Ana Ruiz said more.');
    expect(r.spans.filter((s) => s.includes('Defense Authority'))).toEqual(['Civil Defense Authority', 'Civil Defense Authority']);
  });

  it('still strips an opening word the article also writes in lower case', () => {
    const r = extract('Roads closed, according to Velloria’s Civil Defense Authority.', 'The civil courts closed too.', 'Civil Defense Authority director Ana Ruiz said more.');
    expect(r.spans.filter((s) => s.includes('Defense Authority'))).toEqual(['Civil Defense Authority', 'Defense Authority']);
  });

  it('keeps an opening word that opens, with the words after it, a name the lists know', () => {
    expect(extract('New York Times reporters were there.').organizations).toEqual(['New York Times']);
    expect(extract('New Zealand Rugby Union said the Quorvia tour would go ahead.').organizations).toEqual(['New Zealand Rugby Union']);
    expect(extract('New York Police Department officers arrested him.').organizations).toEqual(['New York Police Department']);
  });

  it('keeps the one word before "Party" that opens a sentence or a table’s cell in the party’s name, but an adverb', () => {
    expect(extract('Green Party leader Ana Ruiz said the vote was a success.').organizations).toEqual(['Green Party']);
    expect(extract('Ward | Winner | Share', 'Hove Park | Green Party | 37.2').organizations).toEqual(['Green Party']);
  });

  it('keeps an opening word the article writes in the same name after a lower-case word', () => {
    const r = extract('Voters backed the New Quorvex Party in the north.', 'New Quorvex Party leader Ana Ruiz said she would form a government.', 'The new cabinet meets on Monday.');
    expect(r.spans.filter((s) => s.includes('Quorvex'))).toEqual(['New Quorvex Party', 'New Quorvex Party']);
    // An opening word the name is never written with elsewhere stays out of it.
    expect(extract('Senior Quorvex Party officials met on Monday, and senior Quorvex Party members left.').spans).toEqual(['Quorvex Party', 'Quorvex Party']);
  });
});

describe('extractEntities: where a person’s name ends', () => {
  it('keeps an elided particle with the surname it is joined to ("d’Orsenne")', () => {
    const r = extract('She studied under Prof. Lucia d’Orsenne in Lyon.');
    expect(r.people).toEqual(['Lucia d’Orsenne']);
  });

  it('keeps a place word that is also a name at the end of two given names ("Marc Lamont Hill"), not a street or bridge', () => {
    const r = extract('The professor Paul Everett Hill commented on the case.', 'Traffic stopped on the George Albert Bridge.');
    expect(r.people).toEqual(['Paul Everett Hill']);
  });

  it('keeps a name whose last word the article also writes after an article ("a Quimbley caricature") when the article names the person so', () => {
    const r = extract('Tavio Quimbley was prepared, Dara said. They painted the rival as a Quimbley caricature.', 'Quimbley was never able to shake that image.');
    expect(r.people).toContain('Tavio Quimbley');
    expect(r.spans.filter((s) => s === 'Quimbley')).toHaveLength(2);
  });

  it('takes a title word the dictionary writes as a name for the surname after a given name ("Dara King"), and after "Mr." then', () => {
    const r = extract('Dara King and Orvan Quimbley host the show. Mr. King said it would go on.', 'Mr. President, the hall is full.');
    expect(r.people.sort()).toEqual(['Dara King', 'Orvan Quimbley']);
    expect(r.spans.filter((s) => s === 'King')).toHaveLength(1);
    expect(r.spans).not.toContain('President');
    // After "the", the office's word is the office, unless it modifies a noun (the family's "King farm").
    const office = extract('Dara King led the march to the palace. The King said he would meet them, and the King farm was opened.');
    expect(office.spans.filter((s) => s === 'King')).toHaveLength(1);
  });

  it('keeps a title word that is not last in its run a title ("Velloria King Tarvo")', () => {
    const r = extract('Orvan Quimbley met Velloria King Tarvo on Monday.');
    expect(r.people).not.toContain('Velloria King');
  });
});

describe('extractEntities: lines in capitals', () => {
  it('reads the known places of an all-caps headline as in Title Case, and keeps its acronyms', () => {
    const r = extract({ kind: 'title', text: 'SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT' }, 'US TROOPS LEAVE AS NATO TALKS END');
    expect(r.spans).toEqual(expect.arrayContaining(['JAPAN', 'CHINA', 'US', 'NATO']));
    expect(r.people).toEqual([]);
  });

  it('reads a byline in capitals as the person it names, and names the entity in Title Case', () => {
    const r = extract('NORA RENKAAR', 'The harbour reopened on Monday.');
    expect(r.people).toEqual(['Nora Renkaar']);
    expect(r.spans).toEqual(['NORA RENKAAR']);
  });
});

describe('extractEntities: a dotted abbreviation written without its last dot', () => {
  it('finds the country in "the U.S government"', () => {
    const r = extract('Dara Quimbley said the U.S government had not replied.');
    expect(r.locations).toEqual(['United States']);
    expect(r.spans).toContain('U.S');
  });
});

describe('extractEntities: an acronym with a plus sign', () => {
  it('reads "OPEC+" as one name of its own, apart from OPEC, and no credit rating as a name', () => {
    const r = extract('OPEC+ agreed on Sunday to raise output, and OPEC said demand would rise.', 'Oil rose after QVX+ members met, and Quorvex Corp was rated BBB+ by Fitch.');
    expect(r.spans).toEqual(['OPEC+', 'OPEC', 'QVX+', 'Quorvex Corp', 'Fitch']);
    expect(r.organizations).toEqual(expect.arrayContaining(['OPEC+', 'OPEC', 'QVX+']));
  });
});

describe('extractEntities: organizations found by the words around them', () => {
  it('takes the name before "poll" or "survey" for the pollster, and a name slashed before it too', () => {
    const r = extract('The latest Brellow / Quorvani poll placed him third. A Tessaly survey agreed.', 'Battleground Republican polls and Internet polls disagreed.');
    expect(r.organizations.sort()).toEqual(['Brellow', 'Quorvani', 'Tessaly']);
  });

  it('takes the name before "magazine", "newspaper" or "news agency" for the publication, not an ordinary word', () => {
    const r = extract('She spoke to Quorvanet magazine. The Tellanix news agency said so. A Christian newspaper agreed.');
    expect(r.organizations.sort()).toEqual(['Quorvanet', 'Tellanix']);
  });

  it('keeps a foreign article in the name of the paper it opens, not in a surname ("la Quorvetta", "Der Tellanbote", "Le Brellon reported")', () => {
    const r = extract("Vellmark's la Quorvetta carried the story.", 'She told Der Tellanbote about it. Le Brellon reported the vote.', 'Anna Le Quimbre spoke. Le Quimbre reported her income.');
    expect(r.organizations.sort()).toEqual(['Der Tellanbote', 'Le Brellon', 'la Quorvetta']);
    expect(r.people).toEqual(['Anna Le Quimbre']);
    // A paper is told things and cited.
    expect(extract('The minister told El Quorvo on Sunday.', 'According to La Brellina, the deal is off.').organizations.sort()).toEqual(['El Quorvo', 'La Brellina']);
  });

  it('takes a name an adjective no person bears opens for an organization ("Standard Quorvex", "Deutsche Tellanix"), not a given name\'s', () => {
    const r = extract('On Monday, Standard Quorvex said it would cut jobs.', 'Deutsche Tellanix said its profit rose. Royal Freight said so too.', 'Frank Quimbley and Royal Quimby said they would stay.');
    expect(r.organizations.sort()).toEqual(['Deutsche Tellanix', 'Royal Freight', 'Standard Quorvex']);
    expect(r.people.sort()).toEqual(['Frank Quimbley', 'Royal Quimby']);
  });

  it('takes ordinary words an adjective opens, the sentence\'s first word too, for an organization acting as one ("Standard Lantern said it")', () => {
    const r = extract('Standard Lantern said it would merge.', 'Shining Harbour guerrillas attacked a post.', 'On Monday, National Lantern said it would cut prices.');
    expect(r.organizations.sort()).toEqual(['National Lantern', 'Shining Harbour', 'Standard Lantern']);
    expect(extract('Angry Lantern workers said they would strike.', 'It cited the 2019 National Lantern Review, which found gaps.').organizations).toEqual([]);
    // A number word capitalised inside the sentence opens the name; the sentence's capital does not.
    expect(extract('On Friday, Zero Lantern said it had the figures.').organizations).toEqual(['Zero Lantern']);
    expect(extract('One Republican threatened to quit.').organizations).toEqual([]);
  });

  it('takes a name with a country\'s own name in its language for an organization ("Quorvex Polska", "Tellanix Deutschland"), not a person', () => {
    // A company the lists know before it: its unit there ("Vodafone" is in the organization table).
    const r = extract('Quorvex Polska cut its forecast.', 'Brellow Sverige said it would hire.', 'Tellanix España reported a loss.', 'Vodafone Polska cut prices.', 'Maurice Quimbley said he agreed.');
    expect(r.organizations.sort()).toEqual(['Brellow Sverige', 'Quorvex Polska', 'Tellanix España', 'Vodafone Polska']);
    expect(r.people).toEqual(['Maurice Quimbley']);
  });

  it('ends a party\'s name before "of" and its leader\'s name ("the Brisk Path Party of Tansa Quellor"), not before a place or a cause', () => {
    const r = extract('Vellor leads a coalition with the Brisk Path Party of Tansa Quellor.', 'He joined the Velmoran Liberty Party of Tom Quorvle on Monday.', 'The Socialist Party of Serbia and the Union of Concerned Scientists met.');
    expect(r.organizations.sort()).toEqual(['Brisk Path Party', 'Socialist Party of Serbia', 'Union of Concerned Scientists', 'Velmoran Liberty Party']);
    expect(r.people.sort()).toEqual(['Tansa Quellor', 'Tom Quorvle']);
  });

  it('takes a name a language\'s own name opens for an organization ("Norsk Quorvex", "Svenska Tellanix"), not a person; a surname that is one ends a person\'s', () => {
    const r = extract('Vorlag Petroleum and Norsk Quorvex hold the rest of the licence.', 'Svenska Tellanix said it would hire.', 'Magyar Brellow shares rose.', 'Opposition leader Tamas Magyar said so.');
    expect(r.organizations.sort()).toEqual(['Magyar Brellow', 'Norsk Quorvex', 'Svenska Tellanix', 'Vorlag Petroleum']);
    expect(r.people).toEqual(['Tamas Magyar']);
  });

  it('takes a dictionary word the first-name list holds before a country as the company\'s unit there ("Opal Nigeria said"), not a modifier', () => {
    const r = extract('Opal Nigeria said it would hire.', 'Forest Ghana said profit rose.', 'Meanwhile Kenya said it would reopen the border.');
    expect(r.organizations.sort()).toEqual(['Forest Ghana', 'Opal Nigeria']);
    expect(r.locations).toEqual(['Kenya']);
    // A province only the first-name list holds is no surname after an unknown word ("Alberta"; "Kanye West" stays a person).
    const p = extract('Quorvex Alberta said the outage was over.', 'Tavio West said he would run.');
    expect(p.organizations).toEqual(['Quorvex Alberta']);
    expect(p.people).toEqual(['Tavio West']);
  });

  it('takes the name after a job and "at" for the employer ("an analyst at Quorvani", "a partner at Hogvale & Tessaly")', () => {
    const r = extract('Dara Quimbley, an analyst at Quorvani, said so.', 'Orvan Velloway was a partner at Hogvale & Tessaly until 2010.', 'He spent his years at Brellow, he said.');
    expect(r.organizations.sort()).toEqual(['Brellow', 'Hogvale & Tessaly', 'Quorvani']);
  });

  it('takes the name after a job and "at" for the employer before the plain form of the people\'s verb ("Economists at Quorvani expect")', () => {
    const r = extract('Economists at Quorvani expect prices to climb.', 'Traders at Brellow warn of a slump.');
    expect(r.organizations.sort()).toEqual(['Brellow', 'Quorvani']);
  });

  it('takes a possessive name before a titled person for the body, over title words no rule typed ("Quorvani’s Shadow Home Secretary")', () => {
    const r = extract('On Monday, Quorvani’s Shadow Home Secretary Dara Quimbley spoke. She said Quorvani has a plan.', 'Tellanor’s chief executive Orvan Velloway agreed.');
    expect(r.organizations.sort()).toEqual(['Quorvani', 'Tellanor']);
    expect(r.spans.filter((s) => s === 'Quorvani')).toHaveLength(2);
  });

  it('keeps a possessive word the article names a person with, before a titled person, that person\'s (his staff, not a body)', () => {
    const r = extract('Oren Vallisko flew home on Monday.', 'Vallisko’s spokesman Dara Quimbley said the talks went well.');
    expect(r.organizations).toEqual([]);
    expect(r.people.sort()).toEqual(['Dara Quimbley', 'Oren Vallisko']);
  });

  it('takes a possessive name before an organization or a facility for the body that owns it', () => {
    const r = extract('The shuttle moved from the Quorvanian’s National Air and Sea Museum to a hangar.');
    expect(r.organizations).toEqual(['Quorvanian']);
  });

  it('takes the name after an organization’s people or a company’s officer and "of" / "for" ("a spokesman for Tellanet"), not after an office of a place', () => {
    const r = extract('A spokesman for Tellanet said the deal was off. Dara Quimbley, chief executive of Vostrani, declined to comment.', 'The mayor of Brellow was there on Monday.');
    expect(r.organizations.sort()).toEqual(['Tellanet', 'Vostrani']);
    expect(r.people).toEqual(['Dara Quimbley']);
  });

  it('takes the name after "Shares of" opening a sentence, and a name of two words before a lower-case "union" for the union', () => {
    const r = extract('Shares of Tellanet were down 4% on Monday.', 'The Brellow Dockworkers union called a strike.');
    expect(r.organizations.sort()).toEqual(['Brellow Dockworkers', 'Tellanet']);
  });

  it('takes one word, an ordinary one too, between "the" and a lower-case "union" for the union, and a name after a lower-case "union" ("services union Quorvdi")', () => {
    const r = extract('The Unite union and the Quorvsters union called a strike.', 'It was backed by services union Quorvdi.');
    expect(r.organizations.sort()).toEqual(['Quorvdi', 'Quorvsters', 'Unite']);
    expect(extract('The Sunni union walked out.').organizations).toEqual([]);
  });

  it('takes an apposition naming a kind of company for that company ("Quorvani, a Velden automaker", "Brellow, a lender")', () => {
    const r = extract('Quorvani, a Velden automaker, fell. Brellow, a lender, rose.');
    expect(r.organizations.sort()).toEqual(['Brellow', 'Quorvani']);
  });

  it('takes the names of a results table’s lines for the teams ("Quorvani 2 Brellow Rovers 1"), and nothing else with numbers', () => {
    const r = extract('Results of Tellish league matches on Saturday:', 'Quorvani 2 Brellow Rovers 1', 'Kestrava 0 Morvex 0 (halftime 0-0)', 'Dara Quimbley scored 2 of 3 goals in 12 games.');
    expect(r.organizations.sort()).toEqual(['Brellow Rovers', 'Kestrava', 'Morvex', 'Quorvani']);
    expect(r.people).toEqual(['Dara Quimbley']);
  });

  it('takes two names joined by " & " for one firm ("Quimbley & Tarvo"), not people a credit names, given names or ordinary words', () => {
    const r = extract('Orvan Velloway, a lawyer at Quimbley & Tarvo, represents them.', 'Dara met Tom & Jerry at the Harbour Review & Gazette. Video: Vellix & Tarlow.');
    expect(r.organizations).toEqual(['Quimbley & Tarvo']);
  });

  it('takes one plural word after "the" for a team or a band ("the Gliders"), not a group, a place or the start of a longer name', () => {
    const r = extract('The team is known as the Gliders. The Gliders have never won.', 'Under pressure from the Democrats and the Courts, they met in the Plains of Tessaly.');
    // "the Democrats" is the party, a body (party-name.rules.ts); "the Courts" no name.
    expect(r.organizations).toEqual(['Gliders', 'Democrats']);
    expect(r.spans.filter((s) => s === 'Gliders')).toHaveLength(2);
  });
});

describe('extractEntities: an unknown word as the subject of a verb', () => {
  it('takes one word no list knows, before a verb that is no person’s speech, for an organization, every time it is written', () => {
    const r = extract('Quorvanet then ruled that the claim was true. Quorvanet said so on Monday.', 'Tessalink announced a loss. Dara Velloway won the race. Velloway smiled.');
    expect(r.organizations.sort()).toEqual(['Quorvanet', 'Tessalink']);
    expect(r.spans.filter((s) => s === 'Quorvanet')).toHaveLength(2);
    expect(r.people).toEqual(['Dara Velloway']);
  });

  it('keeps the word a person\'s where a person\'s pronoun or "who" follows it elsewhere ("Quorvle said she", "Quorvle, who")', () => {
    const r = extract('Quorvle broke the course record on Sunday. Quorvle said she had trained for a year.', 'Tavessa crossed the line first. Tavessa, who is 24, was delighted.');
    expect(r.organizations).toEqual([]);
    expect(r.people.sort()).toEqual(['Quorvle', 'Tavessa']);
  });

  it('leaves ordinary words, their plurals and hyphenated words with them alone ("Photos released", "Authorities announced")', () => {
    const r = extract('The crane fell on Friday. Photos released of the scene showed damage.', 'Authorities announced an arrest. Twenty-seven states sued.');
    expect(r.organizations).toEqual([]);
  });

  it('leaves the agent noun of an ordinary word alone ("Protesters blocked", "Protestors marched")', () => {
    const r = extract('Protesters blocked the bridge on Friday. Protestors marched again on Sunday.');
    expect(r.organizations).toEqual([]);
  });

  it('leaves the object of "of" alone: the noun phrase before it is the subject ("Residents of Quorvania gave")', () => {
    const r = extract('The line opened on Tuesday.', 'Residents of Quorvania gave it a mixed welcome. The collapse of Tellvoran hit exports.');
    expect(r.organizations).toEqual([]);
  });
});

describe('extractEntities: ordinary words that are also given names', () => {
  it('reads a sentence-opening "Say" or "Free" before a place as the word, not a person’s given name', () => {
    const r = extract('The talks went on for weeks.', 'Say Portugal refused the offer. Portugal would lose.');
    expect(r.people).toEqual([]);
    expect(r.locations).toEqual(['Portugal']);
  });

  it('takes no headline words round a given name that is an ordinary word ("Minor", "Major") for a person', () => {
    const r = extract({ kind: 'title', text: 'New Survey Finds Minor Mid-Season Dip For Velloway' }, 'A survey found a small dip for Dara Velloway.');
    expect(r.people).toEqual(['Dara Velloway']);
    const h = extract({ kind: 'title', text: 'Council Marks Major Hindu Festival With Lights' }, 'The council lit the square on Friday.');
    expect(h.people).toEqual([]);
  });

  it('takes a given name that is an ordinary word before a people’s name or a word for no person ("North American trade")', () => {
    const r = extract('The talks went on for weeks.', 'The firm relies on North American trade under the North Atlantic Free Trade Charter.');
    expect(r.people).toEqual([]);
  });

  it('reads a sentence-opening ordinary word before a known surname as the word ("Derelict Jenkins and ...")', () => {
    const r = extract('The talks went on for weeks.', 'Derelict Jenkins and the council failed the town. Jenkins said so.');
    expect(r.people).toEqual(['Jenkins']);
  });

  it('keeps an organization\'s head that is also a given name, opening the sentence, in the name of the body it heads in a country ("Bank Austria said")', () => {
    const r = extract('The talks went on for weeks.', 'Bank Austria said profits rose. Bank Indonesia cut rates.');
    expect(r.organizations).toEqual(['Bank Austria', 'Bank Indonesia']);
    expect(r.locations).toEqual([]);
  });

  it('leaves a time word opening the sentence out of the name after it ("Later Jenkins said")', () => {
    expect(extract('The talks went on for weeks.', 'Later Jenkins said the deal was dead.').people).toEqual(['Jenkins']);
    expect(extract('The talks went on for weeks.', 'Earlier Jenkins had said the deal was dead.').people).toEqual(['Jenkins']);
  });

  it('keeps a sentence-opening noun before a known surname and a speech verb as a nickname in the name ("Magic Jenkins said"), not an adjective', () => {
    expect(extract('The talks went on for weeks.', 'Comet Jenkins said on Friday that the club was for sale.').people).toEqual(['Comet Jenkins']);
    expect(extract('The talks went on for weeks.', 'Angry Jenkins said on Friday that the club was for sale.').people).toEqual(['Jenkins']);
  });

  it('takes a given name the dictionary writes only in lower case, before a word, for no person without a sign of one ("Free Commons")', () => {
    const r = extract('The talks went on for weeks.', 'He read Dara Velloway’s Free Commons on the train. Frank Rackley got in touch later.');
    expect(r.people.sort()).toEqual(['Dara Velloway', 'Frank Rackley']);
  });

  it('takes a headline’s word that is also a given name off a full name the article writes without it ("Lawmakers Rip Nora Quimbley")', () => {
    const r = extract({ kind: 'title', text: 'Council Members Rip Nora Quimbley Over Budget Plan' }, 'Nora Quimbley defended the plan on Monday.');
    expect(r.people).toEqual(['Nora Quimbley']);
    const kept = extract({ kind: 'title', text: 'Award Goes To Rose Marie Quimbley' }, 'The award went to Rose Marie Quimbley on Friday.');
    expect(kept.people).toEqual(['Rose Marie Quimbley']);
  });

  it('still reads a given name that is an ordinary word as one before a surname', () => {
    const r = extract('The talks went on for weeks.', 'Rich Quimbley said so. Grant Velloway agreed.');
    expect(r.people.sort()).toEqual(['Grant Velloway', 'Rich Quimbley']);
  });
});

describe('extractEntities: where a name ends before a person or a word', () => {
  it('ends an organization at its possessive before a person it names ("Quorvo Radio’s Nora Quimbley")', () => {
    const r = extract('The show aired on Friday.', 'Quorvo Radio’s Nora Quimbley said the show would return.');
    expect(r.organizations).toEqual(['Quorvo Radio']);
    expect(r.people).toEqual(['Nora Quimbley']);
    const g = extract('The show aired on Friday.', 'He wrote to the Quorvo Network’s Rich Quimbley. The Children’s Hope Foundation gave.');
    expect(g.organizations.sort()).toEqual(['Children’s Hope Foundation', 'Quorvo Network']);
    expect(g.people).toEqual(['Rich Quimbley']);
  });

  it('takes no word after a particle inside a longer name for that name’s surname written alone ("the Banco de la Quorva" twice)', () => {
    const r = extract('The loan was signed on Monday.', 'The Banco de la Quorva would lend more, said Dara Velloway of the Banco de la Quorva.');
    expect(r.people).toEqual(['Dara Velloway']);
  });

  it('keeps a compound in a group noun out of the name after it ("Pan-democrat Lam Ka-wing")', () => {
    const r = extract('The vote was held on Sunday.', 'Pan-democrat Lam Ka-wing won a seat. Lam thanked the voters.');
    expect(r.people).toEqual(['Lam Ka-wing']);
  });

  it('ends a known surname before a word English writes only in lower case ("President Jenkins Speech at ...")', () => {
    const r = extract('The talks went on for weeks.', '[Video: President Jenkins Speech at the Harbour Hall.]');
    expect(r.people).toEqual(['Jenkins']);
  });
});

describe('extractEntities: a group named before the word for it', () => {
  it('takes "the X movement", "the X group" for the group, whatever its words, and so every mention of it', () => {
    const r = extract('The rally went on for hours.', 'She credits the Crimson Harvest movement for it. Critics of the Broken Lantern group spoke, and the Broken Lantern answered.');
    expect(r.organizations.sort()).toEqual(['Broken Lantern', 'Crimson Harvest']);
    expect(r.spans.filter((s) => s === 'Broken Lantern')).toHaveLength(2);
  });

  it("takes a coalition, a bloc or rebels after lower-case modifiers or a possessive for the group, though read as a person, and an acronym alone", () => {
    const r = extract('Voters backed the ruling Tellvani Bersatu coalition.', "Peru's Pakatan Morvani alliance lost, and the Q17 rebels advanced.");
    expect(r.organizations.sort()).toEqual(['Pakatan Morvani', 'Q17', 'Tellvani Bersatu']);
    expect(r.people).toEqual([]);
  });

  it('takes a name ending in an ordinary word before its armed members\' plural for the group, with "the" or not ("Quorvan Tiger rebels"), not a person\'s name', () => {
    const r = extract('The army post fell.', 'Quorvan Tiger rebels attacked it, and police said Tellan Dawn militants fled.');
    expect(r.organizations.sort()).toEqual(['Quorvan Tiger', 'Tellan Dawn']);
    expect(r.people).toEqual([]);
    expect(extract('The port was shelled.', 'Police said Dara Rose fighters shelled it.').organizations).toEqual([]);
  });

  it('takes no group nouns or peoples, nor a name a person’s name opens, for a group ("the Sunni Muslim group")', () => {
    const r = extract('The rally went on for hours.', 'Leaders of the Sunni Muslim group met. The Dara Velloway group met.');
    expect(r.organizations).toEqual([]);
  });
});

describe('extractEntities: a head-first name with a figure in it', () => {
  it('takes a head-first organization word, a figure and the capitalised words after it for one name ("Movimento 7 Quorvani")', () => {
    const r = extract('The vote was close.', 'Deputies of Movimento 7 Quorvani voted against it.');
    expect(r.organizations).toEqual(['Movimento 7 Quorvani']);
  });
});

describe('extractEntities: a party with its wing in brackets', () => {
  it('takes a name, its wing in brackets and "party" for one party ("Quorvan Dal (Secular) party"), not a person and a bracketed word alone', () => {
    const r = extract('The coalition split.', 'The Quorvan Dal (Secular) party said it would leave.');
    expect(r.spans).toEqual(['Quorvan Dal (Secular) party']);
    expect(r.organizations).toEqual(['Quorvan Dal (Secular) party']);
  });
});

describe('extractEntities: a name that ends in an abbreviation ends its sentence too', () => {
  it('ends a company name and its sentence at "Inc." / "Corp." before a capitalised closed-class word', () => {
    expect(extract('The group agreed to buy Zelkor Inc. The deal closed on Monday.').spans).toEqual(['Zelkor Inc.']);
    expect(extract('She works for Quorvani Corp. It makes pumps.').spans).toEqual(['Quorvani Corp.']);
    expect(extract('The coach praised John Renkaar Jr. He scored twice.').people).toEqual(['John Renkaar Jr.']);
  });

  it('ends a name at a capital letter and its dot before a word that opens a sentence ("Plan B. The"), but keeps a middle initial in its name', () => {
    expect(extract('Quorvia lead Serie A. The Brellow Group said it would buy a stake.').spans).toEqual(['Brellow Group']);
    expect(extract('John F. Renkaar and Ann B. Quill met in Boston.').people).toEqual(['John F. Renkaar', 'Ann B. Quill']);
  });

  it('keeps a title\'s dot inside the sentence ("Gen. Renkaar", "Dr. Quill")', () => {
    expect(extract('He met Gen. Renkaar and Dr. Quill on Friday.').people).toEqual(['Renkaar', 'Quill']);
  });
});

describe('extractEntities: spans of offices, cities and pairs of organizations', () => {
  it('runs an organization\'s name on past its first head over ordinary words to a later head', () => {
    expect(extract('The European Union Aviation Safety Agency in Cologne said it was aware of the event.').organizations).toEqual(['European Union Aviation Safety Agency']);
    expect(extract('The Quorvian Union Maritime Safety Office said so.').organizations).toEqual(['Quorvian Union Maritime Safety Office']);
    // A title after the head still ends the name before a person's.
    const r = extract('Quorvian Union Secretary General Ana Ruiz spoke.');
    expect(r.organizations).toEqual(['Quorvian Union']);
    expect(r.people).toEqual(['Ana Ruiz']);
  });

  it('leaves an office written with a hyphen out of its holder\'s name ("Director-General Anna Quorvle")', () => {
    const r = extract('Quorvan Health Agency Director-General Anna Quorvle said the outbreak was contained.');
    expect(r.people).toEqual(['Anna Quorvle']);
    expect(r.spans).toContain('Anna Quorvle');
  });

  it('takes "The" into the span of a city whose name opens with it ("in The Hague")', () => {
    expect(extract('The tribunal in The Hague ruled on Monday.').spans).toEqual(['The Hague']);
    // At a sentence's start too, where "The" opens no other name.
    expect(extract('The Hague is the seat of the court. The Quorvle Institute agreed.').spans).toEqual(['The Hague', 'Quorvle Institute']);
  });

  it('reads two organizations joined by "and the" as two when the first ends in a head of its own', () => {
    const r = extract('The drug was approved by the Quorvan Food and Drug Administration and the Tellan Medicines Agency last year.');
    expect(r.organizations).toEqual(['Quorvan Food and Drug Administration', 'Tellan Medicines Agency']);
  });

  it('reads the question\'s word opening a line in capitals that asks one as the pronoun, no acronym', () => {
    expect(extract('WHO COULD BLOCK THE DEAL?', 'The WHO said cases rose in Ghana.').spans).toEqual(['WHO', 'Ghana']);
    expect(extract('WHO IS RUNNING?', 'Three candidates have filed.').organizations).toEqual([]);
  });

  it('reads a company\'s name on one side of "and" apart from the other side', () => {
    const r = extract('The consortium includes Quorvan Holding and Tellan Enerji.');
    expect(r.organizations).toContain('Quorvan Holding');
    expect(r.people).not.toContain('Quorvan Holding');
    const s = extract('Nora Quill and Tellan Energy signed the deal.');
    expect([s.people, s.organizations]).toEqual([['Nora Quill'], ['Tellan Energy']]);
  });

  it('reads a company the lists know by one word and a name read as an organization\'s right after it as its unit, one organization', () => {
    expect(extract('Gazprom Neft agreed to sell its stake.').organizations).toEqual(['Gazprom Neft']);
    expect(extract('Boeing Commercial Airplanes said deliveries rose.').organizations).toEqual(['Boeing Commercial Airplanes']);
  });

  it('reads markets\' terms in capitals as no organization', () => {
    expect(extract('The IPO was the largest by a Quorvan company since 2021, and the ETF fell. Its SIM cards sold well.').organizations).toEqual([]);
  });

  it('reads a wire brief\'s magnitudes and units in capitals as no organization', () => {
    expect(extract('* Q1 ATTRIBUTABLE PROFIT 3.70 BLN EUROS VERSUS 3.40 BLN EUROS, UP 12 PCT\n\n* OUTPUT 300 MWH').organizations).toEqual([]);
  });

  it('keeps ordinary words joined by "and" before the head of a name with an of-phrase in the name, but no name of its own', () => {
    expect(extract('The deal was cleared by the Competition and Consumer Commission of Quorvia on Monday.').organizations).toEqual(['Competition and Consumer Commission of Quorvia']);
    expect(extract('The Fisheries and Forestry Board of Tellan said stocks fell.').organizations).toEqual(['Fisheries and Forestry Board of Tellan']);
    expect(extract('Quorvle and Tellan Bank of Quorvia agreed a loan.').organizations).toEqual(['Quorvle', 'Tellan Bank of Quorvia']);
  });
});
