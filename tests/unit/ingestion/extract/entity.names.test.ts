import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { EntityCandidate, EntityType } from '../../../../src/ingestion/annotations';
import { articleFrom, extractTyped } from './entity.article-builder';

/**
 * The rules that keep junk out of the PERSON entities (and type it right), each on a sentence of its
 * own: person names need a given name, a title, a known surname, an initial or, for words no list
 * knows, no sign against them; publications and teams are organizations; and so on.
 */
function extract(...lines: Parameters<typeof articleFrom>[0]) {
  const article = articleFrom(lines);
  const result = extractEntities(article);
  const named = (name: string): EntityCandidate | undefined => result.entities.find((e) => e.name === name);
  const ofType = (type: EntityType): string[] => result.entities.filter((e) => e.type === type).map((e) => e.name);
  const mentionsOf = (name: string): string[] => {
    const key = named(name)?.key;
    return result.mentions.filter((m) => m.entityKey === key).map((m) => article.body.slice(m.start, m.end));
  };
  return { ...result, named, people: ofType('PERSON'), organizations: ofType('ORGANIZATION'), locations: ofType('LOCATION'), mentionsOf };
}

describe('extractEntities: surnames that are also given names', () => {
  it('keeps a given name and a given-name surname together, and resolves the surname alone to them', () => {
    const r = extract('Parents cheered when Nora Spencer, a teacher in the district, spoke at the rally.', '“We need more buses,” said Spencer.');
    expect(r.people).toEqual(['Nora Spencer']);
    expect(r.mentionsOf('Nora Spencer')).toEqual(['Nora Spencer', 'Spencer']);
  });

  it('reads a given name at the end of an unknown name as its surname', () => {
    const r = extract('Our reporter met Tavita Logan outside the courthouse on Friday.');
    expect(r.people).toEqual(['Tavita Logan']);
  });

  it('keeps a chain of given names before a surname', () => {
    const r = extract('Investigators searched for Otto Wade Quimby near the river.');
    expect(r.people).toEqual(['Otto Wade Quimby']);
  });

  it('lets only the word right after a leading given name be an ordinary word', () => {
    const r = extract('She appeared on “The Owen Blake Evening Hour” on Tuesday to talk about schools.');
    expect(r.people).toEqual(['Owen Blake']);
  });
});

describe('extractEntities: initials', () => {
  it('takes the word after an initial as the surname, even a plural-looking one', () => {
    const r = extract('Rep. Lorna K. Meadows (D-Ore.) said the vote was close, and critics such as Selma T. Bell agreed.');
    expect(r.named('Lorna K. Meadows')).toMatchObject({ type: 'PERSON', role: 'Rep.' });
    expect(r.people).toContain('Selma T. Bell');
  });

  it('reads an initial that spells a function word ("A.") as an initial', () => {
    const r = extract('A letter from Dana A. Vega arrived on Monday morning.');
    expect(r.people).toEqual(['Dana A. Vega']);
  });

  it('drops a name that ends in a stray initial', () => {
    const r = extract('The fund was backed by the sisters Greta F. and Ingrid H. Solberg last year.');
    expect(r.people).toEqual(['Ingrid H. Solberg']);
  });
});

