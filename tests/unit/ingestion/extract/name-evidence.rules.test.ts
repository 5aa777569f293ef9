import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { countryTagAfter, evidenceAfter } from '../../../../src/ingestion/extract/name-evidence.rules';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom } from './entity.article-builder';

/** The tokenized article of `text` and the index of the first token written `word`. */
function docOf(text: string, word: string) {
  const doc = tokenizeArticle(articleFrom([text]));
  return { doc, at: doc.tokens.findIndex((t) => t.text === word) };
}

/** Each case's text, its name's word and what evidenceAfter reads after that word. */
function expectEvidence(cases: [string, string, string | null][]): void {
  for (const [text, word, expected] of cases) {
    const { doc, at } = docOf(text, word);
    expect(evidenceAfter(doc, at)).toBe(expected);
  }
}

describe('evidenceAfter', () => {
  it('reads a person in the winner of a contest only one person wins ("won the Tellan Marathon"), not of a contract or a cup', () => {
    const cases: [string, string, string | null][] = [
      ['Quorvle won the Tellan Marathon again.', 'Quorvle', 'person'],
      ['Quorvle won his second Ostrava Open on Sunday.', 'Quorvle', 'person'],
      ['Quorvle won the Tour de Brellow.', 'Quorvle', 'person'],
      ['Quorvle won a contract from the army.', 'Quorvle', null],
      ['Quorvle won the Brellow Cup.', 'Quorvle', null],
    ];
    expectEvidence(cases);
    const people = extractEntities(articleFrom(['Quorvle won the Tellan Marathon for the third time.'])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people).toContain('PERSON Quorvle');
  });

  it('reads a person in an age set off by commas ("Quorvle, 34,") and in a legislator\'s party and state ("(D-Ohio)", ", R-Texas,")', () => {
    const cases: [string, string, string | null][] = [
      ['Quorvle, 34, was jailed.', 'Quorvle', 'person'],
      ['The victim was named as Quorvle, aged 22.', 'Quorvle', 'person'],
      ['Quorvle (D-Ohio) objected.', 'Quorvle', 'person'],
      ['Quorvle, R-Texas, objected.', 'Quorvle', 'person'],
      ['Quorvle, 1,000 jobs went.', 'Quorvle', null],
      ['Quorvle, 450, was the total.', 'Quorvle', null],
    ];
    expectEvidence(cases);
    const people = (text: string): string[] => extractEntities(articleFrom([text])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people('Lawmakers including Tavish Brown (D-Ohio) and Ann Quorvle (R-Texas) objected.')).toContain('PERSON Tavish Brown');
    expect(people('Oskarin Sinner, 23, beat the defending champion.')).toContain('PERSON Oskarin Sinner');
    expect(people('Feltham, 24, died at the scene.')).toContain('PERSON Feltham');
    // "aged" before the age keeps the home town after it a place.
    expect(people('Ann Quorvle, aged 45, of Bradford, was charged.')).toContain('LOCATION Bradford');
  });

  it('reads a person in a results line\'s party or side and number ("Quorvle (Lab) 12,345"), not in a place and a score', () => {
    expectEvidence([
      ['Quorvle (Lab) 12,345; Quintell (Con) 9,876.', 'Quorvle', 'person'],
      ['Quorvle (Lab) 12,345; Quintell (Con) 9,876.', 'Quintell', 'person'],
      ['Batting: Quorvle (Eng) 254.', 'Quorvle', 'person'],
      ['Celtic (Scotland) 2 Tellan (Norway) 1.', 'Celtic', null],
      ['Quorvle (Lab) won the seat.', 'Quorvle', null],
    ]);
    const people = extractEntities(articleFrom(['Quorvle (Lab) 12,345; Quintell (Con) 9,876; Feltham (LD) 3,210.'])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people).toEqual(expect.arrayContaining(['PERSON Quorvle', 'PERSON Quintell', 'PERSON Feltham']));
  });

  it('reads a person in a side of a tennis result: set scores after the name, or its opponent and them; not a football score', () => {
    expectEvidence([
      ['Ann Tellan beat Ons Quorvle 6-2 6-3.', 'Quorvle', 'person'],
      ['Ons Quorvle beat Ann Tellan 6-2 6-3.', 'Quorvle', 'person'],
      ['Ons Quorvle (Tunisia) beat Ann Tellan (Spain) 6-4 7-6(5)', 'Quorvle', 'person'],
      ['Ons Quorvle (Tunisia) / Ann Tellan (Spain) beat Jonas Orrick (Germany) / Vell Dassin (France) 6-4 6-3', 'Quorvle', 'person'],
      ['Ons Quorvle beat Ann Tellan of Spain 6-2 6-3 to reach the final.', 'Quorvle', 'person'],
      ['Ons Quorvle beat Ann Tellan of the 6-2 6-3 side.', 'Quorvle', null],
      ['Quorvex beat Tellan Rovers 2-1 on Sunday.', 'Quorvex', null],
      ['Quorvex (Kenya) beat Tellan (Ghana) 3-1 (25-20 25-18 22-25 25-19)', 'Quorvex', null],
    ]);
    const people = extractEntities(articleFrom(['Ann Tellan beat Ons Quorvle 6-2 6-3 in the second round.'])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people).toContain('PERSON Ons Quorvle');
  });

  it('reads a competitor in a name of two words before a country in brackets ("Ann Quorvle (France) Racing Bulls +53"), not before a goal tally', () => {
    const people = (text: string): string[] => extractEntities(articleFrom([text])).entities.map((e) => `${e.type} ${e.name}`);
    expect(people('Isack Quorvle (France) Racing Bulls +53')).toContain('PERSON Isack Quorvle');
    const { doc, at } = docOf('Isack Quorvle (France) Racing Bulls +53', 'Quorvle');
    expect(countryTagAfter(doc, at)).toBe(true);
    expect(countryTagAfter(docOf('Tellan Quorvex (Norway) 3 Celtic (Scotland) 1', 'Quorvex').doc, 1)).toBe(false);
    expect(countryTagAfter(docOf('Celtic (Scotland) won.', 'Celtic').doc, 0)).toBe(false);
  });

  it('reads a person in a possessive before a noun for kin only a person has ("Quorvle\'s widow"), not before "sister company"', () => {
    expectEvidence([
      ["Quorvle's widow attended the funeral.", 'Quorvle', 'person'],
      ["Quorvle's son was arrested.", 'Quorvle', 'person'],
      ["Quorvle's sister company reported a loss.", 'Quorvle', null],
    ]);
    expect(extractEntities(articleFrom(["Quorvle's widow attended the funeral."])).entities.map((e) => `${e.type} ${e.name}`)).toContain('PERSON Quorvle');
  });

  it('reads a person in "said he", ", who" and ", whom", an organization in "said its", ", which" and a company noun', () => {
    const cases: [string, string, string | null][] = [
      ['Quorvle said he was tired.', 'Quorvle', 'person'],
      ['Quorvle said she was tired.', 'Quorvle', 'person'],
      ['Quorvle, who turned 60, smiled.', 'Quorvle', 'person'],
      ['Quorvle, whom the party ruled out, smiled.', 'Quorvle', 'person'],
      ['Quorvle said its sales rose.', 'Quorvle', 'organization'],
      ['Quorvle said it would hire.', 'Quorvle', 'organization'],
      ['Quorvle, which sells shoes, grew.', 'Quorvle', 'organization'],
      ['Quorvle shares fell.', 'Quorvle', 'organization'],
      ['Quorvle\'s employees left.', 'Quorvle', 'organization'],
      ['Quorvle said nothing.', 'Quorvle', null],
      ['Quorvle said on Tuesday that it would hire.', 'Quorvle', 'organization'],
      ['Quorvle said in a statement its sales rose.', 'Quorvle', 'organization'],
      ['Quorvle said Monday she was tired.', 'Quorvle', 'person'],
      ['Quorvle said the firm would lose its license.', 'Quorvle', null],
      ['Quorvle reported that the vote failed.', 'Quorvle', 'organization'],
      ['Quorvle reports a loss.', 'Quorvle', 'organization'],
      ['Quorvle sold it.', 'Quorvle', null],
    ];
    for (const [text, word, expected] of cases) {
      const { doc, at } = docOf(text, word);
      expect([text, evidenceAfter(doc, at)]).toEqual([text, expected]);
    }
  });
});
