import { extractTyped } from './entity.article-builder';

/** Each mention of the article's paragraphs as "<surface> <type initial>". */
const mentions = (...lines: string[]): string[] => extractTyped(lines).mentions;

describe('organizationsKnownAs: the short name an organization is "known as"', () => {
  it('reads the name after an organization and "known as" as an organization, and that word alone later too', () => {
    expect(mentions('The Quorvan Workers Movement, known as Tellamo, said it would strike.')).toEqual(['Quorvan Workers Movement O', 'Tellamo O']);
    expect(mentions('The coalition includes the Quorvan Renewal Party, also known as Vessik.', 'Vessik co-leader Ann Brellow said talks would go on.')).toEqual([
      'Quorvan Renewal Party O',
      'Vessik O',
      'Vessik O',
      'Ann Brellow P',
    ]);
  });

  it('links the short name, and that word alone later, to the organization named in full: one entity', () => {
    expect(extractTyped(['The coalition includes the Quorvan Renewal Party, also known as Vessik.', 'Vessik co-leader Ann Brellow said talks would go on.']).names).toEqual([
      'Quorvan Renewal Party',
      'Ann Brellow',
    ]);
  });

  it('keeps a word of a person the article names, and a nickname after a person', () => {
    expect(mentions('Dara Tellamo arrived first.', 'The Quorvan Workers Movement, known as Tellamo, said it would strike.')).not.toContain('Tellamo O');
    expect(mentions('The singer Ann Brellow, known as Vessik, toured Quorvia.')).not.toContain('Vessik O');
  });
});

describe('organizationsKnownAs: the name a lower-case noun for an organization is "known as"', () => {
  it('reads the name after a noun that heads or labels an organization and "known as" as an organization, and that word alone later too', () => {
    expect(mentions('Ann Brellow took over the regulator known as Quorbod this year.', 'Quorbod said prices would rise.')).toEqual(['Ann Brellow P', 'Quorbod O', 'Quorbod O']);
    expect(mentions('Rates were held on Tuesday.', "The bank's monetary policy committee, known as Tellom, voted for the hold.")).toEqual(['Tellom O']);
    expect(mentions('The quake hit at night.', 'The agency, known as Vorvolcs, recorded 800 aftershocks.')).toEqual(['Vorvolcs O']);
    expect(mentions('Shares rose in Asia.', 'Hon Quorvai, the company known abroad as Tellcon, rose 1.8%.')).toContain('Tellcon O');
  });

  it('leaves a name after a noun for no organization, a given name, and a code in capitals (an organization named before)', () => {
    expect(mentions('The tour ended.', 'The singer, known as Vessik, toured the north.')).not.toContain('Vessik O');
    expect(mentions('The vote was close.', 'The committee, known as Ann, spoke first.')).not.toContain('Ann O');
    expect(mentions('Tellair posted a profit.', 'The state-controlled airline, known as TQ from its flight code, grew.')).not.toContain('TQ O');
  });
});

describe('personsKnownAs: the name a person is "known as"', () => {
  it('reads the name after a person\'s full name and "known as" as that person, one entity with the full name', () => {
    const r = extractTyped(['The militia, led by Omar Quorvan Tellat, widely known as Brelloti, seized the town.', 'Ann Quorvle, better known as Vessa Dun, sang.']);
    expect(r.mentions).toEqual(['Omar Quorvan Tellat P', 'Brelloti P', 'Ann Quorvle P', 'Vessa Dun P']);
    expect(r.names).toEqual(['Omar Quorvan Tellat', 'Ann Quorvle']);
  });
});
