import { extractEntities } from '../../../../src/ingestion/article.annotator';
import type { EntityType } from '../../../../src/ingestion/annotations';
import { articleFrom } from './entity.article-builder';

/**
 * Names told by their form and context (issue 15): organizations written round places and people,
 * "The" inside a sentence, acronyms of organizations the article names, towns that are surnames.
 */
function extract(...lines: string[]) {
  const article = articleFrom(lines);
  const result = extractEntities(article);
  const typeOf = new Map(result.entities.map((e) => [e.key, e.type]));
  const mentions = result.mentions.map((m) => [article.body.slice(m.start, m.end), typeOf.get(m.entityKey)] as [string, EntityType | undefined]);
  const keyOf = (text: string) => result.mentions.find((m) => article.body.slice(m.start, m.end) === text)?.entityKey;
  return { mentions, keyOf };
}

describe('extractEntities: organizations by their form', () => {
  it('keeps a place or a person inside an organization name part of the name', () => {
    const { mentions } = extract(
      'Students who study at the University of Lower Saxony were given a grant by the Nora Quimby Foundation for the Performing Arts this year.',
      'They later met officials of the Norwegian Fisheries Ministry to talk about their work.',
    );
    expect(mentions).toEqual([
      ['University of Lower Saxony', 'ORGANIZATION'],
      ['Nora Quimby Foundation for the Performing Arts', 'ORGANIZATION'],
      ['Norwegian Fisheries Ministry', 'ORGANIZATION'],
    ]);
  });

  it('starts the organization after "of" when a person comes before it, and ends it at "and the"', () => {
    const { mentions } = extract('The story was told by Edda Brask of Harbour Valley News and the Tavita Gazette on a windy day.');
    expect(mentions).toEqual([
      ['Edda Brask', 'PERSON'],
      ['Harbour Valley News', 'ORGANIZATION'],
      ['Tavita Gazette', 'ORGANIZATION'],
    ]);
  });

  it('reads no organization by form where the name goes on after the head, and keeps handles out and towns written as places the town', () => {
    const r = extract('The Clean Power Plan was debated in Ferguson, and @HarbourNet wrote that Ferguson would gain.');
    expect(r.mentions).toEqual([
      ['Ferguson', 'LOCATION'],
      ['Ferguson', 'LOCATION'],
    ]);
  });

  it('takes a capital "The" inside a sentence into the organization it opens, not at a sentence start', () => {
    const { mentions } = extract('The report first appeared in The Quimby Ledger, and later in The Brightwater.');
    expect(mentions).toEqual([
      ['The Quimby Ledger', 'ORGANIZATION'],
      ['The Brightwater', 'ORGANIZATION'],
    ]);
  });

  it('resolves an organization the lists know by one word to the "Head of X" the article names in full', () => {
    const r = extract('Members of the Church of Scientology gathered in the square on Sunday.', 'A spokesman said Scientology would not comment.');
    expect(r.keyOf('Scientology')).toBe(r.keyOf('Church of Scientology'));
  });

  it('resolves an acronym to the organization whose initials it spells', () => {
    const r = extract('Researchers at the Brightwater Institute of Oceanography published the study on Monday.', 'A spokesman for BIO said the work goes on.');
    expect(r.keyOf('BIO')).toBe(r.keyOf('Brightwater Institute of Oceanography'));
  });
});

describe('extractEntities: historical places and title-word heads', () => {
  it('types a country that no longer exists as a place, with its short form, and "Party" at the end of a name as an organization', () => {
    const { mentions, keyOf } = extract('My grandmother left the Soviet Union in 1970, and the USSR did not let her come back, said a member of the Harbour Green Party.');
    expect(mentions).toEqual([
      ['Soviet Union', 'LOCATION'],
      ['USSR', 'LOCATION'],
      ['Harbour Green Party', 'ORGANIZATION'],
    ]);
    expect(keyOf('USSR')).toBe(keyOf('Soviet Union'));
  });
});

describe('extractEntities: ordinary words in capitals', () => {
  it('reads one as an acronym where a name stands, not as emphasis', () => {
    const { mentions } = extract("Edda Brask of DAB won the seat, and DAB's leaders cheered. He is an immature WHITE college boy who should waken ALL of us.");
    expect(mentions).toEqual([
      ['Edda Brask', 'PERSON'],
      ['DAB', 'ORGANIZATION'],
      ['DAB', 'ORGANIZATION'],
    ]);
  });
});

