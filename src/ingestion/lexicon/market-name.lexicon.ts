/**
 * The words of markets reports that name no person, place or organization: stock indexes and commodity grades ("the FTSE 100",
 * "Japan's Nikkei", "the Hang Seng", "Brent crude", "WTI", "Arabica"), which CoNLL and the wire sets leave unmarked. Folded
 * keys; a name of several words is its keys joined by one space.
 */

/** Names only a stock index bears: "the FTSE 100", "Germany's DAX", "the CAC 40", "the Hang Seng", "South Korea's KOSPI". */
export const INDEX_NAMES: ReadonlySet<string> = new Set([
  'ftse', 'topix', 'dax', 'mdax', 'cac', 'stoxx', 'euro stoxx', 'sensex', 'nifty', 'kospi', 'kosdaq', 'hang seng', 'bovespa', 'ibovespa',
  'merval', 'ibex', 'taiex', 'psei', 'klci',
]);

/**
 * Names an index shares with an exchange, a newspaper, an index maker or a publisher ("the Nikkei", "the Nasdaq", "S&P", "the Dow",
 * "Dow Jones", "the Russell 2000", "the S&P/ASX 200", "the Straits Times Index"): the index only where an index's word or a number
 * follows, or, after "the", a market's verb (INDEX_MOVES).
 */
export const SHARED_INDEX_NAMES: ReadonlySet<string> = new Set([
  'nikkei', 'nasdaq', 's&p', 'dow', 'dow jones', 'russell', 'asx', 'tsx', 'straits times', 'euronext',
]);

/** Words that go on an index's name: "Composite", "Industrial Average", "share average", "Index", "All-Share", "Component". */
export const INDEX_TAIL_WORDS: ReadonlySet<string> = new Set([
  'composite', 'industrial', 'industrials', 'average', 'index', 'share', 'all-share', 'component', 'transportation', 'transports', 'utilities',
  'futures', 'benchmark',
]);

/** Capitalised words that make a place before them an index's name: "Shanghai Composite", "Shenzhen Component", "Jakarta Composite Index". */
export const PLACE_INDEX_WORDS: ReadonlySet<string> = new Set(['composite', 'component', 'index']);

/** Verbs of a market's move written after an index's name: "the Nikkei closed at", "the Nasdaq added 1.1 percent", "the Dow fell". */
export const INDEX_MOVES: ReadonlySet<string> = new Set([
  'rose', 'rises', 'fell', 'falls', 'gained', 'gains', 'lost', 'loses', 'added', 'adds', 'closed', 'closes', 'ended', 'ends', 'finished',
  'slipped', 'slips', 'jumped', 'jumps', 'climbed', 'climbs', 'dropped', 'drops', 'tumbled', 'tumbles', 'edged', 'edges', 'shed', 'sheds',
  'slid', 'slides', 'advanced', 'advances', 'declined', 'declines', 'rallied', 'rallies', 'surged', 'surges', 'sank', 'sinks', 'eased',
  'eases', 'firmed', 'dipped', 'dips', 'plunged', 'plunges', 'soared', 'soars', 'retreated', 'rebounded', 'opened', 'hit',
]);

/** Commodity grades named by a word of their own: "Brent crude", "WTI", "Arabica", "Robusta", "Murban". */
export const GRADE_NAMES: ReadonlySet<string> = new Set(['brent', 'wti', 'arabica', 'robusta', 'murban']);

/**
 * Crude oil grades named by a place, a grade before "crude", "Blend" or "Intermediate" ("Urals crude", "Dubai crude", "U.S. West
 * Texas Intermediate"): there the place is no mention.
 */
export const PLACE_GRADE_NAMES: ReadonlySet<string> = new Set(['urals', 'dubai', 'oman', 'basrah', 'basra', 'west texas', 'brent']);

/** Words after a place that make it a crude oil grade's name (PLACE_GRADE_NAMES). */
export const GRADE_TAIL_WORDS: ReadonlySet<string> = new Set(['crude', 'blend', 'intermediate']);