describe('extractEntities: organizations that look like people', () => {
  it('types newspapers by their head word as organizations, also after a place name', () => {
    const r = extract('The Charlotte Sentinel and the Abilene Observer both reported the story, as did The Houston Chronicle.');
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual(expect.arrayContaining(['Charlotte Sentinel', 'Abilene Observer', 'Houston Chronicle']));
  });

  it('types a place followed by a plural as a team, not a person', () => {
    const r = extract('Fans of the Austin Badgers filled the stadium on Sunday afternoon.');
    expect(r.people).toEqual([]);
    expect(r.named('Austin Badgers')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('reads a town that is a first name and a word in "s" as a person where the words around show one, a team after "the"', () => {
    const said = extract('"We played well," said Austin Quorvings, who scored 20 points.');
    expect(said.named('Austin Quorvings')).toMatchObject({ type: 'PERSON' });
    const speaks = extract('Austin Quorvings said he was tired after the game.');
    expect(speaks.named('Austin Quorvings')).toMatchObject({ type: 'PERSON' });
    const team = extract('Fans of the Austin Quorvings cheered all night.');
    expect(team.named('Austin Quorvings')).toMatchObject({ type: 'ORGANIZATION' });
  });

  it('starts an organization after a plural word that opens the sentence ("Members of the ...")', () => {
    const r = extract('Members of the Quorvian Farmers Caucus met with reporters and with some local farmers on Friday.');
    expect(r.organizations).toEqual(['Quorvian Farmers Caucus']);
  });
});

describe('extractEntities: phrases that are no person', () => {
  it('does not take a plural last word for a surname', () => {
    expect(extract('The bill expands Fulbright Scholarships for rural students.').people).toEqual([]);
  });

  it('does not take unknown words with a sign against a name: a determiner, quotation marks, an ordinary ending', () => {
    const r = extract(
      'He sold his stake in Brightwater Healthcare last year.',
      'It felt like an episode of “Glass Harbor.” Nobody laughed.',
      'She spoke at the Commander-in-Chief Gala and at the Autumn Symposium, a yearly event.',
    );
    expect(r.people).toEqual([]);
  });

  it('does not take an abbreviated state for a surname (a dateline)', () => {
    expect(extract('We should all be ashamed. Tavita Quimby, Quorvale Calif.').people).toEqual(['Tavita Quimby']);
  });

  it('does not take a group noun for a surname', () => {
    expect(extract('Aid reached the Uyghur Muslim minority last week.').people).toEqual([]);
  });

  it('does not take an inflected word opening the sentence for a given name', () => {
    expect(extract('Dragging Walsh into the dispute was a mistake, aides said.').people).not.toContain('Dragging Walsh');
  });

  it('keeps an unknown given name ending in "-ing" that opens the sentence ("Erling"): no inflection of an English word', () => {
    expect(extract('Torling Vasstrand has scored nine goals this season.').people).toEqual(['Torling Vasstrand']);
    expect(extract('Citing Vasstrand, the coach left early.').people).not.toContain('Citing Vasstrand');
  });

  it('drops a job noun opening the sentence before a full name ("Striker"), as a title', () => {
    expect(extract('Striker Torling Vasstrand scored twice on Sunday.').people).toEqual(['Torling Vasstrand']);
    expect(extract('Novelist Torling Vasstrand said the book was done.').people).toEqual(['Torling Vasstrand']);
  });

  it('drops a compound noun for a person in "-man" or "-woman", or a student of a science, opening the sentence before a full name', () => {
    expect(extract('Fisherman Torling Vasstrand said the catch was poor.').people).toEqual(['Torling Vasstrand']);
    expect(extract('Fisherwoman Ebru Quorvle said the nets were empty.').people).toEqual(['Ebru Quorvle']);
    expect(extract('Volcanologist Ebru Quorvle said the ash was thick.').people).toEqual(['Ebru Quorvle']);
  });

  it('takes "said X" as a cue only when X ends the clause, and never "told X"', () => {
    const r = extract('“We will see,” the governor told Brightwater in an interview.', 'Officials said Medicorp is failing.');
    expect(r.people).toEqual([]);
  });

  it('does not take a word with a capital inside for a surname, unless after a surname prefix', () => {
    const r = extract('On Monday, FactHound announced new rules, and McTavish said the rules were fair.');
    expect(r.people).toEqual(['McTavish']);
  });

  it('does not spell a name with a lower-case letter before a trailing capital (mis-decoded text)', () => {
    expect(extract('The letter was signed by JosÃ©, said an aide.').people).toEqual([]);
    expect(extract('On Monday, President JosÃ© spoke to the press in the capital.').people).toEqual([]);
  });
});

describe('extractEntities: names with evidence', () => {
  it('accepts a first word that is ordinary vocabulary when the surname stands alone later', () => {
    const r = extract('An analysis by Pearl Mabry, a former aide, found gains for most families.', 'The losses would outweigh the gains for some, said Mabry.');
    expect(r.people).toEqual(['Pearl Mabry']);
    expect(r.mentionsOf('Pearl Mabry')).toEqual(['Pearl Mabry', 'Mabry']);
  });

  it('drops a lone ordinary word after "Miss" (a nickname) unless the article names the person in full', () => {
    expect(extract('Fans loved “Miss Sunshine” and the show went on.').people).toEqual([]);
  });

  it('keeps a surname that is an ordinary word after an office ("Gov. Brown") or after "Mr." twice', () => {
    expect(extract('Gov. Brown signed the bill on Friday after a long debate.').people).toEqual(['Brown']);
    expect(extract('Mr. Price spoke first on Monday. Later Mr. Price left the room.').people).toEqual(['Price']);
  });
});

describe('extractEntities: titles', () => {
  it('leaves title words out of the name ("Miss Galaxy Ana Ruiz") and out of later mentions', () => {
    const r = extract('Former Miss Galaxy Ana Ruiz spoke on Monday.', 'Later, Miss Galaxy contestants arrived, and Ruiz waved.');
    expect(r.people).toEqual(['Ana Ruiz']);
    expect(r.mentionsOf('Ana Ruiz')).toEqual(['Ana Ruiz', 'Ruiz']);
  });

  it('reads a month written as a surname after a courtesy title ("Mrs. May") as that surname', () => {
    const r = extract('Prime Minister Nora May spoke on Monday.', 'Later Mrs. May left the room, and Ms. April Quill followed.');
    expect(r.people).toEqual(['Nora May', 'April Quill']);
    expect(r.mentionsOf('Nora May')).toEqual(['Nora May', 'May']);
  });

  it('reads a month written as a given name after an office abbreviated with its dot ("Rep. August Quimbley") as that name', () => {
    const r = extract('Rep. August Quimbley said the committee would vote.');
    expect(r.people).toEqual(['August Quimbley']);
  });

  it('reads ordinary words after a title up to an unknown surname ("Gov. Rose Pearl Holloway")', () => {
    const r = extract('Gov. Rose Pearl Holloway of Vermont signed the bill on Friday.');
    expect(r.named('Rose Pearl Holloway')).toMatchObject({ type: 'PERSON', role: 'Gov.' });
  });

  it('reads an unknown given name and a word also written as a name after a title as one person ("Director Tavessa Young")', () => {
    expect(extract('Budget Director Tavessa Young had warned of a shortfall.').people).toEqual(['Tavessa Young']);
    expect(extract('Director Quenby Monday was away.').people).toEqual(['Quenby']);
  });

  it('reads a title with "of the" inside ("Speaker of the House")', () => {
    const r = extract('Speaker of the House Otto Lindgren praised the plan on Tuesday.', 'In July, Lindgren changed his mind.');
    expect(r.named('Otto Lindgren')).toMatchObject({ role: 'Speaker of the House' });
    expect(r.mentionsOf('Otto Lindgren')).toEqual(['Otto Lindgren', 'Lindgren']);
    // The chamber at the title's end is named too, as in "House Speaker Otto Lindgren".
    expect(r.organizations).toEqual(['US House of Representatives']);
    expect(r.mentionsOf('US House of Representatives')).toEqual(['House']);
  });

  it('reads a foreign article and a given name that is also a word, the two alone, as a surname ("Le Grant")', () => {
    const r = extract('Le Grant’s party won the vote on Sunday.');
    expect(r.people).toEqual(['Le Grant']);
  });

  it('reads a title on each name of a list ("Mr. Galt and Mr. Quimby")', () => {
    const r = extract('But Mr. Galt and Mr. Quimby said the plan was sound.');
    expect(r.people.sort()).toEqual(['Galt', 'Quimby']);
  });
});

describe('extractEntities: places written with abbreviations', () => {
  it('reads "Mt." as a mountain and a compass initial before a known place', () => {
    const r = extract('Climbers left Mt. Kosciuszko at dawn while N. Korea tested a missile.');
    expect(r.named('Mt. Kosciuszko')).toMatchObject({ type: 'LOCATION', kind: 'mountain' });
    expect(r.named('North Korea')).toMatchObject({ type: 'LOCATION', aliases: ['N. Korea'] });
    expect(r.people).toEqual([]);
  });
});

describe('extractEntities: odd input', () => {
  it('survives segments past the end of the body, lone surrogates and marks, and keeps spans inside the body', () => {
    const body = 'Nora Spencer met \udc00 Otto \u0301Quimby in 𝐀𝐁 Paris.\ud800';
    const article = { ...articleFrom([body]), segments: [{ start: 0, end: body.length + 10, kind: 'paragraph' as const, paragraph: 0 }] };
    const result = extractEntities(article);
    expect(result.entities.map((e) => e.name)).toContain('Nora Spencer');
    for (const m of result.mentions) expect(m.end).toBeLessThanOrEqual(body.length);
  });
});

/** Typing from context (issue 15): names no list knows typed by the words around them, the type carried to their other mentions; things named like people kept out of the people. */
describe('extractEntities: typing from context', () => {
  it('reads a name before a word for an organization\'s people as that organization, and every later mention of it too', () => {
    const r = extract('Brightwick reporter Dana Ruiz visited the plant on Monday.', 'Workers told Brightwick that the line would close.');
    expect(r.organizations).toEqual(['Brightwick']);
    expect(r.mentionsOf('Brightwick')).toEqual(['Brightwick', 'Brightwick']);
  });

  it('carries an apposition\'s type to the other mentions of the name', () => {
    const r = extract('Zentrova, a Boston-based company, makes sensors.', 'Analysts expect Zentrova to grow.');
    expect(r.mentionsOf('Zentrova')).toEqual(['Zentrova', 'Zentrova']);
  });

  it('reads "the Institute" after "Vellmar Institute of Marine Studies" as that organization', () => {
    const r = extract('Critics of the Vellmar Institute of Marine Studies met outside its offices on Friday to protest.', 'A spokesman said the Institute denied the claims.');
    expect(r.mentionsOf('Vellmar Institute of Marine Studies')).toEqual(['Vellmar Institute of Marine Studies', 'Institute']);
  });

  it('keeps storms, spacecraft and products named like people out of the people', () => {
    const r = extract(
      'Cyclone Tamsin hit the coast on Monday, and forecasters said Tamsin would weaken.',
      'Space Shuttle Orrin will be retired next year.',
      'Visitors saw the Brennick Polaroid exhibits, and each took home a Polaroid shot with the Polaroid camera.',
    );
    expect(r.people).toEqual([]);
  });

  it('reads a craft named before "spacecraft" or "rover", there and alone, as no person; "probe" (an inquiry too) changes nothing', () => {
    const r = extract('The agency said the Quorvle Tellan spacecraft flew past Venus on Saturday.', 'Quorvle Tellan was launched in October.');
    expect(r.people).toEqual([]);
    expect(extract('Engineers steered the Brennick Daswood rover across the crater.').people).toEqual([]);
    expect(extract('Lawmakers criticised the Robert Quillby probe on Friday.').people).toEqual(['Robert Quillby']);
  });

  it('reads a contest\'s name as no person: a name a contest\'s word ends ("Marathon", "Classic"), and a name a winner won, there and alone', () => {
    const race = extract(
      { kind: 'title', text: 'Kenyan Runner Sets Course Record In Dunedin; Local Teacher Wins Women\'s Marathon' },
      'Kenyan runner Oliver Quade won the Dunedin Marathon on Sunday in 2 hours 12 minutes.',
      'Quade, 27, broke away from a group of four runners near the 30-kilometre mark.',
    );
    expect(race.people).toEqual(['Oliver Quade']);
    expect(extract('The rider Marta Quillon won the Strenza Vallia for a third time on Saturday.', 'She takes Strenza Vallia again.').people).toEqual(['Marta Quillon']);
    expect(extract('The champion Maria Ruiz won the Lena Quorvle award on Friday.').people).toEqual(['Maria Ruiz', 'Lena Quorvle']);
  });

  it('reads a newspaper named after its town, and an agency named after its country, as organizations', () => {
    const r = extract('The report was first published by the Toronto Star on Friday.', 'A spokeswoman for Health Canada said the rules would change in Canada next year.');
    expect(r.organizations).toEqual(['Toronto Star', 'Health Canada']);
    expect(r.mentionsOf('Canada')).toEqual(['Canada']);
  });

  it('reads a town and a masthead word that could be a surname as the newspaper, not a person ("Calgary Sun")', () => {
    const r = extract('A column in the Calgary Sun said the mayor would quit.', 'Valeska Paris spoke later.');
    expect(r.organizations).toEqual(['Calgary Sun']);
    expect(r.people).toEqual(['Valeska Paris']);
  });

  it('reads a short name of an organization as the long one the article names', () => {
    const r = extract('Officials of the Norland Coastal Safety Authority met outside the offices on Monday to talk.', 'A spokesman for the Coastal Safety Authority said the beaches would reopen.');
    expect(r.mentionsOf('Norland Coastal Safety Authority')).toEqual(['Norland Coastal Safety Authority', 'Coastal Safety Authority']);
  });

  it('reads a plural that only another language names a city by as no city ("the Mets")', () => {
    const r = extract('He has written poems about the Mets for twenty years, and he still goes to every home game.');
    expect(r.locations).toEqual([]);
  });

  it('reads a surname that is also an ordinary word opening a sentence as the person named in full', () => {
    const r = extract('The geologist Peter Mason studies how old stones break apart in the cold.', 'Mason explained the method to the visitors on Tuesday.');
    expect(r.mentionsOf('Peter Mason')).toEqual(['Peter Mason', 'Mason']);
    const suffixed = extract('The preacher Dara King Jr. led the long march to the capital.', 'King was arrested at the bridge on Sunday.');
    expect(suffixed.mentionsOf('Dara King Jr.')).toEqual(['Dara King Jr.', 'King']);
  });

  it('reads a newspaper named by one word after "the", and a party written with a lower-case "party"', () => {
    const r = extract('The Guardian reported the plan on Monday, and the Independent agreed with it.', 'She has belonged to the Labour party since her student years in the north.');
    expect(r.organizations).toEqual(['Guardian', 'Independent', 'Labour Party']);
    expect(r.mentionsOf('Guardian')).toEqual(['The Guardian']);
  });

  it('keeps the name of a storm or a spacecraft, written alone later, out of the people and places, and a currency out of the countries', () => {
    const r = extract(
      'Cyclone Tamsin hit the coast on Monday, and the winds of Tamsin will weaken as it moves inland.',
      'Space Shuttle Columbia lifted off in 1981; Columbia was lost in 2003, with damage put at US$ 10 billion.',
    );
    expect(r.people).toEqual([]);
    expect(r.locations).toEqual([]);
  });

  it('reads a place\'s name before "fever", "disease" or "virus" as a disease\'s, no place; a state\'s or a great city\'s before "virus" as the place', () => {
    const r = extract('Cases of Lassa fever rose in Nigeria.', 'Two cases of Quorvle Valley fever and of Brellow River virus were confirmed in Kenya.');
    expect(r.locations).toEqual(['Nigeria', 'Kenya']);
    expect(extract('Florida virus cases hit a record, and Tokyo virus curbs were extended.').locations).toEqual(expect.arrayContaining(['Florida', 'Tokyo']));
  });

  it('reads a demonym before an organization as part of its name, and a country, a compass word and a head as one place', () => {
    const r = extract('A system backed by the British Red Cross was reported on Tuesday.', 'Fires spread along the US West Coast this week, officials said.');
    expect(r.organizations).toEqual(['British Red Cross']);
    expect(r.locations).toEqual(['US West Coast']);
  });

  it('reads a name no list knows before its state as a town there, not a comma before a new clause', () => {
    const r = extract('The document was found on a street in Marrowby, Ontario in a brown envelope.', 'In Group K, Belgium faced Panama on Monday afternoon.');
    expect(r.locations).toContain('Marrowby');
    expect(r.locations).not.toContain('Group K');
  });

  it('reads a club named after its town and a company with a legal form as organizations', () => {
    const r = extract('Manchester United lost to Bolton Wanderers FC on Sunday, and shares of Solvex AG fell.');
    expect(r.organizations).toEqual(['Manchester United', 'Bolton Wanderers FC', 'Solvex AG']);
  });

  it('reads a name before "shares rose" or before ", based in" as an organization, not a person who shares a view', () => {
    const r = extract('Microsoft and Quorvia shares rose on the news, while Tellmark, based in Ohio, said sales fell. Kowalczyk shares the view.');
    expect(r.organizations).toEqual(['Microsoft', 'Quorvia', 'Tellmark']);
  });

  it('reads a name before ", owned by" or ", a unit of" and a name as a company, not before "a unit of" soldiers', () => {
    const r = extract('Tickvanta, owned by Tellmark Group, raised prices. Brevantix, a unit of Quorvia Holdings, did too. Corvale, a unit of soldiers, stayed.');
    expect(r.organizations).toEqual(['Tickvanta', 'Tellmark Group', 'Brevantix', 'Quorvia Holdings']);
  });

  it('reads the noun of an apposition before the participle that qualifies it ("a company based in"), not before a speech verb', () => {
    const r = extract(
      'Brellvantor Hospitality, a company based in Ohio, bid for the land. Quorvatine, a consultancy founded by her family, denied it.',
      'The fund was run by Tellivane Digital, a small charity based in Ohio. It sold the Zorvan Pelt, a spokesperson said.',
    );
    expect(r.organizations).toEqual(['Brellvantor Hospitality', 'Quorvatine', 'Tellivane Digital']);
    expect(r.people).toEqual([]);
  });

  it('reads a given name that is also an ordinary word as a given name ("Frank", "Bill", "Dean"), but not after "Miss" alone', () => {
    const r = extract('Frank Rack got in touch after the team returned from the ice.', 'It was two years from when Frank sent the samples, and Bill Gates and Dean Kamen wrote about it.');
    expect(r.people).toEqual(['Frank Rack', 'Bill Gates', 'Dean Kamen']);
    expect(r.mentionsOf('Frank Rack')).toEqual(['Frank Rack', 'Frank']);
  });

  it('reads a place word after a given name as a surname ("Christopher Hill"), not a street or a park named after a place', () => {
    const r = extract('Voters met Christopher Hill on Monday, while George Street and Victoria Park were closed for the parade.');
    expect(r.people).toEqual(['Christopher Hill']);
  });

  it('reads a given name and a place head with a speech cue as a person ("Frank Ocean said"), a lake or a bay alone as a place', () => {
    const r = extract('Ronny Ocean said the tour would go on, and Maria Lake said she agreed.', 'Both sailed across Wendell Bay.');
    expect(r.people).toEqual(['Ronny Ocean', 'Maria Lake']);
    expect(r.locations).toEqual(['Wendell Bay']);
  });

  it('reads "Ocean" as a sea\'s head only after the word of an ocean the lists know ("North Atlantic Ocean"), not in a company\'s name', () => {
    const r = extractTyped(['Shipbuilders Tellmark Heavy Industries and Quorvan Ocean reported higher profits.', 'Their tankers cross the North Atlantic Ocean.']);
    expect(r.mentions).toContain('Quorvan Ocean O');
    expect(r.mentions).toContain('North Atlantic Ocean L');
  });

  it('reads a given name and a place head as a person when a pronoun of a person or a verb only a person does follows', () => {
    const r = extract('Ronny Ocean released his second record on Friday.', 'Maria Lake died on Sunday.', 'Wendell Bay flooded its shores.');
    expect(r.people).toEqual(['Ronny Ocean', 'Maria Lake']);
    expect(r.locations).toEqual(['Wendell Bay']);
  });

  it('reads one unknown word as a person, not a company, before a verb only a person does or a pronoun of a person', () => {
    expect(extract('Quorvle died in 1998.').people).toEqual(['Quorvle']);
    expect(extract('Tellanova won her third title on Sunday.').people).toEqual(['Tellanova']);
    // A pronoun after another name, an object's "her", a quotation mark or a noun for a person proves nothing of the subject.
    for (const line of ['Quorvle ruled that Brisco Tallmadge was wrong and he resigned.', 'Quorvle hired her in 2019.', 'Quorvle interviewed the owner about his bar.']) {
      expect(extract(line).people.includes('Quorvle')).toBe(false);
    }
  });

  it('reads an "-ly" adverb after one unknown word as no verb: the word told something is not the subject of a pronoun after it', () => {
    expect(extract('Abena Tovrel told Quorvex separately that she hopes to return.').people).toEqual(['Abena Tovrel']);
    expect(extract('The firm told Quorvex quietly that she had left.').people).toEqual([]);
    // The verb after the adverb still makes the word its subject.
    expect(extract('Tellanova quietly won her third title on Sunday.').people).toEqual(['Tellanova']);
  });

  it('reads two unknown words, the last shaped like a plural, as a person before "stepped down" or a verb and a person\'s pronoun', () => {
    expect(extract('Tavo Quorvelmans stepped down as party leader on Thursday.').people).toEqual(['Tavo Quorvelmans']);
    expect(extract('Edgars Quorvelings signed his first decree on Monday.').people).toEqual(['Edgars Quorvelings']);
    expect(extract('Tavo Quorvelmans stepped up output on Thursday.', 'Edgars Quorvelings raised its prices.').people).toEqual([]);
  });

  it('reads a given name that is an ordinary word too before a regnal number as a person ("Benedict XVI"), title or none', () => {
    expect(extract('Benedict XVI resigned in 2013.').people).toEqual(['Benedict XVI']);
    expect(extract('The funeral of Benedict XV was held in Rome.').people).toEqual(['Benedict XV']);
  });

  it('reads words no list knows before "Jr." as a person, though the lexicon counts "Jr." among honorifics', () => {
    expect(extract('Her nephew, Tobenna Quorvani-Ude Jr., said the farm would be sold.').people).toEqual(['Tobenna Quorvani-Ude Jr.']);
  });

  it('reads one name after a noun for a person opening the sentence as a person ("Novelist Quorvle won"), not a company', () => {
    expect(extract('Novelist Quorvle won the prize on Thursday.').people).toEqual(['Quorvle']);
    expect(extract('Singer Tellanía closed the festival.').people).toEqual(['Tellanía']);
    // Not an adjective, nor a word before a noun it modifies.
    expect(extract('Radical Quorvlist groups met on Thursday.').people).toEqual([]);
  });

  it('reads one name after a noun for a person as its label as a person ("the singer Quorvle", "Striker Quorvle"), not a company', () => {
    for (const line of ['The singer Quorvle cancelled the tour.', 'United striker Quorvle fired wide.', 'Defender Quorvle headed clear.', 'Billionaire Quorvle bought the club.']) {
      const r = extract(line);
      expect(r.people).toEqual(['Quorvle']);
      expect(r.organizations).toEqual([]);
    }
    // A firm's trade or kin, a plural or a modifier is no label of a person.
    for (const line of ['Developer Quorvex reported a loss.', 'The property developer Quorvex reported a loss.', "Tellan's parent Quorvex reported a loss."]) {
      expect(extract(line).people).toEqual([]);
    }
    expect(extract('Many people Quorvex surveyed said prices rose.').people).toEqual([]);
    expect(extract('He spoke about radical Quorvism and its leaders.').people).toEqual([]);
  });

  it('reads a country after an ordinary noun as its organization ("Environment Canada"), not after a noun for a person in a title', () => {
    expect(extract('Environment Canada issued a warning.').organizations).toEqual(['Environment Canada']);
    const r = extract('Assistant U.S. Attorney Tevan Orlikko asked for a longer sentence.');
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual(['Tevan Orlikko']);
  });

  it('reads a word written as a plural, subject of a singular verb, as a surname ("Wines believes"), not a plural or a company', () => {
    expect(extract('Wines believes the tax plan will fail in the Senate.').people).toEqual(['Wines']);
    expect(extract('Wines was fourth after the first round.').people).toEqual(['Wines']);
    // A plural verb, a thing's pronoun, a name the article opens with it, a word written so as a plural.
    for (const line of ['Wines say the bill is dead.', 'Wines has closed its stores.', 'Wines Tellan said so. Wines is big.', 'Quorvlenews has learned of the plan.']) {
      expect(extract(line).people.includes('Wines') || extract(line).people.includes('Quorvlenews')).toBe(false);
    }
  });

  it('leaves the place of an event a place ("Fan Expo Canada")', () => {
    const r = extract('Thousands of visitors came to the Fan Expo Canada convention in Toronto this week.');
    expect(r.organizations).toEqual([]);
  });

  it('still reads a person after a given name when the headline is in Title Case', () => {
    const r = extract('Newspaper Interviews Christopher Barnes About Schools', 'Barnes said the schools need more teachers.');
    expect(r.people).toEqual(['Christopher Barnes']);
  });
});

describe('extractEntities: facilities are places', () => {
  it('types a name headed by a building or site as a place, not the body that runs it', () => {
    const r = extract('The orbiter went to the Museum of Flight in Seattle, then to Quorvin Station and the Al-Tamar Hotel near the Grand Mosque.');
    expect(r.locations).toEqual(expect.arrayContaining(['Museum of Flight', 'Quorvin Station', 'Al-Tamar Hotel', 'Grand Mosque']));
    expect(r.organizations).toEqual([]);
  });

  it('reads an air force base as one place, not the air force and a person called Base', () => {
    const r = extract('Two airmen at Quorvle Air Force Base were charged, and the crew flew on to Tellan Space Force Base.');
    expect(r.locations).toEqual(['Quorvle Air Force Base', 'Tellan Space Force Base']);
    expect(r.organizations).toEqual([]);
  });

  it('types a center as a place only after what is done there, and never with a for-phrase', () => {
    const r = extract('Engineers working at the Quorvin Space Center have met with staff of the Quorvin Research Center and with the Centre for Quorvian Studies this week.');
    expect(r.named('Quorvin Space Center')).toMatchObject({ type: 'LOCATION' });
    expect(r.organizations).toEqual(expect.arrayContaining(['Quorvin Research Center', 'Centre for Quorvian Studies']));
  });

  it('types palaces, towers, squares, gardens and halls as places, and "Old" before a known place as part of it', () => {
    const r = extract('The Quorvin Palace said the envoy would visit Brellow Tower, Tellan Square and the City Hall.', 'The derby was played at Old Trafford on Sunday.');
    expect(r.locations).toEqual(expect.arrayContaining(['Quorvin Palace', 'Brellow Tower', 'Tellan Square', 'City Hall', 'Old Trafford']));
    expect(r.people).toEqual([]);
  });

  it('leaves a person named Hall a person', () => {
    const r = extract('Mayor Tom Hall said the hall would close.', 'Orvan Hall said he would return.');
    expect(r.locations).toEqual([]);
  });

  it('types a hill and a street as places, but not a person named Hill nor a paper after "The"', () => {
    const r = extract('Bankers on Wall Street and senators on Capitol Hill met in Brellow Street.', 'Anita Hill spoke later, “The Hill reported.');
    expect(r.locations).toEqual(expect.arrayContaining(['Wall Street', 'Capitol Hill', 'Brellow Street']));
    expect(r.locations).not.toContain('Hill');
    expect(r.people).toEqual(['Anita Hill']);
  });

  it('types avenues, boulevards, roads, canals and plains as places', () => {
    const r = extract('Crowds marched down Brellow Avenue to Marsden Boulevard.', 'Tankers queued at the Velmar Canal off Castlewick Road.', 'Herders crossed the Plains of Quorvan.');
    expect(r.locations).toEqual(expect.arrayContaining(['Brellow Avenue', 'Marsden Boulevard', 'Velmar Canal', 'Castlewick Road', 'Plains of Quorvan']));
    expect(r.organizations).toEqual([]);
  });
});

describe('extractEntities: demonyms inside longer names', () => {
  it('reads a demonym before an organization head as part of that organization, also in a caption', () => {
    const r = extract('Tina Quorvall. Image: Australian Quorvian Committee.', 'The team thanked the Australian Quorvian Committee for its help with the trip this year.');
    expect(r.organizations).toEqual(['Australian Quorvian Committee']);
    expect(r.locations).toEqual([]);
  });

  it('drops a demonym that opens a longer name, but keeps it before a title or an ordinary word', () => {
    const r = extract('Historians of the American Revolution met the Australian Prime Minister and many American poets in the hall.');
    expect(r.mentionsOf('United States')).toEqual(['American']);
    expect(r.mentionsOf('Australia')).toEqual(['Australian']);
  });

  it('joins an organization head, "on" and a name into one organization ("Council on Foreign Relations")', () => {
    const r = extract('She spoke at the Council on Quorvian Relations and later at the Commission on Quorvian Affairs in the city.');
    expect(r.organizations).toEqual(['Council on Quorvian Relations', 'Commission on Quorvian Affairs']);
  });
});

describe('extractEntities: organizations typed by the words around them', () => {
  it('reads a name after "<person> of (the)" as an organization, not a modifier of a noun after it', () => {
    const r = extract('Nathan Quorvall of Demorvisto won a seat, and Gary Tellan of the Neo Quorvians failed; Shiu Tellan of the Social Welfare constituency won.');
    expect(r.organizations).toEqual(['Demorvisto', 'Neo Quorvians']);
  });

  it("reads a possessive name right before a person as that person's organization", () => {
    const r = extract("Voters backed Youngsporation's Baggio Tellan and the candidate Anna Quorvall in the district on Sunday.");
    expect(r.organizations).toEqual(['Youngsporation']);
  });

  it('reads a name after a lower-case noun for a kind of organization as one, but not before a verb', () => {
    const r = extract('The finals saw US team Cloudnine and the localist group Youngsporation, and the company Kowalczyk founded lost.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Cloudnine', 'Youngsporation']));
    expect(r.organizations).not.toContain('Kowalczyk');
  });

  it("reads a name after a word for a company's sale or a holding in it as the company, but not a house or jets", () => {
    const r = extract('Regulators blocked the takeover of Brevantix.', 'Shares in Quorvexa jumped, and a fund took a stake in Tellvaro.');
    expect(r.organizations).toEqual(['Brevantix', 'Quorvexa', 'Tellvaro']);
    expect(extract('He completed the purchase of Blackwood Manor and the purchase of F-35s.').organizations).toEqual([]);
  });

  it('reads a word in capitals alone in brackets after a name as its acronym, though the dictionary knows the word', () => {
    const r = extract('He backed the opposition Quorvan Party (PD), the largest.', 'The Tellvaro Mapping Team (HOT) said it had mapped roads.');
    expect(r.mentionsOf('Quorvan Party')).toEqual(['Quorvan Party', 'PD']);
    expect(r.mentionsOf('Tellvaro Mapping Team')).toEqual(['Tellvaro Mapping Team', 'HOT']);
    expect(extract('Prices (TOP) rose.').organizations).toEqual([]);
  });

  it("reads the agent after 'owned by', 'run by', 'organised by' as an organization, an ordinary word too, but not a person of the article nor a name cut short", () => {
    const r = extract('The mine is 55 percent owned by Quorvacom.', 'The ferries are run by Northern, and the race is organised by Tellvaro Events.', 'The paper was published by the Brevantix Trust.');
    expect(r.organizations).toEqual(['Quorvacom', 'Northern', 'Tellvaro Events', 'Brevantix Trust']);
    const person = extract('Dana Pikewell bought a farm.', 'The farm is owned by Pikewell and run by volunteers.');
    expect(person.organizations).toEqual([]);
    expect(extract('The march was organised by Friends of Quorvle Green, a residents\' group.').organizations).not.toContain('Friends');
  });

  it("reads the agent after 'sold by', 'built by', 'funded by' and 'financed by' as an organization, and the names listed with it", () => {
    const r = extract('The drug, sold by Zembrax and Holvina, is slow to take off.', 'The line was built by Quorvale and financed by the Brellowton Development Fund.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Zembrax', 'Holvina', 'Quorvale', 'Brellowton Development Fund']));
  });

  it("reads a name before a deal's verb phrase or right after a deal's words as a company, an ordinary word too, but not a person's surname", () => {
    const r = extract('Brevantix agreed to acquire Quorvexa for $2 billion.', 'Later, Anvil is in talks to buy a stake in a rival.', 'Investors expect Quorvexa to lose money.');
    expect(r.organizations).toEqual(['Brevantix', 'Quorvexa', 'Anvil']);
    const person = extract('Dana Pikewell runs a fund.', 'Pikewell agreed to buy the remaining shares.');
    expect(person.people).toEqual(['Dana Pikewell']);
    expect(person.organizations).toEqual([]);
  });

  it("reads a name before an analyst's word and a person, or after analysts and 'at' opening a sentence, as the employer", () => {
    const r = extract('Morvantix analyst Dana Pikewell said the stock could double.', 'Analysts at Tellvaro said the deal was cheap.', 'Republican strategist Omar Haddad disagreed.');
    expect(r.organizations).toEqual(['Morvantix', 'Tellvaro']);
    expect(r.people).toEqual(['Dana Pikewell', 'Omar Haddad']);
  });

  it("reads a name after a company's trade noun opening the sentence as the company ('Insurer Quorvle said')", () => {
    const r = extract('Insurer Quorvexa said profit rose.', 'Lender Brevantix said it would cut jobs.');
    expect(r.organizations).toEqual(['Quorvexa', 'Brevantix']);
    expect(r.people).toEqual([]);
  });

  it("reads a name after a company's trade noun as the company, and before a verb of speech too", () => {
    const r = extract('The state oil company Petrovanta said output fell.', 'German automaker Veltrumo recalled cars, trade publication Pollvanta reported.');
    expect(r.organizations).toEqual(['Petrovanta', 'Veltrumo', 'Pollvanta']);
    expect(r.people).toEqual([]);
  });

  it("reads a name after a kind's noun no determiner opens as the company before any verb ('chipmaker Quorvane rose'), not after one ('the advocacy group Brellow set up')", () => {
    const r = extract('Shares of chipmaker Quorvane rose 3%.', 'Budget carrier Vellair cut fares.', 'She left the advocacy group Brellow set up.');
    expect(r.organizations).toEqual(['Quorvane', 'Vellair']);
    // Not a name the article gives a person.
    expect(extract('Dana Tellmoor spoke first.', 'Then union Tellmoor cut talks short.').organizations).toEqual([]);
  });

  it("reads a word and a region before an organization's apposition as the region's body ('Screen Quorvland'), not a place's apposition", () => {
    expect(extract('Screen Scotland, the national screen agency, backed the film.', 'Quorvle Ireland, a tourism body, gave a grant.').organizations).toEqual(['Screen Scotland', 'Quorvle Ireland']);
    expect(extract('Screen Scotland, the region, was cold.').organizations).toEqual([]);
  });

  it("reads a word and a country or region as that place's body where the words around show a body acting", () => {
    // The agent of a passive, a word for its people after it, or a place of two words acting as a subject.
    expect(extract('The race was sanctioned by Tallvex Australia on Monday.').organizations).toEqual(['Tallvex Australia']);
    expect(extract('Tallvex Scotland spokesperson Ann Lee said the plan would work.').organizations).toEqual(['Tallvex Scotland']);
    expect(extract('Tallvex New Zealand said the medal was won.').organizations).toEqual(['Tallvex New Zealand']);
    // A place the lists know whole, or a place alone after "by", stays a place.
    for (const line of ['The plan was backed by Northern Ireland on Monday.', 'The team was beaten by Scotland on Monday.', 'Greater Manchester said the plan would work.']) {
      expect(extract(line).organizations).toEqual([]);
    }
  });

  it("reads a name after a trade's noun and what the trade deals in as the company ('tea maker Quorvings', 'grid operator Quorvgaz'), not after a film's producer or a gas giant", () => {
    const r = extract('The group also owns tea maker Quorvings.', 'The line is run by Romanian state gas grid operator Quorvgaz, officials said.', 'It scored 89 on the review aggregator Quorvcritic.');
    expect(r.organizations).toEqual(['Quorvings', 'Quorvgaz', 'Quorvcritic']);
    expect(extract('The film producer Quorvstein said the movie would open in May.', 'The probe imaged the ice giant Quorvune.').organizations).toEqual([]);
  });

  it("reads the names a plural kind's noun lists as companies ('chocolate makers Quorvex and Tellvane', 'suppliers including Brellow'), not the people a group includes", () => {
    const r = extract('Chocolate makers Quorvex and Tellvane raised prices.', 'Lenders Marvellin and Ostravane said they would appeal.', 'German suppliers including Brellow, Quintell and Vorsk cut jobs.');
    expect(r.organizations).toEqual(['Quorvex', 'Tellvane', 'Marvellin', 'Ostravane', 'Brellow', 'Quintell', 'Vorsk']);
    expect(r.people).toEqual([]);
    // A singular "group" before "including" lists its members; "the companies Kowalczyk founded" is a relative clause.
    expect(extract('A group including Dana Tellmoor met.', 'The companies Kowalczyk founded failed.').organizations).toEqual([]);
  });

  it("leaves a plural for rivals or for firms of a kind opening the sentence out of the names after it ('Rivals Quorvex Energy and ...')", () => {
    const r = extract('Rivals Quorvex Energy and Tellvane Group report on Wednesday.', 'Lenders Ostravane Holdings and Brellow Capital fell.');
    expect(r.organizations).toEqual(['Quorvex Energy', 'Tellvane Group', 'Ostravane Holdings', 'Brellow Capital']);
  });

  it("reads a name no name list knows, read as a person's, as the firm where a job and 'at', a kind's noun before a speech verb that ends the clause, or a list with a firm says so", () => {
    const r = extract(
      'Economists at Quorva Telbanco said the target looked ambitious.',
      'Forty people were released, the rights group Vostra Penal said.',
      'Analysts at Brellow Capital and Ostra Minvelo expect a cut.',
      "Italy's market regulator Quorvob must approve the offer.",
    );
    expect(r.organizations).toEqual(['Quorva Telbanco', 'Vostra Penal', 'Brellow Capital', 'Ostra Minvelo', 'Quorvob']);
    expect(r.people).toEqual([]);
    // A given name the lists know keeps the person before the speech verb.
    expect(extract('Forty people were released, the rights group Dana Tellmoor said.').people).toEqual(['Dana Tellmoor']);
  });

  it('keeps a capitalised ordinal opening the sentence in the company name a line of business ends ("First Quorvex Minerals said")', () => {
    expect(extract('First Quorvex Minerals said output rose.').organizations).toEqual(['First Quorvex Minerals']);
  });

  it("reads a name after a specialist's noun in '-ist' and 'at' as the firm they work at ('meteorologists at Quorvex')", () => {
    expect(extract('Rain was above average, according to meteorologists at Quorvex.').organizations).toEqual(['Quorvex']);
  });

  it("reads a name after a kind of organization before a verb with its object as the subject, the organization", () => {
    const r = extract('The newspaper Quorvan Daily published the story, and the company Kowalczyk founded lost.');
    expect(r.organizations).toEqual(['Quorvan Daily']);
  });

  it("reads a name after a kind of organization before a verb and a capitalised name, its object, as the subject ('newspaper al-Quorva accused Vorland')", () => {
    const r = extract("Vorland's state-owned newspaper al-Quorva accused Tellmoria of plotting.", 'The company Kowalczyk founded Monday lost.');
    expect(r.organizations).toEqual(['al-Quorva']);
  });

  it("reads a whole run right after a person's possessive, before a verb, as the person's organization, but not a work ending its sentence", () => {
    const r = extract("Investors cheered when Nora Quill's Silent Orbit launched a rocket.", "Students read a chapter of Tevan Orlikko's Secret Lantern.");
    expect(r.people).toEqual(['Nora Quill', 'Tevan Orlikko']);
    expect(r.organizations).toEqual(['Silent Orbit']);
  });

  it("reads no organization in a party's leader written possessive before it", () => {
    const r = extract("Orvanek's Brellow Party won the vote, and Tellmann's Quarn Freedom Party lost.");
    expect(r.organizations).toEqual(['Brellow Party', 'Quarn Freedom Party']);
  });

  it("reads a party named by its members' plural after a possessive or \"the\" as the party, not a person, and leaves plain \"Democrats\" out", () => {
    const r = extract("Orvanek's Christian Democrats lost ground to the Social Democrats. Democrats and Republicans in the capital watched.", 'Tellmann said the Free Democrats would join.');
    expect(r.organizations).toEqual(['Christian Democrats', 'Social Democrats', 'Free Democrats']);
    expect(r.people).toEqual(['Tellmann']);
  });
});

