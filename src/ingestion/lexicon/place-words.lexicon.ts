/**
 * The words that make a capitalised phrase a place no gazetteer lists: head words ("Black Sea",
 * "Red River"), opening words ("Mount Everest"), compass words and initials ("N. Korea"), and the
 * locative phrases that put a place inside a country ("the Ukrainian peninsula of Crimea").
 */

/** Head words that make an unknown capitalised phrase a place, and the kind it gets. */
export const GEO_HEADS: ReadonlyMap<string, string> = new Map(Object.entries({
  sea: 'sea', gulf: 'sea', bay: 'sea', strait: 'sea', straits: 'sea', channel: 'sea', ocean: 'ocean',
  river: 'river', lake: 'lake', mountains: 'mountain', mountain: 'mountain', island: 'island', islands: 'island',
  peninsula: 'region', valley: 'region', delta: 'region', desert: 'region', county: 'region', province: 'region', region: 'region',
  oblast: 'region', territory: 'region', coast: 'region', basin: 'region', plateau: 'region', shelf: 'region', glacier: 'region',
  hill: 'region', street: 'region', avenue: 'region', boulevard: 'region', road: 'region', canal: 'river', plains: 'region', side: 'region',
  expressway: 'region', highway: 'region', freeway: 'region', motorway: 'region', turnpike: 'region', parkway: 'region',
  airport: 'facility', stadium: 'facility', arena: 'facility', bridge: 'facility',
  mosque: 'facility', cathedral: 'facility', planetarium: 'facility', base: 'facility',
  palace: 'facility', castle: 'facility', tower: 'facility', towers: 'facility', hall: 'facility',
  square: 'facility', plaza: 'facility', garden: 'facility', gardens: 'facility',
  reef: 'region', gap: 'region', falls: 'region', canyon: 'region', beach: 'region', rainforest: 'region',
  lagoon: 'sea', fjord: 'sea', atoll: 'island', archipelago: 'island', volcano: 'mountain', dam: 'facility', gate: 'facility',
  township: 'region', parish: 'region', firth: 'sea', isle: 'island',
}));

/**
 * Head words of a protected area's name, each with the words that make it one right before it:
 * "Glacier National Park", "Cuyahoga Valley State Park", "Angeles National Forest", "Masai Mara National
 * Reserve", "Arctic National Wildlife Refuge", "Cape Cod National Seashore". Alone, "Park" and "Forest"
 * end people's names ("Grace Park", "Ann Forest") and "Reserve" a bank's ("Federal Reserve").
 */
export const PROTECTED_AREA_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['park', new Set(['national', 'state', 'provincial', 'marine', 'regional', 'country'])],
  ['forest', new Set(['national', 'state'])],
  ['reserve', new Set(['national', 'nature', 'game', 'wildlife', 'marine', 'biosphere'])],
  ['refuge', new Set(['wildlife'])],
  ['monument', new Set(['national'])],
  ['seashore', new Set(['national'])],
  ['preserve', new Set(['national', 'nature'])],
]);

/**
 * Head words of a building or site people go to (a facility): a name they head is a place, not the
 * body that runs it ("Museum of Flight", "McMurdo Station", "Al-Ghaza Hotel", "Lincoln Memorial"),
 * though the lists count most of them as organization heads.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'museum', 'station', 'hotel', 'memorial', 'planetarium', 'mosque', 'cathedral', 'base', 'airport', 'stadium', 'arena', 'bridge',
]);

/** A center that is a facility when one of FACILITY_CENTER_WORDS comes right before it ("Kennedy Space Center", "Metro Toronto Convention Centre"). */
export const CENTER_HEADS: ReadonlySet<string> = new Set(['center', 'centre']);

/** What is shown or done at a center that is a building: "Space Center", "Science Center", "Convention Centre". */
export const FACILITY_CENTER_WORDS: ReadonlySet<string> = new Set([
  'space', 'science', 'convention', 'art', 'arts', 'visitor', 'visitors', 'exhibition', 'trade', 'shopping', 'conference', 'aquatic', 'aquatics',
]);

/** Words of naming before "in" that make the name after it a language, no place: "as the town is called in Sami", "which means in Quorvan". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'spelled', 'spelt', 'means', 'meaning', 'translated']);

/** Prepositions that put the name after them in a place: "in Ferguson", "near Selma". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'throughout']);

/** Lower-case nouns after which a place's name names a disease, no place ("Lassa fever", "West Nile virus", "Lyme disease"). */
export const DISEASE_NOUNS: ReadonlySet<string> = new Set(['virus', 'fever', 'disease']);

/** Prepositions of direction whose object may be a place too: "from Kyiv", "into Gaza", "toward Kharkiv". */
export const DIRECTION_PREPOSITIONS: readonly string[] = ['from', 'into', 'toward', 'towards'];

/**
 * Lower-case words of a journey or a route that make the name after "to" its end, a place: "a flight to Jomsom", "travelling home to
 * Quorvle", "extended north to Quorvle", "moved its games to Quorvle" (not "spoke to", "sold to", "according to").
 */
