import worldCountries from 'world-countries';
import { isCompanyLegalForm, isGivenName, isSurname, isVocabularyWord } from './english.lexicon';
import { foldName, isLatinName } from './name.normalize';
import { countryNamed, countryOfDemonym } from './place.gazetteer';

/**
 * Well-known organizations and the names they go by: international bodies, major national
 * institutions, parties and news agencies. Data, not rules: a name here resolves to the canonical
 * name on the left wherever it appears. Upper-case aliases of up to five letters ("UN", "WHO", "AP")
 * only match text in upper case, so "who" or "ap" never do.
 */
const ORGANIZATIONS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Atlantic Alliance', 'North Atlantic Alliance', 'OTAN'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'UNSC'],
  ['UN General Assembly', 'United Nations General Assembly', 'U.N. General Assembly'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'],
  ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
  ['G7', 'Group of Seven', 'G-7'],
  ['G20', 'Group of Twenty', 'G-20'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['African Union', 'AU'],
  ['Arab League', 'League of Arab States'],
  ['UNESCO'],
  ['UNICEF'],
  ['UNHCR', 'UN Refugee Agency', 'U.N. Refugee Agency'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['Interpol'],
  ['Europol'],
  ['Médecins Sans Frontières', 'Doctors Without Borders', 'Medecins Sans Frontieres', 'MSF'],
  ['World Food Programme', 'World Food Program', 'WFP'],
  ['Amnesty International'],
  ['Human Rights Watch'],
  ['Greenpeace'],
  ['Reporters Without Borders', 'Reporters Sans Frontières', 'Reporters Sans Frontieres', 'RSF'],
  ['Committee to Protect Journalists', 'CPJ'],
  ['Oxfam'],
  // Charities whose name holds "the" (article.tokenizer keeps their run whole).
  ['Save the Children'],
  ['Friends of the Earth'],
  ['Red Crescent'],
  ['European Commission'],
  ['European Parliament'],
  ['European Council'],
  ['Council of Europe'],
  ['European Central Bank', 'ECB'],
  ['Federal Reserve', 'Fed'],
  ['BRICS'],
  ['Mercosur'],
  ['Collective Security Treaty Organization', 'CSTO'],
  ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
  ['Commonwealth of Independent States', 'CIS'],
  ['FIFA'],
  ['International Olympic Committee', 'IOC'],
  ['White House'],
  ['Pentagon', 'Department of Defense', 'Defense Department'],
  ['State Department', 'Department of State'],
  ['Justice Department', 'Department of Justice', 'DOJ'],
  ['Department of Homeland Security', 'Homeland Security Department', 'DHS'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['CIA', 'Central Intelligence Agency'],
  ['NSA', 'National Security Agency'],
  ['Secret Service'],
  ['Joint Chiefs of Staff', 'Joint Chiefs'],
  ['US Geological Survey', 'U.S. Geological Survey', 'United States Geological Survey', 'USGS'],
  ['US Congress', 'Congress', 'U.S. Congress'],
  ['US Senate', 'Senate', 'U.S. Senate'],
  ['US House of Representatives', 'House of Representatives', 'U.S. House of Representatives'],
  ['US Supreme Court', 'Supreme Court', 'U.S. Supreme Court'],
  ['Democratic Party'],
  ['Democratic National Committee', 'DNC'],
  ['Republican Party', 'GOP'],
  ['Republican National Committee', 'RNC'],
  // Advocacy groups named by ordinary words no head word closes.
  ['Planned Parenthood', 'Planned Parenthood Federation of America'],
  ['Labour Party', 'Labour'],
  ['Conservative Party'],
  ['Kremlin'],
  ['Élysée', 'Elysee'],
  // National parliaments, parties, services and news media named by a word no dictionary knows.
  ['Knesset'],
  ['Bundestag'],
  ['Bundesrat'],
  ['Sejm'],
  ['Riksdag'],
  ['Storting', 'Stortinget'],
  ['Folketing', 'Folketinget'],
  ['Majlis'],
  ['State Duma', 'Duma'],
  ['Verkhovna Rada', 'Rada'],
  ['Lok Sabha'],
  ['House of Commons'],
  ['House of Lords'],
  ['Senedd', 'Senedd Cymru', 'Welsh Parliament'],
  ['Scottish Parliament', 'Holyrood'],
  ['Dáil', 'Dail', 'Dáil Éireann', 'Dail Eireann'],
  ['Oireachtas'],
  ['Legislative Yuan'],
  ['National Diet'],
  ['Eduskunta'],
  ['Althing', 'Alþingi', 'Althingi'],
  ['Saeima'],
  ['Seimas'],
  ['Riigikogu'],
  ['Jatiya Sangsad'],
  ['Rajya Sabha'],
  ['Likud'],
  ['Kuomintang', 'KMT'],
  ['Fidesz'],
  ['Syriza'],
  ['Podemos'],
  ['Sinn Féin', 'Sinn Fein'],
  ['Fianna Fáil', 'Fianna Fail'],
  ['Fine Gael'],
  ['Plaid Cymru'],
  ['United Russia'],
  ['Bharatiya Janata Party', 'BJP'],
  ['Indian National Congress'],
  ['African National Congress', 'ANC'],
  ['Christian Democratic Union', 'CDU'],
  ['Pakistan Tehreek-e-Insaf'],
  ['Alternative für Deutschland', 'Alternative fuer Deutschland', 'Alternative for Germany', 'AfD'],
  ["Fratelli d'Italia", 'Fratelli d’Italia', 'Brothers of Italy'],
  ['Movimento 5 Stelle', 'Five Star Movement', 'M5S'],
  ['Rassemblement National', 'National Rally'],
  ['Scotland Yard'],
  ['Chatham House'],
  ['Mossad'],
  ['Shin Bet'],
  ['MI5'],
  ['MI6'],
  ['Kyodo', 'Kyodo News'],
  ['Jiji Press', 'Jiji'],
  ['Anadolu Agency', 'Anadolu'],
  ['RIA Novosti'],
  ['Press Trust of India'],
  ['Al Arabiya'],
  ['Haaretz'],
  ['Le Monde'],
  ['Der Spiegel'],
  ['El País', 'El Pais'],
  ['Izvestia'],
  ['Kommersant'],
  ['Pravda'],
  ['Nikkei'],
  // Armed and political movements that international news names without a head word.
  ['Hamas'],
  ['Hezbollah', 'Hizbollah', 'Hizballah'],
  ['Fatah'],
  ['Boko Haram'],
  ['al-Shabaab', 'Al-Shabaab', 'al-Shabab', 'Al Shabaab'],
  ['Islamic Jihad'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  ['Muslim Brotherhood'],
  ['Liberation Tigers of Tamil Eelam', 'Tamil Tigers', 'LTTE'],
  // Companies that news names by a name no dictionary knows, or knows as a place ("Toyota").
  ['Gazprom'],
  ['Rosneft'],
  ['Rosatom'],
  ['Instagram'],
  ['Telegram'],
  ['Truth Social'],
  ['Huawei'],
  ['Airbus'],
  ['Alibaba'],
  ['Tencent'],
  ['Saudi Aramco', 'Aramco'],
  ['ExxonMobil', 'Exxon Mobil', 'Exxon'],
  ['Barclays'],
  ['Toyota', 'Toyota Motor'],
  ['Meta Platforms', 'Meta'],
  ['Warner Bros. Discovery', 'Warner Bros Discovery'],
  // Companies named as a person is ("Morgan Stanley said", "Lockheed Martin") or as a place ("Rio Tinto"), that news names often.
  ['Morgan Stanley'],
  ['Lockheed Martin'],
  ['Charles Schwab'],
  ['JPMorgan Chase', 'JPMorgan', 'JP Morgan', 'J.P. Morgan'],
  ['Merrill Lynch'],
  ['Novo Nordisk'],
  ['Rio Tinto'],
  ['Deloitte'],
  ['McKinsey', 'McKinsey & Company'],
  // Companies whose name ends in a possessive 's that stays in it (possessiveNameAlias).
  ["McDonald's"],
  ["Moody's", "Moody's Investors Service"],
  ['Fitch Ratings', 'Fitch'],
  ["Standard & Poor's", "Standard and Poor's"],
  ["Sotheby's"],
  ["Macy's"],
  ["Ben & Jerry's"],
  ['Reuters'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP', 'Agence France Presse'],
  ['EFE', 'Agencia EFE'],
  ['Xinhua', 'Xinhua News Agency'],
  ['TASS'],
  ['Interfax'],
  ['Bloomberg'],
  ['BBC'],
  ['CNN'],
];

/**
 * The country of each national body above that other countries have bodies of the same generic name
 * ("Senate", "Supreme Court", "Democratic Party", "Labour Party"): its generic name means it only in an
 * article about that country (resolve/national-body.rules.ts). The Department of Homeland Security is the US
 * one's name alone: no other country's body is so called.
 */
const NATIONAL_HOMES: ReadonlyMap<string, string> = new Map(Object.entries({
  'US Congress': 'US', 'US Senate': 'US', 'US House of Representatives': 'US', 'US Supreme Court': 'US',
  'Democratic Party': 'US', 'Republican Party': 'US', 'Democratic National Committee': 'US', 'Republican National Committee': 'US',
  'Justice Department': 'US', 'Secret Service': 'US',
  'Labour Party': 'GB', 'Conservative Party': 'GB', 'House of Commons': 'GB', 'House of Lords': 'GB',
}));

/**
 * Chambers that news names by an ordinary word after "the" ("the House voted", "passed the House
 * and the Senate"), by that word: only so, since the word alone heads other names ("Opera House").
 */
const CHAMBERS_AFTER_THE: ReadonlyMap<string, string> = new Map([['house', 'US House of Representatives']]);

/** The canonical name of the chamber a capitalised word names after a lower-case "the" (see CHAMBERS_AFTER_THE), or null. */
export function chamberNamedAfterThe(word: string): string | null {
  return CHAMBERS_AFTER_THE.get(word) ?? null;
}

/** The ISO code of the country whose national body the canonical name `canonical` is (see NATIONAL_HOMES), or null. */
export function homeCountryOf(canonical: string): string | null {
  return NATIONAL_HOMES.get(canonical) ?? null;
}

/**
 * The canonical name of the organization `alias` names, or null: an alias of the table, or one
 * written after its home country's name or demonym ("U.S. Republican Party", "British Labour Party").
 */
export function organizationNamed(alias: string): string | null {
  const found = tableOrganizationNamed(alias) ?? registeredCompanyNamed(alias);
  if (found) return found;
  const space = alias.indexOf(' ');
  if (space < 0) return null;
  // Most names are no national body: their second word opens none (a cheap test before folding the rest).
  const next = alias.indexOf(' ', space + 1);
  const second = alias.slice(space + 1, next < 0 ? undefined : next).toLowerCase();
  if (!nationalBodyFirstWords().has(second)) return null;
  const body = tableOrganizationNamed(alias.slice(space + 1));
  const home = body ? homeCountryOf(body) : null;
  const prefix = alias.slice(0, space);
  return home && (countryNamed(prefix)?.code ?? countryOfDemonym(prefix)?.code) === home ? body : null;
}

/** Words a company's registered name adds between its brand and its legal form: "Huawei Technologies Co Ltd", "Tencent Holdings Ltd". */
const REGISTERED_NAME_WORDS: ReadonlySet<string> = new Set([
  'group', 'holding', 'holdings', 'technologies', 'technology', 'international', 'industries', 'enterprises', 'corporation', 'company',
]);

/**
 * Words for a line of business that news writes after a company's brand as part of its name ("Samsung
 * Electronics", "Meta Platforms", "Nippon Steel", "Delta Air Lines"), beside the words of a registered name.
 */
const LINE_OF_BUSINESS_WORDS: ReadonlySet<string> = new Set([
  ...REGISTERED_NAME_WORDS,
  'electronics', 'platforms', 'motor', 'motors', 'air', 'lines', 'energy', 'pharmaceuticals', 'pharma', 'steel', 'global', 'media',
  'systems', 'communications', 'entertainment', 'semiconductor', 'petroleum', 'chemical', 'chemicals', 'telecom', 'brands', 'foods',
  'biotech', 'therapeutics', 'biosciences', 'airlines', 'airways', 'logistics',
  'finance', 'financial', 'commodities', 'trading', 'rail', 'railways', 'networks', 'aerospace', 'shipping', 'mining', 'minerals',
  'metals', 'securities', 'investments', 'ventures', 'software', 'robotics', 'automotive', 'aviation', 'freight', 'semiconductors',
  'telecommunications', 'healthcare', 'laboratories', 'studios', 'breweries', 'utilities', 'materials', 'resources', 'properties',
  'realty', 'chemie', 'technik', 'wealth', 'advisers', 'advisors',
  'grocers', 'cement', 'maritime', 'advisory', 'apparels', 'textiles', 'partners',
]);

/** True for a folded word that, after a company's brand, is part of its name: a line of business or a word of a registered name ("Electronics", "Holdings"). */
export function isCompanyNameWord(word: string): boolean {
  return LINE_OF_BUSINESS_WORDS.has(word);
}

/**
 * The table's company a registered name ending in a legal form names ("Huawei Technologies Co Ltd", "Alibaba
 * Group Holding Ltd." -> Huawei, Alibaba): the legal forms and then the words of a registered name taken off
 * its end, the rest an alias of the table. Null without a legal form or when the rest is no alias.
 */
function registeredCompanyNamed(alias: string): string | null {
  const folded = (w: string): string => foldName(w).replace(/\./g, '');
  // Most names end in no legal form: the last word is read off first, before anything is split.
  const isSeparator = (ch: string): boolean => ch === ',' || /\s/.test(ch);
  let to = alias.length;
  while (to > 0 && isSeparator(alias[to - 1])) to--;
  let from = to;
  while (from > 0 && !isSeparator(alias[from - 1])) from--;
  if (!isCompanyLegalForm(folded(alias.slice(from, to)))) return null;
  const words = alias.split(/[\s,]+/).filter(Boolean);
  let end = words.length;
  while (end > 1 && isCompanyLegalForm(folded(words[end - 1]))) end--;
  if (end === words.length) return null;
  while (end > 1 && REGISTERED_NAME_WORDS.has(folded(words[end - 1]))) end--;
  return tableOrganizationNamed(words.slice(0, end).join(' '));
}

let nativeCountryNames: Set<string> | null = null;

/**
 * True for a folded word that is a country's own name in its language (world-countries' native common names, one word in
 * Latin letters: "Polska", "Deutschland", "Italia", "España", "Sverige") that the gazetteer does not know as a country and
 * that is no English word or name the lists hold ("Maurice", "Ísland"): English news writes it only inside the name of a
 * company's unit or a party there ("Orange Polska", "Forza Italia", "Alternative für Deutschland").
 */
export function isNativeCountryName(word: string): boolean {
  nativeCountryNames ??= new Set(
    worldCountries
      .flatMap((c) => Object.values(c.name.native ?? {}).map((n) => n.common))
      .filter((name) => !/\s/.test(name) && isLatinName(name) && !countryNamed(name))
      .map(foldName)
      .filter((key) => !isVocabularyWord(key) && !isGivenName(key) && !isSurname(key)),
  );
  return nativeCountryNames.has(word);
}

let nativeLanguageNames: Set<string> | null = null;

/**
 * True for a folded word that is a language's own name in that language (ICU's display names of world-countries' languages, one
 * word in Latin letters that differs from its English name: "norsk", "svenska", "dansk", "magyar", "polski", "Deutsch") that is no
 * English word, country or name the lists hold: the adjective of a country's own language, which opens the names of its companies,
 * papers and parties ("Norsk Hydro", "Svenska Dagbladet", "Magyar Telekom", "Dansk Folkeparti").
 */
export function isNativeLanguageName(word: string): boolean {
  if (!nativeLanguageNames) {
    const english = new Intl.DisplayNames(['en'], { type: 'language' });
    const codes = new Set(worldCountries.flatMap((c) => Object.keys(c.languages ?? {})));
    nativeLanguageNames = new Set(
      [...codes]
        .flatMap((code) => {
          const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
          return own && own !== english.of(code) ? [own] : [];
        })
        .filter((own) => !/\s/.test(own) && isLatinName(own) && !countryNamed(own))
        .map(foldName)
        .filter((key) => !isVocabularyWord(key) && !isGivenName(key) && !isSurname(key)),
    );
  }
  return nativeLanguageNames.has(word);
}

/**
 * Words that open a football club's name before its town ("Bayern Munich", "Inter Milan", "Atletico Madrid",
 * "Borussia Dortmund", "AC Milan", "FC Porto"), as sports news writes them, folded: the German, Central and Eastern European
 * and Israeli ones too ("Eintracht Frankfurt", "Hertha Berlin", "Sparta Prague", "Spartak Moscow", "Legia Warsaw", "Hajduk
 * Split", "Maccabi Haifa"), which had read as a person's given name and surname.
 */
const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  'inter', 'real', 'atletico', 'atlético', 'athletic', 'bayern', 'borussia', 'sporting', 'olympique', 'dynamo', 'dinamo', 'racing',
  'ac', 'as', 'fc', 'cf', 'rb', 'vfb', 'vfl', 'ssc',
  'eintracht', 'hertha', 'fortuna', 'arminia', 'werder', 'union', 'sparta', 'slavia', 'viktoria', 'spartak', 'lokomotiv', 'cska', 'torpedo',
  'zenit', 'shakhtar', 'legia', 'lech', 'wisla', 'hajduk', 'partizan', 'steaua', 'rapid', 'sturm', 'standard', 'maccabi', 'hapoel', 'beitar',
]);

/** True for a folded word that opens a football club's name before its town (see CLUB_PREFIXES). */
export function isClubPrefix(word: string): boolean {
  return CLUB_PREFIXES.has(word);
}

/** A bank's word in the languages news names banks in: "Banco Santander", "Banca di Treviso", "Banque de Savoie", "Bank Muscat", "Kurobe Chuo Bank". */
const BANK_WORDS: ReadonlySet<string> = new Set(['banco', 'banca', 'banque', 'bank']);

/** True for a folded word that names a bank's business ("bank", "banco"): it opens or closes a bank's name. */
export function isBankWord(word: string): boolean {
  return BANK_WORDS.has(word);
}

let firstWords: Set<string> | null = null;

/** The first words, in lower case, of the aliases of the national bodies (NATIONAL_HOMES). */
function nationalBodyFirstWords(): Set<string> {
  firstWords ??= new Set(
    organizationAliases().filter(({ canonical }) => homeCountryOf(canonical)).map(({ alias }) => alias.split(' ')[0].toLowerCase()),
  );
  return firstWords;
}

/** True when the table above knows `alias` (an international body, a national institution, a party, an agency): no company. */
export function isTableOrganization(alias: string): boolean {
  return tableOrganizationNamed(alias) !== null;
}

function tableOrganizationNamed(alias: string): string | null {
  const index = aliasIndex();
  return index.exact.get(alias) ?? (isCaseSensitive(alias) ? null : index.folded.get(foldName(alias))) ?? null;
}

let possessiveAliases: Map<string, string[]> | null = null;

/**
 * True when `word` ("McDonald's", "Poor's"), written with its possessive 's, ends an alias of the table
 * that the text before it (`before`, the body up to the word) completes: the 's is part of the name
 * ("McDonald's said", "Standard & Poor's"), no possessive.
 */
export function possessiveNameAlias(word: string, before: string): boolean {
  possessiveAliases ??= organizationAliases().reduce((m, { alias }) => {
    const last = alias.slice(alias.lastIndexOf(' ') + 1);
    if (last.endsWith("'s")) m.set(last, [...(m.get(last) ?? []), alias.slice(0, -last.length)]);
    return m;
  }, new Map<string, string[]>());
  return (possessiveAliases.get(word.replace('’', "'")) ?? []).some((prefix) => before.endsWith(prefix));
}

/** Every alias in the table with its canonical name: for building dictionaries. */
export function organizationAliases(): ReadonlyArray<{ alias: string; canonical: string; caseSensitive: boolean }> {
  return ORGANIZATIONS.flatMap(([canonical, ...aliases]) =>
    [canonical, ...aliases].map((alias) => ({ alias, canonical, caseSensitive: isCaseSensitive(alias) })),
  );
}

function isCaseSensitive(alias: string): boolean {
  return /^[\p{Lu}\d.&-]{1,6}$/u.test(alias);
}

let cachedIndex: { exact: Map<string, string>; folded: Map<string, string> } | null = null;

function aliasIndex(): { exact: Map<string, string>; folded: Map<string, string> } {
  if (cachedIndex) return cachedIndex;
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const { alias, canonical, caseSensitive } of organizationAliases()) {
    if (caseSensitive) exact.set(alias, canonical);
    else folded.set(foldName(alias), canonical);
  }
  cachedIndex = { exact, folded };
  return cachedIndex;
}