describe('extractEntities: where a person name ends', () => {
  it('ends a name before a third word the dictionary writes only in lower case (a caption label too), and ties the surname to it', () => {
    const program = extract('The prints were donated by the Andy Quorhol Photographic Legacy Program last year, and Quorhol would have liked that.');
    const caption = extract('The president wrote to the student Ahmed Quorvall Image: Twitter.', 'Quorvall was invited to visit the school again with his family.');
    expect([program.people, caption.people]).toEqual([['Andy Quorhol'], ['Ahmed Quorvall']]);
    expect([...program.mentionsOf('Andy Quorhol'), ...caption.mentionsOf('Ahmed Quorvall')]).toEqual(['Andy Quorhol', 'Quorhol', 'Ahmed Quorvall', 'Quorvall']);
  });

  it('reads an ice shelf or a glacier as a place', () => {
    const r = extract('This map shows where we found the location of the Quorvin Ice Shelf and of the Tellan Glacier in the Antarctic.');
    expect(r.locations).toEqual(expect.arrayContaining(['Quorvin Ice Shelf', 'Tellan Glacier']));
    expect(r.people).toEqual([]);
  });
});

describe('extractEntities: longer names round a place', () => {
  it('reads a university, "at" and a place as one campus', () => {
    const r = extract('The museum at the University of North Carolina at Greensboro saw more visitors than the one in Durham this year.');
    expect(r.organizations).toEqual(['University of North Carolina at Greensboro']);
    expect(r.locations).toContain('Durham');
    expect(r.locations).not.toContain('Greensboro');
  });

  it('reads a university, a comma and a town, or a country where its name holds no place, as one campus', () => {
    const r = extract('A geologist at the University of Quorvan Studies, Durham (UQSD) said the rocks were old.');
    expect(r.organizations).toEqual(['University of Quorvan Studies, Durham']);
    expect(r.locations).not.toContain('Durham');
    expect(extract('A runner of the University of Quorvish Technology, Portugal held off the field.').organizations).toEqual(['University of Quorvish Technology, Portugal']);
    // A country after a university named by its town is where it is; towns listed after the name are places of their own.
    expect(extract('She studied at the University of Greensboro, Canada.').locations).toContain('Canada');
    expect(extract('Staff of the University of Quorvan Studies, Durham and Greensboro met.').locations).toEqual(expect.arrayContaining(['Durham', 'Greensboro']));
  });

  it('reads "the State of Texas" as a mention of Texas', () => {
    const r = extract('He thanked the people of Houston and the State of Texas for their support of the space program, and Texas cheered.');
    expect(r.mentionsOf('Texas')).toEqual(['State of Texas', 'Texas']);
  });
});

