import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom } from '../extract/entity.article-builder';

/** Generic names of government and party bodies are the bodies of the country the article is about. */
function organizations(...lines: string[]): { name: string; aliases: string[] }[] {
  return extractEntities(articleFrom(lines))
    .entities.filter((e) => e.type === 'ORGANIZATION')
    .map((e) => ({ name: e.name, aliases: e.aliases }));
}

describe('national bodies by generic name', () => {
  it('qualifies a generic party, council or court name with the country the article is about, keeping the generic name as an alias', () => {
    const found = organizations(
      'Voters in Valparaiso and Santiago backed Tomas Quorvel of the Democratic Party on Sunday, Chile officials said.',
      'The Senate and the Regional Council of Chile will meet, and the Supreme Court has ruled on the vote in Chile.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { name: 'Democratic Party (Chile)', aliases: ['Democratic Party'] },
        { name: 'Senate (Chile)', aliases: ['Senate'] },
        { name: 'Supreme Court (Chile)', aliases: ['Supreme Court'] },
      ]),
    );
  });

  it('keeps the table\'s national body in an article about its own country, and a name that holds a place', () => {
    const found = organizations('In Washington, the Senate and the Democratic Party met the United States Quorvel Council, US officials said in Ohio.').map((o) => o.name);
    expect(found).toEqual(expect.arrayContaining(['US Senate', 'Democratic Party']));
    expect(found.some((n) => n.includes('('))).toBe(false);
    const sanctions = organizations('Russia and Russian banks in Moscow face the sanctions the Senate passed, a senator from Ohio said of Russia.').map((o) => o.name);
    expect(sanctions).toContain('US Senate');
  });

  it('knows parliaments by their chambers’ names: the House of Commons is Britain’s but in an article about Canada, a state’s Legislature and the Legislative Yuan are found', () => {
    expect(organizations('In London, the House of Commons voted 312 to 290 and the House of Lords will debate the bill, British officials said.').map((o) => o.name)).toEqual([
      'House of Commons',
      'House of Lords',
    ]);
    expect(organizations("OTTAWA (Reuters) - Canada's House of Commons voted on Tuesday, officials in Ottawa said.").map((o) => o.name)).toEqual(['Reuters', 'House of Commons (Canada)']);
    expect(organizations('The bill passed the Quorvia Legislature on Friday; Taiwan’s Legislative Yuan and the Senedd voted against.').map((o) => o.name)).toEqual([
      'Quorvia Legislature',
      'Legislative Yuan',
      'Senedd',
    ]);
  });

  it('keeps a body only one country has by that name ("Department of Homeland Security") in an article about another country', () => {
    const found = organizations('The Department of Homeland Security said hackers in Moscow worked for Russia.').map((o) => o.name);
    expect(found).toEqual(['Department of Homeland Security']);
  });

  it('qualifies a generic name with the country whose possessive it follows, whatever country the article names most ("Peru\'s Congress")', () => {
    const found = organizations(
      'JAKARTA - Indonesia raised rates as Indonesia and its neighbours in Asia slowed, officials in Jakarta said.',
      "LIMA - Peru's Congress voted to remove the president, and US officials in Washington said the Senate would not comment.",
    ).map((o) => o.name);
    expect(found).toEqual(expect.arrayContaining(['Congress (Peru)', 'US Senate']));
    expect(found.some((n) => n.includes('Indonesia'))).toBe(false);
    expect(organizations("America's Congress is divided.").map((o) => o.name)).toEqual(['US Congress']);
  });
});

