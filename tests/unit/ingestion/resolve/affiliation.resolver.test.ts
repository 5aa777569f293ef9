import { fallbackAffiliation } from '../../../../src/ingestion/resolve/affiliation.resolver';

describe('fallback affiliation', () => {
  const orgs = [
    { key: 'ORGANIZATION:efe', mentions: 1, firstStart: 5 },
    { key: 'ORGANIZATION:nato', mentions: 7, firstStart: 0 },
  ];

  it('gives an organizational office the most-mentioned organization', () => {
    expect(fallbackAffiliation('Secretary General', orgs)).toBe('ORGANIZATION:nato');
    expect(fallbackAffiliation('spokeswoman', orgs)).toBe('ORGANIZATION:nato');
  });

  it('gives none to other roles, to no role, or when no organization is mentioned twice', () => {
    expect(fallbackAffiliation('President', orgs)).toBeNull();
    expect(fallbackAffiliation(null, orgs)).toBeNull();
    expect(fallbackAffiliation('Chairman', [{ key: 'ORGANIZATION:x', mentions: 1, firstStart: 0 }])).toBeNull();
  });
});