describe('extractEntities: a title\'s "of the" before a noun', () => {
  it('reads no person in "Director of the National Quorvine Nutrition study", and keeps "Speaker of the House Nancy Pelosi"', () => {
    const r = extract('Professor Cres Eastman, Director of the National Quorvine Nutrition study, spoke after Speaker of the House Nancy Pelosi said it was urgent.');
    expect(r.people).toEqual(['Cres Eastman', 'Nancy Pelosi']);
  });
});

describe('extractEntities: initials written together', () => {
  it('reads initials with their dots before a name as a person, not the initials of a place', () => {
    const r = extract('We saw O.J. Quorvall and J.K. Tellanby at the U.S. Steel plant in the town this year.', 'Later Quorvall said it was fine with him.');
    expect(r.people).toEqual(['O.J. Quorvall', 'J.K. Tellanby']);
    expect(r.mentionsOf('O.J. Quorvall')).toEqual(['O.J. Quorvall', 'Quorvall']);
  });
});

describe('extractEntities: a town written with its region', () => {
  it('reads a name after "in" or "from" and before ", <known place>" as a town, but not before a possessive', () => {
    const r = extract('A boy from Quorvington, Texas, met Shalev in Levico Quorme, Trento, and a letter came from Anna Tellanby, Germany\'s envoy.');
    expect(r.locations).toEqual(expect.arrayContaining(['Quorvington', 'Levico Quorme']));
    expect(r.people).toEqual(expect.arrayContaining(['Anna Tellanby']));
    expect(r.people).not.toContain('Levico Quorme');
  });

  it('reads a name after a place preposition and before "in" and a country or region as a town there, but not a plural, nor after "at"', () => {
    const r = extract('Floods swept through Quorvna in eastern Libya, and aid came from Tellbury Quorme in Kenya.');
    expect(r.locations).toEqual(expect.arrayContaining(['Quorvna', 'Tellbury Quorme']));
    const s = extract('Sales at Quorvle in Germany fell, and a plea from Democrats in Ohio was rejected.');
    expect(s.locations).not.toContain('Quorvle');
    expect(s.locations).not.toContain('Democrats');
  });

  it('reads a name that only its shape makes a person, right after "in", as a town, but not after a noun of regard nor when the article names the person so', () => {
    expect(extract('The envoy told reporters in Quorvye Atagan that the truce held.').locations).toEqual(['Quorvye Atagan']);
    expect(extract('Their faith in Tavita Ollenby was misplaced.').people).toEqual(['Tavita Ollenby']);
    expect(extract('Tavita Ollenby said it was fine, and voters in Tavita Ollenby found it so too.').locations).toEqual([]);
    expect(extract('Crowds waited in Sandra Quorvle to see her.').locations).toEqual([]);
  });

  it('reads such a name right after "near" or "at" as a town too, but not after a person\'s job ("an analyst at"), nor a given name\'s', () => {
    expect(extract('Troops clashed with rebels near Quorvye Atagan last year.').locations).toEqual(['Quorvye Atagan']);
    expect(extract('The ore crosses the border at Quorvye Atagan to smelters.').locations).toEqual(['Quorvye Atagan']);
    expect(extract('An analyst at Quorvye Atagan said the shares were cheap.').locations).toEqual([]);
    expect(extract('He took a swipe at Sandra Quorvle on Monday.').locations).toEqual([]);
  });
});

