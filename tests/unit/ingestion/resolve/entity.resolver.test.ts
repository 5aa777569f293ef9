import { EntityCandidate } from '../../../../src/ingestion/annotations';
import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { resolveEntities } from '../../../../src/ingestion/resolve/entity.resolver';
import { articleFrom } from '../extract/entity.article-builder';

/** The resolve stage on what the tokenize and classify stages make of `lines`. */
function extract(...lines: Parameters<typeof articleFrom>[0]) {
  const article = articleFrom(lines);
  const doc = tokenizeArticle(article);
  const result = resolveEntities(doc, classifyEntities(doc));
  const named = (name: string): EntityCandidate | undefined => result.entities.find((e) => e.name === name);
  const mentionsOf = (name: string): string[] => {
    const key = named(name)?.key;
    return result.mentions.filter((m) => m.entityKey === key).map((m) => article.body.slice(m.start, m.end));
  };
  return { article, ...result, named, mentionsOf, names: result.entities.map((e) => e.name) };
}

describe('resolveEntities: initials', () => {
  it("links the initials a person's full name defines in brackets to that person, as the speaker of what they say", () => {
    const r = extract('Crown Prince Tamir bin Quorvan (TBQ) met the envoy on Monday.', 'TBQ said the talks went well.');
    expect(r.named('TBQ')).toBeUndefined();
    expect(r.mentionsOf('Tamir bin Quorvan')).toEqual(['Tamir bin Quorvan', 'TBQ', 'TBQ']);
  });
});

describe('resolveEntities: a venue by its initials', () => {
  it('links initials written alone to the one venue named in full that they spell, as that place', () => {
    const r = extract('Tellan won at the Hobart Cricket Ground on Saturday.', 'The HCG pitch was dry, and the HCG crowd was 30,000.');
    expect(r.mentionsOf('Hobart Cricket Ground')).toEqual(['Hobart Cricket Ground', 'HCG', 'HCG']);
    expect(r.named('Hobart Cricket Ground')?.type).toBe('LOCATION');
    expect(r.named('HCG')).toBeUndefined();
  });
});

describe('resolveEntities: whom a source told', () => {
  it('reads one word no name list knows right after "told" as the outlet or body told, an organization', () => {
    expect(extract('"It was a long night," Ann Tellan told Quorvex on Monday.').named('Quorvex')?.type).toBe('ORGANIZATION');
    expect(extract('The mayor told Quorvex by email that the plan was sound.').named('Quorvex')?.type).toBe('ORGANIZATION');
  });

  it('reads one such word spoken or talked to as the outlet, and its other mentions in the article with it', () => {
    expect(extract('She spoke to Quorvex by telephone from her home.').named('Quorvex')?.type).toBe('ORGANIZATION');
    expect(extract('The mayor, talking with Quorvex on Monday, said the plan was sound.').named('Quorvex')?.type).toBe('ORGANIZATION');
    const r = extract('Quorvex Interviews Novelist Ada Tellan', 'Tellan, 38, spoke to Quorvex by video call.', "'''Quorvex''': How much of it is yours?");
    expect(r.mentionsOf('Quorvex')).toEqual(['Quorvex', 'Quorvex', 'Quorvex']);
    expect(r.named('Quorvex')?.type).toBe('ORGANIZATION');
  });

  it('reads one word no name list knows, or a lone capital letter, after "said on", "wrote on" or "posting on" as the medium, an organization', () => {
    expect(extract('Finance Minister Ann Tellan said on Q that the plan was working.').named('Q')?.type).toBe('ORGANIZATION');
    expect(extract('The minister, writing on Quorvix that night, welcomed it.').named('Quorvix')?.type).toBe('ORGANIZATION');
    expect(extract('The minister wrote on Q.').mentionsOf('Q')).toEqual(['Q']);
    expect(extract('She said on Marge that the plan was sound.').named('Marge')?.type).not.toBe('ORGANIZATION');
    expect(extract('The minister said on Quorvix Island that the plan was sound.').named('Quorvix')).toBeUndefined();
  });

  it('keeps a person of the article, a given name and a plural for a people what they were', () => {
    expect(extract('Ann Quorvex won the vote.', 'The mayor told Quorvex the plan was sound.').mentionsOf('Ann Quorvex')).toEqual(['Ann Quorvex', 'Quorvex']);
    expect(extract('Ann Quorvex won the vote.', 'The mayor spoke to Quorvex on Monday.').mentionsOf('Ann Quorvex')).toEqual(['Ann Quorvex', 'Quorvex']);
    expect(extract('She spoke to Marge on Monday.').named('Marge')?.type).not.toBe('ORGANIZATION');
    expect(extract('She told Marge the plan was sound.').named('Marge')?.type).not.toBe('ORGANIZATION');
    expect(extract('The president told Quorvlians this weekend he would consider it.').named('Quorvlians')?.type).not.toBe('ORGANIZATION');
  });
});

describe('resolveEntities: an acronym in an amount of money', () => {
  it("reads an acronym between an amount and a currency's unit as money, no organization, in capitals too", () => {
    expect(extract('Farmers get 1,200 CFA francs a kilo, up from 1,000 CFA francs.').names).toEqual([]);
    expect(extract('THE BANK RAISED 62 BILLION CFA FRANCS ON MONDAY.').named('CFA')).toBeUndefined();
  });

  it('keeps an acronym with no amount before it, or before a verb, an organization', () => {
    expect(extract('The QVA francs plan was dropped on Monday.').named('QVA')?.type).toBe('ORGANIZATION');
    expect(extract('In 2019 QVA won 3 awards.').named('QVA')?.type).toBe('ORGANIZATION');
  });
});

describe('resolveEntities: double surnames', () => {
  it('links the first part of a double surname written alone to the person, as a surname, not an organization of its own', () => {
    const r = extract('Party leader Dilan Quorvgoz-Tellerius told reporters on Monday.', 'Quorvgoz had previously insisted on a larger cabinet.');
    expect(r.mentionsOf('Dilan Quorvgoz-Tellerius')).toEqual(['Dilan Quorvgoz-Tellerius', 'Quorvgoz']);
    // A joined Arabic article is no first part.
    expect(extract('Bashar al-Quorvad met envoys.', 'Al said nothing.').mentionsOf('Bashar al-Quorvad')).toEqual(['Bashar al-Quorvad']);
  });
});

