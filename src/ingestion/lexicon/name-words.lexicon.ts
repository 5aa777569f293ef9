/**
 * The words that shape a person's or an organization's name: lower-case particles ("Charles de
 * Gaulle"), generational suffixes ("Jr."), the connectors a capitalised run may hold ("Department
 * of Justice", "Procter & Gamble"), group nouns that are no surname, and the word shapes that mark
 * ordinary vocabulary rather than a name.
 */

/** The Arabic particles ("son of", "daughter of") before a father's given name, no surname: "Mohammed bin Salman" is King Salman's son. */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

/** The name particles that name a person's father or line ("son of": "bin", "arap", Welsh "ap"; Welsh "ferch", "daughter of"), found in no place's name. */
export const KINSHIP_PARTICLES: ReadonlySet<string> = new Set([...PATRONYMIC_PARTICLES, 'arap', 'wa', 'ap', 'ferch']);

/** Dutch and German particles as people's names write them small ("Pieter van den Berg", "Otto von Bismarck"), which no place's or institution's name in English holds. */
export const GERMANIC_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'van der', 'van den', 'van de', 'von der', 'von den', 'ter', 'ten']);

/**
 * The particles French, Spanish, Portuguese, Italian and Filipino names hold in lower case, people's and places' alike ("Charles de
 * Gaulle", "Piazza del Campo", "Plaza de la Revolucion", "Ana de los Rios", Filipino "Juan dela Cruz", "Maria delos Reyes").
 */
export const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'des', 'del', 'della', 'la', 'le', 'los', 'las', 'dos', 'das', 'do', 'dela', 'delos']);

/**
 * Name particles written in lower case inside a name ("de", "van", "bin"), and the "and" that joins a double surname in Spanish
 * ("y"), Portuguese ("e": "Ulisses Correia e Silva") and Catalan ("i": "Jordi Pujol i Soley").
 */
export const NAME_PARTICLES = new Set([...KINSHIP_PARTICLES, ...ROMANCE_PARTICLES, 'der', 'den', 'van', 'von', 'al', 'el', 'y', 'e', 'i', 'ter', 'ten', 'zu', 'af', 'av', 'ben']);

/** The Arabic article as English copy joins it to a name with a hyphen ("al-Assad", "el-Sisi", "ash-Sharaa", "Zia ul-Haq"), folded. */
export const JOINED_ARABIC_ARTICLES: readonly string[] = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ud', 'ul'];

const JOINED_ARTICLE = new RegExp(`^(?:${JOINED_ARABIC_ARTICLES.join('|')})-(?=\\p{L})`, 'u');

/**
 * A folded name word without the Arabic article joined to it ("al-assad" -> "assad", "el-sisi" -> "sisi"), as copy names the person
 * after the first mention ("Bashar al-Assad ... Assad said"); any other word as it is.
 */
export function withoutJoinedArticle(key: string): string {
  return (key[2] === '-' || key[3] === '-') && JOINED_ARTICLE.test(key) ? key.slice(key.indexOf('-') + 1) : key;
}

/**
 * The part before the hyphen of a folded double surname ("yesilgoz" of "yesilgoz-zegerius"), which copy writes alone after the first
 * mention; null for a word with no hyphen, a joined Arabic article ("al-assad") or a first part under three letters.
 */
export function doubleSurnameOpening(key: string): string | null {
  const dash = key.indexOf('-');
  return dash >= 3 && withoutJoinedArticle(key) === key ? key.slice(0, dash) : null;
}

/**
 * The particles a surname written without its given name opens with ("van der Quorvle", "de la Quintell", "von Quorvle",
 * "bin Salman"); no article ("der", "la": "der Spiegel", "la Repubblica") and no word English also writes small ("do", "y", "ten").
 */
export const SURNAME_OPENING_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'ter', 'de', 'da', 'di', 'du', 'des', 'del', 'della', 'dela', 'delos', 'dos', 'das', 'bin', 'ibn', 'ben']);

/**
 * Given names written short with a dot before the rest of the name, as record and Philippine copy does ("Ma. Theresa Lazaro" for
 * María, "Wm. H. Quorvle", "Chas.", "Thos.", "Jas."), as written.
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['Ma', 'Wm', 'Chas', 'Thos', 'Jas']);

/** Generational suffixes and regnal numbers that end a full name ("Joseph R. Biden Jr.", "Mohammed VI", "Leo XIV"; no single letter: "V", "X" name other things too). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx']);

/**
 * Generational words Portuguese and Spanish names end with, written out and capitalised ("Vinicius Junior", "Neymar da Silva Santos
 * Junior", "Henrique Meirelles Filho", "Pedro Neto"; folded): English words or no words, they end a person's name.
 */