export const JOURNEY_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'home', 'back', 'flight', 'flights', 'fly', 'flew', 'flown', 'flying', 'travel', 'travelled', 'traveled',
  'travelling', 'traveling', 'trip', 'journey', 'voyage', 'route', 'road', 'moved', 'relocated', 'returned', 'drove', 'sailed', 'headed',
  'evacuated', 'deported', 'extended',
]);

/**
 * Words that open a place's name, and the kind they give it: "Mount Everest", "Lake Tahoe", "Cape Horn", "Kibbutz Ein Harod" (an Israeli village), "Camp David",
 * the word for an island that opens an island's name in Thai, Malay, Spanish, Portuguese and French ("Koh Samui", "Pulau Ubin",
 * "Isla Mujeres", "Ilha Grande", "Île de Ré"), and the Arabic words for a valley, a mountain, a well and a ruin that open
 * place names across the Middle East and North Africa ("Wadi Rum", "Jebel Ali", "Jabal Amel", "Bir Zeit", "Khirbet Tana"), and the
 * words for a mountain, a peak and a lake that open names in France, Switzerland, Italy and the British Isles, where weather, climbing
 * and cycling copy writes them ("Mont Blanc", "Mont Ventoux", "Piz Bernina", "Lac Léman", "Lago Maggiore", "Loch Ness",
 * "Lough Neagh", "Ile" of "Ile Quorvle" written without its accent); the Arabic words for a monastery, a house, a village and a gate
 * ("Deir al-Balah", "Beit Lahia", "Kafr Qasim", "Bab el-Mandeb"), and the Spanish, Portuguese and Italian words for a hill, a cape, a
 * square, a city and a port ("Cerro Armazones", "Cabo Delgado", "Piazza del Campo", "Ciudad Juarez", "Puerto Quorvle"), and their words
 * for a square, a gate, a palace and a street ("Plaza de Mayo", "Praça dos Três Poderes", "Puerta del Sol", "Palacio de la Moneda",
 * "Palazzo Chigi", "Rue de Rivoli", "Avenida Paulista", "Paseo de la Reforma"); not Italian "Monte", a given name too ("Monte Kiffin"),
 * nor Spanish "Calle", a Swedish given name.
 */
export const GEO_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  mount: 'mountain', mt: 'mountain', lake: 'lake', river: 'river', isle: 'island', kibbutz: 'city', moshav: 'city', camp: 'facility',
  koh: 'island', pulau: 'island', isla: 'island', ilha: 'island', 'île': 'island', ile: 'island', cape: 'region',
  mont: 'mountain', piz: 'mountain', lac: 'lake', lago: 'lake', loch: 'lake', lough: 'lake',
  wadi: 'region', jebel: 'mountain', jabal: 'mountain', djebel: 'mountain', bir: 'city', khirbet: 'city',
  deir: 'city', beit: 'city', kafr: 'city', bab: 'facility', cerro: 'mountain', cabo: 'region', piazza: 'facility', ciudad: 'city', puerto: 'city',
  plaza: 'facility', praça: 'facility', praca: 'facility', puerta: 'facility', palacio: 'facility', palazzo: 'facility',
  rue: 'region', rua: 'region', avenida: 'region', paseo: 'region',
}));

/**
 * Words of GEO_PREFIXES that open a place's name only after a lower-case "the", as British and Irish English name rivers ("the River
 * Eden", "the River Quorvle"): the word is a given name too ("River Phoenix said").
 */
export const PREFIXES_AFTER_THE: ReadonlySet<string> = new Set(['river']);

/** The four cardinal points, which are surnames too ("Adam West", "Oliver North"). */
export const CARDINAL_POINTS: readonly string[] = ['north', 'south', 'east', 'west'];

