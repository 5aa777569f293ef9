import { organizationNamed } from '../../../../src/ingestion/lexicon/organization.aliases';

describe('organization aliases', () => {
  it('resolves names and aliases to the canonical name', () => {
    expect(organizationNamed('Atlantic Alliance')).toBe('NATO');
    expect(organizationNamed('North Atlantic Treaty Organization')).toBe('NATO');
    expect(organizationNamed('european union')).toBe('European Union');
  });

  it('matches short upper-case aliases only in upper case', () => {
    expect(organizationNamed('WHO')).toBe('World Health Organization');
    expect(organizationNamed('Who')).toBeNull();
    expect(organizationNamed('UN')).toBe('United Nations');
    expect(organizationNamed('Un')).toBeNull();
  });

  it('knows the companies news names as a person or a place is, and a group named by ordinary words', () => {
    expect(organizationNamed('Morgan Stanley')).toBe('Morgan Stanley');
    expect(organizationNamed('Lockheed Martin')).toBe('Lockheed Martin');
    expect(organizationNamed('Rio Tinto')).toBe('Rio Tinto');
    expect(organizationNamed('Meta')).toBe('Meta Platforms');
    expect(organizationNamed('Planned Parenthood')).toBe('Planned Parenthood');
    expect(organizationNamed('JP Morgan')).toBe('JPMorgan Chase');
    expect(organizationNamed('Fitch')).toBe('Fitch Ratings');
  });

  it('knows European parties by their own and their English names, and bodies named after a place or a building', () => {
    expect(organizationNamed('Alternative fuer Deutschland')).toBe('Alternative für Deutschland');
    expect(organizationNamed('Alternative for Germany')).toBe('Alternative für Deutschland');
    expect(organizationNamed('Five Star Movement')).toBe('Movimento 5 Stelle');
    expect(organizationNamed('Brothers of Italy')).toBe("Fratelli d'Italia");
    expect(organizationNamed('National Rally')).toBe('Rassemblement National');
    expect(organizationNamed('Tamil Tigers')).toBe('Liberation Tigers of Tamil Eelam');
    expect(organizationNamed('Scotland Yard')).toBe('Scotland Yard');
    expect(organizationNamed('Chatham House')).toBe('Chatham House');
    expect(organizationNamed('Elysee')).toBe('Élysée');
    expect(organizationNamed('Fianna Fail')).toBe('Fianna Fáil');
    expect(organizationNamed('Fine Gael')).toBe('Fine Gael');
    expect(organizationNamed('Plaid Cymru')).toBe('Plaid Cymru');
  });

  it('knows the press-freedom and aid groups news cites, by their other names too', () => {
    expect(organizationNamed('RSF')).toBe('Reporters Without Borders');
    expect(organizationNamed('Reporters Sans Frontières')).toBe('Reporters Without Borders');
    expect(organizationNamed('CPJ')).toBe('Committee to Protect Journalists');
    expect(organizationNamed('Oxfam')).toBe('Oxfam');
    expect(organizationNamed('Red Crescent')).toBe('Red Crescent');
  });

  it('knows the platforms news quotes posts from', () => {
    expect(['Instagram', 'Telegram', 'Truth Social'].map((n) => organizationNamed(n))).toEqual(['Instagram', 'Telegram', 'Truth Social']);
  });

  it('knows national institutions named by title words and a country\'s initials', () => {
    expect(organizationNamed('Joint Chiefs of Staff')).toBe('Joint Chiefs of Staff');
    expect(organizationNamed('Joint Chiefs')).toBe('Joint Chiefs of Staff');
    expect(organizationNamed('U.S. Geological Survey')).toBe('US Geological Survey');
    expect(organizationNamed('USGS')).toBe('US Geological Survey');
  });

  it('knows a company by its registered name: legal forms and the words before them taken off', () => {
    expect(organizationNamed('Huawei Technologies Co Ltd')).toBe('Huawei');
    expect(organizationNamed('Tencent Holdings Ltd.')).toBe('Tencent');
    expect(organizationNamed('Barclays PLC')).toBe('Barclays');
    expect(organizationNamed('Huawei Technologies')).toBeNull();
    expect(organizationNamed('Quorvle Group Ltd')).toBeNull();
  });
});
