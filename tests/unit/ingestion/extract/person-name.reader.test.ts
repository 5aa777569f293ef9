import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { hasCue, laterGivenName, nameLength, roleOf, titleEnd } from '../../../../src/ingestion/extract/person-name.reader';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom, extractTyped } from './entity.article-builder';

const docOf = (text: string) => tokenizeArticle(articleFrom([text]));
const indexOf = (doc: ReturnType<typeof docOf>, word: string): number => doc.tokens.findIndex((t) => t.text === word);
/** The names of the people found in an article of the one paragraph `line`. */
const people = (line: string): string[] => extractEntities(articleFrom([line])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);

describe('person-name reader', () => {
  it('reads an accented given name that folds to a demonym as the given name ("Germán Quorvel"), not the country', () => {
    expect(extractTyped(['Mexican senator Germán Quorvel said on Tuesday the bill was flawed.']).mentions).toEqual(['Mexican L', 'Germán Quorvel P']);
    expect(extractTyped(['A German delegation met Germán Quorvel.']).mentions).toEqual(['German L', 'Germán Quorvel P']);
  });

  it('reads a place the first-name lists hold before a word no list knows as a place as a person\'s given name where a person\'s noun, "who" or an age shows one ("owner Georgia Sparrow")', () => {
    expect(people('Café owner Georgia Sparrow disagreed with the plan.')).toEqual(['Georgia Sparrow']);
    expect(people('The motion was moved by councillor Jordan Thimble, who chairs the committee.')).toEqual(['Jordan Thimble']);
    expect(people('Israel Marble, 61, died on Monday.')).toEqual(['Israel Marble']);
    // A speech cue alone shows no person: companies speak too ("Georgia Power said").
    expect(people('Georgia Sparrow said the plant would close.')).not.toContain('Georgia Sparrow');
    expect(extractTyped(['Georgia Power said it would raise rates.']).mentions).toEqual(['Georgia Power O']);
  });

  it('leaves an office written with a prefix and a hyphen out of the name after it, opening a sentence ("Co-founder Lachlan Quorvel")', () => {
    expect(people('Co-founder Lachlan Quorvel said the company would list next year.')).toEqual(['Lachlan Quorvel']);
    expect(people('Ex-president Rafael Quintell was arrested on Monday.')).toEqual(['Rafael Quintell']);
  });

  it('leaves a modifier out of the name after it: a compound ending in a lower-case word ("the Irish-born Quorvel"), an ordinary word opening a sentence ("Spearhead Mabior Quorvel")', () => {
    expect(extractTyped(['Midfielder Conor Quorvel left the field. The Irish-born Quorvel returned later.']).mentions).toEqual(['Conor Quorvel P', 'Quorvel P']);
    expect(people('Spearhead Mabior Quorvel kicked four goals on Saturday.')).toEqual(['Mabior Quorvel']);
    expect(people('Guard Austin Quorvex scored 20 points on Friday.')).toEqual(['Austin Quorvex']);
    // A given name, or an ordinary word before ordinary words, stays: "Rose Quorvel", no person in "Standard Chartered Bank".
    expect(people('Rose Quorvel Tellan scored 20 points on Friday.')).toEqual(['Rose Quorvel Tellan']);
  });

  it('reads a given name of the world lists (gender-detection-from-name) before a word the dictionary writes as a name as one person, with no other sign ("Oisin Baker scored")', () => {
    expect(people('The side won on Sunday. Oisin Baker scored twice and Emeka Cotton had 31.')).toEqual(['Oisin Baker', 'Emeka Cotton']);
    // A first word no list holds still needs a sign of a person; one the dictionary writes as a word is no given name by the lists alone.
    expect(people('The side won on Sunday. Brennagh Baker scored twice.')).toEqual([]);
    expect(people('The ship sailed past Bell Rock at dawn.')).toEqual([]);
  });

  it('reads a noun for a person by role that heads a speaker phrase ("student", "witness") as a label before a name, as an actor\'s noun is', () => {
    expect(people('A member of his group, graduate student Florence Hartwell, told reporters the team was happy.')).toEqual(['Florence Hartwell']);
  });

  it('reads a Chinese given name of two syllables written apart to its end ("Tan Hooi Ling", "Rae Tan Wei Ling"), not an ordinary word after a name ("Tom Lee Ring")', () => {
    expect(people('Tan Hooi Ling said the plan was good.')).toEqual(['Tan Hooi Ling']);
    expect(people('Rae Tan Wei Ling said the plan was good.')).toEqual(['Rae Tan Wei Ling']);
    expect(people('Tom Lee Ring said the plan was good.')).toEqual(['Tom Lee']);
  });

  it('reads a country the first-name lists hold before a surname opened by a capitalised particle as the given name ("Jordan De Quorvel")', () => {
    expect(extractTyped(['The Magpies trailed before Jordan De Quorvel kicked three goals.']).mentions).toContain('Jordan De Quorvel P');
    expect(extractTyped(['Officials in Jordan said on Monday the border was open.']).mentions).toEqual(['Jordan L']);
  });

  it('reads a country the first-name lists hold before a town they hold too, the two alone, as a person ("Georgia Stafford"), not two places', () => {
    expect(extractTyped(['Georgia Stafford scored twice for the visitors.']).mentions).toEqual(['Georgia Stafford P']);
    expect(extractTyped(['The visitors were led by Georgia Stafford, who scored twice.']).mentions).toContain('Georgia Stafford P');
    // Apart, they stay places.
    expect(extractTyped(['Aid flights from Jordan to Kingston resumed on Monday.']).mentions).toEqual(['Jordan L', 'Kingston L']);
  });

  it('reads a Welsh patronymic particle written small inside one name ("Owain ap Quorvel", "Gwen ferch Tellan")', () => {
    expect(extractTyped(['Voters backed Owain ap Quorvel in the ballot on Thursday.']).mentions).toEqual(['Owain ap Quorvel P']);
    expect(extractTyped(['The title went to Gwen ferch Tellan of Cardiff.']).mentions).toEqual(['Gwen ferch Tellan P', 'Cardiff L']);
  });

  it('opens a name with a capitalised foreign article before a particle written small at a sentence\'s start ("De la Quorvel said"), the person of a longer name that holds it', () => {
    expect(extractTyped(['De la Quorvel said the team was tired after the match.']).mentions).toEqual(['De la Quorvel P']);
    const text = 'The film by Marisol de la Quorvel Ibarra won the prize. De la Quorvel said it was hard.';
    expect(extractTyped([text]).mentions).toEqual(['Marisol de la Quorvel Ibarra P', 'De la Quorvel P']);
    expect(people(text)).toEqual(['Marisol de la Quorvel Ibarra']);
  });

  it('ends a title before the name: "Secretary General", "Speaker of the House", "Gov.", "Mayor" (a given name to the lists)', () => {
    for (const [text, words] of [['Secretary General Jens Stoltenberg', 2], ['Speaker of the House Paul Ryan', 4], ['Gov. Jerry Brown', 1], ['Mayor Bill de Quimby', 1]] as const) {
      const doc = docOf(text);
      expect(titleEnd(doc.tokens, doc.tokens.map((_, i) => i))).toBe(words);
    }
  });

  it('ends a title after the one word its "of the" names, before a name ("Secretary of the Commonwealth Al Quimby")', () => {
    for (const [text, words] of [['Secretary of the Commonwealth Al Quimby', 4], ['Minister of the Interior Tevan des Orlikko', 4], ['Secretary of the Commonwealth', 0]] as const) {
      const doc = docOf(text);
      expect(titleEnd(doc.tokens, doc.tokens.map((_, i) => i))).toBe(words);
    }
    expect(people('Ostrava Secretary of the Commonwealth Al Quimby told reporters the count was accurate.')).toEqual(['Al Quimby']);
  });

  it('ends a title that is also a given name ("King", "Mayor") before one name alone, but not in a quoted nickname or a holder\'s possessive', () => {
    const doc = docOf('King Tevan');
    expect(titleEnd(doc.tokens, doc.tokens.map((_, i) => i))).toBe(1);
    expect(people('Officials said King Tevan was ill.')).toEqual(['Tevan']);
    expect(people('Mayor Orlikko said the city was safe.')).toEqual(['Orlikko']);
    expect(people('The forward nicknamed “King Tevan” scored.')).toEqual(['King Tevan']);
    expect(people("The play King Tevan's Court opened.")).toEqual(['King Tevan']);
  });

  it('ends a royal rank its qualifier opens ("Crown Prince", "Grand Duke") before one name, and reads a place named so as the given name', () => {
    const doc = docOf('Crown Prince Tevan');
    expect(titleEnd(doc.tokens, doc.tokens.map((_, i) => i))).toBe(2);
    expect(people('Crown Prince Tevan opened the new bridge.')).toEqual(['Tevan']);
    expect(people('Grand Duke Orlikko received the envoy.')).toEqual(['Orlikko']);
    expect(people('Crown Princess Victoria toured the flooded valley.')).toEqual(['Victoria']);
    expect(people('Queen Victoria died at the palace.')).toEqual(['Victoria']);
  });

  it('gives the role of the title words, courtesy titles dropped', () => {
    const doc = docOf('Mr. Secretary General Smith');
    expect(roleOf(doc.tokens, 0, 2)).toBe('Secretary General');
    expect(roleOf(doc.tokens, 0, 0)).toBeNull();
  });

  it('counts the words of a name up to an ordinary word, keeping initials and a suffix inside', () => {
    expect(nameLength(docOf('Steve Harvey Morning Show').tokens)).toBe(2);
    expect(nameLength(docOf('Martin Luther King Jr.').tokens)).toBe(4);
    expect(nameLength(docOf('Selma T. Bell').tokens)).toBe(3);
    // A regnal number past IV ends the name too ("Mohammed VI", "Leo XIV").
    expect(nameLength(docOf('Tevan Orlikko XIV').tokens)).toBe(3);
    expect(people('Pope Tevan XIV celebrated Mass on Sunday.')).toEqual(['Tevan XIV']);
  });

  it('opens no second name in a name written family name first, its last word unknown to every list ("Pham Minh Quorvh")', () => {
    expect(people('Pham Minh Quorvh met the delegation.')).toEqual(['Pham Minh Quorvh']);
    // A last word the lists know: two names run together.
    const doc = docOf('Clinton Donald Trump');
    expect(laterGivenName(doc.tokens, doc.tokens.map((_, i) => i))).toBe(1);
  });

  it('opens no second name at a capitalised particle after "bin" ("Tarek bin Hamad Al Qasrawi")', () => {
    const doc = docOf('Tarek bin Hamad Al Qasrawi');
    expect(laterGivenName(doc.tokens, doc.tokens.map((_, i) => i))).toBe(0);
    const people = extractEntities(articleFrom(['Sheikh Tarek bin Hamad Al Qasrawi announced the plan on Monday.'])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people).toEqual(['Tarek bin Hamad Al Qasrawi']);
  });

  it('starts a second name right after an organization\'s head word, whatever its given name ("... Council Enver Quimby")', () => {
    const words = (doc: ReturnType<typeof docOf>, from: string): number[] => doc.tokens.map((_, i) => i).filter((i) => i >= indexOf(doc, from) && doc.tokens[i].cap);
    const council = docOf('The head of the Brightwater Council Tevan Orlikko spoke.');
    expect(laterGivenName(council.tokens, words(council, 'Brightwater'))).toBe(2);
    // A place after the head word is the organization's own ("Bank Tellara Malaysia"); one word after it proves nothing.
    const bank = docOf('Brightwater Bank Tellara Malaysia');
    expect(laterGivenName(bank.tokens, words(bank, 'Brightwater'))).toBe(0);
    const alone = docOf('Brightwater Council Orlikko');
    expect(laterGivenName(alone.tokens, words(alone, 'Brightwater'))).toBe(0);
    const article = articleFrom(['Later, chief executive of the Brightwater Council Tevan Orlikko told reporters the plan was fair.', 'Orlikko left.']);
    const people = extractEntities(article).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people).toEqual(['Tevan Orlikko']);
  });

  it('takes no ordinary word alone after a written-out title for a surname, unless the article writes it in a full name', () => {
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person('The panel met again in Executive Session on Tuesday, aides said.')).toEqual([]);
    expect(person('Tevan Quill spoke first.', 'Governor Quill then left the room.')).toEqual(['Tevan Quill']);
    expect(person('Reporters waited for Sen. Quill outside.')).toEqual(['Quill']);
  });

  it('reads a given name and a street\'s word as a person only with a sign of one ("host Nora Lane said")', () => {
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person('Harbor Radio host Nora Lane said the station would stay open.')).toEqual(['Nora Lane']);
    expect(person('Shoppers filled Nora Lane on Saturday morning.')).toEqual([]);
  });

  it('reads a title\'s word after a courtesy title as a surname before "and", or when the article names someone so in full', () => {
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person('Jim Quarry and Nora King met on Monday.', 'Later Mr. King and Mr. Quarry spoke to reporters.').sort()).toEqual(['Jim Quarry', 'Nora King']);
    const justice = extractEntities(articleFrom(['Jim Justice owns the mines.', 'A Democrat, Mr. Justice is running for governor.']));
    expect(justice.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Jim Justice']);
    expect(justice.mentions).toHaveLength(2);
  });

  it('reads an unknown word before the plural of an ordinary word as no person without a sign of one ("Orvane Images")', () => {
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person('The ferry left at noon.', 'Photo: Nora Quill/Orvane Images')).toEqual(['Nora Quill']);
    expect(person('Tevan Sessions said the plan was fine.')).toEqual(['Tevan Sessions']);
  });

  it('keeps a listed first name the lexicon knows as a surname before a given name and a surname as one name of three', () => {
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person('Investigators linked him to Lee Harvey Quimby that autumn.')).toEqual(['Lee Harvey Quimby']);
    expect(person('Austin Nora Spencer won.', 'Nora Spencer said so.')).toContain('Nora Spencer');
  });

  it('sees a speech cue after the name, or before it when the name ends the clause, but not "told X"', () => {
    const said = docOf('Mabry said so, said Quimby.');
    expect(hasCue(said, indexOf(said, 'Mabry'), indexOf(said, 'Mabry'))).toBe(true);
    expect(hasCue(said, indexOf(said, 'Quimby'), indexOf(said, 'Quimby'))).toBe(true);
    const told = docOf('He told Brightwater nothing.');
    expect(hasCue(told, indexOf(told, 'Brightwater'), indexOf(told, 'Brightwater'))).toBe(false);
    const claims = docOf('Democratic claims were checked.');
    expect(hasCue(claims, 0, 0)).toBe(false);
  });

  it('sees no speech cue after a name that is a preposition\'s object, and reads it as no person ("residents who fled to Quorvanto said")', () => {
    for (const text of ['Residents who fled to Quorvanto said they would wait.', 'Fisherman Teodor Brask of Quorvanto said patrols would help.', 'Traders near Quorvanto said prices rose.']) {
      const doc = docOf(text);
      expect(hasCue(doc, indexOf(doc, 'Quorvanto'), indexOf(doc, 'Quorvanto'))).toBe(false);
      expect(people(text)).not.toContain('Quorvanto');
    }
    // The subject keeps its cue: "Quorvanto said", "a lawyer for Ann Brask, Quorvanto, said".
    const said = docOf('Later, Quorvanto said the talks had failed.');
    expect(hasCue(said, indexOf(said, 'Quorvanto'), indexOf(said, 'Quorvanto'))).toBe(true);
  });

  it('reads a city named like a person before a place\'s office and its holder as the city ("Eugene Mayor Nora Quill")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}${e.role ? ` (${e.role})` : ''}`);
    expect(found('Eugene Mayor Nora Quill said the bridge would reopen.')).toEqual(['LOCATION Eugene', 'PERSON Nora Quill (Mayor)']);
    expect(found('Austin Mayor Nora Quill spoke.')).toEqual(['LOCATION Austin', 'PERSON Nora Quill (Mayor)']);
    // A company's office keeps the word before it from being a place.
    expect(found('Madison Spokesman Nora Quill said the talks had stalled.')).not.toContain('LOCATION Madison');
  });

  it('keeps an office out of the name before a given name no list knows ("Mayor Tevan Orlikko"), the office as the role', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}${e.role ? ` (${e.role})` : ''}`);
    expect(found('Mayor Tevan Orlikko said the bridge would reopen.')).toEqual(['PERSON Tevan Orlikko (Mayor)']);
    expect(found('Jackson Mayor Tevan Orlikko spoke.')).toEqual(['LOCATION Jackson', 'PERSON Tevan Orlikko (Mayor)']);
    // A known surname after the office keeps the reading of a given name and a surname ("Major Garrett", "Prince Rogers Nelson").
    expect(found('Prince Rogers Nelson sang.')).toEqual(['PERSON Prince Rogers Nelson']);
  });

  it('reads a word, a particle written with its capital and a name as a person ("Marine Le Quorn", "Chandler Van Quorn")', () => {
    const found = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Reporters met Marine Le Quorn on Monday.')).toEqual(['PERSON Marine Le Quorn']);
    expect(found('Marine Le Quorn said she would run.', 'Le Quorn\'s party won.')).toEqual(['PERSON Marine Le Quorn']);
    // A town named like a person opens the name; the surname alone elsewhere splits off no second name.
    expect(found('One backer is Chandler Van Quorn, a founder.', 'Mr. Van Quorn agreed.')).toEqual(['PERSON Chandler Van Quorn']);
    // A plural after the particle is an institution's word, no surname.
    expect(found('They toured the Palais Des Nations on Monday.').filter((e) => e.startsWith('PERSON'))).toEqual([]);
  });

  it('ends a person\'s known full name at "and" before an organization ("Anderson Cooper and Harbor News\' Nora Quill")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('He met Anderson Cooper and Harbor News\' Nora Quill on Monday.')).toEqual(['PERSON Anderson Cooper', 'ORGANIZATION Harbor News', 'PERSON Nora Quill']);
  });

  it('reads a surname before a noun for what a leader runs as a person ("the Orlikko administration"), not a group\'s word', () => {
    expect(people('The Orlikko administration announced new tariffs.')).toEqual(['Orlikko']);
    expect(people('Aides feared a Quorvan presidency.')).toEqual(['Quorvan']);
    expect(people('Orlikko campaign officials declined to comment.')).toEqual(['Orlikko']);
    // A name the spelling dictionary writes (a cause's, a group's) runs a campaign or a regime without being a person.
    expect(people('The Brexit campaign won the vote.')).toEqual([]);
    expect(people('The Taliban regime fell in weeks.')).toEqual([]);
    expect(people('The Democratic administration cut taxes.')).toEqual([]);
  });

  it('reads one word set off by commas after a noun for a person as that person ("her husband, Quor-Z, said"), not after "its"', () => {
    expect(people('Her husband, Quor-Z, said in an interview that he was proud.')).toEqual(['Quor-Z']);
    expect(people('His lawyer, Orlikko, declined to comment.')).toEqual(['Orlikko']);
    expect(people('Its partner, Orlikko, declined to comment.')).toEqual([]);
    // A given name that is also an ordinary word stands so too ("her son, Hunter,").
    expect(people('Her son, Hunter, said he was proud.')).toEqual(['Hunter']);
  });

  it('reads two words no list knows before a noun for a political grouping or after a company\'s shares as no person ("whose Quorvle Tellan coalition")', () => {
    expect(people('The premier, whose Quorvle Tellan coalition holds a majority, said it was fair.')).toEqual([]);
    expect(people('Quorvle Tellan said the coalition held a majority.')).toEqual(['Quorvle Tellan']);
    // What only a company has, after the words or before them: no person either.
    expect(people('Shares in Quorvle Tellan rose 2 percent.')).toEqual([]);
    expect(people('Quorvle Tellan shares rose 2 percent.')).toEqual([]);
  });

  it('reads a known given name alone before a verb of thought as a person, at a sentence\'s start too, but no town\'s name', () => {
    expect(people('Melanie thought the whole plan was foolish.')).toEqual(['Melanie']);
    expect(people('Later, Melanie believes, the rules will change.')).toEqual(['Melanie']);
    expect(people('Charlotte expects ten thousand visitors.')).toEqual([]);
  });

  it('reads a word of a person the article names before an organization\'s people word as that person ("Orlikko spokesman")', () => {
    const found = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Tevan Orlikko spoke first.', 'Orlikko spokesman Nora Quill said more.')).toEqual(['PERSON Tevan Orlikko', 'PERSON Nora Quill']);
    expect(found('Quorvle spokesman Nora Quill said more.')).toEqual(['ORGANIZATION Quorvle', 'PERSON Nora Quill']);
  });

  it('sees a speech cue after up to two adverbs or auxiliaries ("Quimby also said"), but not after a passive', () => {
    for (const text of ['Quimby also said it was over.', 'Quimby has repeatedly said it was over.', 'Quimby had earlier told reporters.']) expect(hasCue(docOf(text), 0, 0)).toBe(true);
    for (const text of ['Quimby were admitted too.', 'Quimby has been admitted.', 'Quimby also quietly never said it.']) expect(hasCue(docOf(text), 0, 0)).toBe(false);
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person('The tapes were found nearby.', 'Orlikko also said the tapes were blurred.')).toEqual(['Orlikko']);
  });

  it('reads unknown words before a possessive as a name at the body\'s start and after an opening quotation mark (the apostrophe closes no quotation)', () => {
    const person = (...lines: string[]) => extractEntities(articleFrom(lines)).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(person("Tevan Orlikko's plan drew fire from the council.")).toEqual(['Tevan Orlikko']);
    expect(person('The council met on Monday.', '"Tevan Orlikko\'s plan is dead," a member said.')).toEqual(['Tevan Orlikko']);
  });

  it('reads a place the lists know right after a title and before a surname as the person\'s given name ("Rep. Victoria Quimbrey")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Rep. Victoria Quimbrey said the plan would fail.')).toEqual(['PERSON Victoria Quimbrey']);
    expect(found('Sen. Sydney Orlikko-Vance, D-Ore., opposed the bill.')).toEqual(['PERSON Sydney Orlikko-Vance']);
    expect(found('Defense Minister Jordan Tevanis visited the base.')).toEqual(['PERSON Jordan Tevanis']);
    // After a title only a person bears, two words are a given name and a surname, though ordinary words or titles ("Sen. Angus King").
    expect(found('Sen. Georgia Baker said the plan would fail.')).toEqual(['PERSON Georgia Baker']);
    expect(found('Sen. Angus Bishop said the plan would fail.')).toEqual(['PERSON Angus Bishop']);
    expect(found('Sen. Quimby Monday said the plan would fail.')).toEqual(['PERSON Quimby']);
    // No surname after it: the place stays ("Queen Victoria Memorial", a place's name the lists hold after it).
    expect(found('Crowds filled the Queen Victoria Memorial.')).toEqual(['LOCATION Queen Victoria Memorial']);
  });

  it('reads a word no list knows and an ordinary word the dictionary also writes as a name as a person with a sign of one ("Tevanor Brown said")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('On Tuesday, Tevanor Brown said the plan would fail.')).toEqual(['PERSON Tevanor Brown']);
    expect(found('The fund is run by Orlana Wood, who bought more shares.')).toEqual(['PERSON Orlana Wood']);
    // An ordinary word no dictionary writes as a name: no person.
    expect(found('Quorvle Energy said it would cut jobs.')).not.toContain('PERSON Quorvle Energy');
  });

  it('reads a region the lists know after a word no list knows, before a speech cue or an owning possessive, as a surname ("Tevanye West said")', () => {
    expect(people('Tevanye West said he was happy.')).toEqual(['Tevanye West']);
    expect(people("Tevanye West's label declined to comment.")).toEqual(['Tevanye West']);
    // A regular past tense the lexicon tags as an adjective only ("released").
    expect(people('Tevanye West released a new album on Friday.')).toEqual(['Tevanye West']);
    // A constituency's office after the possessive, or no sign of a person: the region stays.
    expect(people("Orvaling West's MP spoke.")).toEqual([]);
    expect(people('Fans of Tevanye West cheered.')).toEqual([]);
  });

  it('reads a name with Dutch or German particles written small as a person\'s, though its last word is an English word ("Pieter van den Berg")', () => {
    const people = (line: string) => extractEntities(articleFrom([line])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('Pieter van den Berg said on Tuesday that talks would go on.')).toEqual(['Pieter van den Berg']);
    expect(people('Quorvlaus van der Pas told a news briefing on Tuesday.')).toEqual(['Quorvlaus van der Pas']);
    expect(people("The agency's chief spokesman Quorvlaus van der Pas told reporters.")).toEqual(['Quorvlaus van der Pas']);
    // A first word no list knows needs a sign of a person: a museum's or an institute's name is none.
    expect(people('The Quorvlmuseum van Oudheden reopened in May.')).toEqual([]);
  });

  it('reads a country or region in no name list after a word no list knows, before a speech cue, as a company\'s unit there ("Telkom Kenya said"), not a person', () => {
    const found = (text: string) => extractEntities(articleFrom([text])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Quorvlecom Kenya said the network was down.')).toEqual(['ORGANIZATION Quorvlecom Kenya']);
    expect(found('Brellergy Texas said power was back. Texas officials agreed.')).toEqual(expect.arrayContaining(['ORGANIZATION Brellergy Texas', 'LOCATION Texas']));
    expect(found('Brellergy Texas said power was back. Texas officials agreed.').filter((e) => e.startsWith('PERSON'))).toEqual([]);
    expect(found("Quorvlecom Nigeria's network was down.")).toEqual(['ORGANIZATION Quorvlecom Nigeria']);
    // A place the name lists hold as a name stays a surname.
    expect(found('Tevanye Jordan said he was happy.')).toEqual(['PERSON Tevanye Jordan']);
    // An ordinary word, spelt the British way or not, is no company's name.
    expect(found('Neighbouring Nigeria said it would close the border.')).toEqual(['LOCATION Nigeria']);
    expect(found('Neighboring Chad said its troops would stay.')).toEqual(['LOCATION Chad']);
  });

  it('reads two capitals without dots before a known given name or surname as a person\'s initials with a sign of one ("TJ Anderson said")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('On Tuesday, TJ Anderson said the plan would fail.')).toEqual(['PERSON TJ Anderson']);
    // Without a sign of a person: no initials ("the TV Anderson show").
    expect(found('The TV Anderson show aired late.')).toEqual([]);
  });

  it('reads a country or region the first-name lists hold, alone before a surname, as a person\'s given name ("Israel Quorvane said")', () => {
    expect(people('Israel Quorvane said the strikes would continue.')).toEqual(['Israel Quorvane']);
    expect(people('Victoria Orlikko said the plan would fail.')).toEqual(['Victoria Orlikko']);
    // A plural or a word English writes in lower case after it: no person.
    expect(people('The money could help Virginia Democrats win.')).toEqual([]);
    expect(people('Fans of Georgia Tech cheered.')).toEqual([]);
  });

  it('reads a town that ends a run after a given name and one more name word as the person\'s surname ("Del. Nora Quimby Rochester")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Del. Nora Quimby Rochester, D-Ore., opposed the plan.')).toEqual(['PERSON Nora Quimby Rochester']);
    expect(found('On Monday Nora Orlikko Norton said the plan would fail.')).toEqual(['PERSON Nora Orlikko Norton']);
  });

  it('reads a place alone after "Mr." or an abbreviated office ("Rep. Jordan") as a surname, but not after "Miss" (a pageant)', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Rep. Jordan said the committee would vote.')).toEqual(['PERSON Jordan']);
    expect(found('Ms. Paris declined to comment.')).toEqual(['PERSON Paris']);
    expect(found('She was crowned Miss America on Sunday.')).not.toContain('PERSON America');
  });

  it('reads a rare English word before a word the dictionary writes as a name ("Tiger Woods") as a person\'s name when a person\'s pronoun follows its verb', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Badger Woods said she would race again in the spring.')).toEqual(['PERSON Badger Woods']);
    expect(found('Later, Badger Woods said she would race again.')).toEqual(['PERSON Badger Woods']);
    expect(found('Otter Holdings said it would cut jobs.')).not.toContain('PERSON Otter Holdings');
  });

  it('reads a word no list knows before an ordinary noun as a person\'s name only with a sign only a person gives ("Jannik Sinner said he")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Orvanek Sinner said he was tired after the final.')).toEqual(['PERSON Orvanek Sinner']);
    expect(found('Orvanek Sinner won the Tellan Open on Sunday.')).toContain('PERSON Orvanek Sinner');
    expect(found('Orvanek Sinner said it would cut jobs.')).not.toContain('PERSON Orvanek Sinner');
  });

  it('reads a word no list knows before a word shaped like an ordinary plural as a person\'s name only with a sign only a person gives right after them ("Geert Wilders said he", "Zizou Bergs (Belgium) 6-4 6-2")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Orvanek Wilders said he would quit the coalition.')).toEqual(['PERSON Orvanek Wilders']);
    expect(found('Orvanek Wilders, who leads the party, was absent.')).toContain('PERSON Orvanek Wilders');
    expect(found('Ann Tellan (Spain) beat Orvanek Bergs (Belgium) 6-4 6-2')).toContain('PERSON Orvanek Bergs');
    expect(found('Orvanek Bergs stepped down as party leader.')).toContain('PERSON Orvanek Bergs');
    // A class of people, a thing's pronoun, or a pronoun further on (it may be the object's) proves no person.
    expect(found('Orvanek Farmers said he was tired.')).not.toContain('PERSON Orvanek Farmers');
    expect(found('Orvanek Metals said it would cut jobs.')).not.toContain('PERSON Orvanek Metals');
    expect(found('Orvanek Farms named her chief executive in May.')).not.toContain('PERSON Orvanek Farms');
  });

  it('reads a word no list knows before an ordinary noun as a person\'s name when the noun alone elsewhere has a speech cue, an age or a relative "who" ("Sinner said", "Sinner, 23,", "Sinner, who")', () => {
    const found = (...paragraphs: string[]) => extractEntities(articleFrom(paragraphs)).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Orvanek Sinner beat the defending champion in straight sets.', '"I played well," Sinner said.')).toContain('PERSON Orvanek Sinner');
    expect(found('Orvanek Sinner beat the defending champion in straight sets.', 'Sinner, 23, faces Quorvle next.')).toContain('PERSON Orvanek Sinner');
    expect(found('Orvanek Sinner beat the defending champion in straight sets.', 'Sinner, who won the title last year, was tired.')).toContain('PERSON Orvanek Sinner');
    expect(found('Orvanek Sinner cut its forecast in straight terms.', 'Sinner, which makes chips, was sold.')).not.toContain('PERSON Orvanek Sinner');
    // Not the first word of a longer name ("said Air Ostrava"), nor without any such sign.
    expect(found('Brokers expect Quorvle Air to order jets.', 'Analysts said Air Ostrava was next.')).not.toContain('PERSON Quorvle Air');
    expect(found('Orvanek Sinner beat the defending champion in straight sets.')).not.toContain('PERSON Orvanek Sinner');
  });

  it('reads words no list knows right before a lower-case office and its holder as no person ("Lib Dem leader Ed Quintell")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Vorlib Tresk leader Ed Quintell called for a vote.')).not.toContain('PERSON Vorlib Tresk');
    expect(found('Vorlib Tresk chief executive Ann Quorvle said the plant would close.')).not.toContain('PERSON Vorlib Tresk');
    expect(found('Vorlib Tresk said the plant would close.')).toContain('PERSON Vorlib Tresk');
  });

  it('reads a given name the lists know and a cardinal point, as the subject of a past tense, as a person ("Adam West released")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Gareth West released a new record on Friday.')).toEqual(['PERSON Gareth West']);
    expect(found('Helena North resigned from the board.')).toEqual(['PERSON Helena North']);
    expect(found('Gareth West fans gathered outside.')).not.toContain('PERSON Gareth West');
  });

  it('keeps the offices of clergy and nobility out of the name ("Rabbi", "Imam", "Mufti", "Duchess")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Rabbi Yossi Quorvle led the prayers on Friday.')).toEqual(['PERSON Yossi Quorvle']);
    expect(found('Imam Tarek Quorvle led the prayers on Friday.')).toEqual(['PERSON Tarek Quorvle']);
    expect(found('Duchess Quintell opened the new wing on Friday.')).toEqual(['PERSON Quintell']);
  });

  it('reads a given name no list knows that ends like "-ist" as a name ("Tigist"), a dictionary\'s "-ist" word not ("Marxist")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Ethiopian runner Tigist Quorvle broke the course record.')).toContain('PERSON Tigist Quorvle');
    expect(found('Marxist Quorvle groups marched on Sunday.')).toEqual([]);
  });

  it('reads a lone name set off by "who" or by a caption\'s position word ("left", "(R)") as a person\'s, not one set off by "which"', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('The cup went to Quintell, who lost only one match all year.')).toEqual(['PERSON Quintell']);
    expect(found('Quorvle, left, and Pellisk shake hands after the signing.')).toContain('PERSON Quorvle');
    expect(found('Quorvle (R) greets Pellisk after the signing.')).toContain('PERSON Quorvle');
    expect(found('The cup went to Quorvani, which lost money all year.')).not.toContain('PERSON Quorvani');
  });

  it('reads such a rare word and name as a person\'s as the object of a verb only a person takes ("met", "arrested"), not of one companies take', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Reporters met Badger Woods at the clubhouse on Sunday.')).toEqual(['PERSON Badger Woods']);
    expect(found('Police arrested Badger Woods at the clubhouse on Sunday.')).toEqual(['PERSON Badger Woods']);
    expect(found('Investors bought Badger Woods at the auction on Sunday.')).not.toContain('PERSON Badger Woods');
  });

  it('reads a town after a kinship particle ("wa", "bin", "arap") as the last word of a person\'s name, not after "de" (a place\'s particle)', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Premier Tolu wa Lima told the assembly he would resign.')).toContain('PERSON Tolu wa Lima');
    expect(found('Sheikh Harun bin Kinshasa attended the talks.')).toContain('PERSON Harun bin Kinshasa');
    expect(found('Flights from Rio de Janeiro to Lima resumed.')).toEqual(expect.arrayContaining(['LOCATION Rio de Janeiro', 'LOCATION Lima']));
  });

  it('reads a town ending the run after an abbreviated office and one given name no list knows as the surname ("Rep. Ro Khanna")', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('Rep. Vo Kolhapur said the committee would vote.')).toEqual(['PERSON Vo Kolhapur']);
  });

  it('reads a first name the lexicon knows as a surname only ("Taylor") before an ordinary word written as a name, with a sign of a person, as one', () => {
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('On Tuesday, Taylor Brown said the plan would fail.')).toEqual(['PERSON Taylor Brown']);
    expect(found('On Tuesday, Taylor Energy said it would cut jobs.')).not.toContain('PERSON Taylor Energy');
    // A possessive that owns the next word is such a sign ("Taylor Swift's new album"); one that ends the clause is none.
    expect(found("Taylor Cotton's new album sold well.")).toEqual(['PERSON Taylor Cotton']);
    expect(found("The band played at Taylor Cotton's.")).toEqual([]);
  });

  it('takes a last word the dictionary also writes as a name after a given name and middle names no list knows ("Nell Carden Grey")', () => {
    expect(nameLength(docOf('Ruth Tellavane Grey').tokens)).toBe(3);
    expect(people('Ruth Tellavane Grey said the vote was rigged.')).toEqual(['Ruth Tellavane Grey']);
  });

  it('reads name words ending in a generational word written out ("Vinicius Junior", "Filho", "Neto") as one person, no place\'s or firm\'s', () => {
    expect(people('Vorinho Junior was booked in the 80th minute.')).toEqual(['Vorinho Junior']);
    expect(people('Vorinho da Quell Tarvim Junior scored twice on Sunday.')).toEqual(['Vorinho da Quell Tarvim Junior']);
    expect(people('Edson Quorvle Neto was booked in the 80th minute.')).toEqual(['Edson Quorvle Neto']);
    // A town or a company's word first is no given name: the school and the town's junior side stay none.
    expect(people('The Manchester Junior won the cup.')).toEqual([]);
    expect(people('The Quorvex Junior School opened in 1990.')).toEqual([]);
  });

  it('keeps a name particle English also writes as a word ("do") inside a name before its capitalised word ("Andre Correa do Lago")', () => {
    expect(nameLength(docOf('Ana Quorvle do Tarvim').tokens)).toBe(4);
    expect(people('Summit president Ana Quorvle do Tarvim told delegates.')).toEqual(['Ana Quorvle do Tarvim']);
    // Not before a word in lower case, nor as the name's last word.
    expect(people('What did Ana Quorvle do then?')).toEqual(['Ana Quorvle']);
  });
});

describe('person-name reader: a third name that is an English word', () => {
  it('keeps a word English knows after a given name and a second name in the name where the word alone is the person elsewhere', () => {
    expect(extractTyped(['Chief Executive Ana Quorvel Papa said the deal would help. "It brings us the north," Papa told analysts.']).mentions).toEqual([
      'Ana Quorvel Papa P',
      'Papa P',
    ]);
    expect(extractTyped(['Ana Tellan Store said on Monday the talks would go on. Store said he was hopeful.']).mentions).toEqual(['Ana Tellan Store P', 'Store P']);
  });

  it('ends the name before the word where nothing shows the word a person', () => {
    expect(extractTyped(['Chief Executive Ana Quorvel Papa said the deal would help.']).mentions).not.toContain('Ana Quorvel Papa P');
    expect(extractTyped(['Ana Tellan Store sold bread on Monday.']).mentions).toEqual(['Ana Tellan P']);
  });
});
