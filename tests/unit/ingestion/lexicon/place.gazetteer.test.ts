import { cityByShortForm, cityNamed, englishCityName, countryByCode, countryNamed, countryOfDemonym, regionNamed, stateNamed, usStateOpenedBy } from '../../../../src/ingestion/lexicon/place.gazetteer';
import { lookupName } from '../../../../src/ingestion/lexicon/entity.dictionary';

describe('place gazetteer', () => {
  it('finds countries by name, official name and common abbreviation, upper-case forms only as written', () => {
    expect(countryNamed('Ukraine')?.code).toBe('UA');
    expect(countryNamed('Russian Federation')?.code).toBe('RU');
    expect(countryNamed('US')?.name).toBe('United States');
    expect(countryNamed('U.S.')?.name).toBe('United States');
    // The sentence's full stop took the abbreviation's last dot: "... moved to the U.S."
    expect(countryNamed('U.S')?.name).toBe('United States');
    expect(countryNamed('U.K')?.code).toBe('GB');
    expect(countryNamed('A.B')).toBeNull();
    expect(countryNamed('Us')).toBeNull();
    expect(countryNamed('us')).toBeNull();
    expect(countryNamed('IT')).toBeNull();
  });

  it('knows a country by the initials of its names that news writes, where no other country has them', () => {
    expect(countryNamed('PNG')?.name).toBe('Papua New Guinea');
    expect(countryNamed('PRC')?.code).toBe('CN');
    expect(countryNamed('KSA')?.code).toBe('SA');
    // The United Kingdom keeps its own abbreviation; "ROK" would be the Republic of Korea or of Kazakhstan.
    expect(countryNamed('UK')?.code).toBe('GB');
    expect(countryNamed('ROK')).toBeNull();
    // Initials news does not use for a country stay what they are.
    expect(countryNamed('CAR')).toBeNull();
  });

  it('knows a country by the English names news uses, even when the name is also a word ("Turkey" for Türkiye)', () => {
    expect(countryNamed('Turkey')?.code).toBe('TR');
    expect(countryNamed('Türkiye')?.code).toBe('TR');
    // News calls Iran "the Islamic Republic"; another country's full name stays its own.
    expect(countryNamed('Islamic Republic')?.code).toBe('IR');
    expect(countryNamed('Islamic Republic of Pakistan')?.code).toBe('PK');
  });

  it('maps demonyms and their plurals to countries', () => {
    expect(countryOfDemonym('Ukrainian')?.name).toBe('Ukraine');
    expect(countryOfDemonym('Russians')?.name).toBe('Russia');
    expect(countryOfDemonym('ukrainian')).toBeNull();
    expect(countryByCode('ua')?.demonyms).toContain('Ukrainian');
  });

  it('takes a word with an accent the English demonym lacks for no demonym ("Germán", a given name), one with the demonym\'s own accents for one', () => {
    expect(countryOfDemonym('Germán')).toBeNull();
    expect(countryOfDemonym('Germáns')).toBeNull();
    expect(countryOfDemonym('German')?.code).toBe('DE');
    expect(countryOfDemonym('GERMAN')?.code).toBe('DE');
    expect(countryOfDemonym('Curaçaoan')?.code).toBe('CW');
  });

  it('gives a demonym two sovereign states share to the larger ("Dominican": the Dominican Republic, not Dominica)', () => {
    expect(countryOfDemonym('Dominican')?.code).toBe('DO');
    expect(countryOfDemonym('Dominicans')?.code).toBe('DO');
    expect(countryOfDemonym('Congolese')?.code).toBe('CD');
  });

  it('takes a country\'s own name the package writes as its demonym for a name, no demonym ("Gibraltar", "Vatican" of "Vatican City")', () => {
    expect(countryOfDemonym('Gibraltar')).toBeNull();
    expect(countryOfDemonym('Vatican')).toBeNull();
    expect(countryNamed('Vatican')?.code).toBe('VA');
    expect(countryByCode('dj')?.demonyms).not.toContain('Djibouti');
    // A demonym that is only listed among a country's other spellings stays one.
    expect(countryOfDemonym('Thai')?.code).toBe('TH');
  });

  it('finds cities by their own and alternate names, with country and population', () => {
    expect(cityNamed('Kyiv')).toMatchObject({ name: 'Kyiv', countryCode: 'UA', capital: true, primaryName: true });
    expect(cityNamed('Kiev')).toMatchObject({ name: 'Kyiv', countryCode: 'UA', primaryName: false });
    expect(cityNamed('Brussels')).toMatchObject({ countryCode: 'BE' });
    expect(cityNamed('Moscow')!.countryCode).toBe('RU');
    expect(cityNamed('Zürich')?.name).toBe(cityNamed('Zurich')?.name);
  });

  it('takes no English dictionary word as an alternate name ("Lion" of Lyon, "Caller" of Cagliari), while a city\'s own name stands', () => {
    expect(cityNamed('Lion')).toBeNull();
    expect(cityNamed('Caller')).toBeNull();
    expect(cityNamed('Tape')).toBeNull();
    expect(cityNamed('Lyon')).toMatchObject({ countryCode: 'FR', primaryName: true });
    expect(cityNamed('Bath')).toMatchObject({ countryCode: 'GB', primaryName: true });
  });

  it("marks the seat of a first-level division (a state's or province's capital), not a national capital or another town", () => {
    expect(cityNamed('Charlottetown')).toMatchObject({ countryCode: 'CA', seat: true, capital: false });
    expect(cityNamed('Kyiv')).toMatchObject({ seat: false, capital: true });
    expect(cityNamed('Bath')).toMatchObject({ seat: false });
  });

  it('keeps towns of 15,000 people or more and capitals of any size, read with their population and country', () => {
    expect(cityNamed('Mariehamn')).toMatchObject({ countryCode: 'AX', capital: true, primaryName: true });
    expect(cityNamed('Mariehamn')!.population).toBeGreaterThan(10000);
    expect(cityNamed('Peshkopi')).toBeNull();
    expect(cityNamed('Brussels')!.population).toBeGreaterThan(100000);
  });

  it('knows a subdivision by its name without the kind the package adds ("Tigray" of "Tigray Region"), not when the name means something else', () => {
    expect(stateNamed('Tigray')).toMatchObject({ name: 'Tigray', countryCode: 'ET' });
    expect(stateNamed('Hokkaido')).toMatchObject({ countryCode: 'JP' });
    // A US state keeps its name; a city keeps its own; a demonym and a region's adjective are no subdivision.
    expect(stateNamed('Montana')).toMatchObject({ countryCode: 'US' });
    expect(stateNamed('Aleppo')).toBeNull();
    expect(stateNamed('Somali')).toBeNull();
    expect(stateNamed('Balkan')).toBeNull();
  });

  it('knows a district by its name without "District" ("Gazipur"), and a region by the name two subdivisions share after a compass word ("Kordofan" of "North Kordofan", "South Kordofan")', () => {
    expect(stateNamed('Gazipur')).toMatchObject({ name: 'Gazipur', countryCode: 'BD', bare: true });
    expect(stateNamed('Kordofan')).toMatchObject({ name: 'Kordofan', countryCode: 'SD', bare: true });
    expect(stateNamed('Equatoria')).toMatchObject({ countryCode: 'SS' });
    expect(stateNamed('Chungcheong')).toMatchObject({ countryCode: 'KR' });
    // Not a name the lists give whole ("Virginia"), nor a country's ("Austria" of "Upper Austria" and "Lower Austria"), nor a first name ("Andros").
    expect(stateNamed('Virginia')?.bare).toBeUndefined();
    expect(stateNamed('Austria')).toBeNull();
    expect(stateNamed('Andros')).toBeNull();
  });

  it('knows the short forms news writes for great cities only as written ("L.A.", "LA", "NYC"; not "La")', () => {
    expect(cityByShortForm('L.A.')).toMatchObject({ name: 'Los Angeles', countryCode: 'US' });
    expect(cityByShortForm('LA')).toMatchObject({ name: 'Los Angeles' });
    expect(cityByShortForm('NYC')).toMatchObject({ name: 'New York City' });
    expect(cityByShortForm('La')).toBeNull();
    expect(cityByShortForm('toString')).toBeNull();
  });

  it('knows no subdivision by one English word the lexicon does not know as a place ("Unity", "Meta"), but does "Surrey"', () => {
    expect(stateNamed('Unity')).toBeNull();
    expect(stateNamed('Meta')).toBeNull();
    expect(stateNamed('Surrey')).toMatchObject({ countryCode: 'GB' });
  });

  it('knows "Bosnia" and the demonyms world-countries lists with a comma ("Bosnian, Herzegovinian")', () => {
    expect(countryNamed('Bosnia')?.code).toBe('BA');
    expect(countryOfDemonym('Bosnian')?.code).toBe('BA');
    expect(countryOfDemonym('Herzegovinian')?.code).toBe('BA');
  });

  it('reads "Saudi" as the demonym news writes it as ("the Saudi government"), not as the country', () => {
    expect(countryOfDemonym('Saudi')?.code).toBe('SA');
    expect(countryNamed('Saudi')).toBeNull();
    expect(countryNamed('Saudi Arabia')?.code).toBe('SA');
  });

  it('knows states and well-known regions', () => {
    expect(stateNamed('Virginia')).toMatchObject({ countryCode: 'US' });
    expect(regionNamed('Balkans')).toMatchObject({ name: 'Balkans', kind: 'region' });
    expect(regionNamed('Black Sea')).toMatchObject({ kind: 'sea' });
    expect(regionNamed('New England')).toMatchObject({ countryCode: 'US' });
    expect(regionNamed('Rhine')).toMatchObject({ kind: 'river' });
    expect(regionNamed('River Thames')).toMatchObject({ name: 'Thames', countryCode: 'GB' });
    expect(countryNamed('U.S. Virgin Islands')?.code).toBe('VI');
    expect(countryNamed('Virgin Islands')?.code).toBe('VI');
    expect(countryNamed('British Virgin Islands')?.code).toBe('VG');
  });

  it('knows the great islands no list of cities or states holds, within their country where there is one', () => {
    expect(regionNamed('Sulawesi')).toMatchObject({ kind: 'island', countryCode: 'ID' });
    expect(regionNamed('Celebes')).toMatchObject({ name: 'Sulawesi' });
    expect(regionNamed('Luzon')).toMatchObject({ kind: 'island', countryCode: 'PH' });
    expect(regionNamed('Majorca')).toMatchObject({ name: 'Mallorca', countryCode: 'ES' });
    expect(regionNamed('Borneo')).toMatchObject({ kind: 'island', countryCode: null });
    expect(countryNamed('Falklands')?.code).toBe('FK');
  });

  it('knows cities by the English names news gives them where GeoNames keeps those only as alternates ("Geneva", "Hanover", "Lucerne")', () => {
    expect(cityNamed('Geneva')).toMatchObject({ name: 'Genève', countryCode: 'CH' });
    expect(cityNamed('Hanover')).toMatchObject({ name: 'Hannover', countryCode: 'DE' });
    expect(cityNamed('Lucerne')).toMatchObject({ name: 'Luzern', countryCode: 'CH' });
    expect(cityNamed('Genève')).toMatchObject({ countryCode: 'CH' });
  });

  it('shows a city by its English name: the one chosen by hand, else its GeoNames name without accents when that is plain ASCII', () => {
    const shown = (name: string): string | null => { const city = cityNamed(name); return city && englishCityName(city); };
    expect(shown('Genève')).toBe('Geneva');
    expect(shown('Köln')).toBe('Cologne');
    expect(shown('Cologne')).toBe('Cologne');
    expect(shown('Sevilla')).toBe('Seville');
    expect(shown('Zürich')).toBe('Zurich');
    expect(shown('Bogotá')).toBe('Bogota');
    expect(shown('Munich')).toBe('Munich');
    // Letters no accent can be taken from keep the name as GeoNames writes it.
    expect(shown('Lodz')).toBe('Łódź');
  });

  it('reads an English name chosen by hand as the city\'s own name, not an alternate ("Cologne", "Frankfurt", "Basra")', () => {
    expect(cityNamed('Cologne')).toMatchObject({ countryCode: 'DE', primaryName: true });
    expect(cityNamed('Frankfurt')).toMatchObject({ countryCode: 'DE', primaryName: true });
    expect(cityNamed('Basra')).toMatchObject({ countryCode: 'IQ', primaryName: true });
  });

  it('gives a name chosen by hand to its town over a larger one elsewhere, and lets it name that town alone ("Bethlehem")', () => {
    expect(cityNamed('Bethlehem')).toMatchObject({ countryCode: 'PS' });
    expect(lookupName('Bethlehem', 1)).toMatchObject({ type: 'CITY', city: { countryCode: 'PS' } });
  });

  it('keeps a town named by hand that GeoNames gives no population, over a larger town\'s old name ("Twickenham")', () => {
    expect(cityNamed('Twickenham')).toMatchObject({ name: 'Twickenham', countryCode: 'GB' });
    expect(lookupName('Twickenham', 1)).toMatchObject({ type: 'CITY', city: { countryCode: 'GB' } });
  });

  it('knows the lexicon\'s places of two words or more, sites and districts, as places ("Machu Picchu", "Chichen Itza")', () => {
    expect(lookupName('Machu Picchu', 2)).toMatchObject({ type: 'REGION', name: 'Machu Picchu' });
    expect(lookupName('Chichen Itza', 2)).toMatchObject({ type: 'REGION' });
  });

  it('knows the regions news names beside countries and states ("the Americas", "Asia-Pacific", "the Gulf", "the Bay Area", "the Ruhr")', () => {
    expect(regionNamed('Americas')).toMatchObject({ kind: 'region' });
    expect(regionNamed('Asia Pacific')).toMatchObject({ name: 'Asia-Pacific' });
    expect(regionNamed('Nordics')).toMatchObject({ kind: 'region' });
    expect(regionNamed('Gulf')).toMatchObject({ kind: 'region' });
    expect(regionNamed('San Francisco Bay Area')).toMatchObject({ name: 'Bay Area', countryCode: 'US' });
    expect(regionNamed('Ruhr')).toMatchObject({ countryCode: 'DE' });
    expect(regionNamed("Cote d'Azur")).toMatchObject({ name: 'French Riviera', countryCode: 'FR' });
  });

  it('reads "Congo" as news does, the Democratic Republic; its neighbour is "Republic of Congo" or "Congo Republic"', () => {
    expect(countryNamed('Congo')?.code).toBe('CD');
    expect(countryNamed('Democratic Republic of Congo')?.code).toBe('CD');
    expect(countryNamed('Republic of Congo')?.code).toBe('CG');
    expect(countryNamed('Congo Republic')?.code).toBe('CG');
    expect(countryNamed('Congo-Brazzaville')?.code).toBe('CG');
  });

  it('knows a subdivision whose name has an umlaut written with "ae", "oe", "ue" too ("Baden-Wuerttemberg", "Graubuenden")', () => {
    expect(stateNamed('Baden-Wuerttemberg')).toEqual({ name: 'Baden-Württemberg', countryCode: 'DE' });
    expect(stateNamed('Graubuenden')).toEqual({ name: 'Graubünden', countryCode: 'CH' });
    expect(stateNamed('Baden-Wuertemberg')).toBeNull();
  });

  it('knows the subdivisions the package names in French by their English names too ("North Kivu" of "Nord-Kivu")', () => {
    expect(stateNamed('North Kivu')).toEqual({ name: 'North Kivu', countryCode: 'CD' });
    expect(stateNamed('Nord-Kivu')).toEqual({ name: 'North Kivu', countryCode: 'CD' });
    expect(stateNamed('South Kivu')).toMatchObject({ countryCode: 'CD' });
  });
});