export const WRITTEN_NAME_SUFFIXES: ReadonlySet<string> = new Set(['junior', 'filho', 'neto', 'sobrinho']);

/** A saint's title before the name places and institutions are named after ("St. Mary's Hospital", "San Jose"), folded. */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'santo', 'sao']);

/**
 * German "for" and Filipino "of" as written inside a name ("Alternative für Deutschland", "Institut für Weltwirtschaft", "Bangko
 * Sentral ng Pilipinas"), in no English word's spelling.
 */
export const FOREIGN_JOINERS: ReadonlySet<string> = new Set(['für', 'fuer', 'ng']);

/** Lower-case words that may stand inside a capitalised name: the particles, "of", "for", "the", "and", "&". */
export const NAME_CONNECTORS = new Set([...NAME_PARTICLES, 'of', 'for', 'the', 'and', '&']);

/** Group nouns written with a capital: "Democrats", "Muslims" are no surname. */
export const GROUP_WORDS = new Set([
  'democrat', 'republican', 'muslim', 'christian', 'jew', 'catholic', 'protestant', 'sunni', 'shiite', 'liberal',
  'conservative', 'progressive', 'libertarian', 'socialist', 'communist', 'independent', 'democratic', 'tory',
]);

/**
 * Words for things named like people, written before the name: "Cyclone Phailin", "Hurricane
 * Katrina", "Space Shuttle Discovery", "Operation Desert Storm": the name after one is no person.
 */
export const NAMED_THING_KINDS = new Set([
  'cyclone', 'hurricane', 'typhoon', 'storm', 'tornado', 'shuttle', 'ship', 'spacecraft', 'rover', 'probe',
  'satellite', 'telescope', 'operation', 'project', 'planet', 'asteroid', 'comet', 'mount',
]);

/** Team sports by the names a wire headline's slug gives them ("SOCCER - ...", "Rugby-...", "Rugby League-...", "Australian Rules-..."). */
export const TEAM_SPORTS = ['soccer', 'football', 'rugby', 'cricket', 'basketball', 'baseball', 'hockey', 'rugby league', 'rugby union', 'ice hockey', 'australian rules'];

/** A game's score as sports copy writes it, a regular expression's source: "3-1", "102-99", "2 – 2". */
export const SCORE_TEXT = String.raw`\d{1,3}\s?[-–]\s?\d{1,3}`;

/** The other sports a wire headline's slug names ("TENNIS - ...", "Golf-..."). */
export const OTHER_SPORTS = [
  'tennis', 'golf', 'athletics', 'cycling', 'boxing', 'motor racing', 'horse racing', 'swimming', 'rowing', 'gymnastics', 'sailing', 'skiing',
  'alpine skiing', 'triathlon', 'badminton', 'volleyball', 'netball', 'squash', 'canoeing', 'judo', 'wrestling', 'fencing', 'archery', 'snooker',
];

/** Every sport either list names, folded, one set to look a word up in ("rugby", "swimming", "motor racing"). */
export const SPORTS: ReadonlySet<string> = new Set([...TEAM_SPORTS, ...OTHER_SPORTS]);

/** Words that name an event after a place ("Fan Expo Canada", "Davis Cup", "Tour de France"): the place stays a place. */
export const EVENT_WORDS = new Set([
  'expo', 'cup', 'games', 'open', 'championship', 'championships', 'festival', 'summit', 'conference', 'tour',
  'marathon', 'fair', 'week', 'day', 'awards', 'prix', 'rally', 'classic', 'trophy', 'show', 'series', 'olympics',
]);

/**
 * Words ending the name of a sports contest or a festival that a place opens ("the Monaco Grand Prix", "the Qatar Open", "the Boston
 * Marathon", "the Paris Olympics", "the Melbourne Cup", "the Quorvia International Film Festival"), a subset of EVENT_WORDS: the event's
 * name is no mention of the place (CoNLL's MISC). Not an expo's or a summit's, whose place follows ("Fan Expo Canada"), nor a tour's or a
 * series' ("England's India tour").
 */