/** Compass and position words: no part of a person's name ("North", "Central", "Greater"). */
export const COMPASS = new Set([...CARDINAL_POINTS, 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower', 'greater']);

/** The four directions between the cardinal points, written as one word: "Southeast Sulawesi", "Northeast Ohio". */
const INTERCARDINAL_POINTS: readonly string[] = ['northeast', 'northwest', 'southeast', 'southwest'];

/**
 * Words that, before a place the lists know, name another place with it: compass words ("North Florida", "Southeast Sulawesi"), "Old"
 * ("Old Delhi", "Old Trafford") and "Little" ("Little Haiti", a neighbourhood).
 */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([...COMPASS, ...INTERCARDINAL_POINTS, 'old', 'little']);

/** A compass initial spelt out: "N. Korea" -> "North Korea". */
export const COMPASS_INITIALS: Readonly<Record<string, string>> = Object.fromEntries(
  CARDINAL_POINTS.map((point) => [point[0].toUpperCase(), point[0].toUpperCase() + point.slice(1)]),
);

/** The plural locative nouns of LOCATIVE_RE, by their singular: "the towns of X and Y". */
export const LOCATIVE_PLURALS: ReadonlyMap<string, string> = new Map(Object.entries({
  cities: 'city', towns: 'town', villages: 'village', townships: 'township', hamlets: 'hamlet', provinces: 'province', regions: 'region', districts: 'district', counties: 'county', states: 'state', islands: 'island',
  neighbourhoods: 'neighbourhood', neighborhoods: 'neighborhood',
}));

const LOCATIVE_NOUNS = [
  'peninsula', 'region', 'province', 'oblast', 'district', 'state', 'territory', 'republic', 'enclave', 'county', 'area', 'city', 'town', 'village', 'port',
  'resort', 'capital', 'island', 'township', 'hamlet', 'municipality', 'outskirts', 'suburbs', 'neighbourhood', 'neighborhood', 'coast', ...LOCATIVE_PLURALS.keys(),
];

/**
 * The end of a locative phrase, "... town of ", "... peninsula of " (group 1: the place noun): after
 * "the" or a capitalised word and up to three modifiers, it makes the name that follows a place
 * (locativeContext: "the Ukrainian peninsula of X", "Libya's eastern city of X", "the town of X").
 */
export const LOCATIVE_RE = new RegExp(`\\b(${LOCATIVE_NOUNS.join('|')})\\s+of\\s+$`, 'u');

/** One to four capitalised words: a place's name in a list after a plural locative noun. */
const LISTED_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";

/**
 * The end of a plural locative phrase and the names listed after it so far, "... towns of X and ",
 * "... villages of X, Y, " (group 1: the plural noun): the next name is a place of the list too.
 */
export const LOCATIVE_LIST_RE = new RegExp(`\\b(${[...LOCATIVE_PLURALS.keys()].join('|')})\\s+of\\s+(?:${LISTED_NAME}(?:,\\s+|,?\\s+and\\s+))+$`, 'u');

/** "50 km north of X", "east of X": a compass direction before "of" makes the name that follows a place. */
export const COMPASS_OF_RE = new RegExp(
  `\\b(?:${[...CARDINAL_POINTS, ...['north', 'south'].flatMap((a) => ['east', 'west'].flatMap((b) => [a + b, `${a}-${b}`]))].join('|')})\\s+of\\s+$`,
  'u',
);

/** Locative nouns that take no modifier but a compass word: "the sorry state of X", "the grey area of X" name no place. */
export const BARE_LOCATIVE_NOUNS: ReadonlySet<string> = new Set(['state', 'area', 'republic']);

/**
 * Lower-case nouns that make the name right before them a place of that kind: a region when they end
 * the phrase ("North Kivu province", "Rakhine state", "Montgomery and Bucks counties"), an airport or a
 * border crossing always ("Kloten airport", "Heathrow airport officials", "the Rafah crossing").
 */
export const PLACE_NOUNS_AFTER: ReadonlyMap<string, string> = new Map(Object.entries({
  crossing: 'facility', province: 'region', provinces: 'region', region: 'region', regions: 'region', governorate: 'region', oblast: 'region', prefecture: 'region',
  county: 'region', counties: 'region', district: 'region', districts: 'region', state: 'region', airport: 'facility',
}));

/**
 * Lower-case nouns of a site that a name no list knows, right before them, names: an oil or gas field, a mine, a
 * refinery, a place of worship, a square or garden, a desert, a river, a valley, a delta or a basin ("the Karachaganak field", "its
 * Muruntau open pit", "the Koutoubia mosque", "the Kyzylkum desert", "the Meghna river", "the Swat valley"); the kind each gives the
 * name (siteNounAfter).
 */
export const SITE_NOUNS_AFTER: ReadonlyMap<string, string> = new Map(Object.entries({
  field: 'facility', fields: 'facility', oilfield: 'facility', gasfield: 'facility', mine: 'facility', mines: 'facility', pit: 'facility',
  deposit: 'facility', refinery: 'facility', smelter: 'facility', terminal: 'facility', mosque: 'facility',
  temple: 'facility', shrine: 'facility', square: 'facility', gardens: 'facility', desert: 'region',
  river: 'river', valley: 'region', delta: 'region', basin: 'region',
}));

/** The place kind each locative noun of LOCATIVE_RE gives (any other: 'region'). */
export const LOCATIVE_KIND: ReadonlyMap<string, string> = new Map(Object.entries({
  city: 'city', town: 'city', village: 'city', township: 'city', hamlet: 'city', municipality: 'city', port: 'city', resort: 'city', capital: 'city',
  outskirts: 'city', suburbs: 'city', island: 'island', neighbourhood: 'city', neighborhood: 'city',
}));

/**
 * Nouns that, heading an apposition, make the name before it a place of that kind: "Kalehe, a territory
 * on Lake Kivu", "Bunia, the capital of Ituri", "Owo, a town in southwest Nigeria".
 */
export const APPOSITION_PLACE_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries({
  ...Object.fromEntries(LOCATIVE_KIND), province: 'region', region: 'region', district: 'region', territory: 'region', county: 'region',
  enclave: 'region', peninsula: 'region', oblast: 'region', suburb: 'city', municipality: 'city', neighborhood: 'city', neighbourhood: 'city',
  spa: 'facility',
}));