describe('extractEntities: laws and documents are no people', () => {
  it('reads no person in a name that a law or document word ends or follows, and keeps a surname after an initial or a particle', () => {
    const r = extract('Republicans want to repeal the Affordable Quorvan Act and the GNU Free Quorvan License, said Laurence H. Tribe, who met Osama bin Laden once.');
    expect(r.people).toEqual(['Laurence H. Tribe', 'Osama bin Laden']);
  });
});

describe('extractEntities: particles of East African and Arabic names', () => {
  it('keeps "arap", "wa" and "bint" inside a person\'s name', () => {
    const r = extract('President Tavi arap Quorle met Nyoro wa Quimbe and Amira bint Quorvan on Monday.');
    expect(r.people).toEqual(['Tavi arap Quorle', 'Nyoro wa Quimbe', 'Amira bint Quorvan']);
  });

  it('keeps a king named by one word apart from his son named "bin" the king\'s name', () => {
    const r = extract('Vorlandian Crown Prince Tamir bin Quorvan met envoys on Monday.', 'King Quorvan approved the deal, and Prince Tamir signed it.', 'Critics said bin Quorvan had acted alone.');
    expect(r.mentionsOf('Tamir bin Quorvan')).toEqual(['Tamir bin Quorvan', 'Tamir', 'bin Quorvan']);
    expect(r.mentionsOf('Quorvan')).toEqual(['Quorvan']);
  });

  it('reads a surname written later without its joined article ("al-", "el-") as the person named in full, not an organization', () => {
    const r = extract('Vorlandian President Karim al-Tavita met envoys on Monday.', 'Tavita was welcomed by the king.', 'Prime Minister Omar el-Quorvle met them too.', 'Quorvle spoke with the king, and Tavita left before Quorvle spoke again.');
    expect(r.organizations).toEqual([]);
    expect(r.mentionsOf('Karim al-Tavita')).toEqual(['Karim al-Tavita', 'Tavita', 'Tavita']);
    expect(r.mentionsOf('Omar el-Quorvle')).toEqual(['Omar el-Quorvle', 'Quorvle', 'Quorvle']);
  });
});

describe('extractEntities: particles of Filipino, Spanish, Portuguese and Catalan names', () => {
  it('keeps "dela", "de los" and a double surname\'s "e" or "i" inside a person\'s name, and reads its second mention whole', () => {
    const r = extract(
      'Fishing boss Lorena dela Quorvo met Tavio Quorvas e Tellan, Marc Quorvell i Tellat and Ana Quorvez de los Tellos on Monday.',
      'Later dela Quorvo said Quorvas e Tellan had agreed.',
    );
    expect(r.people).toEqual(['Lorena dela Quorvo', 'Tavio Quorvas e Tellan', 'Marc Quorvell i Tellat', 'Ana Quorvez de los Tellos']);
    expect(r.mentionsOf('Lorena dela Quorvo')).toEqual(['Lorena dela Quorvo', 'dela Quorvo']);
    expect(r.mentionsOf('Tavio Quorvas e Tellan')).toEqual(['Tavio Quorvas e Tellan', 'Quorvas e Tellan']);
  });
});

describe('extractEntities: two names in one run', () => {
  it('splits "X of Y and Z University of W" into two organizations, but keeps "Department of Health and Human Services" whole', () => {
    const r = extract('A team from the Quorvin Institute of Technology and Tellan State University of the US met the Department of Health and Human Services.');
    expect(r.organizations).toEqual(['Quorvin Institute of Technology', 'Tellan State University of the US', 'Department of Health and Human Services']);
  });

  it('keeps a given name the lists lack before a known given name in one person ("Hernan Dario Gomez"), and splits after a known word', () => {
    const r = extract('After the match, Hernan Dario Quorvez, the coach, said they learned a lot, and Pan-democrat Gary Tellan agreed with him.');
    expect(r.people).toEqual(['Hernan Dario Quorvez', 'Gary Tellan']);
  });
});

