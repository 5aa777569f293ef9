import { tokenizeArticle, surfaceOf } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { articleFrom } from './entity.article-builder';

/** Each finding of `lines` as [kind, its text, and the name, role or dictionary type it carries]. */
function findings(...lines: Parameters<typeof articleFrom>[0]): [string, string, string | null][] {
  const doc = tokenizeArticle(articleFrom(lines));
  return classifyEntities(doc).map((f) => {
    const text = surfaceOf(doc, f.first, f.last);
    if (f.kind === 'dict') return [f.kind, text, f.hit.type];
    if (f.kind === 'person') return [f.kind, text, f.role];
    if (f.kind === 'place') return [f.kind, text, f.placeKind];
    if (f.kind === 'org') return [f.kind, text, f.name];
    return [f.kind, text, f.cue ? 'cue' : null];
  });
}

describe('classifyEntities', () => {
  it('finds names the lists know: organizations, countries, demonyms, cities', () => {
    expect(findings('NATO troops left Kyiv for Poland. Ukrainian officials watched.')).toEqual([
      ['dict', 'NATO', 'ORGANIZATION'],
      ['dict', 'Kyiv', 'CITY'],
      ['dict', 'Poland', 'COUNTRY'],
      ['dict', 'Ukrainian', 'DEMONYM'],
    ]);
  });

  it('reads a town before one capitalised place word that ends the run as one place ("Kettering Shoal"), not before a club\'s or a person\'s word', () => {
    expect(findings('Fishing boats were turned away near Kettering Shoal on Monday.')).toContainEqual(['place', 'Kettering Shoal', 'region']);
    expect(findings('Trains stopped at Kettering Junction.')).toContainEqual(['place', 'Kettering Junction', 'region']);
    expect(findings('Fans of Kettering City cheered.')).not.toContainEqual(['place', 'Kettering City', 'region']);
    expect(findings('The flowers of Kettering Park bloomed.')).not.toContainEqual(['place', 'Kettering Park', 'region']);
    expect(findings('Talks on Kettering Heights Road went on.')).not.toContainEqual(['place', 'Kettering Heights', 'region']);
  });

  it('reads a town and a word no list knows as a person\'s name beside a lower-case "and" too ("Kettering Quorvel and Ann Brellow voted")', () => {
    expect(findings('Kettering Quorvel and Ann Brellow voted against the plan.')).toEqual([
      ['person', 'Kettering Quorvel', null],
      ['person', 'Ann Brellow', null],
    ]);
    expect(findings('Ann Brellow and Kettering Quorvel voted for it.')).toContainEqual(['person', 'Kettering Quorvel', null]);
    // A town beside a word the lists know, or two towns, stay towns.
    expect(findings('Buses ran between Kettering and Nuneaton on Monday.')).toEqual([
      ['dict', 'Kettering', 'CITY'],
      ['dict', 'Nuneaton', 'CITY'],
    ]);
  });

  it('reads a given name alone after "a" or "an" as an award, no person ("won an Oscar"), but not a surname ("a Kennedy") or a name before its noun', () => {
    expect(findings('The actress won an Oscar and a Tony in the same year.')).toEqual([]);
    expect(findings('Voters asked what a Hill administration would change.')).toContainEqual(['person', 'Hill', null]);
    expect(findings('It was a Kennedy who won the seat.')).toEqual([['partial', 'Kennedy', null]]);
  });

  it('reads a given name, a nickname in quotation marks and the name after it as three names of a person, a town\'s name too ("Salerno")', () => {
    expect(findings('Police arrested Raymond "Big Ray" Quimby III on Monday.')).toEqual([
      ['person', 'Raymond', null],
      ['person', 'Big Ray', null],
      ['person', 'Quimby III', null],
    ]);
    expect(findings('Marta "Mo" Quintell watched the vote.').map(([kind]) => kind)).toEqual(['person', 'person', 'person']);
    expect(findings('Anthony “Fat Tony” Salerno denied the charges.').slice(0, 3)).toEqual([
      ['person', 'Anthony', null],
      ['person', 'Fat Tony', null],
      ['person', 'Salerno', null],
    ]);
  });

  it('reads a name before an apposition headed by a place noun as that place, after a place preposition too', () => {
    expect(findings('The worst damage was around Vellamora, a territory on the shores of the lake.')).toEqual([['place', 'Vellamora', 'region']]);
    expect(findings('Then gunmen attacked Zorinsk, a town near the border.')).toEqual([['place', 'Zorinsk', 'city']]);
    expect(findings('He moved to Ostrava Vela, a suburb of the capital.')).toEqual([['place', 'Ostrava Vela', 'city']]);
    // The noun is the phrase's last: "a village doctor" is a person, "a city councilwoman" too.
    expect(findings('They thanked Gavrilo, the village doctor.')).toEqual([['person', 'Gavrilo', null]]);
  });

  it('reads a name before an apposition headed by a capitalised word for a party\'s or a faith\'s member as a person ("Quorvle, a Democrat from Ohio,")', () => {
    expect(findings('Quorvle, a Democrat from Ohio, voted against the measure.')).toContainEqual(['person', 'Quorvle', null]);
    expect(findings('Quintell, a Catholic, attended.')).toContainEqual(['person', 'Quintell', null]);
    // An adjective before a lower-case noun leaves it to the noun: "a Democratic stronghold" names no person.
    expect(findings('Quorvle, a Democratic stronghold, voted for her.')).not.toContainEqual(['person', 'Quorvle', null]);
  });

  it('reads a name after or before a player\'s position as a person ("forward Quorvex", "Quorvle, the Welsh fly-half,")', () => {
    expect(findings('Quorvex, the Argentine forward who played in Spain, retired.')).toContainEqual(['person', 'Quorvex', null]);
    expect(findings('The club signed forward Quintell on Monday.')).toContainEqual(['person', 'Quintell', null]);
    expect(findings('Quorvle, the Welsh fly-half, was injured.')).toContainEqual(['person', 'Quorvle', null]);
  });

  it('reads a name before an apposition headed by a seeding or a person\'s age as a person ("Quorvle, the top seed,", "Quorvle, the 34-year-old,")', () => {
    expect(findings('Quorvle, the top seed, faces Quintell in the semi-finals.')).toContainEqual(['person', 'Quorvle', null]);
    expect(findings('Quorvle, the 34-year-old, retired in June.')).toContainEqual(['person', 'Quorvle', null]);
    // An age no person reaches names none: "the 150-year-old" is a firm's or a building's.
    expect(findings('Quorvle, the 150-year-old, closed in June.')).not.toContainEqual(['person', 'Quorvle', null]);
  });

  it('reads a compound of a holder and a participle before a name as no part of it ("Quorvian-occupied West Bank")', () => {
    expect(findings('Troops raided a camp in the Quorvian-occupied West Bank.')).toEqual([
      ['partial', 'Quorvian-occupied', null],
      ['dict', 'West Bank', 'REGION'],
    ]);
  });

  it('reads roads and a city\'s sides by their capitalised heads, "Lake" or "Mount" before a known place as one name, and "Little" before one as a neighbourhood\'s', () => {
    expect(findings('Traffic stopped on the Quarnby Expressway and the Vellamora Highway.')).toEqual([
      ['place', 'Quarnby Expressway', 'region'],
      ['place', 'Vellamora Highway', 'region'],
    ]);
    expect(findings('The boats on Lake Victoria and climbers on Mount Kenya waited.')).toEqual([
      ['place', 'Lake Victoria', 'lake'],
      ['place', 'Mount Kenya', 'mountain'],
    ]);
    expect(findings('The fire started on the Upper West Side and spread to Little Haiti.')).toEqual([
      ['place', 'Upper West Side', 'region'],
      ['place', 'Little Haiti', 'region'],
    ]);
  });

  it('reads landmarks and landforms by their heads and "Cape" by its opening ("Quarnby Reef", "Vellamora Gap", "Cape Quarnat")', () => {
    expect(findings('Two divers left the Quarnby Reef. Migrants crossed the Vellamora Gap.').filter(([kind]) => kind === 'place')).toEqual([
      ['place', 'Quarnby Reef', 'region'],
      ['place', 'Vellamora Gap', 'region'],
    ]);
    expect(findings('The yacht rounded Cape Quarnat near the Tellby Dam.')).toEqual([
      ['place', 'Cape Quarnat', 'region'],
      ['place', 'Tellby Dam', 'facility'],
    ]);
  });

  it('reads an island\'s name opened by the word for an island in another language as an island, but not a person so named who speaks', () => {
    expect(findings('Two divers went missing off Koh Quarnat.')).toEqual([['place', 'Koh Quarnat', 'island']]);
    expect(findings('The ferry sank off Pulau Vellang.')).toEqual([['place', 'Pulau Vellang', 'island']]);
    expect(findings('Holidaymakers left Isla Quarnera on Friday.')).toContainEqual(['place', 'Isla Quarnera', 'island']);
    expect(findings('Koh Quarn Vell said the bank would grow.')[0][0]).not.toBe('place');
  });

  it('reads a name opened by an island\'s word that is a given name too ("Isla") as a person after a noun for a person or before "who"', () => {
    expect(findings('Actress Isla Quarnera, 87, starred in 40 films.')[0][0]).not.toBe('place');
    expect(findings('The ferry carried Isla Quarnera, who was 87, home.')[0][0]).not.toBe('place');
    expect(findings('Tourist Isla Quarnera beaches were closed.')).toContainEqual(['place', 'Isla Quarnera', 'island']);
  });

  it('reads a name opened by the French, Romansh, Italian or Gaelic word for a mountain or a lake as that place, not a person', () => {
    expect(findings('Two climbers died on Mont Quarnel on Sunday.')).toEqual([['place', 'Mont Quarnel', 'mountain']]);
    expect(findings('Snow closed the pass below Piz Vellang.')).toEqual([['place', 'Piz Vellang', 'mountain']]);
    expect(findings('Fog lay over Lac Quorvle and Lago Quintell.')).toEqual([
      ['place', 'Lac Quorvle', 'lake'],
      ['place', 'Lago Quintell', 'lake'],
    ]);
    expect(findings('The divers searched Loch Vellan and Lough Quarn.')).toEqual([
      ['place', 'Loch Vellan', 'lake'],
      ['place', 'Lough Quarn', 'lake'],
    ]);
    expect(findings('Monte Quorvle, 62, retired on Friday.')[0][0]).not.toBe('place');
  });

  it('reads "the River" and a name as a river, not "River" as a given name without "the"; "Isle of" and "Firth of" a name as the place', () => {
    expect(findings('Homes flooded when the River Quarnel burst its banks.')).toEqual([['place', 'River Quarnel', 'river']]);
    expect(findings('River Quarnel said she would stand again.')[0][0]).not.toBe('place');
    expect(findings('Sailings to the Isle of Vellan stopped when wind in the Firth of Quarn rose.')).toEqual([
      ['place', 'Isle of Vellan', 'island'],
      ['place', 'Firth of Quarn', 'sea'],
    ]);
  });

  it('reads no place in a sports contest a place opens or a tour visits ("the Quarnby Open", "Tour de France"), but keeps a war\'s and an expo\'s', () => {
    const places = (line: string): string[] => findings(line).filter(([kind]) => kind === 'dict').map(([, text]) => text);
    expect(places('Quorvle won the Monaco Grand Prix and the Qatar Open before the Boston Marathon.')).toEqual([]);
    expect(places('She rode the Tour de France and the Tour of Britain.')).toEqual([]);
    expect(places('Tickets for the Paris Olympics sold out.')).toEqual([]);
    expect(places('Veterans of the Vietnam War met at Fan Expo Canada in Toronto.')).toEqual(['Vietnam', 'Canada', 'Toronto']);
    expect(places('Kenya Open Talks With Lenders')).toContain('Kenya');
  });

  it('reads no place in a festival a place opens, nor in a marathon or a derby written small after "the" and the place', () => {
    const places = (line: string): string[] => findings(line).filter(([kind]) => kind === 'dict').map(([, text]) => text);
    expect(places('Her film won at the Venice Film Festival and screens at the Sydney International Film Festival.')).toEqual([]);
    expect(places('Quorvle won the Boston marathon, and Tellan scored in the Milan derby.')).toEqual([]);
    expect(places('Quorvle ran a marathon in Boston, and the Avignon festival opened.')).toEqual(['Boston', 'Avignon']);
  });

  it('reads no town in a holiday named with "Day" ("Independence Day", "Columbus Day")', () => {
    expect(findings('Banks close on Columbus Day and on Independence Day.')).toEqual([
      ['partial', 'Columbus Day', null],
      ['partial', 'Independence Day', null],
    ]);
    expect(findings('She grew up in Independence, a city in Missouri.')).toEqual([
      ['dict', 'Independence', 'CITY'],
      ['dict', 'Missouri', 'REGION'],
    ]);
  });

  it('reads a party the lists name by an ordinary word ("Labour"), but not before "Day", "Minister" or "Secretary"', () => {
    expect(findings('Labour won the seat, and a Labour spokesman thanked Quorvle voters.')).toContainEqual(['dict', 'Labour', 'ORGANIZATION']);
    expect(findings('Labour Minister Ana Quorvle spoke on Labour Day.')).toEqual([
      ['person', 'Ana Quorvle', 'Labour Minister'],
      ['partial', 'Labour Day', null],
    ]);
    expect(findings('Labour Secretary Ana Quorvle resigned.')).not.toContainEqual(['dict', 'Labour', 'ORGANIZATION']);
  });

  it('reads a person with the title before the name, and leaves a lone surname partial', () => {
    expect(findings('Secretary General Jens Stoltenberg arrived. Later, Stoltenberg said more.')).toEqual([
      ['person', 'Jens Stoltenberg', 'Secretary General'],
      ['partial', 'Stoltenberg', 'cue'],
    ]);
  });

  it('reads nothing but known names in a Title Case segment (a headline)', () => {
    expect(findings({ kind: 'title', text: 'Brightwater Fisheries Council Meets By The Quimby River' })).toEqual([
      ['partial', 'Brightwater Fisheries Council', null],
      ['partial', 'Quimby River', null],
    ]);
  });

  it('reads unknown organizations and places by their head word', () => {
    expect(findings('The fishermen of the valley complained to the Brightwater Fisheries Council about pollution flowing into the Quimby River this summer.')).toEqual([
      ['org', 'Brightwater Fisheries Council', 'Brightwater Fisheries Council'],
      ['place', 'Quimby River', 'river'],
    ]);
  });

  it('reads a protected area by its head after the word that makes it one ("Quorvle National Park", "Brellow State Forest"), "Park" alone by no such word', () => {
    expect(findings('Officials closed Quorvle National Park after a fire.')).toEqual([['place', 'Quorvle National Park', 'region']]);
    expect(findings('Two men were lost in Quintell Valley State Park on Friday.')).toEqual([['place', 'Quintell Valley State Park', 'region']]);
    expect(findings('The fire spread into Brellow National Forest overnight.')).toEqual([['place', 'Brellow National Forest', 'region']]);
    expect(findings('Drilling in the Quorvle National Wildlife Refuge was halted.')).toEqual([['place', 'Quorvle National Wildlife Refuge', 'region']]);
    expect(findings('The Quorvle National Park Service closed trails.')).toEqual([['org', 'Quorvle National Park Service', 'Quorvle National Park Service']]);
  });

  it('keeps a foreign article that opens a place\'s name before its head ("El Quarno County"), and reads a delta as a place\'s head', () => {
    expect(findings('The union sued along with El Quarno County on Monday.')).toEqual([['place', 'El Quarno County', 'region']]);
    expect(findings('Farmers in the Quarno Delta said the river rose.')).toEqual([['place', 'Quarno Delta', 'region']]);
  });

  it('starts an organization\'s name after "of the" when a person or a plural stands before it ("Justice Ann Lee of the Quarnia State Supreme Court")', () => {
    expect(findings('Justice Ann Lee of the Quarnia State Supreme Court ruled on Monday.').map(([kind, text]) => [kind, text])).toEqual([
      ['person', 'Ann Lee'],
      ['org', 'Quarnia State Supreme Court'],
    ]);
    expect(findings('Members of the Quarnian Black Caucus met on Monday.').filter(([kind]) => kind === 'org')).toEqual([['org', 'Quarnian Black Caucus', 'Quarnian Black Caucus']]);
  });

  it('reads a building\'s head word after an organization\'s of-phrase as a facility ("Bank of Quarnia Stadium"), the bank alone as the bank', () => {
    expect(findings('The game was played at Bank of Quarnia Stadium on Sunday.')).toEqual([['place', 'Bank of Quarnia Stadium', 'facility']]);
    expect(findings('The Bank of Quarnia raised rates on Sunday.')).toEqual([['org', 'Bank of Quarnia', 'Bank of Quarnia']]);
  });

  it('reads a demonym of two or three words as one ("Sri Lankan forces", "Papua New Guinean"), no person', () => {
    expect(findings('Sri Lankan forces and Papua New Guinean officials met on Monday.')).toEqual([
      ['dict', 'Sri Lankan', 'DEMONYM'],
      ['dict', 'Papua New Guinean', 'DEMONYM'],
    ]);
  });

  it('reads a river the lists know alone, not before another capitalised word of its run ("Nile Rodgers", "Thames Water")', () => {
    expect(findings('Barges on the Danube stopped on Monday.')).toEqual([['dict', 'Danube', 'REGION']]);
    expect(findings('Nile Rodgers said he would tour.').map(([kind, text]) => [kind, text])).toEqual([['person', 'Nile Rodgers']]);
    expect(findings('Thames Water said bills would rise.').filter(([kind]) => kind === 'dict')).toEqual([]);
  });

  it('reads a subdivision known only by a bare name alone, not before a name-shaped word no list knows ("Tasman Rowe-Ngata")', () => {
    expect(findings('Aid reached Kordofan on Monday.')).toEqual([['dict', 'Kordofan', 'REGION']]);
    expect(findings('Tasman Quorvle-Ngata kicked the winning goal.').map(([kind, text]) => [kind, text])).toEqual([['person', 'Tasman Quorvle-Ngata']]);
    expect(findings('Gazipur Quorvex said he would stand.').map(([kind, text]) => [kind, text])).toEqual([['person', 'Gazipur Quorvex']]);
  });

  it('reads a federal appeals court by its ordinal and "Circuit", the ordinal in the name; a capitalised ordinal opens a name', () => {
    expect(findings('The Ninth Circuit Court of Appeals ruled, and the case went to the Sixth Circuit.')).toEqual([
      ['org', 'Ninth Circuit Court of Appeals', 'Ninth Circuit Court of Appeals'],
      ['org', 'Sixth Circuit', 'Sixth Circuit'],
    ]);
    expect(findings('Many savers fled the Third Quarnby Bank.')).toEqual([['org', 'Third Quarnby Bank', 'Third Quarnby Bank']]);
    expect(findings('She drove the Brellow Circuit twice.')).toEqual([['partial', 'Brellow Circuit', null]]);
  });

  it("takes an ordinal in figures into an organization's name, a court's or a military unit's, but not before a noun it modifies", () => {
    expect(findings('The 5th Quarnby Circuit Court of Appeals ruled, and the 2nd Circuit agreed.')).toEqual([
      ['org', '5th Quarnby Circuit Court of Appeals', '5th Quarnby Circuit Court of Appeals'],
      ['org', '2nd Circuit', '2nd Circuit'],
    ]);
    expect(findings('Troops of the 1st Battalion joined the 7th Fleet and the 101st Brellow Division.')).toEqual([
      ['org', '1st Battalion', '1st Battalion'],
      ['org', '7th Fleet', '7th Fleet'],
      ['org', '101st Brellow Division', '101st Brellow Division'],
    ]);
    expect(findings('The 60th Quarnby Council meeting opened.')).toEqual([['org', 'Quarnby Council', 'Quarnby Council']]);
    expect(findings('Crowds met at the 77th Legion booth after the 2nd Circuit ruling.')).toEqual([
      ['org', '77th Legion', '77th Legion'],
      ['org', '2nd Circuit', '2nd Circuit'],
    ]);
  });

  it('keeps an adjective made from a verb that opens a sentence in the name, and title modifiers between two heads', () => {
    expect(findings('United Quarn Workers members walked out.')).toEqual([['org', 'United Quarn Workers', 'United Quarn Workers']]);
    expect(findings('Lawyers for the Brellow Resources Defense Council spoke.')).toEqual([
      ['org', 'Brellow Resources Defense Council', 'Brellow Resources Defense Council'],
    ]);
  });

  it('reads a head-first organization word right after a connector inside a run as opening the name ("Members of Partido ...")', () => {
    expect(findings('Members of Partido Quarnbo marched.')).toEqual([
      ['partial', 'Members', null],
      ['org', 'Partido Quarnbo', 'Partido Quarnbo'],
    ]);
  });

  it('reads a French state utility\'s name whole ("Électricité du Quarnbo"), and a French name\'s "pour" and article inside it', () => {
    expect(findings('Debts owed by Électricité du Quarnbo grew.').at(-1)).toEqual(['org', 'Électricité du Quarnbo', 'Électricité du Quarnbo']);
    expect(findings('A commander of the Union pour la Défense du Brellow was charged.').at(-1)).toEqual([
      'org',
      'Union pour la Défense du Brellow',
      'Union pour la Défense du Brellow',
    ]);
  });

  it('reads fields joined by "and" before a head, or before heads written together, as the name\'s own ("Export and Investment Fund of ...")', () => {
    expect(findings('Officials said the Export and Investment Fund of Quarnland would lend.').at(-1)).toEqual([
      'org',
      'Export and Investment Fund of Quarnland',
      'Export and Investment Fund of Quarnland',
    ]);
    expect(findings('Officials said the Securities and Exchange Board of Quarnland would act.').at(-1)).toEqual([
      'org',
      'Securities and Exchange Board of Quarnland',
      'Securities and Exchange Board of Quarnland',
    ]);
  });

  it('keeps a compass word that opens a sentence in the name, and drops an adverb there', () => {
    expect(findings('Greater Brellow Police said two men were held.')).toEqual([['org', 'Greater Brellow Police', 'Greater Brellow Police']]);
    expect(findings('Yesterday Quarnby Council said no.')).toEqual([['org', 'Quarnby Council', 'Quarnby Council']]);
  });

  it('joins a known company or place and the words for a line of business after it into one company ("Airbus Electronics", "Tampere Steel")', () => {
    expect(findings('Airbus Electronics and Tampere Steel Holdings warned of losses.')).toEqual([
      ['dict', 'Airbus Electronics', 'ORGANIZATION'],
      ['org', 'Tampere Steel Holdings', 'Tampere Steel Holdings'],
    ]);
  });

  it('reads an organization\'s head word before a region as the region\'s body ("Police Tasmania"), no other word ("Rural Ohio")', () => {
    expect(findings('Officers of Police Tasmania met farmers of Rural Ohio.')).toEqual([
      ['org', 'Police Tasmania', 'Police Tasmania'],
      ['partial', 'Rural', null],
      ['dict', 'Ohio', 'REGION'],
    ]);
  });

  it('reads a word before a country as an organization of it in a sentence ("Sport Chile"), not in a Title Case line, where verbs have capitals', () => {
    expect(findings('Sport Chile opened an inquiry.')).toEqual([['org', 'Sport Chile', 'Sport Chile']]);
    const headline = findings({ kind: 'title', text: 'Old Rivals Help Chile Navigate Peru Talks' });
    expect(headline.filter(([kind]) => kind !== 'partial')).toEqual([
      ['dict', 'Chile', 'COUNTRY'],
      ['dict', 'Peru', 'COUNTRY'],
    ]);
  });

  it('keeps "United" that ends the run after an organization\'s head in the name ("Brellow Workers United")', () => {
    expect(findings('Many baristas joined Brellow Workers United last year.')).toEqual([['org', 'Brellow Workers United', 'Brellow Workers United']]);
  });

  it('keeps a country that ends the run after an organization\'s head in the name, the company\'s unit there ("Quorvex Trust Bank Ghana")', () => {
    expect(findings('Rates were raised by Quorvex Trust Bank Ghana on Monday.')).toEqual([['org', 'Quorvex Trust Bank Ghana', 'Quorvex Trust Bank Ghana']]);
    expect(findings('Shares in QVX Bank Canada rose.').filter(([kind]) => kind !== 'partial')).toEqual([['org', 'QVX Bank Canada', 'QVX Bank Canada']]);
    expect(findings('Shares in HSBC Bank Canada rose.').filter(([kind]) => kind !== 'partial')).toEqual([['org', 'HSBC Bank Canada', 'HSBC Bank Canada']]);
  });

  it('leaves a country that modifies a lower-case noun after the name, and "Bank" and a country alone, as they were', () => {
    expect(findings('It was approved by the Quorvex Development Bank Ghana board.').filter(([kind]) => kind === 'org')).toEqual([]);
    expect(findings('Shares in Bank Indonesia rose.').filter(([kind]) => kind !== 'partial')).toEqual([['org', 'Bank Indonesia', 'Bank Indonesia']]);
  });

  it('reads two ordinary words joined by "and" before a lower-case "party" as one party, an office\'s word too ("the Order and Justice party")', () => {
    expect(findings('Many voters backed the Order and Justice party.')).toEqual([['org', 'Order and Justice', 'Order and Justice']]);
  });

  it('leaves a lower-case "party" out of the party\'s name ("the Quorvan Dream party"), but after one adjective ("the Republican party")', () => {
    expect(findings('The ruling Quorvan Dream party won, and the Tellamo party lost.')).toEqual([
      ['org', 'Quorvan Dream', 'Quorvan Dream'],
      ['org', 'Tellamo', 'Tellamo'],
    ]);
    expect(findings('He left the Republican party in May.')).toEqual([['org', 'Republican party', 'Republican party']]);
  });

  it('reads a town of another country than the one named right before it, before a lower-case "party", as a party', () => {
    expect(findings("Brazil's Durban party won the vote.")[1]).toEqual(['org', 'Durban', 'Durban']);
    // A town of the country named: the party held there.
    expect(findings("France's Nantes party ended late.")[1]).toEqual(['dict', 'Nantes', 'CITY']);
  });

  it('leaves out a compound trade noun the dictionary lacks that opens the sentence before a company ("Chipmaker Quorvle")', () => {
    expect(findings('Chipmaker Quorvle said sales rose.').map((f) => f[1])).toEqual(['Quorvle']);
  });

  it('spells out a compass initial before a known place', () => {
    expect(findings('Talks with N. Korea stalled.')).toEqual([['dict', 'N. Korea', 'COUNTRY']]);
  });

  it('keeps a direction between the cardinal points, written as one word, in the name of the place it opens ("Southeast Sulawesi")', () => {
    expect(findings('Strikes hit mines in Southeast Sulawesi and Northwest Ohio.').map(([kind, text]) => [kind, text])).toEqual([
      ['place', 'Southeast Sulawesi'],
      ['place', 'Northwest Ohio'],
    ]);
  });

  it('reads galleries and school districts as organizations, and what a collection holds as no person', () => {
    expect(findings('Paintings lent by the Quarna Art Gallery and Brellow Galleries hung beside pieces from the Tellan Art Collections.')).toEqual([
      ['org', 'Quarna Art Gallery', 'Quarna Art Gallery'],
      ['org', 'Brellow Galleries', 'Brellow Galleries'],
      ['partial', 'Tellan Art Collections', null],
    ]);
    expect(findings('Both the Quarnville Independent School District and the Brellow Water District closed on Monday.')).toEqual([
      ['org', 'Quarnville Independent School District', 'Quarnville Independent School District'],
      ['org', 'Brellow Water District', 'Brellow Water District'],
    ]);
  });

  it('reads a city\'s school system, a public body\'s district and a standing forum as organizations, not a cause or an event', () => {
    expect(findings('Chicago Public Schools and the Brellow County Water Management District closed.')).toEqual([
      ['org', 'Chicago Public Schools', 'Chicago Public Schools'],
      ['org', 'Brellow County Water Management District', 'Brellow County Water Management District'],
    ]);
    expect(findings('Leaders met at the Quarna Islands Forum.')).toEqual([['org', 'Quarna Islands Forum', 'Quarna Islands Forum']]);
    expect(findings('Members of the Alliance to Reclaim Our Schools met.').map((f) => f[1])).not.toContain('Reclaim Our Schools');
    expect(findings('He spoke at the Commander-in-Chief Forum.').filter((f) => f[0] === 'org')).toEqual([]);
  });

  it('reads a place before a line of business as the company\'s name, before its shares too ("Nile Coast Logistics shares")', () => {
    expect(findings('Nile Coast Logistics shares fell 4 percent.')).toEqual([['org', 'Nile Coast Logistics', 'Nile Coast Logistics']]);
  });

  it('opens a head-first name with a word in capitals no list knows before it ("QKO Bank Brellski"), not with one the lists know ("EU")', () => {
    expect(findings('Shares of QKO Bank Brellski rose.').at(-1)).toEqual(['org', 'QKO Bank Brellski', 'QKO Bank Brellski']);
    expect(findings('The EU Banco Quorvan deal closed.').at(-1)).toEqual(['org', 'Banco Quorvan', 'Banco Quorvan']);
  });

  it('reads a head-first organization word and one word that names a building as the organization ("Banco Base"), not a longer name ending in one', () => {
    expect(findings('Banco Base said it would open in Quarnby.')[0]).toEqual(['org', 'Banco Base', 'Banco Base']);
    expect(findings('Fans filled the Universidad de Quarna Stadium.').at(-1)).toEqual(['place', 'Universidad de Quarna Stadium', 'facility']);
  });

  it('reads "Radio" opening a run as opening a station\'s name, a county, a given name or a place after it ("Radio Kerry"), not inside another name after "for"', () => {
    expect(findings('Ann Tolvey told Radio Kerry that survivors had listened on Radio Quendu Luka.').slice(1)).toEqual([
      ['org', 'Radio Kerry', 'Radio Kerry'],
      ['org', 'Radio Quendu Luka', 'Radio Quendu Luka'],
    ]);
    expect(findings('The station Radio Santa Quorva said the road was shut.').at(-1)).toEqual(['org', 'Radio Santa Quorva', 'Radio Santa Quorva']);
    expect(findings('Data came from the Quorvish Foundation for Radio Astronomy.').map((f) => f[1])).not.toContain('Radio Astronomy');
  });

  it('reads a head-first organization word across particles ("Corriere della Quarna", "Banco de Brellow")', () => {
    expect(findings('The Corriere della Quarna reported that Banco de Brellow had failed.')).toEqual([
      ['org', 'Corriere della Quarna', 'Corriere della Quarna'],
      ['org', 'Banco de Brellow', 'Banco de Brellow'],
    ]);
  });

  it('reads "Bank" or "Air" before a word no list knows, and "Grupo", as opening a company\'s name, up to a title before a name', () => {
    expect(findings('Bank Quorvle said its profit rose, and Grupo Tellan bought a stake in Air Brellovia.')).toEqual([
      ['org', 'Bank Quorvle', 'Bank Quorvle'],
      ['org', 'Grupo Tellan', 'Grupo Tellan'],
      ['org', 'Air Brellovia', 'Air Brellovia'],
    ]);
    expect(findings('Yesterday, Bank Quorvle Chief Executive Ann Lee said so.')).toEqual([
      ['org', 'Bank Quorvle', 'Bank Quorvle'],
      ['person', 'Ann Lee', 'Chief Executive'],
    ]);
    expect(findings('Air Marshal Ann Lee said so.').map(([kind]) => kind)).not.toContain('org');
    expect(findings('Bank Holiday traffic was heavy.').map(([kind]) => kind)).not.toContain('org');
  });

  it('keeps a capitalised cardinal inside a sentence as the first word of an organization\'s name ("the Seven Quorvan Hills Foundation"), not one that opens the sentence', () => {
    expect(findings('Voters backed the Five Tellan Star Movement, and the Seven Quorvan Hills Foundation paid.').filter(([kind]) => kind === 'org')).toEqual([
      ['org', 'Five Tellan Star Movement', 'Five Tellan Star Movement'],
      ['org', 'Seven Quorvan Hills Foundation', 'Seven Quorvan Hills Foundation'],
    ]);
    expect(findings('Five Quorvan Hills Foundation workers were hurt.')).toEqual([['org', 'Quorvan Hills Foundation', 'Quorvan Hills Foundation']]);
  });

  it('reads a party\'s or a movement\'s head-first word ("Parti Quorvanais", "Frente Tellano"), after "of the" too ("Members of the Partido Brellovio")', () => {
    expect(findings('The Parti Quorvanais lost, and voters backed the Frente Tellano.').filter(([kind]) => kind === 'org')).toEqual([
      ['org', 'Parti Quorvanais', 'Parti Quorvanais'],
      ['org', 'Frente Tellano', 'Frente Tellano'],
    ]);
    expect(findings('Members of the Partido Brellovio met.').filter(([kind]) => kind === 'org')).toEqual([['org', 'Partido Brellovio', 'Partido Brellovio']]);
  });

  it('reads a church\'s see as an organization ("Archdiocese of Quorvle", "Tellan Diocese", "Brellow Patriarchate")', () => {
    expect(findings('The Archdiocese of Quorvle sued the Tellan Diocese, and the Brellow Patriarchate paid.').filter(([kind]) => kind === 'org')).toEqual([
      ['org', 'Archdiocese of Quorvle', 'Archdiocese of Quorvle'],
      ['org', 'Tellan Diocese', 'Tellan Diocese'],
      ['org', 'Brellow Patriarchate', 'Brellow Patriarchate'],
    ]);
  });

  it('reads a research or investment firm by its head word as an organization ("Quorvle Research", "Tellan Advisors", "Brellow Ventures")', () => {
    expect(findings('Analysts at Quorvle Research and Tellan Advisors said Brellow Ventures sold its stake.').filter(([kind]) => kind === 'org')).toEqual([
      ['org', 'Quorvle Research', 'Quorvle Research'],
      ['org', 'Tellan Advisors', 'Tellan Advisors'],
      ['org', 'Brellow Ventures', 'Brellow Ventures'],
    ]);
  });

  it('reads a record label by its head word as an organization ("Quorvan Records")', () => {
    expect(findings('The singer left Quorvan Records in 1995.')).toEqual([['org', 'Quorvan Records', 'Quorvan Records']]);
  });

  it('reads one capitalised word compounded with "bank" as a bank ("the Quorvlebank", "Tellanbank and Brellobank"), not a person\'s surname the article gives', () => {
    expect(findings('Rates held after the Quorvlebank met; Tellanbank and Brellobank cut jobs.').filter(([kind]) => kind === 'org')).toEqual([
      ['org', 'Quorvlebank', 'Quorvlebank'],
      ['org', 'Tellanbank', 'Tellanbank'],
      ['org', 'Brellobank', 'Brellobank'],
    ]);
    expect(findings('Boxer Jim Quorbank won. Quorbank said he was happy.').filter(([kind]) => kind === 'org')).toEqual([]);
  });

  it('reads German "für" inside a name ("Institut für Quorvlekunde", "Alternative fuer Deutschland")', () => {
    expect(findings('Economists at the Institut für Quorvlekunde said the Alternative fuer Deutschland party gained.').filter(([kind]) => kind !== 'partial')).toEqual([
      ['org', 'Institut für Quorvlekunde', 'Institut für Quorvlekunde'],
      ['dict', 'Alternative fuer Deutschland', 'ORGANIZATION'],
    ]);
  });

  it('reads Filipino "ng" inside a name opened by a Filipino head ("Bangko Quorvlen ng Tellanas", "Pamantasan ng Brellow")', () => {
    expect(findings('Traders said Bangko Quorvlen ng Tellanas sold dollars as students of the Pamantasan ng Brellow marched.').filter(([kind]) => kind !== 'partial')).toEqual([
      ['org', 'Bangko Quorvlen ng Tellanas', 'Bangko Quorvlen ng Tellanas'],
      ['org', 'Pamantasan ng Brellow', 'Pamantasan ng Brellow'],
    ]);
  });

  it('joins two names by " &" into one firm even when the second opens with a particle ("Hogvale & Van Tessaly")', () => {
    expect(findings('The firm Hogvale & Van Tessaly represented the bank.')).toEqual([['org', 'Hogvale & Van Tessaly', 'Hogvale & Van Tessaly']]);
  });

  it('opens an organization\'s name with a country\'s formal name written with "of" ("Islamic Republic of Iran News Agency"), not with a person before "of"', () => {
    expect(findings('The Islamic Republic of Iran News Agency and the Republic of Korea Quorvan Army reported it, said Nora Quimbley of Tellan News.')).toEqual([
      ['org', 'Islamic Republic of Iran News Agency', 'Islamic Republic of Iran News Agency'],
      ['org', 'Republic of Korea Quorvan Army', 'Republic of Korea Quorvan Army'],
      ['person', 'Nora Quimbley', null],
      ['org', 'Tellan News', 'Tellan News'],
    ]);
  });

  it('keeps an ordinary word opening the sentence before " & " for a firm\'s name ("Black & Tellman said"), not two ordinary words', () => {
    expect(findings('Black & Tellman said sales fell.')).toEqual([['org', 'Black & Tellman', 'Black & Tellman']]);
    expect(findings('Research & Development spending rose.').filter(([kind]) => kind !== 'partial')).toEqual([]);
  });

  it('reads one word before "and" or "&" and a partner\'s surname with the legal form as one firm, though an ordinary word opens the sentence', () => {
    expect(findings('Stakes and Brellow Group Plc cut its dividend.')).toEqual([['org', 'Stakes and Brellow Group Plc', 'Stakes and Brellow Group Plc']]);
    expect(findings('Stakes & Spencer Holdings Ltd cut its dividend.')).toEqual([['org', 'Stakes & Spencer Holdings Ltd', 'Stakes & Spencer Holdings Ltd']]);
    expect(findings('Workers and Brellow Group Plc agreed a deal.')).toEqual([['org', 'Brellow Group Plc', 'Brellow Group Plc']]);
  });

  it('ends a company at its legal form before "and" ("Ann Quorvle & Co. and Brellow Co."), and keeps the dot of "Cos."', () => {
    expect(findings('Analysts compared drugs from Ann Quorvle & Co. and Brellow Co. last week.')).toEqual([
      ['org', 'Ann Quorvle & Co.', 'Ann Quorvle & Co.'],
      ['org', 'Brellow Co.', 'Brellow Co.'],
    ]);
    expect(findings('Quorvex Cos., owner of two chains, raised its forecast.')).toEqual([['org', 'Quorvex Cos.', 'Quorvex Cos.']]);
  });

  it('reads a name listed beside a company\'s name with its legal form as a company ("Led by Varrow Land and Quorvan Miguel Corp")', () => {
    expect(findings('Led by Varrow Land and Quorvan Miguel Corp, stocks rose.')).toEqual([
      ['org', 'Varrow Land', 'Varrow Land'],
      ['org', 'Quorvan Miguel Corp', 'Quorvan Miguel Corp'],
    ]);
    expect(findings('Quorvan Miguel Corp, Varrow Land and Tellmore Power rose.').filter(([kind]) => kind === 'org').map(([, text]) => text)).toEqual(['Quorvan Miguel Corp', 'Varrow Land', 'Tellmore Power']);
    expect(findings('Smith and Quorvan Miguel Corp agreed.').filter(([, text]) => text === 'Smith').map(([kind]) => kind)).not.toContain('org');
    expect(findings('Led by Quorvan Miguel Corp, Asian stocks rose.').filter(([kind]) => kind === 'org').map(([, text]) => text)).toEqual(['Quorvan Miguel Corp']);
  });

  it('splits two names joined by "and the" when the first holds no organization\'s head ("the Met and the Quorvan Crime Agency")', () => {
    expect(findings('Officers from Tellbury and the Quorvan Crime Agency seized it.').filter(([kind]) => kind === 'org').map(([, text]) => text)).toEqual(['Quorvan Crime Agency']);
  });

  it('reads a name ending in a line of business as a company, not a person, unless a given name opens it', () => {
    expect(findings('Tellmore Pharma chief executive Sara Lindmark said prices would rise.')[0]).toEqual(['org', 'Tellmore Pharma', 'Tellmore Pharma']);
    expect(findings('Quorvle Biotech said it would cut jobs.')).toEqual([['org', 'Quorvle Biotech', 'Quorvle Biotech']]);
    expect(findings('Anna Global said she would run.')[0][0]).not.toBe('org');
    expect(findings('The first QUORV Global robotics contest was held.').filter(([kind]) => kind === 'org')).toEqual([]);
    // The word opening the sentence and its "of" are no part of the company's name.
    expect(findings('Privatisation of Quorvel Pharma was completed in 1998.').map(([, text]) => text)).not.toContain('Privatisation of Quorvel Pharma');
  });

  it('knows finance, commodities, mining, aerospace and the like as lines of business ("Brightvault Finance", "Harlow Commodities")', () => {
    const orgs = (line: string) => findings(line).filter(([kind]) => kind === 'org').map(([, text]) => text);
    expect(orgs('Nathan Quorvle, founder of the collapsed lender Brightvault Finance, was convicted.')).toEqual(['Brightvault Finance']);
    expect(orgs('"Prices will fall," said Helena Quintell, head of research at Harlow Commodities.')).toEqual(['Harlow Commodities']);
    expect(orgs('Tellmark Mining said output fell, and Varrow Aerospace cut its forecast.')).toEqual(['Tellmark Mining', 'Varrow Aerospace']);
    expect(orgs('"Rates will rise," said Priya Quorvle, chief strategist at Harbourline Wealth in Boston.')).toEqual(['Harbourline Wealth']);
  });

  it('reads trusts, infirmaries, hospices and constabularies as bodies ("Varrow Valley Health Trust", "Tellshire Constabulary")', () => {
    expect(findings('The Brellow Infirmary and the Tellshire Constabulary said the Varrow Health Trust had paid.').filter(([kind]) => kind === 'org').map(([, text]) => text)).toEqual([
      'Brellow Infirmary', 'Tellshire Constabulary', 'Varrow Health Trust',
    ]);
  });

  it('reads tribes, bands, First Nations, cooperatives, a utility named "Hydro" and a grade school as bodies, a particle inside the name kept', () => {
    const orgs = (text: string): string[] => findings(text).filter(([kind]) => kind === 'org').map(([, name]) => name);
    expect(orgs('The Tellshire Tribe and the Quorvan Sioux Tribe signed the compact.')).toEqual(['Tellshire Tribe', 'Quorvan Sioux Tribe']);
    expect(orgs('Leaders of the Vantrell Lake First Nation met.')).toEqual(['Vantrell Lake First Nation']);
    expect(orgs('He played with the Quorve du Tellan Band of Brellow Indians for years.')).toEqual(['Quorve du Tellan Band of Brellow Indians']);
    expect(orgs('Milk went to the Brellow Valley Creamery and the Quorvan Cooperative.')).toEqual(['Brellow Valley Creamery', 'Quorvan Cooperative']);
    expect(orgs('Crews from Tellshire Hydro restored power to pupils at Brellow Elementary.')).toEqual(['Tellshire Hydro', 'Brellow Elementary']);
    // After a person's initial or a courtesy title, such a word is a surname.
    expect(orgs('A critic, Ann K. Tribe, said so, and Mr. Tribe agreed.')).toEqual([]);
  });

  it('ends a college\'s or university\'s name with the city after its head ("Imperial College London"), not a run of one word', () => {
    expect(findings('Researchers at Quorvan College London and Tellmore University Glasgow said so.').filter(([kind]) => kind === 'org').map(([, text]) => text)).toEqual([
      'Quorvan College London', 'Tellmore University Glasgow',
    ]);
    expect(findings('He left College London in May.').filter(([kind]) => kind === 'org')).toEqual([]);
  });

  it('ends a hospital\'s name with the town after its head ("Civil Hospital Quetta", "University Hospitals Birmingham")', () => {
    expect(findings('He was taken to Quorvan Civil Hospital Quetta, and staff at Tellmore University Hospitals Leeds said so.').filter(([kind]) => kind === 'org').map(([, text]) => text)).toEqual([
      'Quorvan Civil Hospital Quetta', 'Tellmore University Hospitals Leeds',
    ]);
  });

  it('joins one word and a given name by " &" into one firm, and a given name with a couple\'s foundation; two given names stay apart', () => {
    expect(findings('The auditors Hugo & Brellow and the publisher Vantrell & Noble signed, and the Carl & Edna Quorvale Foundation paid. Tom & Jerry aired.')).toEqual([
      ['org', 'Hugo & Brellow', 'Hugo & Brellow'],
      ['org', 'Vantrell & Noble', 'Vantrell & Noble'],
      ['org', 'Carl & Edna Quorvale Foundation', 'Carl & Edna Quorvale Foundation'],
      ['partial', 'Tom', null],
      ['partial', 'Jerry', null],
    ]);
  });

  it('ends a company\'s name at its legal form, and takes "& Co" into it ("Bank of Quorvia Corp and Brellow Partners & Co")', () => {
    expect(findings('Tellanex Inc, Bank of Quorvia Corp and Brellow Partners & Co reported earnings.')).toEqual([
      ['org', 'Tellanex Inc', 'Tellanex Inc'],
      ['org', 'Bank of Quorvia Corp', 'Bank of Quorvia Corp'],
      ['org', 'Brellow Partners & Co', 'Brellow Partners & Co'],
    ]);
    expect(findings('Vostrani Mining Corp and Quorvle Corp shares rose.')).toEqual([
      ['org', 'Vostrani Mining Corp', 'Vostrani Mining Corp'],
      ['org', 'Quorvle Corp', 'Quorvle Corp'],
    ]);
    expect(findings('Orvan Tellby & Co. LLC advised the buyer.')).toEqual([['org', 'Orvan Tellby & Co. LLC', 'Orvan Tellby & Co. LLC']]);
  });

  it('ends a company\'s name at the legal forms news writes from abroad ("Zorvani PJSC", "Brellow S.A.", "Quorvle Bhd")', () => {
    expect(findings('Zorvani PJSC and Brellow Corp signed the deal.')).toEqual([
      ['org', 'Zorvani PJSC', 'Zorvani PJSC'],
      ['org', 'Brellow Corp', 'Brellow Corp'],
    ]);
    expect(findings('Brellow S.A. and Tellanex N.V. said prices rose.')).toEqual([
      ['org', 'Brellow S.A.', 'Brellow S.A.'],
      ['org', 'Tellanex N.V.', 'Tellanex N.V.'],
    ]);
    expect(findings('Quorvle Bhd said prices rose.')).toEqual([['org', 'Quorvle Bhd', 'Quorvle Bhd']]);
    expect(findings('Vostrani Oyj said prices rose.')).toEqual([['org', 'Vostrani Oyj', 'Vostrani Oyj']]);
    expect(findings('Kurovashi KK said prices rose.')).toEqual([['org', 'Kurovashi KK', 'Kurovashi KK']]);
  });

  it('reads an acronym after a people\'s adjective before a word for a group as the group\'s name alone ("the Quorvian QLF militia")', () => {
    expect(findings('Fighters from the Quorvian QLF militia advanced on the town.')).toEqual([['org', 'QLF', 'QLF']]);
    expect(findings('Fighters from the Brellish TKV group advanced on the town.')).toEqual([['org', 'TKV', 'TKV']]);
  });

  it('keeps two legal forms with a comma between them in one company\'s name ("Zorvani Co., Ltd.")', () => {
    expect(findings('Zorvani Co., Ltd. said the phones sold well.')).toEqual([['org', 'Zorvani Co., Ltd.', 'Zorvani Co., Ltd.']]);
    expect(findings('Orvan Tellby & Co., Inc. advised the buyer.')).toEqual([['org', 'Orvan Tellby & Co., Inc.', 'Orvan Tellby & Co., Inc.']]);
    expect(findings('Tellanex Inc, Brellow Corp and Quorvle Ltd reported earnings.')).toEqual([
      ['org', 'Tellanex Inc', 'Tellanex Inc'],
      ['org', 'Brellow Corp', 'Brellow Corp'],
      ['org', 'Quorvle Ltd', 'Quorvle Ltd'],
    ]);
  });

  it('keeps an ordinary word opening the sentence in a company\'s name that ends in its legal form ("Standard Brellow Co")', () => {
    expect(findings('Standard Brellow Co said profits fell.')).toEqual([['org', 'Standard Brellow Co', 'Standard Brellow Co']]);
  });

  it('reads an institution, an armed guard and centers in the plural as organizations ("Centers for X and Y" is one name)', () => {
    expect(findings('A fellow at the Quarnby Institution said the Brellow National Guard left.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Quarnby Institution'],
      ['org', 'Brellow National Guard'],
    ]);
    expect(findings('The report by the Centers for Quarn Health and Tellan Services was released.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Centers for Quarn Health and Tellan Services'],
    ]);
  });

  it('reads a chamber and an exchange as organization heads ("Quarnby Chamber of Commerce", "Brellow Stock Exchange")', () => {
    expect(findings('Both the Quarnby Chamber of Commerce and the Brellow Stock Exchange objected.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Quarnby Chamber of Commerce'],
      ['org', 'Brellow Stock Exchange'],
    ]);
  });

  it('reads people and the cause they stand for as an advocacy group, but no office and no blame ("Secretary for ...", "Democrats for Brellow")', () => {
    const texts = (...lines: string[]): string[][] => findings(...lines).map(([kind, text]) => [kind, text]);
    expect(texts('A report by Taxpayers for Balanced Budgets said Physicians Against Open Pit Mining agreed.')).toEqual([
      ['org', 'Taxpayers for Balanced Budgets'],
      ['org', 'Physicians Against Open Pit Mining'],
    ]);
    expect(texts('Teachers for Clean Water President Ann Lee spoke, and Concerned Parents for Norway replied.')).toEqual([
      ['org', 'Teachers for Clean Water'],
      ['person', 'Ann Lee'],
      ['org', 'Concerned Parents for Norway'],
    ]);
    expect(texts('He blamed Democrats for Brellow.').map(([kind]) => kind)).not.toContain('org');
    expect(texts('The Secretary for Quarn Affairs spoke.').map(([kind]) => kind)).not.toContain('org');
  });

  it('reads a party named an alternative by its head ("the Alternative for Quarnland")', () => {
    expect(findings('Many voters backed the Alternative for Quarnland on Sunday.')).toEqual([['org', 'Alternative for Quarnland', 'Alternative for Quarnland']]);
  });

  it('reads the chamber before a leader\'s title as the chamber, as "Senate" is ("House Minority Leader Orla Quimby"), not inside another name', () => {
    expect(findings('House Minority Leader Orla Quimby said so. Then House Speaker Tam Vell agreed.')).toEqual([
      ['dict', 'House', 'ORGANIZATION'],
      ['person', 'Orla Quimby', 'Minority Leader'],
      ['dict', 'House', 'ORGANIZATION'],
      ['person', 'Tam Vell', 'Speaker'],
    ]);
    expect(findings('House Quarn Committee Chairman Tam Vell spoke.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'House Quarn Committee'],
      ['person', 'Tam Vell'],
    ]);
    expect(findings('The Brellow Opera House Director Tam Vell spoke.').map(([kind]) => kind)).not.toContain('dict');
  });

  it('reads the chamber before a party\'s members ("House Republicans") and after the party that holds it ("the Republican-controlled House")', () => {
    expect(findings('The plan angered House Democrats and Senate Republicans.').filter(([kind]) => kind === 'dict')).toEqual([
      ['dict', 'House', 'ORGANIZATION'],
      ['dict', 'Senate', 'ORGANIZATION'],
    ]);
    expect(findings('The bill passed the Republican-controlled House, not the Democratic-led House of Quorvle.').filter(([kind]) => kind === 'dict')).toEqual([['dict', 'House', 'ORGANIZATION']]);
    expect(findings('The Brellow Opera House Republicans met.').map(([kind]) => kind)).not.toContain('dict');
    expect(findings('The Democratic-led House voted 220-210. The House adjourned.').filter(([kind]) => kind === 'dict')).toEqual([
      ['dict', 'House', 'ORGANIZATION'],
      ['dict', 'House', 'ORGANIZATION'],
    ]);
  });

  it('reads a name beside a team, a result verb and the score as a team; two people so stay people', () => {
    expect(findings('Brellow Football Club beat Quorvani 2-1 on Sunday, and Tellanby lost to Quarn Sports Club 0-3.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Brellow Football Club'],
      ['org', 'Quorvani'],
      ['org', 'Tellanby'],
      ['org', 'Quarn Sports Club'],
    ]);
    expect(findings('Orla Quimby beat Tam Vell 6-4 in the final.').map(([kind]) => kind)).toEqual(['person', 'person']);
  });

  it('reads both sides of a result with a team\'s margin as teams, a region, a town or a word read as a given name too', () => {
    expect(findings('Quorvane beat Brellow Rovers by six wickets on Friday.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Quorvane'],
      ['org', 'Brellow Rovers'],
    ]);
    expect(findings('Essex beat Surrey by 12 runs, and Tellanby lost to Carlton by 42 points.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Essex'],
      ['org', 'Surrey'],
      ['org', 'Tellanby'],
      ['org', 'Carlton'],
    ]);
    expect(findings('Orla Quimby beat Tam Vell by two strokes. Quimby beat Vell by two strokes again.').filter(([kind]) => kind === 'org')).toEqual([]);
    expect(findings('Orla Quimby beat Tam Vell by 12 points. Quimby beat Vell by 12 points again.').filter(([kind]) => kind === 'org')).toEqual([]);
  });

  it('reads no organization in a law\'s name before a word for people', () => {
    expect(findings('Orla Quimby is the Fourth Amendment columnist of the paper.')).toEqual([
      ['person', 'Orla Quimby', null],
      ['partial', 'Amendment', null],
    ]);
  });

  it('reads the town of a legislator\'s party tag, the party\'s initial left out, a town the lists lack too; a state there names nothing', () => {
    expect(findings('Del. Orla Quimby (D-Brellow Springs) and Sen. Tam Vell (R-Utah) spoke.')).toEqual([
      ['person', 'Orla Quimby', 'Del.'],
      ['place', 'Brellow Springs', 'city'],
      ['person', 'Tam Vell', 'Sen.'],
    ]);
    expect(findings('Rep. Tam Vell, R-Quorvel Falls, read a letter. Rep. Orla Quimby, D-Tarskville, agreed, as did Sen. Ann Lee, R-La.')).toEqual([
      ['person', 'Tam Vell', 'Rep.'],
      ['place', 'Quorvel Falls', 'city'],
      ['person', 'Orla Quimby', 'Rep.'],
      ['place', 'Tarskville', 'city'],
      ['person', 'Ann Lee', 'Sen.'],
    ]);
    // A storm's word before a place's head noun opens a place's name, no storm's ("Storm Lake").
    expect(findings('Rep. Tam Vell, D-Hurricane Lake, read a letter.')).toEqual([
      ['person', 'Tam Vell', 'Rep.'],
      ['place', 'Hurricane Lake', 'city'],
    ]);
    expect(findings('Sen. Tam Vell (R-Tex) and Sen. Ann Lee (R-IN) spoke.')).toEqual([
      ['person', 'Tam Vell', 'Sen.'],
      ['person', 'Ann Lee', 'Sen.'],
    ]);
  });

  it('keeps a title word that ends an organization\'s of-phrase ("Center for Social Justice"), and stops before a title that opens a name', () => {
    expect(findings('Dara Vell of the Quarn Center for Social Justice met the Brellow Institute of Art President Tam Vell.')).toEqual([
      ['person', 'Dara Vell', null],
      ['org', 'Quarn Center for Social Justice', 'Quarn Center for Social Justice'],
      ['org', 'Brellow Institute of Art', 'Brellow Institute of Art'],
      ['person', 'Tam Vell', 'President'],
    ]);
  });

  it('reads a capitalised "Will" inside a sentence before a name as a given name, and as the verb opening a question', () => {
    expect(findings('Reporting by Orla Quimby; Editing by Will Brellow')).toEqual([
      ['person', 'Orla Quimby', null],
      ['person', 'Will Brellow', null],
    ]);
    expect(findings('Will Brellow sign the bill? Nobody knows.')).toEqual([['partial', 'Brellow', null]]);
    expect(findings('She asked: Will Brellow sign it?')).toEqual([['partial', 'Brellow', null]]);
    expect(findings('In May Brellow signed the bill.').map(([, text]) => text)).toEqual(['Brellow']);
  });

  it('reads a month\'s abbreviation written without its dot before a name ("Jan van der Brellow") as a given name, not one with it', () => {
    expect(findings('Jan van der Brellow said the port would close.')).toEqual([['person', 'Jan van der Brellow', null]]);
    expect(findings('The port will close, Jan Brellow said on Monday.').map(([, text]) => text)).toEqual(['Jan Brellow']);
    expect(findings('Exports fell in Jan. Brellow said the port would close.')).toEqual([['partial', 'Brellow', 'cue']]);
    // With Dutch particles, no speech verb is needed: no date runs on so.
    expect(findings('Jan van der Brellow arrived in the capital on Monday.')).toEqual([['person', 'Jan van der Brellow', null]]);
    expect(findings('Jan Brellow arrived in the capital on Monday.')).toEqual([['person', 'Jan Brellow', null]]);
  });

  it('reads a weekday\'s or month\'s abbreviation no name list holds ("Mon", "Jun") before a name word as a given name, not before a date or a word', () => {
    expect(findings('Chilean singer Mon Quorvelle will headline the festival.').map(([kind, text]) => `${kind} ${text}`)).toContain('person Mon Quorvelle');
    expect(findings('Mon Quorvelle said the tour would go on.')).toEqual([['person', 'Mon Quorvelle', null]]);
    expect(findings('Jun Brellow, the party leader, resigned.').map(([kind, text]) => `${kind} ${text}`)).toEqual(['person Jun Brellow']);
    // A date, or an ordinary word after the abbreviation, keeps it the date's.
    expect(findings('The memo, dated Mon Dec 6, was leaked.')).toEqual([]);
    expect(findings('Sales rose in the Jun Quarter, Brellow said.').map(([, text]) => text)).not.toContain('Jun Quarter');
  });

  it('reads a capitalised "Will" opening a sentence as a given name when a past-tense verb follows the name ("Will Brellow dropped out")', () => {
    expect(findings('Will Brellow dropped out of the race on Monday.')).toEqual([['person', 'Will Brellow', null]]);
    expect(findings('Will Brellow drop out of the race?')).toEqual([['partial', 'Brellow', null]]);
  });

  it('reads the organization a person\'s name runs into as one ("the Quarn Relief Council Tavita Olsen"), not after a plural\'s apostrophe', () => {
    expect(findings('The head of the Quarn Relief Council Tavita Olsen told reporters.')).toEqual([
      ['org', 'Quarn Relief Council', 'Quarn Relief Council'],
      ['person', 'Tavita Olsen', null],
    ]);
    expect(findings('The debate was run by Brellow News\' Tavita Olsen on Monday.').map(([kind, text]) => [kind, text])).toEqual([
      ['org', 'Brellow News'],
      ['person', 'Tavita Olsen'],
    ]);
  });

  it('keeps a capitalised particle that opens a name ("De Brellow said"), at a sentence\'s start too, but no English word before a name', () => {
    expect(findings('The mayor, Tam de Brellow, spoke. Later De Brellow said the city was safe. De Brellow left.').map(([kind, text]) => [kind, text])).toEqual([
      ['person', 'Tam de Brellow'],
      ['person', 'De Brellow'],
      ['partial', 'De Brellow'],
    ]);
    expect(findings('Von der Quarn said the union would act.')).toEqual([['person', 'Von der Quarn', null]]);
    expect(findings('El Salvador voted first.')).toEqual([['dict', 'El Salvador', 'COUNTRY']]);
    expect(findings('Do Brellow voters care?')).toEqual([['partial', 'Brellow', null]]);
  });

  it('records the words that continue a title ("Miss Galaxy Ana Ruiz")', () => {
    const doc = tokenizeArticle(articleFrom(['Miss Galaxy Ana Ruiz waved.']));
    classifyEntities(doc);
    expect([...doc.titleWords]).toEqual(['galaxy']);
  });

  it('reads a run whose initials spell the acronym bracketed after it as one organization, unless it was read as one name already', () => {
    expect(findings('The Liberation Tigers of Vorland Eelam (LTVE) have fought since 1990.')[0]).toEqual(['org', 'Liberation Tigers of Vorland Eelam', 'Liberation Tigers of Vorland Eelam']);
    expect(findings('Staff at the Quorvle Space Center (QSC) left.')[0]).toEqual(['place', 'Quorvle Space Center', 'facility']);
    // Letters the run does not spell leave its words read as before.
    expect(findings('The Liberation Tigers of Vorland Eelam (LTTE) have fought since 1990.')[0][1]).not.toBe('Liberation Tigers of Vorland Eelam');
  });

  it('reads an organization, lower-case words and the run its bracketed acronym follows as one organization where all their initials spell it', () => {
    // "in" counted: QTFIV; "in the" left out: ICQDA.
    expect(findings('The Quorvian Truce Force in Vorland (QTFIV) patrols the border.')[0]).toEqual(['org', 'Quorvian Truce Force in Vorland', 'Quorvian Truce Force in Vorland']);
    expect(findings('Seeds went to the International Center for Quorvish Research in the Dry Areas (ICQRDA) last year.')[0]).toEqual([
      'org',
      'International Center for Quorvish Research in the Dry Areas',
      'International Center for Quorvish Research in the Dry Areas',
    ]);
    // Letters the words do not spell leave them apart.
    expect(findings('The Quorvian Truce Force in Vorland (QTF) patrols the border.').map(([, text]) => text)).toContain('Vorland');
  });

  it('reads the words a bracketed acronym spells from after "and the" inside a run as the organization, the names before them as before', () => {
    expect(findings('Observers from Vorland and the United Nations Relief Programme (UNRP) were there.').slice(0, 3)).toEqual([
      ['partial', 'Observers', null],
      ['partial', 'Vorland', null],
      ['org', 'United Nations Relief Programme', 'United Nations Relief Programme'],
    ]);
  });

  it('reads the runs before a bracketed acronym, across more lower-case words than one stretch, as the organization their initials spell', () => {
    // "United Nations" and a town's name read in the run before "in".
    expect(findings('The United Nations Truce Mission in Vorland (UNTMV) said it would stay.')[0]).toEqual(['org', 'United Nations Truce Mission in Vorland', 'United Nations Truce Mission in Vorland']);
    // Three runs no rule typed, "to the" and "in" between them.
    expect(findings('A spokesman for Aid to the Tellan Poor in Need (ATPN) said the charity would help.')[0]).toEqual(['org', 'Aid to the Tellan Poor in Need', 'Aid to the Tellan Poor in Need']);
    // Letters the words do not spell leave them apart.
    expect(findings('A spokesman for Aid to the Tellan Poor in Need (ATN) said so.').map(([, text]) => text)).toContain('Need');
  });

  it('reads a name headed by "Library" or "Libraries" as an organization, a place\'s name opening it', () => {
    expect(findings('Readers of the Quorvan National Library waited.')[1]).toEqual(['org', 'Quorvan National Library', 'Quorvan National Library']);
    expect(findings('Staff at Tellmore City Libraries said so.')[0]).toEqual(['org', 'Tellmore City Libraries', 'Tellmore City Libraries']);
  });

  it("reads no owner in a person's possessive before an organization, nor in a leader's before a party named head first", () => {
    const kinds = (text: string) => findings(text).map(([kind, name]) => `${kind} ${name}`);
    // The article names the person in full: "Quorvli's" is hers.
    expect(kinds("Former prime minister Ana Quorvli resigned. The Tellan Congress and Quorvli's Unity Movement are contesting.")).not.toContain('org Quorvli');
    // "Party of ..." is a party, whose owner is its leader.
    expect(kinds("Voters backed Brellow's Communist Party of Tellania.")).not.toContain('org Brellow');
  });

  it("keeps a word opening the sentence before an organization's head word alone as the name's ('Arab Bank said')", () => {
    expect(findings('Arab Bank said its profit rose.')).toEqual([['org', 'Arab Bank', 'Arab Bank']]);
    expect(findings('Coastal Bank said its profit rose.')).toEqual([['org', 'Coastal Bank', 'Coastal Bank']]);
    // A quantifier opens the sentence, and a quotation's first word a programme's name.
    expect(findings('Many Airlines cut flights.').filter(([kind]) => kind === 'org')).toEqual([]);
    expect(findings('He anchors "Nightly News" on weekdays.').filter(([kind]) => kind === 'org')).toEqual([]);
  });

  it('reads a name in another language that it took for a person as the organization its bracketed initials spell, not a person a given name opens', () => {
    // A party or a cooperative with no word English knows: "Tamilaga Vettri Kazhagam (TVK)".
    expect(findings('Quorvani Tellasi Brumando (QTB), a cooperative, said it would sue.')[0]).toEqual(['org', 'Quorvani Tellasi Brumando', 'Quorvani Tellasi Brumando']);
    expect(findings('Quorvani Tellasi Brumando, a cooperative, said it would sue.')[0][0]).toBe('person');
    // Wires give famous people their initials too.
    expect(findings('Crown Prince Mohammed bin Quorvan (MBQ) met the envoy.')[0][0]).toBe('person');
    expect(findings('Yesterday John Quorvex Tellam (JQT) said he would run.')[0][0]).toBe('person');
  });
});