export const CONTEST_WORDS: ReadonlySet<string> = new Set(['open', 'marathon', 'prix', 'masters', 'cup', 'games', 'olympics', 'championship', 'championships', 'rally', 'classic', 'festival']);

/**
 * Words ending the name of a contest one person wins, no team or company ("the U.S. Open", "the Berlin Marathon", "the Monaco Grand
 * Prix", "the Masters", "a Grand Slam", "the Tour de France", "Wimbledon"): its winner is a person.
 */
export const INDIVIDUAL_EVENT_WORDS: ReadonlySet<string> = new Set(['open', 'marathon', 'prix', 'masters', 'slam', 'wimbledon', 'tour']);

/** The kinds of NAMED_THING_KINDS whose name, written alone too ("Phailin's winds", "Atlantis will go on display"), stays the thing's. */
export const NAMED_VEHICLES_AND_STORMS = new Set([
  'cyclone', 'hurricane', 'typhoon', 'storm', 'tornado', 'shuttle', 'ship', 'spacecraft', 'rover', 'probe', 'satellite', 'telescope',
]);

/** Upper-case abbreviations that are no organization: time zones, titles, common and markets' terms (some written with an ampersand); currencies' codes are currency.lexicon's. */
export const NOT_ORGANIZATIONS = new Set([
  'EDT', 'EST', 'CDT', 'CST', 'MDT', 'MST', 'PDT', 'PST', 'GMT', 'UTC', 'BST', 'CET', 'CEO', 'CFO', 'COO', 'CTO',
  'GDP', 'LGBT', 'LGBTQ', 'HIV', 'AIDS', 'DNA', 'FAQ', 'PDF', 'MVP', 'RSVP', 'ASAP', 'AKA',
  'VIP', 'SUV', 'UFO', 'WMD', 'ICBM', 'PTSD', 'ADHD', 'ATM', 'TBD', 'OMG', 'LOL', 'WTF', 'NSFW', 'ETA', 'DIY',
  // Markets' and business terms: share listings, funds, earnings, a phone's card.
  'IPO', 'ETF', 'SPAC', 'REIT', 'ESG', 'EPS', 'EBITDA', 'NFT', 'SIM',
  // Wire briefs' magnitudes, rates and units in capitals ("3.70 BLN EUROS", "UP 12 PCT", "300 MWH").
  'BLN', 'MLN', 'MN', 'BN', 'TRLN', 'PCT', 'BPS', 'DLRS', 'QTRLY', 'SHR', 'MW', 'GW', 'KWH', 'MWH', 'GWH',
  // Terms written with an ampersand: research, deals, interviews, lodging, music, accounts, savings banks, sex.
  'R&D', 'M&A', 'Q&A', 'B&B', 'R&B', 'P&L', 'S&L', 'S&M', 'B&W', 'F&B', 'T&C', 'G&T', 'E&P',
]);

/** Ordinary-word endings that no given name or surname has. */
export const NON_NAME_ENDINGS = /(?:tion|sion|ment|ness|ity|ous|ive|ics|ism|ship|hood|ology|care|ium|\w{4}(?:ance|ence))$/;

/** Ordinary-word endings that some names have too ("Marxist", "Baptist", but the given name "Tigist"). */
export const SHARED_ENDINGS = /ist$/;

/** Inflections that mark a sentence-initial capital as an ordinary word ("Injecting", "Asked", "Clearly"). */
export const INFLECTED = /(?:ing|ed|ly)$/;

/** Surname prefixes written with a capital after them: McCain, MacDougall, O'Neill, DeNiro, LaBelle, VanDyke. */
export const CAPITAL_PREFIX = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)\p{Lu}/u;

/** A capital inside a word after anything but a surname prefix: a brand ("FactHound", "YouTube"), not a surname. */
export function isBrandShaped(text: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(text) && !CAPITAL_PREFIX.test(text);
}

/**
 * Lower-case nouns for a kind of organization that news writes right before its name: "localist group
 * Youngspiration", "US team Cloud9", "the band Spoken Motion", "the website Politics1".
 */
export const ORGANIZATION_KIND_NOUNS: ReadonlySet<string> = new Set([
  'group', 'team', 'party', 'company', 'firm', 'band', 'club', 'website', 'newspaper', 'magazine', 'charity',
  'publisher', 'label', 'startup', 'broadcaster', 'airline', 'carrier', 'retailer', 'bank', 'agency', 'organization',
  'organisation', 'network', 'studio', 'tabloid', 'daily', 'weekly', 'channel', 'brand', 'chain', 'manufacturer',
  'insurer', 'lender', 'union', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'conglomerate', 'publication', 'outlet', 'utility',
  'regulator', 'watchdog', 'consultancy', 'brokerage', 'body',
]);