describe('extractEntities: cited authors', () => {
  it('reads the word before "et al." as an author, even an ordinary word opening the sentence', () => {
    const r = extract('These images show the anatomy of the anemone in detail. Image: Daily et al. The samples agree with Quorvall et al. on the timing.');
    expect(r.people).toEqual(['Daily', 'Quorvall']);
  });
});

describe('extractEntities: acronyms used as terms', () => {
  it('types no organization by an acronym the article also writes as a plural ("super QACs"), unless it acts as one', () => {
    expect(extract('Money poured into the QAC this week.', 'Donors formed two more super QACs in May.').organizations).toEqual([]);
    expect(extract('Money poured into the QAC this week.', 'Donors formed two more super QACs in May.', "The QAC's donors cheered.").organizations).toEqual(['QAC']);
  });

  it('types no organization by an acronym the article uses as a term only, but one that also acts as an organization', () => {
    const r = extract(
      'Economists measured the TLX of the region, coders moved to ZML 5, and a photo came from @QRVS.',
      'Officials said the GDX of the state fell, and GDX employees protested.',
      "Edda Brask of VKP won the seat, the BKT fired two shells, and PLRM's leaders cheered with NBKC viewers.",
    );
    expect(r.organizations).toEqual(['GDX', 'VKP', 'BKT', 'PLRM', 'NBKC']);
  });

  it('types an acronym written right before its organization\'s name in brackets as an organization', () => {
    const r = extract('The secretary general of QCE (Quorvan Episcopal Conference), Ada Tellan, has called for calm.');
    expect(r.organizations).toEqual(['QCE', 'Quorvan Episcopal Conference']);
  });

  it('types no organization by an apposition for a kind of things ("the group of chemicals")', () => {
    const r = extract('Healthy ants die sooner when they ingest Quorvane Tellic Species, the group of chemicals that includes peroxide.');
    expect(r.organizations).toEqual([]);
  });
});

describe('extractEntities: organizations in lists', () => {
  it('types a name listed with an organization in an "and" list as an organization, but not after a comma alone', () => {
    const r = extract(
      'The video spread on search engines including Google, Quorvle, and Yahoo, and the money went to the Wikimedia Foundation and Tellan Commons.',
      'According to the Brightwater Institute, Basya Quorm believes the claim.',
    );
    expect(r.organizations).toEqual(expect.arrayContaining(['Quorvle', 'Tellan Commons']));
    expect(r.organizations).not.toContain('Basya Quorm');
  });

  it('types a name listed with an organization whose name a later rewrite joins ("Samsung Electronics", its unit\'s word)', () => {
    expect(extract('Demand rose at Samsung Electronics and Quorvix Chips last year.').organizations).toContain('Quorvix Chips');
  });

  it('types a name listed beside one no rule typed there that the article names elsewhere as an organization', () => {
    const r = extract('The deal removes the main competitor to Brellowmart and Zembrax in 41 towns.', 'Shares of Brellowmart closed higher.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Brellowmart', 'Zembrax']));
  });

  it('leaves such a list after a place\'s preposition alone ("between Huvelo and Nyandra")', () => {
    const r = extract('The race ran between Huvelo and Nyandra on Saturday.', 'Riders climbed into Nyandra, the old royal capital.');
    expect(r.organizations).not.toContain('Huvelo');
  });
});

describe('extractEntities: heads the lexicon lacks', () => {
  it('reads a municipality, a lab and an abbreviated head as organizations, not the place inside them', () => {
    const r = extract('The Municipality of Quorvia asked for the tax, the Tellan Dust Lab scanned the samples, and he left the Sea Org last year.');
    expect(r.organizations).toEqual(['Municipality of Quorvia', 'Tellan Dust Lab', 'Sea Org']);
  });
});

describe('extractEntities: names whose head comes first', () => {
  it('reads an institution named head first in Spanish, Portuguese, Italian or French as one organization, not a person', () => {
    const r = extract('Officials at Instituto Marvela said the school would reopen.', 'Students at the Universidad Técnica de Oruro marched, and Banco Ferrante paid.');
    expect(r.organizations).toEqual(['Instituto Marvela', 'Universidad Técnica de Oruro', 'Banco Ferrante']);
    expect(r.people).toEqual([]);
  });

  it('reads a head word written with its accents ("Université", "Hôpital") and a public body\'s ("Ajuntament", "Museo") as opening the name, the place after "de" its own', () => {
    const r = extract('Officials at the Hôpital Quorvane de Lyon and the Université de Tellmont said so.', 'The Museo Tellan de Bogotá and the Ajuntament de València opened.');
    expect(r.organizations).toEqual(['Hôpital Quorvane de Lyon', 'Université de Tellmont', 'Museo Tellan de Bogotá', 'Ajuntament de València']);
    expect(r.locations).toEqual([]);
  });

  it('keeps a head word inside a longer name where it is no first word ("Tamsui Hospital Station")', () => {
    const r = extract('Riders left Tamsui Hospital Station at noon.');
    expect(r.locations).toEqual(['Tamsui Hospital Station']);
  });

  it('reads a kibbutz as a place', () => {
    expect(extract('She grew up on Kibbutz Ein Tavor in the north.').locations).toEqual(['Kibbutz Ein Tavor']);
  });

  it('reads a name opened by the Arabic word for a valley, a mountain, a well or a ruin as a place, not a person', () => {
    const r = extract('Floods cut the road through Wadi Quzal, and shelling hit Jebel Tarrif.', 'Families fled from Bir Hassoum to Khirbet Umla.');
    expect(r.locations).toEqual(expect.arrayContaining(['Wadi Quzal', 'Jebel Tarrif', 'Bir Hassoum', 'Khirbet Umla']));
    expect(r.people).toEqual([]);
  });

  it('reads a name opened by the Arabic word for a monastery, a house, a village or a gate, or the Spanish or Portuguese word for a hill, a cape, a city or a port, as a place', () => {
    const r = extract(
      'Rain flooded camps in Deir al-Quzal, and strikes hit Beit Tarrif and Kafr Umla.',
      'Ships avoided Bab el-Hassoum.',
      'The telescope stands on Cerro Vornal, and the president visited Cabo Quorvado.',
      'Migrants waited in Ciudad Tarrif and Puerto Quorvle.',
    );
    expect(r.locations).toEqual(['Deir al-Quzal', 'Beit Tarrif', 'Kafr Umla', 'Bab el-Hassoum', 'Cerro Vornal', 'Cabo Quorvado', 'Ciudad Tarrif', 'Puerto Quorvle']);
    expect(r.people).toEqual([]);
  });

  it('reads a square, a gate, a palace or a street that a Romance word opens as a place, across its particles ("Piazza del Quorvo")', () => {
    const r = extract(
      'The race finished on the Piazza del Quorvo in Tarrif, where crowds had waited since dawn.',
      'Police cordoned off the Plaza de la Vornalia after the blast.',
      'Fans marched from the Puerta del Umla to the stadium.',
      'The ceremony at the Palacio de la Quintella was attended by ministers.',
      'Protesters blocked the Avenida Quorvalho and the Rue des Tarrifs.',
    );
    expect(r.locations).toEqual(expect.arrayContaining(['Piazza del Quorvo', 'Plaza de la Vornalia', 'Puerta del Umla', 'Palacio de la Quintella', 'Avenida Quorvalho', 'Rue des Tarrifs']));
    expect(r.people).toEqual([]);
  });

  it('reads each of two places joined by "and" that a place\'s word opens as a place ("Wadi Quzal and Jebel Tarrif")', () => {
    const r = extract('Fighting spread to Wadi Quzal and Jebel Tarrif.', 'Lake Vornel and Wadi Umla flooded.');
    expect(r.locations).toEqual(['Wadi Quzal', 'Jebel Tarrif', 'Lake Vornel', 'Wadi Umla']);
    expect(r.people).toEqual([]);
  });

  it('reads a US township or a Louisiana parish as a place, not a person', () => {
    const r = extract('Police in Quarley Township said the road was shut.', 'Officials in Vornell Parish ordered residents to leave.');
    expect(r.locations).toEqual(['Quarley Township', 'Vornell Parish']);
    expect(r.people).toEqual([]);
  });
});

describe('extractEntities: a compass word before a place', () => {
  it('names a region ("North Florida", "Southern California"), not a person and not the place alone', () => {
    const r = extract('Storms hit North Florida on Monday, and fires burned across Southern California.', 'Later, the storm reached Florida.');
    expect(r.locations).toEqual(expect.arrayContaining(['North Florida', 'Southern California', 'Florida']));
    expect(r.people).toEqual([]);
    expect(r.mentionsOf('Florida')).toEqual(['Florida']);
  });

  it('leaves the names the lists know whole ("North Korea", "West Virginia")', () => {
    const r = extract('North Korea fired a missile, and West Virginia sent aid.');
    expect(r.locations).toEqual(expect.arrayContaining(['North Korea', 'West Virginia']));
    expect(r.locations).not.toContain('Korea');
  });
});

describe('extractEntities: a person named like a town', () => {
  it('reads a town after an office written out and a given name no list knows as the surname, and a name before "and" as ending there', () => {
    const r = extract('Central Bank Governor Quorvo Ueda said rates would stay low.', 'President Santiago Quorvex and Vorland\'s Ana Tellan met, as did Sen. Jordan and Rep. Tellan.');
    expect(r.people).toEqual(['Quorvo Ueda', 'Santiago Quorvex', 'Ana Tellan', 'Jordan']);
    expect(r.locations).toEqual([]);
  });

  it('reads a town the lists know as a person where its possessive owns kin or an innings, or it does what only a person does', () => {
    const r = extract("Vaughan's innings ended on 45, and Wigan's widow spoke later.", 'Islington testified on Monday, as the Duke of Edinburgh died.');
    expect(r.people).toEqual(['Vaughan', 'Wigan', 'Islington']);
    expect(extract("Vaughan's population grew, and Wigan's mayor resigned.").people).toEqual([]);
    // A town has a sister city: "sister" shows no person.
    expect(extract("Wigan's sister city signed the pact.").people).toEqual([]);
  });
});