describe('resolveEntities: places', () => {
  it('resolves the old spelling Kiev and the new Kyiv to one city inside Ukraine', () => {
    const r = extract('Diplomats flew to Kiev on Monday.', 'Talks in Kyiv went on late.');
    const kyiv = r.named('Kyiv')!;
    expect(kyiv).toMatchObject({ type: 'LOCATION', kind: 'city', countryCode: 'UA', aliases: ['Kiev'], key: 'LOCATION:UA:kyiv' });
    expect(r.mentionsOf('Kyiv')).toEqual(['Kiev', 'Kyiv']);
    expect(kyiv.withinKey).toBe(r.named('Ukraine')!.key);
    expect(r.named('Ukraine')).toMatchObject({ kind: 'country', countryCode: 'UA', key: 'LOCATION:UA' });
  });

  it('counts a demonym as a mention of its country', () => {
    const r = extract('Ukrainian soldiers and Russian officers met near the border. Russians left first.');
    expect(r.mentionsOf('Ukraine')).toEqual(['Ukrainian']);
    expect(r.mentionsOf('Russia')).toEqual(['Russian', 'Russians']);
    expect(r.named('Ukraine')!.demonyms).toContain('Ukrainian');
    expect(r.named('Ukraine')!.aliases).toEqual([]);
  });

  it('makes one place of a town named by its words alone ("the town of X") and by the gazetteer elsewhere', () => {
    const r = extract('Fighting raged in and around the town of Bambari last year.', 'Victims in Bambari waited years for justice.');
    expect(r.names.filter((n) => n === 'Bambari')).toHaveLength(1);
    expect(r.mentionsOf('Bambari')).toEqual(['Bambari', 'Bambari']);
    expect(r.named('Bambari')).toMatchObject({ countryCode: 'CF', kind: 'city' });
  });

  it('reads a city and state name with a possessive after a comma as the city ("the Yellow Sea, Seoul\'s office"), not "Town, State"', () => {
    const r = extract('Talks on the Yellow Sea, Seoul\'s presidential office said, went well. Officials in Seoul agreed.');
    expect(r.names.filter((n) => n === 'Seoul')).toHaveLength(1);
    expect(r.mentionsOf('Seoul')).toEqual(['Seoul', 'Seoul']);
    expect(r.named('Seoul')).toMatchObject({ kind: 'city', countryCode: 'KR' });
  });

  it('reads a list of cities of two countries as cities, not a town before its state: "Cologne, Zurich and Basel"; "Paris, Texas" stays a town in Texas', () => {
    const r = extract('Ministers met in Cologne, Zurich and Basel on Monday.');
    expect(r.named('Cologne')).toMatchObject({ kind: 'city', countryCode: 'DE' });
    expect(r.named('Zurich')).toMatchObject({ kind: 'city', countryCode: 'CH' });
    expect(extract('The tour stops in Paris, Texas, before heading on.').named('Paris')).toMatchObject({ kind: 'city', withinKey: 'LOCATION:US' });
  });

  it('reads a town a locative phrase names ("the mining town of X") as that town where the same words follow a place preposition too', () => {
    const r = extract('Residents of the mining town of Quorvle Brellow were told to leave.', 'Quintell said it had shut its mill in Quorvle Brellow and moved staff.');
    expect(r.named('Quorvle Brellow')).toMatchObject({ type: 'LOCATION' });
    expect(r.mentionsOf('Quorvle Brellow')).toEqual(['Quorvle Brellow', 'Quorvle Brellow']);
  });

  it('reads a name no list knows before "border crossing" as a place, as before "crossing"', () => {
    expect(extract('Trucks queued at the Quorvle border crossing on Monday.').named('Quorvle')).toMatchObject({ type: 'LOCATION', kind: 'facility' });
    expect(extract('Officials said the Quorvle border was shut.').named('Quorvle')?.type).not.toBe('LOCATION');
  });

  it('reads the names after "the neighbourhoods of" and "the coast of" as places, even named like a person', () => {
    const r = extract('Officials ordered the neighbourhoods of Quorvle Heights, Tellan Park and Orvisk Creek to leave.');
    for (const name of ['Quorvle Heights', 'Tellan Park', 'Orvisk Creek']) expect(r.named(name)).toMatchObject({ type: 'LOCATION' });
    expect(extract('Police patrolled the neighborhood of Quorvex Vale overnight.').named('Quorvex Vale')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    expect(extract('The reef lies off the northern coast of Vanua Quorvle, the second island.').named('Vanua Quorvle')).toMatchObject({ type: 'LOCATION' });
  });

  it('reads a town the article names as a place (a dateline, "the town of X") as that town after a place preposition, even named like a person, and anywhere when no list knows its word', () => {
    const skiing = extract('MAVIS, Finland, Nov 15 (Reuters) - Results of the slalom in Mavis on Saturday.', 'Quintell earned a ninth win in Mavis, where winners get a reindeer.');
    expect(skiing.named('Mavis')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    expect(skiing.mentionsOf('Mavis')).toEqual(['MAVIS', 'Mavis', 'Mavis']);
    const quake = extract('Buildings collapsed in the town of Quorvinli, officials said.', 'The quake was centred in Quorvinli. A geologist said the Quorvinli quake was shallow.');
    expect(quake.mentionsOf('Quorvinli')).toEqual(['Quorvinli', 'Quorvinli', 'Quorvinli']);
  });

  it('reads such a town as the town where its context alone made its word an organization\'s ("the Quorvenza floods")', () => {
    const r = extract('In the town of Quorvenza, the river burst its banks, officials said.', 'A baker near Quorvenza\'s cathedral lost his shop.', 'Events like the Quorvenza floods are what a warmer sea looks like.');
    expect(r.named('Quorvenza')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    expect(r.mentionsOf('Quorvenza')).toEqual(['Quorvenza', 'Quorvenza', 'Quorvenza']);
  });

  it('reads such a word, alone outside a place preposition, as the person the article names in full with it as a surname ("Quorvaro: No, ..." of an interview), the town after the preposition', () => {
    const r = extract('The band comes from the fishing town of Quorvaro. Its arranger is Kerwin Quorvaro, 34, a teacher.', 'Wikinews: Is it a stage name?', 'Quorvaro: No, it is my real name. Everybody in Quorvaro thinks so.');
    expect(r.mentionsOf('Kerwin Quorvaro')).toEqual(['Kerwin Quorvaro', 'Quorvaro']);
    expect(r.mentionsOf('Quorvaro')).toEqual(['Quorvaro', 'Quorvaro']);
  });

  it('takes a town of the gazetteer after a preposition of a route ("between", "through", "via") for the town', () => {
    const r = extract('Checkpoints closed the road between Ramallah and Nablus, so trucks went through Aosta and via Sondrio.');
    expect(r.names).toEqual(expect.arrayContaining(['Ramallah', 'Nablus', 'Aosta', 'Sondrio']));
  });

  it('adds the country a city lies in, even when the text never names it', () => {
    const r = extract('Ministers gather in Brussels this week.');
    expect(r.named('Brussels')).toMatchObject({ kind: 'city', withinKey: 'LOCATION:BE', countryCode: 'BE' });
    expect(r.named('Belgium')).toMatchObject({ kind: 'country', key: 'LOCATION:BE' });
    expect(r.mentionsOf('Belgium')).toEqual([]);
  });

  it('reads "the Ukrainian peninsula of X" as X lying within Ukraine', () => {
    const r = extract('It recalled the annexation of the Ukrainian peninsula of Crimea in 2014.');
    expect(r.named('Crimea')).toMatchObject({ kind: 'region', withinKey: 'LOCATION:UA' });
  });

  it('finds a place the lists do not know inside "the <demonym> city of X"', () => {
    const r = extract('Shelling hit the Ukrainian city of Zolotoyarsk overnight.');
    expect(r.named('Zolotoyarsk')).toMatchObject({ type: 'LOCATION', kind: 'city', withinKey: 'LOCATION:UA' });
  });

  it('gives seas, oceans and regions their kind', () => {
    const r = extract('Ships crossed the Black Sea, the Atlantic Ocean and the Balkans saw troops; the Quorvian Sea was calm.');
    expect(r.named('Black Sea')).toMatchObject({ kind: 'sea' });
    expect(r.named('Atlantic Ocean')).toMatchObject({ kind: 'ocean' });
    expect(r.named('Balkans')).toMatchObject({ kind: 'region' });
    expect(r.named('Quorvian Sea')).toMatchObject({ kind: 'sea' });
  });

  it('matches "US" only in upper case, so the pronoun never becomes a country', () => {
    const r = extract('The US sent a letter. Let us wait, said one of us. US officials agreed.');
    expect(r.mentionsOf('United States')).toEqual(['US', 'US']);
    expect(r.named('United States')).toMatchObject({ kind: 'country', countryCode: 'US', aliases: ['US'] });
  });

  it('knows states and provinces with their country', () => {
    const r = extract('The governor toured Virginia and Bavaria.');
    expect(r.named('Virginia')).toMatchObject({ kind: 'region', withinKey: 'LOCATION:US' });
    expect(r.named('Bavaria')).toMatchObject({ kind: 'region', withinKey: 'LOCATION:DE' });
  });
});

describe('resolveEntities: people', () => {
  it('resolves a later surname to the full name met earlier', () => {
    const r = extract('Angela Merkel arrived in Paris.', 'Merkel said the talks were useful. “We agree,” Merkel added.');
    expect(r.named('Angela Merkel')).toMatchObject({ type: 'PERSON', key: 'PERSON:angela merkel', aliases: ['Merkel'] });
    expect(r.mentionsOf('Angela Merkel')).toEqual(['Angela Merkel', 'Merkel', 'Merkel']);
    expect(r.names).not.toContain('Merkel');
  });

  it('resolves a surname written before the full name (a dek above the body)', () => {
    const r = extract({ kind: 'dek', text: 'Stoltenberg warns of a long war.' }, 'Jens Stoltenberg spoke in Oslo.');
    expect(r.mentionsOf('Jens Stoltenberg')).toEqual(['Stoltenberg', 'Jens Stoltenberg']);
    expect(r.mentions[0].paragraph).toBeNull();
  });

  it('keeps particles and accents in names, and matches the surname with its particle', () => {
    const r = extract('Charles de Gaulle left London in 1944. Later de Gaulle returned.', 'Gaël Müller told reporters the plan was sound. Müller smiled.');
    expect(r.named('Charles de Gaulle')).toBeDefined();
    expect(r.mentionsOf('Charles de Gaulle')).toEqual(['Charles de Gaulle', 'de Gaulle']);
    expect(r.named('Gaël Müller')).toMatchObject({ key: 'PERSON:gael muller', aliases: ['Müller'] });
  });

  it('reads one word ending in "s" that won a contest only a person wins as a person, no plural ("Quorveles won the Tellan Open")', () => {
    expect(extract('Quorveles won the Tellan Open on Sunday.').named('Quorveles')).toMatchObject({ type: 'PERSON' });
    expect(extract('In 1998 Quintellas won her second Brellow Marathon.').named('Quintellas')).toMatchObject({ type: 'PERSON' });
    expect(extract('Rivals won the Tellan Open on Sunday.').names).not.toContain('Rivals');
  });

  it('reads a surname alone with the particles written before it as a person, the mention holding the particles, the person a lone surname (known by them too)', () => {
    const r = extract('On Monday van der Quorvle said the talks had failed.', 'Later, de la Quintell told the court she had left.', 'Officials and von Brellow met on Friday.');
    expect(r.named('Quorvle')).toMatchObject({ type: 'PERSON', aliases: ['van der Quorvle'] });
    expect(r.mentionsOf('Quorvle')).toEqual(['van der Quorvle']);
    expect(r.mentionsOf('Quintell')).toEqual(['de la Quintell']);
    expect(r.mentionsOf('Brellow')).toEqual(['von Brellow']);
  });

  it('leaves an article before a name, and a particle after another name, out of a surname', () => {
    const r = extract('The Roman daily la Quorvalla reported the deal.', 'In Lisbon da Quintell said no.');
    expect(r.named('la Quorvalla')).toMatchObject({ type: 'ORGANIZATION' });
    expect(r.mentionsOf('Quintell')).toEqual(['Quintell']);
  });

  it('makes a given name, a nickname in quotation marks and the surname one person named without the nickname, known by it', () => {
    const r = extract('Del. Rosa "Ro" Quintell said the bill would pass, and Quintell added that it was close.', '"We have the votes," Ro said on Tuesday.');
    expect(r.names).toEqual(['Rosa Quintell']);
    expect(r.mentionsOf('Rosa Quintell')).toEqual(['Rosa', 'Ro', 'Quintell', 'Quintell', 'Ro']);
    expect(r.named('Rosa Quintell')!.aliases).toEqual(expect.arrayContaining(['Ro', 'Ro Quintell']));
    const suffixed = extract('Police arrested Tomas “Big Tom” Quorvle III on Monday. Quorvle denied the charges.');
    expect(suffixed.mentionsOf('Tomas Quorvle III')).toEqual(['Tomas', 'Big Tom', 'Quorvle III', 'Quorvle']);
  });

  it('reads the name after a person\'s age and "of" as the home town, one named like a person or unknown too', () => {
    const r = extract('Dana Quorvle, 31, of Bradford, was charged on Monday. Tom Pellisk, 45, of Quorvleton Heath, was released.');
    expect(r.named('Bradford')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    expect(r.named('Quorvleton Heath')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    expect(r.names.filter((n) => r.named(n)!.type === 'PERSON')).toEqual(['Dana Quorvle', 'Tom Pellisk']);
  });

  it('keeps two people who share a surname apart, resolving the surname to the one named last', () => {
    const r = extract('Bill Clinton spoke first. Clinton joked.', 'Then Hillary Clinton spoke. Clinton was serious.');
    expect(r.mentionsOf('Bill Clinton')).toEqual(['Bill Clinton', 'Clinton']);
    expect(r.mentionsOf('Hillary Clinton')).toEqual(['Hillary Clinton', 'Clinton']);
  });

  it('takes the role from a title before the name and the organization from beside it', () => {
    const r = extract('NATO Secretary General Jens Stoltenberg spoke.');
    expect(r.named('Jens Stoltenberg')).toMatchObject({ role: 'Secretary General', affiliationKey: 'ORGANIZATION:nato' });
    expect(r.mentionsOf('Jens Stoltenberg')).toEqual(['Jens Stoltenberg']);
  });

  it('reads role and organization from an apposition and from "X of ORG"', () => {
    const r = extract('Kristalina Georgieva, the IMF’s managing director, spoke. Ajay Banga of the World Bank listened.');
    expect(r.named('Kristalina Georgieva')).toMatchObject({ role: 'Managing Director', affiliationKey: 'ORGANIZATION:international monetary fund' });
    expect(r.named('Ajay Banga')).toMatchObject({ affiliationKey: 'ORGANIZATION:world bank' });
  });

  it('falls back to the most-mentioned organization for an organizational office only', () => {
    const r = extract('The United Nations met. The United Nations voted.', 'Spokesman Stéphane Dujarric spoke, and President Ilham Aliyev left.');
    expect(r.named('Stéphane Dujarric')).toMatchObject({ role: 'Spokesman', affiliationKey: 'ORGANIZATION:united nations' });
    expect(r.named('Ilham Aliyev')).toMatchObject({ role: 'President', affiliationKey: null });
  });

  it('reads a known surname alone opening a sentence in a possessive before a word as a person, not one before a comma', () => {
    expect(extract('The council met. Anderson\'s report drew fire.').names).toEqual(['Anderson']);
    expect(extract('The council met. Anderson\'s, a bar downtown, closed.').names).toEqual([]);
  });

  it('excludes titles and possessives from mention spans', () => {
    const r = extract('President Joe Biden’s plan failed. Sen. Mitch McConnell’s team cheered.');
    expect(r.mentionsOf('Joe Biden')).toEqual(['Joe Biden']);
    expect(r.mentionsOf('Mitch McConnell')).toEqual(['Mitch McConnell']);
    expect(r.named('Mitch McConnell')!.role).toBe('Sen.');
  });
});

describe('resolveEntities: organizations', () => {
  it('resolves well-known aliases to one organization', () => {
    const r = extract('NATO met. The Atlantic Alliance agreed, and the North Atlantic Treaty Organization said so.');
    expect(r.named('NATO')).toMatchObject({ type: 'ORGANIZATION', key: 'ORGANIZATION:nato' });
    expect(r.mentionsOf('NATO')).toEqual(['NATO', 'Atlantic Alliance', 'North Atlantic Treaty Organization']);
  });

  it('turns an acronym defined in the text into an alias', () => {
    const r = extract('The Quantum Safety Board (QSB) opened an inquiry. The QSB said it would report soon.');
    expect(r.named('Quantum Safety Board')).toMatchObject({ type: 'ORGANIZATION', aliases: ['QSB'] });
    expect(r.mentionsOf('Quantum Safety Board')).toEqual(['Quantum Safety Board', 'QSB', 'QSB']);
  });

  it('turns an acronym an apposition names ("known as", "known by its French acronym") into an alias, whatever its letters', () => {
    const r = extract('The Quorvan Minerals Control Authority, known by its French acronym ARECQ, set quotas. ARECQ said exports fell.');
    expect(r.mentionsOf('Quorvan Minerals Control Authority')).toEqual(['Quorvan Minerals Control Authority', 'ARECQ', 'ARECQ']);
    const known = extract('The Tellan Transport Board, known as KTTB, cut fares. KTTB said fares would fall again.');
    expect(known.mentionsOf('Tellan Transport Board')).toEqual(['Tellan Transport Board', 'KTTB', 'KTTB']);
  });

  it('turns a short form in brackets that spells no initials ("(Cetel)", "(PDI-Q)") into an alias, and its lone mentions into that organization', () => {
    const r = extract('The state sells control of power utility Companhia Energetica de Tellanas (Cetel), sending its shares up. Cetel said it would appeal.');
    expect(r.mentionsOf('Companhia Energetica de Tellanas')).toEqual(['Companhia Energetica de Tellanas', 'Cetel', 'Cetel']);
    expect(r.entities.some((e) => e.type === 'PERSON')).toBe(false);
    const party = extract('The opposition Quorvan Democratic Party of Struggle (PDI-Q) said it would march. PDI-Q won 110 seats.');
    expect(party.mentionsOf('Quorvan Democratic Party of Struggle')).toEqual(['Quorvan Democratic Party of Struggle', 'PDI-Q', 'PDI-Q']);
  });

  it('reads an acronym the article writes alone as the organization whose initials it spells, "of" counted or not', () => {
    const r = extract('The Bank of Quorvia held rates on Tuesday. The BOQ said wages were rising, and the Quorvia Treasury Office agreed.', 'The QTO said so too.');
    expect(r.mentionsOf('Bank of Quorvia')).toEqual(['Bank of Quorvia', 'BOQ']);
    expect(r.mentionsOf('Quorvia Treasury Office')).toEqual(['Quorvia Treasury Office', 'QTO']);
  });

  it('reads capitals the article defined as an organization\'s acronym as that organization, not the place the lists spell so', () => {
    const r = extract('Quorvex agreed to buy a stake in Tellan oil company Quorvna Industrija Tellana (NIS). NIS runs the only refinery in Tellan.');
    expect(r.mentionsOf('Quorvna Industrija Tellana')).toEqual(['Quorvna Industrija Tellana', 'NIS', 'NIS']);
    expect(r.entities.some((e) => e.type === 'LOCATION' && e.aliases.includes('NIS'))).toBe(false);
  });

  it('reads an acronym written alone before the article defines it as the organization it defines, not one of its own nor the place the lists spell so', () => {
    const union = extract({ kind: 'title', text: 'CQT calls strike over pensions' }, "The General Quorvan Workers' Union (CQT) called a strike on Monday. CQT leaders met on Tuesday.");
    expect(union.mentionsOf("General Quorvan Workers' Union")).toEqual(['CQT', "General Quorvan Workers' Union", 'CQT', 'CQT']);
    expect(union.named('CQT')).toBeUndefined();
    const company = extract('NIS cut output at its refinery on Monday.', 'Quorvex owns a stake in Tellan oil company Quorvna Industrija Tellana (NIS).');
    expect(company.mentionsOf('Quorvna Industrija Tellana')).toEqual(['NIS', 'Quorvna Industrija Tellana', 'NIS']);
    expect(company.entities.some((e) => e.type === 'LOCATION' && e.aliases.includes('NIS'))).toBe(false);
  });

  it('reads a demonym standing alone as the short name of the organization it opens, and as the country where it modifies a noun', () => {
    const r = extract(
      'Ethiopian Quorvair ordered 20 jets on Monday. Ethiopian has grown fast, and Ethiopian\'s fleet is the largest. Kenya Quorvways competes with Ethiopian.',
      'Ethiopian officials welcomed it. The Ethiopian said he was pleased. Swedish and Ethiopian banks lent. The first African Ethiopian to fly it smiled.',
    );
    expect(r.mentionsOf('Ethiopian Quorvair')).toEqual(['Ethiopian Quorvair', 'Ethiopian', 'Ethiopian', 'Ethiopian']);
    expect(r.mentionsOf('Ethiopia')).toEqual(['Ethiopian', 'Ethiopian', 'Ethiopian', 'Ethiopian']);
  });

  it('reads a demonym in a Title Case headline as the organization it opens only where the body writes it so alone: the headline\'s capitals hide the noun it modifies', () => {
    const title = (text: string) => ({ kind: 'title' as const, text });
    const modifier = extract(title('Brellow Beat Tarsk To Win Fifth Straight Lithuanian Title'), 'Brellow beat Tarsk 88-80. The Lithuanian Quorvball Federation presented the trophy.');
    expect(modifier.mentionsOf('Lithuanian Quorvball Federation')).toEqual(['Lithuanian Quorvball Federation']);
    expect(modifier.mentionsOf('Lithuania')).toEqual(['Lithuanian']);
    const pair = extract(title('Estonian and Finnish Route-Planning Start-ups Agree to Merge'), 'The Estonian Quorv Authority must approve the deal, said Tarmo Kask.');
    expect(pair.mentionsOf('Estonian Quorv Authority')).toEqual(['Estonian Quorv Authority']);
    // The body's "Ethiopian has expanded" names the airline alone: so does the headline.
    const airline = extract(title('Ethiopian Adds Routes To Brellow As Demand Grows'), 'Ethiopian Quorvair ordered 20 jets on Monday. Ethiopian has grown fast.');
    expect(airline.mentionsOf('Ethiopian Quorvair')).toEqual(['Ethiopian', 'Ethiopian Quorvair', 'Ethiopian']);
  });

  it('matches short upper-case aliases only in upper case', () => {
    const r = extract('The WHO warned people who travel.');
    expect(r.mentionsOf('World Health Organization')).toEqual(['WHO']);
  });

  it('treats the image credit as an organization', () => {
    const r = extract({ kind: 'caption', text: 'Troops on parade.' }, { kind: 'credit', text: 'EFE' }, 'Body text.');
    expect(r.named('EFE')).toMatchObject({ type: 'ORGANIZATION' });
  });
});

describe('resolveEntities: no junk', () => {
  it('does not turn capitalised ordinary words into entities', () => {
    const r = extract(
      { kind: 'subheading', text: 'Committed to Kyiv' },
      'The withdrawal announced on Tuesday was slow. In fact, All in all, Recent events matter. According to reports, January was cold.',
    );
    expect(r.names.sort()).toEqual(['Kyiv', 'Ukraine']);
  });

  it('reads a Title Case headline for known names only', () => {
    const r = extract({ kind: 'title', text: 'Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics' }, 'Clinton was fine.');
    expect(r.names).toEqual(['Hillary Clinton']);
    expect(r.mentionsOf('Hillary Clinton')).toEqual(['Hillary Clinton', 'Clinton']);
  });

  it('gives every entity a unique key and every mention a known entity', () => {
    const r = extract('Jens Stoltenberg met Kristalina Georgieva in Brussels. NATO and the IMF agreed; Stoltenberg left for Kiev.');
    const keys = r.entities.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of r.mentions) expect(keys).toContain(m.entityKey);
  });
});

describe('resolveEntities: short forms of the article\'s organizations', () => {
  it('links a head word after a sentence-initial "The" to the organization named in full', () => {
    const r = extract('The Church of Zelvania opened a school in May. The Church also claims the land.');
    expect(r.mentionsOf('Church of Zelvania')).toEqual(['Church of Zelvania', 'Church']);
  });

  it('links the first word of an organization named in full when it is no ordinary word or name', () => {
    const r = extract('Students at Quorvane University protested on Friday.', 'Quorvane said it would review the rules.');
    expect(r.mentionsOf('Quorvane University')).toEqual(['Quorvane University', 'Quorvane']);
    expect(r.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('does not link the first word when the article writes it as a plural too', () => {
    const r = extract('The Zelvani Student Association met. Zelvanis and others joined; Zelvani / non-Zelvani groups spoke.');
    expect(r.mentionsOf('Zelvani Student Association')).toEqual(['Zelvani Student Association']);
  });

  it('reads a dotted acronym after "the" or a possessive as an organization, and none elsewhere (a person\'s initials)', () => {
    const r = extract("Investigators at the Q.R.V. looked into the trades. Ostran's Z.V.U. speech came later, done the way Q.V.K. would have done it.");
    expect(r.named('Q.R.V.')).toMatchObject({ type: 'ORGANIZATION' });
    expect(r.named('Z.V.U.')).toMatchObject({ type: 'ORGANIZATION' });
    expect(r.named('Q.V.K.')).toBeUndefined();
  });

  it('reads an acronym the article also writes in the plural as a common noun after a lower-case modifier, even in a possessive ("the super QAC\'s donors")', () => {
    const r = extract('Two super QACs spent $5 million. The super QAC\'s donors gave more than any other QAC this year.');
    expect(r.names).not.toContain('QAC');
  });

  it('reads a stock\'s ticker after its dollar sign as no organization ("$QRVX")', () => {
    expect(extract('Traders bought $QRVX after the report.').names).toEqual([]);
  });

  it('reads an acronym that is also a word after a capital "The" opening the sentence as an organization, not an adjective in capitals', () => {
    expect(extract('The PIN fined two banks on Monday.').named('PIN')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('The BEST plan won.').names).toEqual([]);
  });

  it('reads an unknown word of seven or eight capitals as an organization, not a known word or its plural in capitals', () => {
    expect(extract('The peacekeeping mission known as QUORMISS will leave.').named('QUORMISS')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('She read the LETTERS and the WARNINGS to JOHNSON.').names).toEqual([]);
  });
});

describe('resolveEntities: a paper by the last word of its name', () => {
  it('links a national body\'s generic word alone ("the Senate") to the one body of a place the article names with it before, unless it writes the national one too', () => {
    const r = extract('The Oregon Senate passed the budget on Monday. Ann Tellan said the Senate would vote on taxes in May.');
    expect(r.mentionsOf('Oregon Senate')).toEqual(['Oregon Senate', 'Senate']);
    const both = extract('The Oregon Senate passed the budget on Monday. The U.S. Senate has not voted, and the Senate will not meet until May.');
    expect(both.mentionsOf('Oregon Senate')).toEqual(['Oregon Senate']);
    const after = extract('The Senate passed the budget on Monday, and the Oregon Senate followed on Tuesday.');
    expect(after.mentionsOf('Oregon Senate')).toEqual(['Oregon Senate']);
  });

  it('links "the Times" to the one paper the article names in full with that word, and no paper when two do', () => {
    const one = extract('The Quimby Valley Times broke the story.', 'The Times said on Monday that the deal was off.');
    expect(one.mentionsOf('Quimby Valley Times')).toEqual(['Quimby Valley Times', 'The Times']);
    const two = extract('The Quimby Valley Times and the Brellow Times broke the story.', 'The Times said on Monday that the deal was off.');
    expect(two.mentionsOf('Quimby Valley Times')).toEqual(['Quimby Valley Times']);
  });
});

describe('resolveEntities: a station named after whom it serves', () => {
  it('keeps "Radio" and an organization\'s name apart from that organization named alone', () => {
    const r = extract('The Quorva Porou Trust said it would sign the deal.', 'Radio Quorva Porou Trust broadcast the signing live.');
    expect(r.mentionsOf('Quorva Porou Trust')).toEqual(['Quorva Porou Trust']);
    expect(r.mentionsOf('Radio Quorva Porou Trust')).toEqual(['Radio Quorva Porou Trust']);
  });
});

describe('resolveEntities: products named after their maker', () => {
  it('reads the word after a known organization ("Google Quorvex") as a product, no person, there and alone', () => {
    const r = extract('Users left Google Quorvex for rival browsers.', 'Still, Quorvex continues to surge, said Tam Vell.');
    expect(r.named('Quorvex')).toBeUndefined();
    expect(r.named('Google')).toMatchObject({ type: 'ORGANIZATION' });
    expect(r.named('Tam Vell')).toMatchObject({ type: 'PERSON' });
  });
});

describe('resolveEntities: acronyms written as things', () => {
  it('reads an acronym after "a" / "an" / a possessive pronoun with no noun after it as a term, and one before a noun as an organization', () => {
    const r = extract('Orla Quimbley finished a PhD in 2004 and her MBA in 2009.', 'She later sat on a QVRN panel and flew an RVQ to the wreck.');
    expect(r.named('PhD')).toBeUndefined();
    expect(r.named('MBA')).toBeUndefined();
    expect(r.named('RVQ')).toBeUndefined();
    expect(r.named('QVRN')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads an acronym after a measure ("a 1.92 ERA") as a term, and one after a count or a year as before', () => {
    expect(extract('Tellan went 11-4 with a 2.87 QRA last season.').named('QRA')).toBeUndefined();
    expect(extract('Vellan finished with a 12 QPT average in May.').named('QPT')).toBeUndefined();
    expect(extract('In 2019 QVRN announced the plan.').named('QVRN')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads an acronym a long form in lower-case words defines as a term, and one a capitalised name defines as an organization', () => {
    const r = extract('Two calves died of quarnic vellate herpesvirus, or QVHV, last year.', 'Imports of compressed tarnic gas (CTG) rose.', 'The Quorvian Tarnic Guild (QTG) said prices fell.');
    expect(r.named('QVHV')).toBeUndefined();
    expect(r.named('CTG')).toBeUndefined();
    expect(r.named('Quorvian Tarnic Guild')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads an acronym an apposition names a fair or a festival as an event, and one it names a union as an organization', () => {
    expect(extract('In October the band will play at QVMEX, the world music fair, in Tarsk.').named('QVMEX')).toBeUndefined();
    expect(extract('The prize at QFF, the pan-Quorvian film festival held every two years, went to Tellan.').named('QFF')).toBeUndefined();
    expect(extract('Members of QRTX, the dockers union, walked out on Monday.').named('QRTX')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads an event\'s word in capitals as no acronym', () => {
    const r = extract({ kind: 'title', text: 'MOTOR RACING - QUARNIAN GRAND PRIX RESULTS' }, 'Results of the race at Vellamora on Sunday.');
    expect(r.named('PRIX')).toBeUndefined();
    expect(extract('Tickets for the VELLAMORA OPEN sold out.').named('OPEN')).toBeUndefined();
  });
});

describe('resolveEntities: US states by dotted initials after a town', () => {
  it('reads "N.C." and "S.D." after a town and a comma as the state, and a town named like a given name there as the town', () => {
    const r = extract('She moved from Brellow, N.C., to Florence, S.C., and then to Quarn, S.D., last year.');
    expect(r.mentionsOf('North Carolina')).toEqual(['N.C.']);
    expect(r.named('North Carolina')).toMatchObject({ type: 'LOCATION', kind: 'region', countryCode: 'US' });
    expect(r.named('South Dakota')).toMatchObject({ type: 'LOCATION' });
    expect(r.named('Florence')).toMatchObject({ type: 'LOCATION', countryCode: 'US' });
    expect(r.named('Brellow')).toMatchObject({ type: 'LOCATION', withinKey: 'LOCATION:US' });
  });

  it('reads AP style\'s state abbreviations after a town and a comma ("Calif.", "Fla.", "Wash.") as the state, and the town as a US town', () => {
    const r = extract('He grew up in Quarnville, Calif., worked in Brellow, Fla., and retired to Tellan, Wash., last spring.');
    expect(r.mentionsOf('California')).toEqual(['Calif.']);
    expect(r.named('Florida')).toMatchObject({ type: 'LOCATION', kind: 'region', countryCode: 'US' });
    expect(r.mentionsOf('Washington')).toEqual(['Wash.']);
    expect(r.named('Quarnville')).toMatchObject({ type: 'LOCATION', withinKey: 'LOCATION:US' });
  });

  it('reads no state in an abbreviation-shaped word without its period or without a town before it', () => {
    const r = extract('Voters in Brellow, Mass turnout aside, stayed home. Mass. was on the sign.');
    expect(r.named('Massachusetts')).toBeUndefined();
  });
});

describe('resolveEntities: directions are no subdivisions', () => {
  it('reads "the West" as the Western world, not a province of one country, and "Central" alone as no place', () => {
    const r = extract('Sanctions divided the West for years.', 'Brellow Central stayed quiet; Central was the word on every sign.');
    expect(r.named('West')).toMatchObject({ type: 'LOCATION', kind: 'region', countryCode: null });
    expect(r.named('Central')).toBeUndefined();
  });

  it('knows the Middle West as the Midwest', () => {
    const r = extract('Farmers across the Middle West waited for rain.');
    expect(r.mentionsOf('Midwest')).toEqual(['Middle West']);
  });
});

describe('resolveEntities: a company named after its town', () => {
  it('links the town word alone to the company the article names in full, but not after "in"', () => {
    const r = extract('Wenatchee Energy Corp. said coal sales fell. Wenatchee cut 200 jobs. Growers in Wenatchee waited.');
    expect(r.mentionsOf('Wenatchee Energy Corp.')).toEqual(['Wenatchee Energy Corp.', 'Wenatchee']);
  });

  it('keeps the town word alone the town after a locative expression or, for a town the gazetteer holds, a preposition of direction ("north of Quorvex", "from Rangiora")', () => {
    const r = extract('The Quorvex Fire District joined the search. The hikers died on a trail north of Quorvex last week.');
    expect(r.mentionsOf('Quorvex Fire District')).toEqual(['Quorvex Fire District']);
    const s = extract('She teaches at Rangiora Borough School. The winner was Ann Tellan, a teacher from Rangiora.');
    expect(s.mentionsOf('Rangiora Borough School')).toEqual(['Rangiora Borough School']);
    // A company stays the company after "from": "an order from Quorvex".
    const t = extract('Quorvex Holdings said it would cut jobs. The group won an order from Quorvex last year.');
    expect(t.mentionsOf('Quorvex Holdings')).toEqual(['Quorvex Holdings', 'Quorvex']);
  });

  it('links a given name alone that speaks to the company the article names with it and a legal form', () => {
    const r = extract('Melody Inc opened a new plant on Monday. Melody said hiring would rise.');
    expect(r.mentionsOf('Melody Inc')).toEqual(['Melody Inc', 'Melody']);
    expect(r.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('resolveEntities: one word that names a person or an organization', () => {
  it('reads a capitalised ordinary word the article shows as an organization\'s as that company everywhere', () => {
    const r = extract('Later Target said it would cut jobs. Shoppers at Target waited.');
    expect(r.mentionsOf('Target')).toEqual(['Target', 'Target']);
    expect(r.named('Target')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads a known given name before a one-word company name as a person with a speech verb, a title or a person noun, and keeps the company otherwise', () => {
    expect(extract('Harrison Ford said he loved the script.').named('Harrison Ford')).toMatchObject({ type: 'PERSON' });
    expect(extract('The film starred actor Harrison Ford and a dog.').named('Harrison Ford')).toMatchObject({ type: 'PERSON' });
    expect(extract('Harrison Ford came late. Ford, who is 80, smiled.').mentionsOf('Harrison Ford')).toEqual(['Harrison Ford', 'Ford']);
    const shares = extract('Harrison Ford shares fell on Monday.');
    expect(shares.named('Harrison Ford')).toBeUndefined();
    expect(shares.named('Ford')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads a one-word company name after a title alone, or after a person\'s name the classifier ended on a given name, as a person', () => {
    expect(extract('Mr. Ford said the plan was good.').named('Ford')).toMatchObject({ type: 'PERSON', role: null });
    expect(extract('Rep. Dell said the vote would wait.').named('Dell')).toMatchObject({ type: 'PERSON' });
    const mayor = extract('Mayor Michael Ford said the road would open.');
    // The office the first-name lists also hold stays out of the name, as the person's role.
    expect(mayor.named('Michael Ford')).toMatchObject({ type: 'PERSON', role: 'Mayor' });
    expect(mayor.mentionsOf('Michael Ford')).toEqual(['Michael Ford']);
    expect(mayor.entities.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
    expect(extract('The Ford plant closed.').named('Ford')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('gives a one-word company name the person of that surname when the article never shows the company', () => {
    expect(extract('Former President Gerald Ford died in 2006. Ford was 93.').mentionsOf('Gerald Ford')).toEqual(['Gerald Ford', 'Ford']);
    const company = extract('Gerald Ford spoke. Ford Motor Co sold cars, and Ford sold trucks.');
    expect(company.mentionsOf('Gerald Ford')).toEqual(['Gerald Ford']);
  });

  it('keeps the company and its founder apart in one article, and gives the founder a lone surname a person\'s pronoun follows', () => {
    const r = extract('Ford Motor Co said sales rose. Henry Ford founded it in 1903. Ford shares fell.', 'Ford said he wanted a cheap car.');
    expect(r.named('Henry Ford')).toMatchObject({ type: 'PERSON' });
    expect(r.mentionsOf('Henry Ford')).toEqual(['Henry Ford', 'Ford']);
    expect(r.entities.filter((e) => e.type === 'ORGANIZATION').flatMap((e) => r.mentionsOf(e.name))).toEqual(['Ford Motor Co', 'Ford']);
  });

  it('reads a word no list knows as an organization when "it" or a company noun follows it, not as a person by its speech verb alone', () => {
    expect(extract('Quorvle said it would hire 2,000 workers.').named('Quorvle')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('Quorvle shares fell. Quorvle said the fall was brief.').mentionsOf('Quorvle')).toEqual(['Quorvle', 'Quorvle']);
    expect(extract('Quorvle shares fell. Quorvle said the fall was brief.').named('Quorvle')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('Quorvle said he would hire 2,000 workers.').named('Quorvle')).toMatchObject({ type: 'PERSON' });
    expect(extract('According to Quorvle, prices rose. A report by Quorvle agreed.').mentionsOf('Quorvle')).toEqual(['Quorvle', 'Quorvle']);
    expect(extract('According to Quorvle, prices rose.').named('Quorvle')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('Prices rose, according to Smith.').named('Smith')).toMatchObject({ type: 'PERSON' });
    expect(extract('Politico reported that the vote failed.').named('Politico')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('The Quorvani claimed the attack on Monday.').named('Quorvani')).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract('The Orricks said they would move.').named('Orricks')).toBeUndefined();
    expect(extract('The Obama administration said it would appeal.').named('Obama')).toMatchObject({ type: 'PERSON' });
    expect(extract('Jana Smith reported the story. Smith reported more later.').mentionsOf('Jana Smith')).toEqual(['Jana Smith', 'Smith']);
  });
});

describe('resolveEntities: a surname two people share', () => {
  it('gives a lone surname to the person the article named first, unless its paragraph has just named the other in full', () => {
    const r = extract(
      'The poet Wendel Orrick published his first book in 1855.',
      'His brother Tobias Orrick, a carpenter, built the family house.',
      'Orrick revised the book for decades.',
      'Tobias Orrick moved west in 1860. Orrick never wrote again.',
    );
    expect(r.mentionsOf('Wendel Orrick')).toEqual(['Wendel Orrick', 'Orrick']);
    expect(r.mentionsOf('Tobias Orrick')).toEqual(['Tobias Orrick', 'Tobias Orrick', 'Orrick']);
  });
});

describe('resolveEntities: a given name beside a region', () => {
  it('reads a given name alone joined to a region, state or country named by no given name as a region, and two given names as people', () => {
    expect(extract('Storms lashed Brittany and Normandy on Tuesday.').named('Brittany')).toMatchObject({ type: 'LOCATION', kind: 'region' });
    expect(extract('Rain soaked Normandy and Brittany.').named('Brittany')).toMatchObject({ type: 'LOCATION' });
    expect(extract('Victoria and Albert met the crowd.').named('Albert')?.type).not.toBe('LOCATION');
  });
});

describe('resolveEntities: a courtesy title\'s gender', () => {
  it('keeps "Mr. X" from the woman the article names X in full, and "Mrs. X" with her', () => {
    const r = extract('Mr. Orrick said the law would pass. His wife, Michelle Orrick, disagreed.', 'Mrs. Orrick spoke later, and Mr. Orrick left.');
    expect(r.mentionsOf('Michelle Orrick')).toEqual(['Michelle Orrick', 'Orrick']);
    expect(r.named('Orrick')).toMatchObject({ type: 'PERSON' });
    expect(r.mentionsOf('Orrick')).toEqual(['Orrick', 'Orrick']);
  });

  it('joins a surname after a title of no gender, written before any "Mr. X", to that man, not to the woman named X in full', () => {
    const r = extract('Governor Orrick toured the flooded towns on Monday.', 'Mr. Orrick promised aid. His wife, Michelle Orrick, visited a shelter.');
    expect(r.mentionsOf('Orrick')).toEqual(['Orrick', 'Orrick']);
    expect(r.mentionsOf('Michelle Orrick')).toEqual(['Michelle Orrick']);
  });
});

describe('resolveEntities: a town named like a person', () => {
  it('reads a given name that a large town bears after a place preposition, or after another name and "and", as the town', () => {
    expect(extract('Crowds gathered in Charlotte on Friday.').named('Charlotte')).toMatchObject({ type: 'LOCATION', kind: 'city', countryCode: 'US' });
    expect(extract('Crowds gathered in Quorvale and Charlotte on Friday.').named('Charlotte')).toMatchObject({ type: 'LOCATION' });
    expect(extract('She sat at Charlotte\'s side.').named('Charlotte')).toMatchObject({ type: 'PERSON' });
  });

  it('reads a town of the gazetteer too small to be found alone as the town after a place preposition or a place and a comma, unless its name is an English word', () => {
    expect(extract('Crowds gathered in Tiberias on Friday.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    expect(extract('Crowds gathered in March and again in Tiberias.').named('March')).toBeUndefined();
    // The next name of an address, after a place and a comma.
    expect(extract('She was born on Kibbutz Ein Harod, Tiberias, in 1961.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    // Joined by "and" or "or" to a place: a larger town just after it, or one just read before it.
    expect(extract('The river burst its banks, flooding Faenza and Cesena.').named('Faenza')).toMatchObject({ type: 'LOCATION', countryCode: 'IT' });
    expect(extract('The river burst its banks, flooding Cesena and Faenza.').named('Faenza')).toMatchObject({ type: 'LOCATION', countryCode: 'IT' });
    expect(extract('The crowd cheered Faenza and Quorvle on Monday.').named('Faenza')?.type).not.toBe('LOCATION');
  });

  it('reads a town under 15,000 people (GeoNames cities500) as the town only where a place preposition or a place beside it says so', () => {
    expect(extract('Quorvex Foods, founded in Kununurra in 1958, has 63 stores.').named('Kununurra')).toMatchObject({ type: 'LOCATION', kind: 'city', countryCode: 'AU' });
    expect(extract('Quorvex has stores in Mount Gambier, Ceduna and Horsham.').named('Ceduna')).toMatchObject({ type: 'LOCATION', countryCode: 'AU' });
    // Towns of two countries bear the name: the town, in no country.
    expect(extract('The market in Moree reopened on Monday.').named('Moree')).toMatchObject({ type: 'LOCATION', countryCode: null });
    // Not by the name alone, nor a word the dictionary knows as a name (a language); a name no town bears is a place the lists lack.
    expect(extract('Kununurra said on Monday it would cut jobs.').named('Kununurra')?.type).not.toBe('LOCATION');
    expect(extract('The lessons are given in English on Mondays.').named('English')).toBeUndefined();
    expect(extract('Quorvex Foods, founded in Quintell in 1958, has 63 stores.').named('Quintell')).toMatchObject({ type: 'LOCATION', countryCode: null });
  });

  it("reads a small town's name of two or three words after a place preposition as the town, whatever its words are alone", () => {
    // "Eureka" alone is an interjection, "Springs" alone a South African city, "Sleepy" a word.
    expect(extract('The magic convention in Eureka Springs drew 400 people.').named('Eureka Springs')).toMatchObject({ type: 'LOCATION', kind: 'city', countryCode: 'US' });
    expect(extract('The fair was held in Sleepy Eye on Saturday.').named('Sleepy Eye')).toMatchObject({ type: 'LOCATION', kind: 'city', countryCode: 'US' });
    // Not elsewhere, nor a name no town bears.
    expect(extract('Sleepy Eye said on Monday it would cut jobs.').named('Sleepy Eye')?.type).not.toBe('LOCATION');
    expect(extract('The convention in Quorvle Springs drew 400 people.').named('Quorvle Springs')?.countryCode ?? null).toBeNull();
  });

  it('reads one word no list or gazetteer knows after a place preposition or one of direction as a place the lists lack', () => {
    expect(extract('The pastor will be buried in Quorvanu next week.').named('Quorvanu')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    expect(extract('Ann Tellan, a nurse from Brellowa, said the ward was full.').named('Brellowa')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    // Not a name that goes on, a channel after "through", nor the subject of a verb joined by "and" after a place.
    expect(extract('The club leads in Quorva A by two points.').named('Quorva')?.type).not.toBe('LOCATION');
    expect(extract('The protest was organised through Quorvix on Friday.').named('Quorvix')?.type).not.toBe('LOCATION');
    expect(extract('Tellan won 2-1 in Piraeus and Quorvaki beat Brellow 3-0.').named('Quorvaki')?.type).not.toBe('LOCATION');
  });

  it("reads the one-word name of a state's or province's seat as the town wherever it stands, not inside a person's name", () => {
    // Juneau (Alaska) and Charlottetown (Prince Edward Island) have fewer than 50,000 people, too few for a town's one word alone.
    expect(extract('The storm hit Charlottetown overnight.').named('Charlottetown')).toMatchObject({ type: 'LOCATION', kind: 'city', countryCode: 'CA' });
    expect(extract('Crews flew Juneau residents out on Monday.').named('Juneau')).toMatchObject({ type: 'LOCATION', countryCode: 'US' });
    expect(extract('Ann Charlottetown Quell, 58, was found guilty.').named('Ann Charlottetown Quell')?.type).toBe('PERSON');
  });

  it('reads such a town as the town after a preposition of direction too ("from", "into"), not as the object of another verb', () => {
    expect(extract('The rebels pulled out of the hills and withdrew from Tiberias overnight.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    expect(extract('Refugees streamed into Faenza and Tiberias on Monday.').named('Faenza')).toMatchObject({ type: 'LOCATION', countryCode: 'IT' });
    expect(extract('Refugees streamed into Faenza and Tiberias on Monday.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    expect(extract('The rebels shelled Tiberias overnight.').named('Tiberias')).toBeUndefined();
  });

  it('reads such a town as the town after "at" when no capitalised word follows it ("a fellow at Quorvle Europe"), nor where a job before "at" makes it an employer', () => {
    expect(extract('The river burst its banks at Tiberias on Saturday night.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    expect(extract('The airport at Kununurra was open.').named('Kununurra')).toMatchObject({ type: 'LOCATION', countryCode: 'AU' });
    expect(extract('Ann Quell, a senior fellow at Gudermes Europe, spoke.').named('Gudermes')).toBeUndefined();
    expect(extract('An analyst at Kununurra said the deal was sound.').named('Kununurra')?.type).not.toBe('LOCATION');
  });

  it('reads such a town as the town after "to" that ends a journey or a route, not after another verb', () => {
    expect(extract('The plane was on a scheduled flight to Kununurra.').named('Kununurra')).toMatchObject({ type: 'LOCATION', countryCode: 'AU' });
    expect(extract('She was travelling home to Tiberias.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    expect(extract('The group wants the line extended north to Tiberias.').named('Tiberias')).toMatchObject({ type: 'LOCATION', countryCode: 'IL' });
    expect(extract('The stage ran from Mount Gambier to Kununurra.').named('Kununurra')).toMatchObject({ type: 'LOCATION', countryCode: 'AU' });
    expect(extract('The firm sold its unit to Kununurra last year.').named('Kununurra')?.type).not.toBe('LOCATION');
    expect(extract('Ann Quell spoke to Tiberias on Monday.').named('Tiberias')?.type).not.toBe('LOCATION');
  });

  it('reads a town whose name holds a short lower-case word as one name, and its first word alone after it as the same town', () => {
    expect(extract('The fair was held in Bergen op Zoom on Friday.').named('Bergen op Zoom')).toMatchObject({ type: 'LOCATION', countryCode: 'NL' });
    expect(extract('The race ended at Egmond aan Zee on Sunday.').named('Egmond aan Zee')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    const r = extract('The fair was held in Bergen op Zoom on Friday.', 'Visitors took the train to reach Bergen.');
    expect(r.mentionsOf('Bergen op Zoom')).toEqual(['Bergen op Zoom', 'Bergen']);
    // Not a lower-case word between a name and a name the gazetteer does not hold together.
    expect(extract('Ann Quell met Tellan on Friday in Bergen.').names).not.toContain('Quell met Tellan');
  });

  it('reads a word no list knows, listed after a town in a list a place preposition opens, as a town too', () => {
    const r = extract('Pickets stood at depots in Tiberias, Quorvagh, Tellanby and Brixwold from 5 a.m.');
    expect(['Quorvagh', 'Tellanby', 'Brixwold'].map((n) => r.named(n)?.type)).toEqual(['LOCATION', 'LOCATION', 'LOCATION']);
    expect(extract('A ferry runs between Kununurra and Quorvagh in summer.').named('Quorvagh')).toMatchObject({ type: 'LOCATION', kind: 'city' });
    // Not a sentence's subject after a comma, nor the subject of a verb of its own.
    expect(extract('Police in Tiberias, Quorvagh said, were slow.').named('Quorvagh')?.type).not.toBe('LOCATION');
    expect(extract('Tellan won at Olympiacos in Tiberias and Quorvagh beat Brixwold 90-86.').named('Quorvagh')?.type).not.toBe('LOCATION');
  });

  it('reads a capitalised "State" after a state of a country other than the US as part of its name, not after a US state ("Ohio State")', () => {
    expect(extract('Gunmen attacked a church in Ondo State on Sunday.').named('Ondo State')).toMatchObject({ type: 'LOCATION' });
    expect(extract('Ohio State hired a new coach.').named('Ohio State')).toBeUndefined();
  });

  it('reads a camp by the name after "Camp" as a place, no ordinary word ("Camp David"; not "the Camp Fire")', () => {
    expect(extract('The talks were held at Camp Quorvel.').named('Camp Quorvel')).toMatchObject({ type: 'LOCATION', kind: 'facility' });
    expect(extract('The Camp Fire burned for weeks.').named('Camp Fire')).toBeUndefined();
  });

  it('reads a surname that a city bears as the city after "in", at a sentence\'s start too, not when the article names that person', () => {
    expect(extract('Police in Orlando said the road would reopen.').named('Orlando')).toMatchObject({ type: 'LOCATION', countryCode: 'US' });
    expect(extract('In Austin, officials said the road would reopen.').named('Austin')).toMatchObject({ type: 'LOCATION', countryCode: 'US' });
    expect(extract('Orlando said the road would reopen.').named('Orlando')).toMatchObject({ type: 'PERSON' });
    // A person the article names in full with the word takes it nowhere a place stands: "in Jackson" is the city.
    expect(extract('Historian Mara Jackson spoke on Monday. Students in Jackson listened.').mentionsOf('Mara Jackson')).toEqual(['Mara Jackson']);
  });
});

describe('resolveEntities: the first word of an organization alone', () => {
  it('never reads an adjective or demonym that opens an organization\'s name as its short form', () => {
    const r = extract('The Islamic Renewal Front claimed the raid. Critics of Islamic extremism spoke. Democratic Union Party members met; Democratic senators objected.');
    expect(r.mentionsOf('Islamic Renewal Front')).toEqual(['Islamic Renewal Front']);
    expect(r.mentionsOf('Democratic Union Party')).toEqual(['Democratic Union Party']);
  });

  it("reads the word after the town that opens a company's name, alone, as the company", () => {
    const r = extract('Xiamen Quorvium Energy Technology Co Ltd plans a listing in Hong Kong. Quorvium said demand was strong.');
    expect(r.mentionsOf('Xiamen Quorvium Energy Technology Co Ltd')).toEqual(['Xiamen Quorvium Energy Technology Co Ltd', 'Quorvium']);
  });

  it('reads a capitalised word English knows before a noun it modifies as no short form, a name no dictionary knows still as one', () => {
    const r = extract('The Muslim Quorvan League won seats. Muslim clerics welcomed the result. Quelbrook University hosted a debate; Quelbrook students cheered.');
    expect(r.mentionsOf('Muslim Quorvan League')).toEqual(['Muslim Quorvan League']);
    expect(r.mentionsOf('Quelbrook University')).toEqual(['Quelbrook University', 'Quelbrook']);
  });

  it('reads an ordinary word that opens an organization\'s name before a country, alone inside a sentence, as the organization', () => {
    const r = extract("Ann Tellan's Renewal UK won four of six seats. Labour trailed Renewal in the polls, and the swing to Renewal was large.");
    expect(r.mentionsOf('Renewal UK')).toEqual(['Renewal UK', 'Renewal', 'Renewal']);
  });

  it('leaves that word alone before a lower-case noun, and an organization\'s head before a country, as they were', () => {
    const r = extract('Harbour Egypt cut its fares on Monday. Officials said Harbour traffic fell. The Ministry of Health said Police Kenya held two men, and Police said more arrests were likely.');
    expect(r.mentionsOf('Harbour Egypt')).toEqual(['Harbour Egypt']);
    expect(r.names).not.toContain('Harbour');
    expect(r.names).not.toContain('Police');
  });

  it('reads the first word alone as the organization even where its context alone shows an organization', () => {
    const r = extract(
      'Quorvex Holdings agreed to buy the unit. Goldman Sachs advised Quorvex. Quorvex said it had no plans to close plants. A director of Quorvex, Ann Quorvle, abstained.',
      'Nordvik Air cancelled flights. Nordvik shares fell, and a spokesman for Nordvik declined to comment.',
    );
    expect(r.mentionsOf('Quorvex Holdings')).toEqual(['Quorvex Holdings', 'Quorvex', 'Quorvex', 'Quorvex']);
    expect(r.mentionsOf('Nordvik Air')).toEqual(['Nordvik Air', 'Nordvik', 'Nordvik']);
    expect(r.names).not.toContain('Quorvex');
    expect(r.names).not.toContain('Nordvik');
  });

  it("reads a town's word something read as an organization as the one organization of the article whose name it opens or closes", () => {
    const r = extract(
      'Connor Quell scored twice as the Tacoma Stormbirds beat the Salem Ravens 4-2 on Sunday.',
      'It was the 20th goal of the season for the Tacoma captain, and Tacoma coach Ann Vell praised him.',
    );
    expect(r.mentionsOf('Tacoma Stormbirds')).toEqual(['Tacoma Stormbirds', 'Tacoma', 'Tacoma']);
    expect(r.names).not.toContain('Tacoma');
  });

  it("reads a surname two people of the article share, alone, as the family's company named before it", () => {
    const r = extract(
      'Shares of Quorvath Hydraulics Ltd, a maker of irrigation pumps, jumped 42% on their market debut.',
      'Founded in 1987 by K. Quorvath, a former mechanic, the company sells pumps to farmers.',
      "Its managing director, Priya Quorvath, the founder's daughter, said the proceeds would fund a plant.",
      '"Solar pumps are a growing market, and Quorvath has the dealer network," said Abhishek Vell, an analyst.',
    );
    expect(r.mentionsOf('Quorvath Hydraulics Ltd')).toEqual(['Quorvath Hydraulics Ltd', 'Quorvath']);
    expect(r.mentionsOf('K. Quorvath')).toEqual(['K. Quorvath']);
  });

  it("counts a surname's bearer named with a generational suffix as resolvePartialName does, for the family's company", () => {
    const r = extract(
      'Shares of Quorvath Hydraulics Ltd, a maker of irrigation pumps, jumped 42% on their market debut.',
      'Founded in 1987 by Raymond Quorvath Jr., a former mechanic, the company sells pumps to farmers.',
      "Its managing director, Priya Quorvath, the founder's daughter, said the proceeds would fund a plant.",
      '"Solar pumps are a growing market, and Quorvath has the dealer network," said Abhishek Vell, an analyst.',
    );
    expect(r.mentionsOf('Quorvath Hydraulics Ltd')).toEqual(['Quorvath Hydraulics Ltd', 'Quorvath']);
  });

  it('reads a word the article writes alone before it names a longer organization the word opens as its own organization, there and after', () => {
    const r = extract(
      'Quorvex pilots strike',
      'Pilots at Quorvex walked out on Wednesday. The union represents pilots at Quorvex and its cargo unit Quorvex Cargo Services. Quorvex said flights by Quorvex Cargo Services ran.',
    );
    expect(r.mentionsOf('Quorvex')).toEqual(['Quorvex', 'Quorvex', 'Quorvex', 'Quorvex']);
    expect(r.mentionsOf('Quorvex Cargo Services')).toEqual(['Quorvex Cargo Services', 'Quorvex Cargo Services']);
    // In the first segment (a headline) the word still stands for the organization the lede names in full.
    const h = extract('Nordvik profit falls', 'Nordvik Air said on Monday its profit fell. Nordvik shares dropped.');
    expect(h.mentionsOf('Nordvik Air')).toEqual(['Nordvik', 'Nordvik Air', 'Nordvik']);
  });

  it('reads the first word alone after "in" as the organization where a company\'s noun follows, as the town where none does', () => {
    const r = extract(
      'Quorvex Holdings agreed to buy Brandt. The sellers will be paid in Quorvex shares.',
      'Wenatchee Energy Corp. cut jobs. The plant in Wenatchee will close.',
    );
    expect(r.mentionsOf('Quorvex Holdings')).toEqual(['Quorvex Holdings', 'Quorvex']);
    expect(r.names).not.toContain('Quorvex');
    expect(r.mentionsOf('Wenatchee Energy Corp.')).toEqual(['Wenatchee Energy Corp.']);
  });

  it('reads an acronym alone as the company whose name it opens before a registered name or a legal form only, not a country or a part of a company', () => {
    const r = extract(
      'QVB Holdings Plc posted a rise in profit. QVB shares rose 2%, and QVB said it would buy back stock.',
      'US Quorvex Corp cut jobs as the US economy slowed. NBC News reported it, and NBC aired the interview.',
      'Smurfit Westrock and International Paper Co. called off their deal.',
    );
    expect(r.mentionsOf('QVB Holdings Plc')).toEqual(['QVB Holdings Plc', 'QVB', 'QVB']);
    expect(r.mentionsOf('United States')).toEqual(['US']);
    expect(r.mentionsOf('NBC News')).toEqual(['NBC News']);
    expect(r.mentionsOf('Smurfit Westrock')).toEqual(['Smurfit Westrock']);
    expect(r.named('Smurfit Westrock')?.type).toBe('ORGANIZATION');
    expect(r.mentionsOf('International Paper Co.')).toEqual(['International Paper Co.']);
    const joined = extract('Q&V Group said sales rose. Q&V shares jumped, and Q&V said it would open stores.');
    expect(joined.mentionsOf('Q&V Group')).toEqual(['Q&V Group', 'Q&V', 'Q&V']);
    // A club: its acronym before its town.
    expect(extract('CSKA Moscow won 1-0 on Sunday, and CSKA moved up to third.').mentionsOf('CSKA Moscow')).toEqual(['CSKA Moscow', 'CSKA']);
  });

  it('ends a company at a dotted legal form before "and" as at "Co." ("Halvard Trennick and Quorvex Shipping S.A.", "S.p.A.")', () => {
    const r = extract(
      'Halvard Trennick and Quorvex Shipping S.A. called off their deal.',
      'Brellow Holdings and Trennick Marine S.p.A. signed a supply contract.',
    );
    expect(r.mentionsOf('Halvard Trennick')).toEqual(['Halvard Trennick']);
    expect(r.mentionsOf('Quorvex Shipping S.A.')).toEqual(['Quorvex Shipping S.A.']);
    expect(r.mentionsOf('Trennick Marine S.p.A.')).toEqual(['Trennick Marine S.p.A.']);
    expect(r.named('Trennick Marine S.p.A.')?.type).toBe('ORGANIZATION');
  });

  it('reads two companies joined by "and", each ending in a line of business, as two companies ("Quorvex Mining and Brellow Aerospace")', () => {
    const r = extract('Quorvex Mining and Brellow Aerospace signed a supply deal.', 'Quorvex Shipping and Brellow Rail both cut jobs.');
    for (const name of ['Quorvex Mining', 'Brellow Aerospace', 'Quorvex Shipping', 'Brellow Rail']) {
      expect(r.mentionsOf(name)).toEqual([name]);
      expect(r.named(name)?.type).toBe('ORGANIZATION');
    }
  });

  it('reads a one-word brand before "and" and a second company\'s own name as two companies ("Quorvex and Brellow Nikko Securities")', () => {
    const r = extract('Analysts at Quorvex and Brellow Nikko Securities said investors were wary.');
    for (const name of ['Quorvex', 'Brellow Nikko Securities']) {
      expect(r.mentionsOf(name)).toEqual([name]);
      expect(r.named(name)?.type).toBe('ORGANIZATION');
    }
    // One name twice, or a word of English, before "and" opens one name.
    expect(extract('The Tellamo and Tellamo Holdings board met.').names).not.toContain('Tellamo Holdings');
  });

  it('reads an acronym the article defined as that organization where its own context shows an organization ("QVX shares fell")', () => {
    const r = extract('Quorvex Holdings (QVX) said it would cut jobs. QVX shares fell.');
    expect(r.mentionsOf('Quorvex Holdings')).toEqual(['Quorvex Holdings', 'QVX', 'QVX']);
    expect(r.names).not.toContain('QVX');
  });

  it('knows the Islamic State by its acronyms and Arabic name', () => {
    const r = extract('Kurdish fighters drove Islamic State out of the town. ISIS lost ground, and Daesh fighters fled as ISIL weakened.');
    expect(r.mentionsOf('Islamic State')).toEqual(['Islamic State', 'ISIS', 'Daesh', 'ISIL']);
  });
});

describe('resolveEntities: a known company by its registered name', () => {
  it('links the registered name with its legal form to the company the table knows', () => {
    const r = extract('Tencent Holdings Ltd said on Tuesday it would buy a studio. Tencent declined to say more.');
    expect(r.mentionsOf('Tencent')).toEqual(['Tencent Holdings Ltd', 'Tencent']);
  });

  it('keeps the words between the head and the legal form in the registered name ("Group Holding Ltd")', () => {
    const r = extract('Alibaba Group Holding Ltd said on Monday it would open a store. Alibaba declined to say more.');
    expect(r.mentionsOf('Alibaba')).toEqual(['Alibaba Group Holding Ltd', 'Alibaba']);
  });
});

describe('resolveEntities: a company whose name ends in a possessive', () => {
  it('keeps the \'s of a name the table writes with it, and reads a person\'s possessive as before', () => {
    expect(extract("Standard & Poor's said the rating was cut.").named("Standard & Poor's")).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract("Analysts at Moody's said the bonds were safe.").named("Moody's")).toMatchObject({ type: 'ORGANIZATION' });
    expect(extract("Critics said Nora Moody's report was late.").named('Nora Moody')).toMatchObject({ type: 'PERSON' });
  });
});

describe('resolveEntities: the owner of a party', () => {
  it('reads a name no list knows whose possessive owns a party as a person, with its particle', () => {
    expect(extract('Le Quorvan\'s party won the most seats.').named('Le Quorvan')).toMatchObject({ type: 'PERSON' });
    expect(extract('Analysts said Brelloni\'s party had lost ground.').named('Brelloni')).toMatchObject({ type: 'PERSON' });
    expect(extract('Brelloni\'s Party Lost Ground').named('Brelloni')).toBeUndefined();
  });
});

describe('resolveEntities: a place named like a person of the article', () => {
  it('reads a small town after "in" or "near", opening a dateline or before its state as the town, though a person of the article bears its word', () => {
    const r = extract('Storm flattens elevator', 'A storm flattened a grain elevator in Hettinger, officials said. Mara Hettinger, a farmer, lost her barn.', '"It took everything," Hettinger said.');
    expect(r.mentionsOf('Mara Hettinger')).toEqual(['Mara Hettinger', 'Hettinger']);
    expect(r.named('Hettinger')).toMatchObject({ type: 'LOCATION' });
    const d = extract('TILDEN, Neb. (AP) -- The police chief retired on Monday.', 'Chief Ann Tilden said she would stay in town.');
    expect(d.mentionsOf('Ann Tilden')).toEqual(['Ann Tilden']);
    expect(d.named('TILDEN') ?? d.named('Tilden')).toMatchObject({ type: 'LOCATION' });
    expect(extract('The levee broke near Dwight on Sunday.').named('Dwight')).toMatchObject({ type: 'LOCATION' });
    expect(extract('The plan angered Dwight, the union said.').named('Dwight')).not.toMatchObject({ type: 'LOCATION' });
    // Not after "around", nor before an apostrophe: "gathered around Dwight", "in Sturgis' note".
    expect(extract('Aides gathered around Dwight on the stage.').named('Dwight')).not.toMatchObject({ type: 'LOCATION' });
    expect(extract('Mara Sturgis wrote a note. As stated in Sturgis\' note, the plan failed.').mentionsOf('Mara Sturgis')).toEqual(['Mara Sturgis', 'Sturgis']);
    // The last of a list of places after "in" too, but not of a list no preposition opens.
    expect(extract('Milk is processed at plants in Presho and Kimball, the co-ops said.').named('Kimball')).toMatchObject({ type: 'LOCATION' });
    expect(extract('Voters in Presho said Hettinger and Kimball would decide.').named('Kimball')?.type).not.toBe('LOCATION');
    // After a word of naming, "in" takes a language.
    expect(extract('Quorva, as the river is called in Darby, the miners\' old tongue, runs cold.').named('Darby')).not.toMatchObject({ type: 'LOCATION' });
    expect(extract('The river rose in Darby, the miners\' old town.').named('Darby')).toMatchObject({ type: 'LOCATION' });
  });

  it('keeps a town right after a place preposition, or opening a dateline, the town, though a person of the article has its word for surname', () => {
    const r = extract('Dora Paris, a former member, said she was held in Paris for a year. Paris said she escaped in 2009.');
    expect(r.mentionsOf('Dora Paris')).toEqual(['Dora Paris', 'Paris']);
    expect(r.mentionsOf('Paris')).toEqual(['Paris']);
    const d = extract('AMSTERDAM, Feb 11 (Reuters) - Shares rose on Wednesday.', 'Chief executive Sem Amsterdam said the order was the largest yet.');
    expect(d.mentionsOf('Sem Amsterdam')).toEqual(['Sem Amsterdam']);
    expect(d.mentionsOf('Amsterdam')).toEqual(['AMSTERDAM']);
    // A possessive after the preposition is the person's ("in Paris's view").
    expect(extract('Dora Paris left the group. In Paris\'s view, it had changed.').mentionsOf('Dora Paris')).toEqual(['Dora Paris', 'Paris']);
  });

  it('reads a place alone as the place, not as a person of the article by a given name alone, unless the words after it show a person', () => {
    const texas = extract('Rep. Austin Quorvle, the sponsor, spoke first. In Austin, the Senate voted 26-5. Jim Quintell in Austin contributed.');
    expect(texas.mentionsOf('Austin Quorvle')).toEqual(['Austin Quorvle']);
    expect(texas.mentionsOf('Austin')).toEqual(['Austin', 'Austin']);
    const trains = extract('Strikers gathered at Berlin Quorvhof on Tuesday. Trains still ran between Berlin, Hamburg and Munich.');
    expect(trains.mentionsOf('Berlin')).toEqual(['Berlin']);
    expect(extract('Jordan Quorvle said it was hard. Jordan said she would vote against.').mentionsOf('Jordan Quorvle')).toEqual(['Jordan Quorvle', 'Jordan']);
  });

  it('reads a word after a locative phrase ("the town of") as the place, though a person of the article bears it, but not after a direction\'s "north of"', () => {
    const r = extract('Conor Quorton, a tester, was fined on Monday.', 'The club is based in the neighbouring town of Quorton.', 'Quorton said he was sorry.');
    expect(r.mentionsOf('Conor Quorton')).toEqual(['Conor Quorton', 'Quorton']);
    expect(r.mentionsOf('Quorton')).toEqual(['Quorton']);
    expect(r.named('Quorton')).toMatchObject({ type: 'LOCATION' });
    const v = extract('She is staying with her sister in the village of Tellbury.', 'Ann Tellbury, her sister, runs the shop.');
    expect(v.named('Tellbury')).toMatchObject({ type: 'LOCATION' });
    expect(extract('Ann Tellbury lives in the city. North of Tellbury, roads closed.').mentionsOf('Ann Tellbury')).toEqual(['Ann Tellbury', 'Tellbury']);
  });
});

describe('resolveEntities: an untyped name the article makes a place elsewhere', () => {
  // "Goodwin" and "Marsh" are names the lists know (surnames), so only their context types them; the towns are made up.
  it('is that place in a headline, whose capitals give no context', () => {
    const r = extract({ kind: 'title', text: 'Lifeboat Crew Rescue Two Walkers At Goodwin' }, 'Two walkers were rescued from the cliffs near the town of Goodwin on Sunday.');
    expect(r.named('Goodwin')?.type).toBe('LOCATION');
    expect(r.mentionsOf('Goodwin')).toEqual(['Goodwin', 'Goodwin']);
  });

  it('is that place in the body, written where nothing around it types it', () => {
    const r = extract('Two walkers were rescued near the town of Goodwin on Sunday.', 'Goodwin lost power on Monday.');
    expect(r.mentionsOf('Goodwin')).toEqual(['Goodwin', 'Goodwin']);
  });

  it('stays no entity where the article types the words nowhere, or only as a person or an organization by its use', () => {
    expect(extract({ kind: 'title', text: 'Goodwin Walkers Rescued' }, 'Two walkers were rescued on Sunday.').names).toEqual([]);
    expect(extract({ kind: 'title', text: 'Mayor Says Sorry To Goodwin' }, '"It was a long night," the mayor told Goodwin on Monday.').mentionsOf('Goodwin')).toEqual(['Goodwin']);
    const brand = extract({ kind: 'title', text: 'QuorSAT Telescope Detects Radio Burst' }, 'Astronomers using the QuorSAT radio telescope traced the burst.');
    expect(brand.mentionsOf('QuorSAT')).toEqual(['QuorSAT']);
  });

  it('leaves a word of a longer run of capitals outside a headline', () => {
    const r = extract('Two walkers were rescued near the town of Marsh on Sunday.', 'They had walked from Indian Marsh, officials said.');
    expect(r.mentionsOf('Marsh')).toEqual(['Marsh']);
  });
});

describe("resolveEntities: a legislator's party tag", () => {
  it('keeps the town of the tag a place, though a college the article names opens with it', () => {
    const r = extract('State Sen. Orla Quimby, D-Tulare, said she would seek money for Tulare College.');
    expect(r.mentionsOf('Tulare College')).toEqual(['Tulare College']);
    expect(r.entities.find((e) => e.type === 'LOCATION')?.name).toBe('Tulare');
  });
});