/**
 * Nouns of a trade that name a company after a lower-case noun of what it deals in ("a tanker operator", "an oil producer", "a chip
 * supplier", "the tech giant", "tea maker Twinings", "the streaming service Quorvlix", "review aggregator Metacritic"), a person's job
 * alone ("the operator").
 */
export const COMPANY_TRADE_NOUNS: ReadonlySet<string> = new Set([
  'operator', 'producer', 'supplier', 'provider', 'distributor', 'maker', 'exporter', 'importer', 'miner', 'giant', 'service', 'aggregator',
]);

/** Nouns of COMPANY_TRADE_NOUNS that, right before a name, as often label a person or a thing: "film producer Quorvle", "gas giant Jupiter". */
export const TRADE_NOUNS_NOT_BEFORE_NAMES: ReadonlySet<string> = new Set(['producer', 'giant']);

/**
 * Plurals of lower-case nouns for firms by their trade that, right before names, list companies: "chocolate makers Quorvex and
 * Tellan", "copper miners", "auto suppliers" (a film's producers or a ship's operators are people: not here).
 */
const COMPANY_TRADE_PLURALS: ReadonlySet<string> = new Set(['makers', 'miners', 'suppliers', 'exporters', 'importers', 'distributors']);

/** A plural (folded) of ORGANIZATION_KIND_NOUNS ("lenders", "companies") or of COMPANY_TRADE_PLURALS ("makers"): firms of a kind. */
export function isFirmsPlural(key: string): boolean {
  if (COMPANY_TRADE_PLURALS.has(key)) return true;
  if (!key.endsWith('s') || ORGANIZATION_KIND_NOUNS.has(key)) return false;
  return ORGANIZATION_KIND_NOUNS.has(key.slice(0, -1)) || (key.endsWith('ies') && ORGANIZATION_KIND_NOUNS.has(`${key.slice(0, -3)}y`));
}

/**
 * True for a lower-case noun (folded) that, right before a name or a list of names, says they are organizations of a kind: one of
 * ORGANIZATION_KIND_NOUNS ("group Quorvex") or a plural for firms of a kind (isFirmsPlural: "lenders Quorvex and Tellan",
 * "chocolate makers Quorvex and Tellan").
 */
export function isOrganizationKindNoun(key: string): boolean {
  return ORGANIZATION_KIND_NOUNS.has(key) || isFirmsPlural(key);
}

/** Plurals for a company's rivals, which open a sentence before the names of the rivals and are no part of them: "Rivals Quorvex and Tellan rose". */
export const RIVAL_PLURALS: ReadonlySet<string> = new Set(['rivals', 'competitors', 'peers']);

/**
 * Lower-case nouns news sets right before a person's bare name as a label ("striker Quorvle", "Billionaire Quorvle said") that the
 * lexicon tags as no actor: a player's position or seeding ("top seed Quorvle", "Quorvle, the top seed,") and a person's wealth.
 */
export const PERSON_LABELS: ReadonlySet<string> = new Set([
  'striker', 'forward', 'centre-forward', 'center-forward', 'defender', 'centre-back', 'center-back', 'midfielder', 'winger', 'goalkeeper', 'goalie',
  'keeper', 'skipper', 'playmaker', 'full-back', 'fullback', 'fly-half', 'scrum-half', 'batsman', 'bowler', 'wicketkeeper',
  'all-rounder', 'pitcher', 'jockey', 'boxer', 'sprinter', 'billionaire', 'millionaire', 'magnate', 'seed',
]);

/**
 * Words the lexicon tags as actors or as nouns for a person by role that, right before a name, show no person: they name a firm by
 * its trade, its standing or its kin too ("property developer Quorvex", "broker Tellan", "market leader Tellan", "Google's parent
 * Alphabet", "its franchise owner Quorvex"), or modify a noun more often than they stand for a person ("radical Islam", "native
 * Hawaiians").
 */