describe('extractEntities: a compass word after a place (a constituency, a district)', () => {
  it('names a part of a town the lists know ("Glasgow East", "Cardiff Central and Bristol West"), not the town alone', () => {
    const r = extract('Turnout in Glasgow East was low, and Cardiff Central and Bristol West stayed Labour.', 'Sheffield South East was closer.');
    expect(r.locations).toEqual(expect.arrayContaining(['Glasgow East', 'Cardiff Central', 'Bristol West', 'Sheffield South East']));
    expect(r.locations).not.toContain('Glasgow');
    expect(r.people).toEqual([]);
  });

  it('reads a name no list knows and a compass word as a constituency in election copy, a person elsewhere', () => {
    const r = extract('The MP for Quenbury West resigned, and voters in Tarlow North go to the polls.', 'The Marsham South by-election is on Thursday.', 'Dunholt East voted Labour for the first time.');
    expect(r.locations).toEqual(expect.arrayContaining(['Quenbury West', 'Tarlow North', 'Marsham South', 'Dunholt East']));
    expect(r.people).toEqual([]);
    expect(extract('Adam West voted Labour, and Tavi East said he would too.').locations).toEqual([]);
  });
});

describe('extractEntities: a chamber named by an ordinary word after "the"', () => {
  it('reads "the House" as the House of Representatives where its name ends, and no other "House"', () => {
    const r = extract('The bill passed the House on Tuesday and went to the Senate in Washington.', 'Tourists visited the Opera House.');
    expect(r.mentionsOf('US House of Representatives')).toEqual(['House']);
    expect(r.organizations).toEqual(expect.arrayContaining(['US House of Representatives', 'US Senate']));
    expect(extract('House prices rose in Ohio.').organizations).toEqual([]);
  });

  it('leaves a longer name that starts with it whole ("the House Judiciary Committee")', () => {
    const r = extract('Members of the House Ethics Committee met on Monday.');
    expect(r.organizations).toEqual(['House Ethics Committee']);
  });
});

describe('extractEntities: a national body written after its country', () => {
  it('reads "U.S. Republican Party" and "British Labour Party" as the parties the table knows, and no other country\'s body so', () => {
    const r = extract('Leaders of the U.S. Republican Party met on Monday.', 'The British Labour Party and the Russian Senate objected.');
    expect(r.mentionsOf('Republican Party')).toEqual(['U.S. Republican Party']);
    expect(r.mentionsOf('Labour Party')).toEqual(['British Labour Party']);
    expect(r.organizations).not.toContain('US Senate');
  });
});

describe('extractEntities: organizations of the table named without a head word', () => {
  it('reads armed movements and companies the dictionaries lack, or know as a place, as organizations', () => {
    const r = extract('Hezbollah and Boko Haram issued statements, and Toyota said its plant would close.');
    expect(r.organizations).toEqual(['Hezbollah', 'Boko Haram', 'Toyota']);
    expect(r.locations).toEqual([]);
  });
});

describe('extractEntities: ordinary words joined by "and" before an organization head', () => {
  it('keeps "Justice and Progress Party" whole inside a sentence, and splits after a plural or a sentence opener', () => {
    expect(extract('Voters backed the ruling Justice and Progress Party on Sunday.').organizations).toEqual(['Justice and Progress Party']);
    expect(extract('Republicans and Tarvel Party leaders met on Sunday.').organizations).toEqual(['Tarvel Party']);
  });

  it('reads a highway patrol, a state\'s colleges or universities and a town\'s "Advocate" as one organization with the place that opens it', () => {
    const r = extract('Troopers with the Oregon State Highway Patrol and students at Idaho Community Colleges spoke, the Boise Advocate reported.', 'The Universities of Oregon said so.');
    expect(r.organizations).toEqual(['Oregon State Highway Patrol', 'Idaho Community Colleges', 'Boise Advocate', 'Universities of Oregon']);
    expect(r.locations).toEqual([]);
  });

  it('reads a town\'s transport operator ("Bus", "Transit") and a cartel as one organization with the place that opens it', () => {
    const r = extract('Riders said Tampere Bus cut routes and Bergen Transit raised fares.', 'Police blamed the Tellmore Cartel for the killings.');
    expect(r.organizations).toEqual(['Tampere Bus', 'Bergen Transit', 'Tellmore Cartel']);
    expect(r.locations).toEqual([]);
  });

  it('keeps a plural that names no people before "and" in the name ("Parks and Wildlife Department"), with the place that opens it', () => {
    expect(extract('Officials of the Vermont Parks and Quarries Department said so.').organizations).toEqual(['Vermont Parks and Quarries Department']);
    expect(extract('Officials of the Ethics and Tellan Waters Commission met.').organizations).toEqual(['Ethics and Tellan Waters Commission']);
    expect(extract('Workers and Tarvel Union leaders met on Sunday.').organizations).toEqual(['Tarvel Union']);
  });
});

describe('extractEntities: newspapers and parliaments named in other languages', () => {
  it('reads a newspaper headed by a word for newspaper ("Zeitung", "Shimbun", "Ilbo", "Gazeta") as an organization, not a person', () => {
    const r = extract('The story ran in the Kieler Zeitung, the Hokkaido Shimbun, the Busan Ilbo and Gazeta Lubuska on Monday.');
    expect(r.organizations).toEqual(['Kieler Zeitung', 'Hokkaido Shimbun', 'Busan Ilbo', 'Gazeta Lubuska']);
    expect(r.people).toEqual([]);
  });

  it('reads the parliaments and agencies of the table by their own names', () => {
    const r = extract('The Knesset and the Verkhovna Rada voted, Kyodo reported.');
    expect(r.organizations).toEqual(['Knesset', 'Verkhovna Rada', 'Kyodo']);
  });
});

describe('extractEntities: a Spanish second surname that is a place', () => {
  it('keeps a place ending a three-word name after a person\'s title whole, though no list knows the given name', () => {
    expect(extract('Chilean lawmaker Paloma Quorvle Toledo said the vote was valid.').people).toEqual(['Paloma Quorvle Toledo']);
    expect(extract('Senator Paloma Quorvle Toledo said the vote was valid.').people).toEqual(['Paloma Quorvle Toledo']);
    expect(extract('The Quorvex Energy Toledo plant closed.').people).toEqual([]);
  });

  it('keeps a place ending a longer name whole: after more given names and particles, before a lower-case "and" or a generational word', () => {
    expect(extract('Rosa Maria de Quorvel Lima, a Brazilian painter, died on Friday.').people).toEqual(['Rosa Maria de Quorvel Lima']);
    expect(extract('Marisol de la Quorvex Ibarra won the Golden Lion.').people).toEqual(['Marisol de la Quorvex Ibarra']);
    expect(extract('She is survived by two nieces, Ana Clara Quorvel Lima and Beatriz Quorvel Lima.').people).toEqual(['Ana Clara Quorvel Lima', 'Beatriz Quorvel Lima']);
    expect(extract('Her nephew, Carlos Quorvel Lima Neto, said she had been ill.').people).toEqual(['Carlos Quorvel Lima Neto']);
    expect(extract('Maria Quintell and Quorvel Lima met.').locations).toContain('Lima');
  });

  it('takes a country after a skier\'s name in a results line for her country, no surname', () => {
    const r = extract('2. Petra Quorvel Slovakia 1:48.33');
    expect([r.people, r.locations]).toEqual([['Petra Quorvel'], ['Slovakia']]);
  });
});

describe('extractEntities: short surnames that are closed-class words', () => {
  it('keeps a capitalised "To" or "Or" that ends a name after a given name or a surname inside a sentence', () => {
    expect(extract('The plan was flawed, lawmaker Marcus To said on Monday.').people).toEqual(['Marcus To']);
    expect(extract('Voters elected district councillor Hughes Or with 5,000 votes.').people).toEqual(['Hughes Or']);
  });

  it('still cuts the word in a headline and at a sentence start', () => {
    const r = extract('Marcus To Visit Brellow On Friday');
    expect(r.people).not.toContain('Marcus To');
  });

  it('keeps the last syllable of a Korean given name written apart ("Moon Jae In"), one person with "Moon Jae-in"', () => {
    const r = extract('Former President Quon Daejo In said peace was possible.', 'Quon Daejo-in met the envoy on Friday.');
    expect(r.people).toEqual(['Quon Daejo In']);
    expect(r.mentionsOf('Quon Daejo In')).toEqual(['Quon Daejo In', 'Quon Daejo-in']);
  });
});

describe('extractEntities: an organization of-phrase ends at a known place before another name', () => {
  it('ends "University of Texas Arlington" before a student group or a person', () => {
    const r = extract('Members of the University of Texas Arlington Quorvan Student Association met on Friday. University of Texas Arlington Rima Kessat spoke.');
    expect(r.organizations).toEqual(['University of Texas Arlington', 'Quorvan Student Association']);
    expect(r.people).toEqual(['Rima Kessat']);
  });

  it('keeps a place with ordinary words after it whole', () => {
    const r = extract('She works at the University of Texas Medical Branch, and her book came out from the University of California Press.');
    expect(r.organizations).toEqual(['University of Texas Medical Branch', 'University of California Press']);
  });
});

describe('extractEntities: a foreign politician before "of" and a party', () => {
  it('splits "Orvan Velloway of the Tellan Party" into the person and the party when the lists know neither name', () => {
    const r = extract('Orvan Velloway of the Tellan Party said on Monday that taxes would rise.');
    expect(r.people).toEqual(['Orvan Velloway']);
    expect(r.organizations).toEqual(['Tellan Party']);
  });

  it('keeps a name whose words before "of" are ordinary words whole', () => {
    expect(extract('She joined the Brellow Institute of Technology in May.').organizations).toEqual(['Brellow Institute of Technology']);
  });
});

describe('extractEntities: appositions with a possessive', () => {
  it('types a name by the noun of "the nation\'s biggest insurer" and "the city\'s mayor"', () => {
    const r = extract("Brellax, the nation's biggest insurer, agreed. Velkor, the city's mayor, said no.");
    expect(r.organizations).toEqual(['Brellax']);
    expect(r.people).toEqual(['Velkor']);
  });
});

describe('extractEntities: cities whose names open with a foreign article', () => {
  it('finds El Paso, Des Moines and Le Mans, mid-sentence and at a sentence start, as the gazetteer cities', () => {
    const r = extract(
      'The storm reached El Paso on Monday, and voters in Des Moines waited for the results.',
      'Des Moines police closed two roads. Fans drove to Le Mans for the race.',
    );
    expect(r.locations).toEqual(expect.arrayContaining(['El Paso', 'Des Moines', 'Le Mans']));
    expect(r.mentionsOf('Des Moines')).toEqual(['Des Moines', 'Des Moines']);
    expect(r.people).toEqual([]);
  });
});

describe('extractEntities: wire datelines', () => {
  it('reads the word after a dateline\'s spaced hyphen as a sentence start, not part of the name ("The")', () => {
    const r = extract('OSLO (Reuters) - The Norwegian Refugee Council said on Monday it would close two offices.');
    expect(r.mentionsOf('Norwegian Refugee Council')).toEqual(['Norwegian Refugee Council']);
  });

  it('keeps a given name after a doubled hyphen inside a sentence', () => {
    const r = extract('I have an idea -- Ingrid and I wrote it together.');
    expect(r.people).toEqual(['Ingrid']);
  });
});

