import type { MentionForm } from '../types/mention-form';

/**
 * The shapes that flow through ingestion: a parsed article, and the annotations that the pure
 * extraction functions produce for it. Every span is a pair of offsets into `ParsedArticle.body`
 * in JavaScript string indices (UTF-16 code units): `body.slice(start, end)` is the spanned text.
 */

/** A half-open range `[start, end)` of `ParsedArticle.body`. */
export interface Span {
  start: number;
  end: number;
}

/** Which part of a page a stretch of text belongs to. */
export type SegmentKind = 'title' | 'dek' | 'caption' | 'credit' | 'subheading' | 'paragraph';

/** A stretch of the body to scan for entities; `paragraph` is the body-paragraph index, or null outside them. */
export interface Segment extends Span {
  kind: SegmentKind;
  paragraph: number | null;
}

/** One article as a parser reads it, before any extraction. */
export interface ParsedArticle {
  /** Where it came from, for error messages and the store: a file path, with `:LINE` for JSONL. */
  origin: string;
  url: string | null;
  title: string;
  /** The text that every span points into: the raw page for page-text files, `body` as given for JSON. */
  body: string;
  /** ISO date (YYYY-MM-DD) or date-time, as found; null when unknown. */
  publishedAt: string | null;
  source: string | null;
  section: string | null;
  dek: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  subheadings: string[];
  /** The body paragraphs, in order; a quote's or mention's `paragraph` indexes this list. */
  paragraphs: Span[];
  /** Every region that extraction should read: paragraphs plus title, dek, caption, credit, subheadings when they lie in `body`. */
  segments: Segment[];
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

/** A canonical entity found in one article (or implied by one, such as the country a city lies in). */
export interface EntityCandidate {
  /** Unique within one article's annotations; other annotations refer to the entity by it. */
  key: string;
  type: EntityType;
  /** Canonical name: "Jens Stoltenberg", "NATO", "Kyiv". */
  name: string;
  /** Other names it goes by, including those seen in the article ("Stoltenberg", "Kiev", "Atlantic Alliance"). */
  aliases: string[];
  /** PERSON: a title or office such as "Secretary General". */
  role?: string | null;
  /** PERSON: the key of the organization the person speaks for. */
  affiliationKey?: string | null;
  /** LOCATION: country | city | region | sea | ... */
  kind?: string | null;
  /** LOCATION: the key of the location it lies within. */
  withinKey?: string | null;
  /** LOCATION: ISO 3166-1 alpha-2 code of its country. */
  countryCode?: string | null;
  /** LOCATION (countries): adjective forms such as "Ukrainian". */
  demonyms?: string[];
  /** LOCATION (gazetteer cities): the GeoNames ID (703448 for Kyiv). */
  geonamesId?: number | null;
}

/** One place in the body where an entity is named (by name, alias, surname or demonym), as the resolve stage finds it. */
export interface MentionCandidate extends Span {
  entityKey: string;
  paragraph: number | null;
}

/** A mention as extraction returns it: with how its text names the entity and how far to trust it (resolve/mention-*.rules.ts). */
export interface DescribedMention extends MentionCandidate {
  form: MentionForm;
  /** Estimated probability (0..1) that the span names this entity, of this type. */
  confidence: number;
}

/** How a quote's speaker was found. */
export type AttributionMethod =
  | 'EXPLICIT' // a name next to a cue: "Stoltenberg stressed", "said Ingrid Solberg"
  | 'ACCORDING_TO' // "according to X"
  | 'PRONOUN' // "he said", resolved back to a named speaker
  | 'PHRASE' // "the minister", "the company", resolved to an entity
  | 'CONTINUATION' // no cue: the same speaker as the neighbouring quote
  | 'SUBJECT' // no cue: the subject of the sentence ("NATO has reinforced ... “to support Ukraine”")
  | 'NONE'; // no speaker found

/** One direct quote: `start`/`end` cover the words inside the marks. */
export interface QuoteCandidate extends Span {
  paragraph: number | null;
  /** The cue word(s): "stressed", "pointed out", "according to". */
  cue: Span | null;
  /** The speaker as written next to the quote: a name, "he", "the company". */
  speakerMention: Span | null;
  /** The entity the speaker resolves to, or null when unknown. */
  speakerKey: string | null;
  attribution: AttributionMethod;
  /** Estimated probability that the speaker is right (0..1). */
  confidence: number;
  /** False for scare quotes and titles (a so-called “peace plan”): kept out of default queries. */
  isStatement: boolean;
  /** DIRECT (inside quotation marks, the default when left out), MIXED or INDIRECT (reported speech). */
  kind?: 'DIRECT' | 'MIXED' | 'INDIRECT';
}

/** Everything extraction finds in one article. */
export interface ArticleAnnotations {
  entities: EntityCandidate[];
  mentions: DescribedMention[];
  quotes: QuoteCandidate[];
}
