import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom } from '../extract/entity.article-builder';

/** The article's mentions of each entity, by the entity's name: "<surface> <type initial>" in body order. */
function mentionsByEntity(...lines: string[]): Record<string, string[]> {
  const article = articleFrom(lines);
  const { entities, mentions } = extractEntities(article);
  const byName: Record<string, string[]> = {};
  for (const m of mentions) {
    const e = entities.find((x) => x.key === m.entityKey)!;
    (byName[e.name] ??= []).push(`${article.body.slice(m.start, m.end)} ${e.type[0]}`);
  }
  return byName;
}

describe('organizationsNamedShort: a company named again without its company words', () => {
  it('links a name read as a place by its head to the company whose name it opens before a line of business', () => {
    const r = mentionsByEntity('Quorvane Bridge Logistics won the contract in May.', 'Records showed Quorvane Bridge had been registered three weeks before it was signed.');
    expect(r['Quorvane Bridge Logistics']).toEqual(['Quorvane Bridge Logistics O', 'Quorvane Bridge O']);
  });

  it('links a name read as a person by its shape to the company whose name it opens before a line of business', () => {
    const r = mentionsByEntity('Tarvel Oska Holdings has 40 pubs.', "Tarvel Oska's best-known beer is a pale ale.");
    expect(r['Tarvel Oska Holdings']).toEqual(['Tarvel Oska Holdings O', 'Tarvel Oska O']);
  });

  it('reads "Partners" as a word of a company\'s name, which the company drops', () => {
    const r = mentionsByEntity('Quorvik Tamsin Partners led the round.', 'The start-up raised $140 million from Quorvik Tamsin and two family offices.');
    expect(r['Quorvik Tamsin Partners']).toEqual(['Quorvik Tamsin Partners O', 'Quorvik Tamsin O']);
  });

  it("links an organization's name to the one it opens before a line of business, as one organization", () => {
    const r = mentionsByEntity('Brellow Kintry Therapeutics said the trial met its goal.', 'Shares in Brellow Kintry jumped 38% in premarket trading.');
    expect(r['Brellow Kintry Therapeutics']).toEqual(['Brellow Kintry Therapeutics O', 'Brellow Kintry O']);
  });

  it("reads a bank's word closing a name as a word of the company's name, which the bank drops", () => {
    const r = mentionsByEntity('Quorvani Tellu Bank and a rival agreed to merge.', 'Quorvani Tellu will keep its name.');
    expect(r['Quorvani Tellu Bank']).toEqual(['Quorvani Tellu Bank O', 'Quorvani Tellu O']);
  });

  it('links one word typed an organization by its context to the one company whose name it opens before company words', () => {
    const r = mentionsByEntity('Brellow Air ordered 40 jets on Monday.', 'Deliveries are due in 2030, Brellow said.', 'Shares in Brellow rose 3.1% in Oslo.');
    expect(r['Brellow Air']).toEqual(['Brellow Air O', 'Brellow O', 'Brellow O']);
    const two = mentionsByEntity('Quorvane Motors and Quorvane Steel both fell.', 'Shares in Quorvane rose 3.1% in Oslo.');
    expect(two['Quorvane']).toEqual(['Quorvane O']);
  });

  it('keeps the person a company is named after: a given name opening the name, or a speaker', () => {
    const founder = mentionsByEntity('"Prices will fall," said Ann Quorvle, an economist who runs Ann Quorvle Advisory Ltd.');
    expect(founder['Ann Quorvle']).toEqual(['Ann Quorvle P']);
    const speaker = mentionsByEntity('Tellmark Varo Holdings cut its forecast.', '"We expect a hard year," said Tellmark Varo, its chairman.');
    expect(speaker['Tellmark Varo Holdings']).toEqual(['Tellmark Varo Holdings O']);
  });
});

describe('organizationsNamedByInitials: an organization by its first word and the initials of the rest', () => {
  it('reads a town and the acronym after it as the organization whose name opens with the town, one mention', () => {
    const r = mentionsByEntity('The Oslo Regional Transport Authority will run the buses.', 'Oslo RTA said fares would not rise.');
    expect(r['Oslo Regional Transport Authority']).toEqual(['Oslo Regional Transport Authority O', 'Oslo RTA O']);
    expect(r['Oslo']).toBeUndefined();
  });

  it('takes the first three initials or more for the name, and a word no list knows as its first', () => {
    const r = mentionsByEntity('The Quorvia Centres for Disease Control and Prevention said cases had doubled.', 'Quorvia CDC has sent 40 experts.');
    expect(r['Quorvia Centres for Disease Control and Prevention']).toEqual(['Quorvia Centres for Disease Control and Prevention O', 'Quorvia CDC O']);
  });
});

describe('organizationsOpenedBefore: a lone word before its person is named in full', () => {
  it('reads one word as the organization named before it whose name it opens, when its person is named in full only after it', () => {
    const r = mentionsByEntity('Orlevik Systems makes interlocking systems.', 'Orlevik, founded by engineer Tamsin Orlevik in 1952, employs 900 people.', 'Tamsin Orlevik retired in 1990.');
    expect(r['Orlevik Systems']).toEqual(['Orlevik Systems O', 'Orlevik O']);
    expect(r['Tamsin Orlevik']).toEqual(['Tamsin Orlevik P', 'Tamsin Orlevik P']);
  });

  it('keeps the person the article has named in full before the lone word', () => {
    const r = mentionsByEntity('Orlevik Systems makes interlocking systems.', 'Tamsin Orlevik founded it in 1952.', 'Orlevik retired in 1990.');
    expect(r['Tamsin Orlevik']).toEqual(['Tamsin Orlevik P', 'Orlevik P']);
  });
});