describe('extractEntities: a brand and its line of business', () => {
  it('reads a word no list knows before a line of business in mining, materials, property or German engineering as a company, no person', () => {
    const r = extract('Quorvan Mining said output rose.', 'Varrow Properties said rents rose, and Norland Materials raised its forecast.', 'Analysts cut their rating on Orlen Technik.', 'Quorvex Chemie said profit fell.');
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual(['Quorvan Mining', 'Varrow Properties', 'Norland Materials', 'Orlen Technik', 'Quorvex Chemie']);
  });
});

describe('extractEntities: a company before its officer', () => {
  it('reads a name no list knows before a company officer\'s title and its holder as the company', () => {
    const r = extract('Quorvle Chief Executive Ann Lee said sales would rise.', 'Tellanex Chairman Omar Haddad resigned on Friday.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Quorvle', 'Tellanex']));
    expect(r.people).toEqual(expect.arrayContaining(['Ann Lee', 'Omar Haddad']));
  });

  it('reads a name before a lower-case officer\'s title, a leader\'s title or "and its founder" as the organization, not a person\'s word nor a people', () => {
    const r = extract(
      'Quorvex chief executive Ann Lee said demand had fallen.',
      'Tellanite President Omar Haddad called a strike.',
      'Regulators charged Brellofin and its founder Ravi Mehta.',
      'Nora Vask won. Vask campaign spokesman Bo Chen said so.',
      'North Quarnish President Ida Holm said.',
    );
    expect(r.organizations).toEqual(expect.arrayContaining(['Quorvex', 'Tellanite', 'Brellofin']));
    expect(r.organizations).not.toContain('Vask');
    expect(r.organizations).not.toContain('North Quarnish');
    expect(r.people).toEqual(expect.arrayContaining(['Ann Lee', 'Omar Haddad', 'Ravi Mehta', 'Nora Vask', 'Bo Chen']));
  });

  it('reads a name before a lower-case "boss" and the person as the organization the person leads', () => {
    const r = extract('Quorvex boss Ann Lee said fares would rise.');
    expect(r.organizations).toEqual(['Quorvex']);
    expect(r.people).toEqual(['Ann Lee']);
  });

  it('reads a name before "chief" and the person as the organization the person leads, a word of the tenure opening the sentence left out', () => {
    for (const line of ['Former Quorvex chief Ann Lee said fares would rise.', 'Acting Quorvex chairman Ann Lee said fares would rise.', 'He met Quorvex chief Ann Lee.']) {
      const r = extract(line);
      expect(r.organizations).toEqual(['Quorvex']);
      expect(r.people).toEqual(['Ann Lee']);
    }
    // An ordinary word before "chief" is no organization's name.
    expect(extract('Bureau chief Ann Lee said fares would rise.').organizations).toEqual([]);
  });

  it('leaves a place before an office of a place a place', () => {
    const r = extract('Texas Governor Greg Abbott signed the bill.');
    expect(r.locations).toContain('Texas');
    expect(r.organizations).toEqual([]);
  });
});

describe('extractEntities: football clubs named by their towns', () => {
  it('reads a club word before a town as the club, and a short one only in capitals', () => {
    const r = extract('Borussia Tampere beat Inter Tampere and AS Tampere.', 'As Tampere slept, the mayor spoke.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Borussia Tampere', 'Inter Tampere', 'AS Tampere']));
    expect(r.organizations).not.toContain('As Tampere');
    expect(r.people).toEqual([]);
  });

  it('reads the town of a club the article names in full as the club, alone, and as the town after a place preposition', () => {
    const r = extract('Borussia Tampere were held 2-2 on Saturday.', 'Tampere twice came from behind.', 'Police in Tampere said the match passed off peacefully.');
    expect(r.mentionsOf('Borussia Tampere')).toEqual(['Borussia Tampere', 'Tampere']);
    expect(r.locations).toContain('Tampere');
  });

  it('reads a town that opens the name of the one club the article names, standing where a team does, as the club; as the town elsewhere', () => {
    const r = extract(
      'Oulu Harriers beat Kestrel United 3-1 at home on Saturday in the league.',
      'Oulu took the lead after ten minutes. Oulu stay seventh, and the win lifts Oulu to fourth.',
      'Police in Oulu said the match passed off peacefully. Oulu has a new library.',
    );
    expect(r.mentionsOf('Oulu Harriers')).toEqual(['Oulu Harriers', 'Oulu', 'Oulu', 'Oulu']);
    expect(r.locations).toContain('Oulu');
  });

  it('reads such a town before an adverb and a verb of a match, or before a verb in the plural, as the club; as the town before a singular or after "and"', () => {
    const r = extract(
      'Kuopio Falcons beat Kestrel United 3-1 at home on Saturday in the league.',
      'Kuopio never trailed after the break. Kuopio travel to Lahti on Wednesday, and Kuopio are third.',
      'Kuopio hosts a jazz festival in June. Both Lahti and Kuopio are cities of about 120,000 people.',
    );
    expect(r.mentionsOf('Kuopio Falcons')).toEqual(['Kuopio Falcons', 'Kuopio', 'Kuopio', 'Kuopio']);
    expect(r.locations).toContain('Kuopio');
  });

  it('reads a town the match report never names a club of, where a team stands in the table or as the subject of a clause of who, as the club; as the town elsewhere', () => {
    const r = extract(
      'Quorvane Rovers beat Kestrel United 2-0 at home on Saturday in the league, their striker scoring twice.',
      'Kuopio stayed second after a 1-1 draw with Brellow Athletic. Joensuu, who won in Vaasa through a late goal, are fourth.',
      'Police in Kuopio said the crowd was calm. Kuopio, which hosts a jazz festival, is a city of 120,000.',
    );
    expect(r.organizations).toEqual(expect.arrayContaining(['Kuopio', 'Joensuu']));
    expect(r.locations).toEqual(expect.arrayContaining(['Kuopio', 'Vaasa']));
    expect(r.locations).not.toContain('Joensuu');
  });

  it('reads a town of two words that opens the name of the one club the article names, standing where a team does, as the club', () => {
    const r = extract(
      'Puerto Montt Rovers beat Kestrel United 3-1 at home on Saturday in the league.',
      'Puerto Montt never trailed after the break, and Puerto Montt equalised in the league table.',
      'Police in Puerto Montt said the crowd was calm.',
    );
    expect(r.mentionsOf('Puerto Montt Rovers')).toEqual(['Puerto Montt Rovers', 'Puerto Montt', 'Puerto Montt']);
    expect(r.locations).toContain('Puerto Montt');
  });

  it('reads the town of a bank the article names by its word and the town ("Banca di Tampere") as the bank, alone, and as the town after a place preposition', () => {
    const r = extract('Quorvex agreed to buy Banca di Tampere for 2 billion euros.', 'The offer values Tampere at 0.9 times book value.', 'Staff in Tampere were told on Monday.');
    expect(r.mentionsOf('Banca di Tampere')).toEqual(['Banca di Tampere', 'Tampere']);
    expect(r.locations).toContain('Tampere');
  });

  it('reads a German, Central or Eastern European or Israeli club word before a town as the club, not a person', () => {
    const r = extract('Eintracht Tampere lost at home, and Sparta Tampere beat Maccabi Tampere.', 'Hertha Tampere fans clashed with police.');
    expect(r.organizations).toEqual(['Eintracht Tampere', 'Sparta Tampere', 'Maccabi Tampere', 'Hertha Tampere']);
    expect(r.people).toEqual([]);
  });
});

describe('extractEntities: a company written with its legal form', () => {
  it('ties a company the lists know, written with its legal form or "& Co", to its name', () => {
    const r = extract('Wells Fargo & Co said profits rose, and Exxon Mobil Corp agreed.', 'Later, Wells Fargo cut jobs while Exxon Mobil hired.');
    expect(r.mentionsOf('Wells Fargo')).toEqual(['Wells Fargo & Co', 'Wells Fargo']);
    expect(r.mentionsOf('ExxonMobil')).toEqual(['Exxon Mobil Corp', 'Exxon Mobil']);
  });

  it('reads an acronym written with an ampersand ("QX&T", "Q&V") as a company, and a term so written ("R&D", "M&A") as none', () => {
    const r = extract('QX&T said on Tuesday that profit rose, and Q&V cut prices.', 'Spending on R&D fell as M&A deals slowed.');
    expect(r.organizations).toEqual(['QX&T', 'Q&V']);
  });

  it('parts two institutions joined by "and" when the second ends the run with its own head ("University of Quorvan and Brellix State University")', () => {
    const r = extract('The University of Quorvan and Brellix State University will share the grant.', 'The Department of Quorvan Health and Human Services agreed.');
    expect(r.organizations).toEqual(['University of Quorvan', 'Brellix State University', 'Department of Quorvan Health and Human Services']);
  });

  it('parts a brand\'s one word and a second company ending in a bank\'s or an investor\'s head ("Zembrax and Holvina Bank"), but not a public body\'s name', () => {
    const r = extract('Economists at Zembrax and Holvina Bank moved their forecasts.', 'Investors include Quorvasek and Brellhouse Capital.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Zembrax', 'Holvina Bank', 'Quorvasek', 'Brellhouse Capital']));
    expect(extract('The Quorvedale and Tellness Council said on Monday.').organizations).toEqual(['Quorvedale and Tellness Council']);
  });

  it('reads a charity the table knows whose name holds "the" as one organization ("Save the Children")', () => {
    const r = extract('Save the Children said aid had not reached Quorvan Province.', 'Friends of the Earth agreed.');
    expect(r.organizations).toEqual(['Save the Children', 'Friends of the Earth']);
  });

  it('reads two acronyms joined by a hyphen ("QFL-CVO") as one organization, but not a pair of known names ("UK-EU")', () => {
    const r = extract('Workers and the QFL-CVO backed the strike, and the ZRNU-PV party agreed.', 'UK-EU talks resumed on Monday.');
    // The pair is two names, each its own mention: the United Kingdom and the European Union.
    expect(r.organizations).toEqual(['QFL-CVO', 'ZRNU-PV', 'European Union']);
  });

  it('leaves a word for a rival or a parent opening the sentence out of the company name with a legal form after it, but not an ordinary word of the name', () => {
    const r = extract('Rival Quorvle Micro Devices Inc fell.', 'Parent Brellix Holdings Ltd said profit rose.', 'General Tellan Motors Co said.');
    expect(r.organizations).toEqual(['Quorvle Micro Devices Inc', 'Brellix Holdings Ltd', 'General Tellan Motors Co']);
  });

  it('reads a company named with its web domain before its legal form ("Quorvle.com Inc") as one name', () => {
    const r = extract('Quorvle.com Inc said sales rose.', 'Brellix.com BV was fined.');
    expect(r.organizations).toEqual(['Quorvle.com Inc', 'Brellix.com BV']);
    expect(r.people).toEqual([]);
  });
});
