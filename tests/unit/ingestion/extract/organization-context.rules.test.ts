import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { organizationFinding, placeFinding } from '../../../../src/ingestion/extract/organization-context.rules';
import { articleFrom, extractTyped } from './entity.article-builder';

describe('the findings a rule writes', () => {
  const doc = tokenizeArticle(articleFrom(['Crews at Vellamora Park met Quarnby Holdings staff.']));

  it('names an organization by its words as written', () => {
    expect(organizationFinding(doc, 5, 6)).toEqual({ kind: 'org', name: 'Quarnby Holdings', first: 5, last: 6 });
  });

  it('names a place by its words as written, or by the name it is given', () => {
    expect(placeFinding(doc, 2, 3, 'facility')).toEqual({ kind: 'place', name: 'Vellamora Park', placeKind: 'facility', first: 2, last: 3 });
    expect(placeFinding(doc, 2, 2, 'city', 'Vellamora')).toEqual({ kind: 'place', name: 'Vellamora', placeKind: 'city', first: 2, last: 2 });
  });
});

describe('bodyApposedBefore: a name in apposition after a noun phrase for a kind of organization', () => {
  const typed = (...lines: string[]): string[] => extractTyped(lines).mentions;

  it('reads the name set off by commas after a possessive or a determiner and a noun that heads or labels an organization as that organization', () => {
    expect(typed('The works were never finished.', "The comptroller's office, Quorvaloria, said in an audit.")).toEqual(['Quorvaloria O']);
    expect(typed('Prices fell.', 'The cocoa board, Quorbod, is struggling to finance its purchases.')).toEqual(['Quorbod O']);
    expect(typed('The quake hit at night.', 'The agency, Tellvolcs, said it recorded 800 aftershocks.')).toEqual(['Tellvolcs O']);
  });

  it('leaves a name after the object of a preposition, and a name the apposition does not close', () => {
    expect(typed('The match was tight.', 'At the club, Brellow, a newcomer, scored twice.')).not.toContain('Brellow O');
    expect(typed('Prices fell.', 'The cocoa board, Quorbod and others said, is struggling.')).not.toContain('Quorbod O');
  });
});

describe("afterCountryPossessive: a name right after a country's possessive", () => {
  const typed = (...lines: string[]): string[] => extractTyped(lines).mentions;

  it("reads a name no rule typed right after a country's possessive as an organization", () => {
    expect(typed('The engines come from a joint venture.', "France's Quorvane makes the blades.")).toContain('Quorvane O');
    expect(typed('Drones fly over the sea.', "Sweden's Saab and Norway's Brellsberg supply the sensors.")).toContain('Brellsberg O');
  });

  it("leaves a person's reading first, a place's head, a name that modifies a noun, and one after a place's preposition", () => {
    expect(typed('The talks ended.', "Japan's Tellaichi said on Monday she would resign.")).not.toContain('Tellaichi O');
    expect(typed('Prime Minister Ann Tellaichi spoke first.', "Later Japan's Tellaichi met the envoy.")).not.toContain('Tellaichi O');
    expect(typed('Rain fell.', "Chile's Quorvalle Valley is dry.")).not.toContain('Quorvalle Valley O');
    expect(typed('Rain fell.', "Chile's Quorvama region is dry.")).not.toContain('Quorvama O');
    expect(typed('Fighting spread.', "The army closed in on a port in Myanmar's Quorvane.")).not.toContain('Quorvane O');
  });
});
