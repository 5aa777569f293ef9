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
});
