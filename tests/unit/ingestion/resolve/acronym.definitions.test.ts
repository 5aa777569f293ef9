import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { acronymDefinitions, organizationsByInitials } from '../../../../src/ingestion/resolve/acronym.definitions';
import { articleFrom } from '../extract/entity.article-builder';

/** The acronyms `line` defines, each with its long form. */
function definedIn(line: string): Array<{ acronym: string; name: string }> {
  const doc = tokenizeArticle(articleFrom([line]));
  return [...acronymDefinitions(doc, classifyEntities(doc)).values()].map(({ acronym, name }) => ({ acronym, name }));
}

describe('acronymDefinitions', () => {
  it('finds "Long Form Name (LFN)" with the words whose initials spell it', () => {
    expect(definedIn('The Quantum Safety Board (QSB) opened an inquiry. The QSB said it would report soon.')).toEqual([{ acronym: 'QSB', name: 'Quantum Safety Board' }]);
  });

  it('ignores a parenthesis whose letters the words before it do not spell, after a name no organization', () => {
    expect(definedIn('Residents of the village of Quimby Heath (XYZ) met.')).toEqual([]);
  });

  it('takes the acronym in brackets after an organization\'s name whatever its letters (its name in its own language), never a country or a state', () => {
    expect(definedIn('A spokesman for the National Quorvan Relief Agency (BNPB) said 40 died. The Quorvan Labour Party (US) met.')).toEqual([{ acronym: 'BNPB', name: 'National Quorvan Relief Agency' }]);
  });

  it('spells an acronym with the initials of "of" and "the" too ("Bank of Quorvia (BOQ)")', () => {
    expect(definedIn('Investors bet that the Bank of Quorvia (BOQ) will raise rates.')).toEqual([{ acronym: 'BOQ', name: 'Bank of Quorvia' }]);
  });

  it('takes the acronym an apposition names after an organization ("known as", "better known as", "known by its acronym"), not a word or a currency', () => {
    expect(definedIn('The Quorvan Minerals Authority, known by its French acronym ARECQ, set quotas.')).toEqual([{ acronym: 'ARECQ', name: 'Quorvan Minerals Authority' }]);
    expect(definedIn('The Tellan Transport Board, known as KTTB, cut fares.')).toEqual([{ acronym: 'KTTB', name: 'Tellan Transport Board' }]);
    expect(definedIn('The Tellan Transport Board, commonly known as the KTTB, cut fares.')).toEqual([{ acronym: 'KTTB', name: 'Tellan Transport Board' }]);
    expect(definedIn('The Tellan Transport Board, better known as KTTB, cut fares.')).toEqual([{ acronym: 'KTTB', name: 'Tellan Transport Board' }]);
    expect(definedIn('The Tellan Transport Board, known as Kay Tee, cut fares. Quorvex Holdings, known as NOK, rose.')).toEqual([]);
  });

  it("takes a person's initials in brackets, every word's and a hyphenated part's in order, particles too ('Mohammed bin Salman (MBS)')", () => {
    expect(definedIn('Crown Prince Tamir bin Quorvan (TBQ) met the envoy.')).toEqual([{ acronym: 'TBQ', name: 'Tamir bin Quorvan' }]);
    expect(definedIn('Congresswoman Ana Quorvex-Tellam (AQT) spoke first.')).toEqual([{ acronym: 'AQT', name: 'Ana Quorvex-Tellam' }]);
    expect(definedIn('Congresswoman Ana Quorvex-Tellam (AQX) spoke first.')).toEqual([]);
  });

  it('takes any other short form in brackets after an organization\'s name ("(PDI-Q)", "(AfQR)", a clipped "(Cetel)"), not after a person or a place', () => {
    expect(definedIn('The opposition Quorvan Democratic Party of Struggle (PDI-Q) met.')).toEqual([{ acronym: 'PDI-Q', name: 'Quorvan Democratic Party of Struggle' }]);
    expect(definedIn('The Alliance for Quorvan Renewal (AfQR) met.')).toEqual([{ acronym: 'AfQR', name: 'Alliance for Quorvan Renewal' }]);
    expect(definedIn('A team from the University of Quorvel Studies (Quorvel) dug there.')).toEqual([{ acronym: 'Quorvel', name: 'University of Quorvel Studies' }]);
    expect(definedIn('The power utility Companhia Energetica de Tellanas (Cetel) rose.')).toEqual([{ acronym: 'Cetel', name: 'Companhia Energetica de Tellanas' }]);
    expect(definedIn('Residents of the village of Quimby Heath (Quorvel) met.')).toEqual([]);
    expect(definedIn('Workers of the Communist Party of Quorvia (Marxist) met.')).toEqual([]);
  });

  it('takes a currency\'s code in brackets only where the initials spell it, and no short form that names a place or a given name', () => {
    expect(definedIn('He stands for The Quorvan Party (TQP), which was founded in 2016.')).toEqual([{ acronym: 'TQP', name: 'The Quorvan Party' }]);
    expect(definedIn('He stands for the Green Energy League (GEL), which was founded in 2016.')).toEqual([{ acronym: 'GEL', name: 'Green Energy League' }]);
    expect(definedIn('Shares of Quorvex Holdings (NOK) rose. Tellan Quorvex Holdings (Argentina) fell. The Quorvan Labour Party (Maria) met.')).toEqual([]);
  });

  it('takes an acronym of the name in another language, its letters in another order', () => {
    expect(definedIn('The Union of Quorvan Tellers and Brights (UBQT) has launched a petition.')).toEqual([{ acronym: 'UBQT', name: 'Union of Quorvan Tellers and Brights' }]);
  });
});

describe('organizationsByInitials', () => {
  /** The organization the acronym `acronym` names by the initials of an organization `line` names in full, if one. */
  function spelledBy(line: string, acronym: string): string | undefined {
    const doc = tokenizeArticle(articleFrom([line]));
    const nameOf = (f: ReturnType<typeof classifyEntities>[number]): string | null => (f.kind === 'org' ? f.name : null);
    return organizationsByInitials(doc, classifyEntities(doc), nameOf).get(acronym);
  }

  it('spells a name by its capitalised words, by "of" and its Romance particles too, by the capitals inside a word, and an exchange by "X"', () => {
    expect(spelledBy('Investors said the Tellan Transport Board cut fares.', 'TTB')).toBe('Tellan Transport Board');
    expect(spelledBy('Debts owed by Électricité du Quarnbo grew.', 'EDQ')).toBe('Électricité du Quarnbo');
    expect(spelledBy('The navy chose QuorvanKrupp Marine Systems over its rival.', 'QKMS')).toBe('QuorvanKrupp Marine Systems');
    expect(spelledBy('Shares listed on the Vellamo International Exchange rose.', 'VIX')).toBe('Vellamo International Exchange');
    expect(spelledBy('Shares listed on the Vellamo International Exchange rose.', 'VIE')).toBe('Vellamo International Exchange');
  });
});