describe('extractEntities: appositions', () => {
  it('types a name by the noun of its apposition, not after a place preposition', () => {
    const { mentions } = extract(
      'The figures came from Brightwater, a Boston-based company that counts visitors, and were checked by Mabry, a lawyer.',
      'At a press conference in Tavita, the mayor said nothing more.',
    );
    expect(mentions).toEqual([
      ['Brightwater', 'ORGANIZATION'],
      ['Boston', 'LOCATION'],
      ['Mabry', 'PERSON'],
      ['Tavita', 'LOCATION'],
    ]);
  });

  it('types a company by a kind noun or a trade after a noun, and after a place preposition by "a" / "an"', () => {
    const { mentions } = extract(
      'Shares of Tollvane, the Danish tanker operator, fell. Quorbix, an AI startup, said it would grow.',
      'She invested in Marnetta, a chip supplier. They met in the Pellory, a group of teachers said.',
      'Kowalczyk, a crane operator, said nothing.',
    );
    expect(mentions).toEqual([
      ['Tollvane', 'ORGANIZATION'],
      ['Danish', 'LOCATION'],
      ['Quorbix', 'ORGANIZATION'],
      ['Marnetta', 'ORGANIZATION'],
      ['Kowalczyk', 'PERSON'],
    ]);
  });
});

describe('extractEntities: words of the dictionary', () => {
  it('keeps a sentence-opening word the dictionary also writes as a name before a name word', () => {
    const { mentions } = extract('Hope Quimby, a campaign spokeswoman, did not answer.');
    expect(mentions).toEqual([['Hope Quimby', 'PERSON']]);
  });

  it('reads no person in capitalised words English writes in lower case, none of them a name', () => {
    const { mentions } = extract('Engineers praised Digital Harbour for the effects, and Space Shuttle Discovery later flew.');
    expect(mentions).toEqual([]);
  });
});

describe('extractEntities: people in lists', () => {
  it('reads two name-shaped words listed beside a person as a person', () => {
    const { mentions } = extract('The show hangs prints by Otto Wade Quimby, Dries Holm and Helmut Newton in the long hall.');
    expect(mentions).toEqual([
      ['Otto Wade Quimby', 'PERSON'],
      ['Dries Holm', 'PERSON'],
      ['Helmut Newton', 'PERSON'],
    ]);
  });
});

describe('extractEntities: a place inside a longer place', () => {
  it('reads a name a place head word ends as one place, and an organization name followed by a person as both', () => {
    const { mentions } = extract('The plane landed at Washington Dulles International Airport, said a professor at Washington State University Simon Brask.');
    expect(mentions).toEqual([
      ['Washington Dulles International Airport', 'LOCATION'],
      ['Washington State University', 'ORGANIZATION'],
      ['Simon Brask', 'PERSON'],
    ]);
  });

  it('reads a known place before a place head word as one place', () => {
    const { mentions } = extract('The ferry from Kowloon to Hong Kong Island was late again, and the boats on the Danube River waited too.');
    expect(mentions).toEqual([
      ['Kowloon', 'LOCATION'],
      ['Hong Kong Island', 'LOCATION'],
      ['Danube River', 'LOCATION'],
    ]);
  });
});

describe('extractEntities: a town in a person name', () => {
  it('reads a one-word town written with an unknown name as a person', () => {
    const { mentions } = extract('The hearing was told by Valeska Messina that the ship had left.', 'Messina said she saw it go.');
    expect(mentions).toEqual([
      ['Valeska Messina', 'PERSON'],
      ['Messina', 'PERSON'],
    ]);
  });
});

describe('extractEntities: names alone', () => {
  it('reads a known surname or given name alone inside a sentence as a person, and a brand-shaped word as an organization', () => {
    const { mentions } = extract('The treaty was signed after Gorbachev met the envoys, and later the volunteers of HarbourNet recorded it for the child, Gloria.');
    expect(mentions).toEqual([
      ['Gorbachev', 'PERSON'],
      ['HarbourNet', 'ORGANIZATION'],
      ['Gloria', 'PERSON'],
    ]);
  });

  it('takes no plural for a surname: a name and a plural the article also writes alone is no person', () => {
    const { mentions } = extract('The museum shows the Quimby Polaroids this month.', 'Visitors liked the Polaroids best.');
    expect(mentions.filter(([, type]) => type === 'PERSON')).toEqual([]);
  });
});

describe('extractEntities: surnames with particles', () => {
  it('spans the particles of a surname written alone, keeps them as an alias, and reads an Arabic article joined to a name', () => {
    const article = articleFrom(['Harbour Commissioner Edda von der Brask met Karim al-Tavita on Monday, and later von der Brask said Al-Tavita had agreed.']);
    const r = extractEntities(article);
    expect(r.mentions.map((m) => article.body.slice(m.start, m.end))).toEqual(['Edda von der Brask', 'Karim al-Tavita', 'von der Brask', 'Al-Tavita']);
    expect(r.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['Edda von der Brask', ['von der Brask']],
      ['Karim al-Tavita', ['Al-Tavita']],
    ]);
  });
});