describe('usStateOpenedBy', () => {
  it("gives the US state whose name a word of three letters or more opens ('Tex'), not for a whole word of it or a shorter one", () => {
    expect(usStateOpenedBy('Tex')?.name).toBe('Texas');
    expect(usStateOpenedBy('Te')).toBeNull();
    expect(usStateOpenedBy('Quorv')).toBeNull();
    expect(usStateOpenedBy('New')).toBeNull();
  });

  it('knows a town whose name opens with a saint\'s word however news writes the word ("St Neots", "St. Austell"), but not a saint people are named for', () => {
    expect(cityNamed('St Neots')?.name).toBe('Saint Neots');
    expect(cityNamed('St. Neots')?.name).toBe('Saint Neots');
    expect(cityNamed('St. Austell')?.name).toBe('St Austell');
    expect(cityNamed('Saint Austell')?.name).toBe('St Austell');
    // "St. John" of Saint John, New Brunswick would cut "St. John's" and "St. John's Hospital": GeoNames' spelling alone.
    expect(cityNamed('St. John')).toBeNull();
  });

  it('knows a subdivision by a name of several words without its kind when none of them is an ordinary word ("Milne Bay", "Bay of Plenty")', () => {
    expect(stateNamed('Milne Bay')?.countryCode).toBe('PG');
    expect(stateNamed('Bay of Plenty')?.countryCode).toBe('NZ');
    expect(stateNamed("Hawke's Bay")?.countryCode).toBe('NZ');
    expect(stateNamed('Jewish Autonomous')).toBeNull();
  });
});
