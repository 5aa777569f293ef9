import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom } from '../extract/entity.article-builder';
import { formatRole, genderOfCourtesyTitle, isCourtesyTitle, isOrganizationalOffice, isPersonOnlyTitle, isTitleHead, isTitleWord, mayHoldGenderedCourtesy, opensStyle } from '../../../../src/ingestion/lexicon/title.lexicon';

describe('title lexicon', () => {
  it('heads titles with offices, honorifics and every title abbreviation', () => {
    for (const w of ['secretary', 'spokeswoman', 'sen', 'gov', 'del', 'msgr', 'lady']) expect(isTitleHead(w)).toBe(true);
    for (const w of ['foreign', 'vice', 'of']) expect([isTitleHead(w), isTitleWord(w)]).toEqual([false, true]);
    expect(isTitleWord('river')).toBe(false);
  });

  it('heads titles with offices written with a hyphen ("director-general", "governor-general", "vice-chancellor"), not other compounds', () => {
    for (const w of ['director-general', 'governor-general', 'attorney-general', 'secretary-general', 'vice-chancellor']) expect(isTitleHead(w)).toBe(true);
    for (const w of ['state-owned', 'foreign-policy', 'river-general']) expect(isTitleHead(w)).toBe(false);
  });

  it('heads titles with an office after a prefix that shares or dates it ("co-founder", "ex-president", "then-governor"), not the prefix before other words', () => {
    for (const w of ['co-founder', 'co-chairman', 'ex-president', 'then-governor', 'co-captain']) expect(isTitleHead(w)).toBe(true);
    for (const w of ['co-op', 'ex-wife', 'then-popular', 'co', 'ex']) expect(isTitleHead(w)).toBe(false);
  });

  it('tells courtesy titles, those only a person bears, and the gender they give', () => {
    expect(['mr', 'mrs.', 'miss', 'dr', 'sir'].map(isCourtesyTitle)).toEqual([true, true, true, true, true]);
    expect(isCourtesyTitle('gov')).toBe(false);
    expect(['mr', 'dr', 'miss'].map(isPersonOnlyTitle)).toEqual([true, true, false]);
    expect(['Mr', 'Ms.', 'Miss', 'Dr', 'mr'].map(genderOfCourtesyTitle)).toEqual(['male', 'female', 'female', null, null]);
  });

  it('tells a stretch of text that may hold a gendered courtesy title by its capitals, reading nothing outside the text', () => {
    const text = 'said Mr. Quorvle and Dame Tellan, not Dr Ann';
    // "said Mr" holds the M, "Dame" the D; "not Dr" holds a D too (Dr gives no gender: the test only spares the reading of stretches without one).
    expect(mayHoldGenderedCourtesy(text, 0, 7)).toBe(true);
    expect(mayHoldGenderedCourtesy(text, 20, 24)).toBe(true);
    expect(mayHoldGenderedCourtesy(text, 0, 5)).toBe(false);
    expect(mayHoldGenderedCourtesy(text, 8, 9)).toBe(false);
    expect(mayHoldGenderedCourtesy(text, -6, 2)).toBe(false);
    expect(mayHoldGenderedCourtesy(text, text.length - 2, text.length + 5)).toBe(false);
    // Every capital a gendered title opens with, and the lower-case letters never.
    for (const title of ['Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Dame']) expect(mayHoldGenderedCourtesy(title, 0, 1)).toBe(true);
    expect(mayHoldGenderedCourtesy('mr ms sir dame', 0, 14)).toBe(false);
  });

  it('knows organizational offices and formats roles', () => {
    expect(isOrganizationalOffice('Secretary General')).toBe(true);
    expect(isOrganizationalOffice('Senator')).toBe(false);
    expect(formatRole(['secretary', 'of', 'the', 'navy'])).toBe('Secretary of the Navy');
  });

  it('heads titles with the abbreviations news writes without a dot ("PM", "VP"), kept out of the name', () => {
    for (const w of ['pm', 'vp']) expect(isTitleHead(w)).toBe(true);
    const people = (line: string) => extractEntities(articleFrom([line])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('VP Anderson said the plan would fail.')).toEqual(['Anderson']);
    expect(people('The vote closes at 5 PM Monday.')).toEqual([]);
  });

  it('heads titles with the British and Commonwealth ranks written without a dot ("Pte", "Gnr", "LCpl"), kept out of the name', () => {
    for (const w of ['pte', 'gnr', 'spr', 'lcpl', 'cdr']) expect(isTitleHead(w)).toBe(true);
    const people = (line: string) => extractEntities(articleFrom([line])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('Pte Liam Quorvle and Gnr Tom Quintell were injured.')).toEqual(['Liam Quorvle', 'Tom Quintell']);
    expect(people('Spr Ann Quorvle, 24, was killed.')).toEqual(['Ann Quorvle']);
  });

  it('heads titles with religious, traditional and courtly titles ("Father", "Oba", "Alhaji", "Ratu", "Maître"), kept out of the name', () => {
    for (const w of ['father', 'oba', 'alhaji', 'ratu', 'datuk', 'maître', 'osabarimba', 'sayyid', 'sheikha', 'dasho', 'mawlawi', 'cllr']) expect(isTitleHead(w)).toBe(true);
    const people = (line: string) => extractEntities(articleFrom([line])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('At the cathedral, Father Dario Quorvle said a Mass for the victims.')).toEqual(['Dario Quorvle']);
    expect(people('The ruler of the town, Oba Adewale Quintell III, opened the market.')).toEqual(['Adewale Quintell III']);
    expect(people('Alhaji Musa Quorvex Tanko, a trader, lost his shop.')).toEqual(['Musa Quorvex Tanko']);
    expect(people('His lawyer, Maître Odile Quorvle-Brame, said he would appeal.')).toEqual(['Odile Quorvle-Brame']);
    expect(people('Vorlandian Foreign Minister Sayyid Badr Quorvaidi hosted the talks.')).toEqual(['Badr Quorvaidi']);
    expect(people('Managing director Dasho Tenzin Quorvel said the plant would sell power.')).toEqual(['Tenzin Quorvel']);
    expect(people('Mawlawi Habib Quorvan, the new governor, took office on Monday.')).toEqual(['Habib Quorvan']);
    expect(people('Sheikha Noura Quorvani opened the museum on Monday.')).toEqual(['Noura Quorvani']);
    expect(people('Labour Minister Cllr. Cooper Quorvah said the government would mediate.')).toEqual(['Cooper Quorvah']);
  });

  it('reads a word of degree before a cleric\'s style as the title\'s, no town ("the Most Rev.")', () => {
    expect([opensStyle('most', 'rev'), opensStyle('right', 'honourable'), opensStyle('very', 'reverend'), opensStyle('most', 'mayor'), opensStyle('paris', 'rev')]).toEqual([true, true, true, false, false]);
    const found = (line: string) => extractEntities(articleFrom([line])).entities.map((e) => `${e.name}|${e.type}`);
    expect(found('Officials said the Most Rev. Piers Quorvle would attend.')).toEqual(['Piers Quorvle|PERSON']);
    expect(found('The Most Rev. Piers Quorvle said the church would help.')).toEqual(['Piers Quorvle|PERSON']);
  });
});