export const NO_PERSON_LABELS: ReadonlySet<string> = new Set([
  'agent', 'broker', 'builder', 'courier', 'creator', 'customer', 'dealer', 'developer', 'employer', 'host', 'innovator', 'installer', 'landlord',
  'leader', 'maker', 'manager', 'merchant', 'operator', 'originator', 'partner', 'pioneer', 'planner', 'player', 'producer', 'recruiter',
  'specialist', 'tenant', 'tester', 'trader', 'underwriter', 'user', 'winner', 'champion', 'affiliate', 'consultant', 'designer', 'contender',
  'parent', 'radical', 'native', 'human', 'revolutionary', 'parental', 'humanitarian', 'punk', 'rogue', 'owner',
]);

/**
 * Of COMPANY_NOUNS, a company's equity: "Quorvle shares", "Quorvle stock". A person holds these too ("Ann Lee's shares"), but no
 * line of business nor a sector has them as it has revenue ("Cargo revenue", "Group revenue").
 */
export const EQUITY_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock']);

/** Lower-case nouns right after a name (or its possessive) that only a company has: "Quorvle shares", "Quorvle's employees". */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'shareholders', 'employees', 'executives', 'headquarters', 'subsidiary', 'subsidiaries',
  'customers', 'subscribers', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'ceo',
]);

/**
 * Lower-case nouns for a person's kin, right after a name's possessive, that only a person has: "Quorvle's wife", "Quorvle's widow"
 * (not "parent", "sister": a company has a parent and a sister company).
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'widow', 'widower', 'ex-wife', 'ex-husband', 'spouse', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father',
  'brother', 'girlfriend', 'boyfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'grandson', 'granddaughter', 'nephew', 'niece', 'stepson', 'stepdaughter',
]);

/** Pronouns that refer back to a person, never to a company, a party or a team: "Quorvle won her third title", "X said he". */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'himself', 'herself']);

/**
 * Verbs whose subject is a person, never a company, a party or a team: "Quorvle died in 1991", "Quorvle married ...",
 * "Quorvle testified", "Quorvle pleaded guilty" (not "won", "lost", "beat", "signed", which all of them do).
 */
export const PERSON_ONLY_VERBS: ReadonlySet<string> = new Set([
  'died', 'dies', 'married', 'marries', 'wed', 'weds', 'divorced', 'resigned', 'resigns', 'testified', 'testifies',
  'pleaded', 'pleads', 'graduated', 'starred', 'sang', 'sings', 'wept', 'smiled', 'laughed',
]);

/** Phrasal verbs, a verb and its particle, that only a person does: "Ann Lee stepped down as leader" (not "stepped up", which a company does too). */
export const PERSON_ONLY_PHRASES: ReadonlySet<string> = new Set(['stepped down', 'steps down', 'stood down', 'stands down']);

/**
 * Verbs whose object is a person, never a company, a party or a team: "met Tiger Woods", "police arrested ...", "she married ..."
 * (not "hired", "fired", "charged", "sued", which take companies too).
 */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'met', 'meets', 'meeting', 'married', 'marries', 'marrying', 'divorced', 'interviewed', 'interviewing', 'arrested', 'sentenced',
  'detained', 'kidnapped', 'murdered', 'knighted', 'hugged', 'kissed', 'befriended',
]);

/** Lower-case nouns for political groupings written right after their name: "the Pakatan Harapan coalition", "the Janata Dal party". */
export const GROUPING_NOUNS: ReadonlySet<string> = new Set(['coalition', 'alliance', 'bloc', 'party', 'movement', 'faction']);

/** Lower-case nouns written right after the name of the organization that polls: "a Quorvle poll", "the Tellan survey". */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);

/**
 * Head words of the names of laws, agreements, plans and documents ("Affordable Care Act", "GNU Free
 * Document License", "Paris Agreement"): a name they end, or that runs into them, is no person's.
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'act', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'doctrine', 'declaration', 'charter', 'protocol',
  'plan', 'program', 'programme', 'initiative', 'report', 'manifesto', 'constitution', 'license', 'licence', 'definition',
  'directive', 'resolution', 'ordinance', 'statute', 'bill',
]);

/**
 * Words that label a caption's or a credit's part before a colon ("Image: Ann Lee.", "Photo: Reuters",
 * "Video: Ann Lee & Bo Chen"): the label is no name and no part of the name before it ("Belle Image:").
 */
export const CAPTION_LABELS: ReadonlySet<string> = new Set([
  'image', 'images', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'video', 'audio', 'footage', 'file',
  'credit', 'credits', 'source', 'sources', 'courtesy', 'illustration', 'graphic', 'map', 'chart', 'caption', 'pictured',
]);
