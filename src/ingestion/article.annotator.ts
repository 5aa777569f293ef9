import type { ArticleAnnotations, DescribedMention, EntityCandidate, ParsedArticle } from './annotations';
import { tokenizeArticle } from './extract/article.tokenizer';
import { classifyEntities } from './extract/entity.classifier';
import { extractQuotes, scanArticleQuotes } from './extract/quote.extractor';
import { extractReportedSpeech } from './extract/reported-speech.extractor';
import { resolveEntities } from './resolve/entity.resolver';
import { describeMentions } from './resolve/mention-confidence.rules';

/**
 * Finds the people, organizations and places an article names, and every place it names them:
 * tokenize (extract/article.tokenizer), classify (extract/entity.classifier), resolve
 * (resolve/entity.resolver).
 *
 * Reads every `article.segments` region (title, dek, caption, credit, subheadings, paragraphs) and
 * returns canonical entities with stable keys (lexicon/entity.keys.ts) and one mention per naming: full
 * names, surnames and other partial names ("Stoltenberg" -> Jens Stoltenberg), aliases ("Atlantic
 * Alliance" -> NATO, "Kiev" -> Kyiv, "US" -> United States; short upper-case aliases match only in
 * upper case), acronyms the text defines ("... Organization (XYZ)"), and demonyms ("Ukrainian" ->
 * a mention of Ukraine). A mention spans the name only (not a title or a possessive 's) and carries
 * its segment's `paragraph`. A city's country is returned as an entity even when the text never
 * names it; so is the country of "the Ukrainian peninsula of Crimea". A person's `role` comes from a
 * title written beside the name; `affiliationKey` from "NATO Secretary General X", "NATO's ... X",
 * "X, NATO's secretary general", "X of NATO", else, for an organizational office only, the article's
 * most-mentioned organization. Pure and deterministic; the first call loads the lexicons (~0.2 s,
 * see preloadLexicons in lexicon/entity.dictionary.ts). Each mention carries its `form` and
 * `confidence` (resolve/mention-form.rules.ts, resolve/mention-confidence.rules.ts).
 */
export function extractEntities(article: ParsedArticle): { entities: EntityCandidate[]; mentions: DescribedMention[] } {
  const doc = tokenizeArticle(article);
  const found = resolveEntities(doc, classifyEntities(doc));
  return { entities: found.entities, mentions: describeMentions(doc, found) };
}

/** What annotateArticle extracts besides entities and direct quotes. */
export interface AnnotateOptions {
  /** Reported statements too (kind INDIRECT or MIXED, extract/reported-speech.extractor.ts): on unless false (the evaluator's direct-only baseline). */
  reportedSpeech?: boolean;
}

/**
 * Runs every extraction step on one parsed article: entities and their mentions first, then the
 * quotes, whose speakers are looked up among those mentions, and (unless `options.reportedSpeech` is
 * false) the reported statements, merged with the quotes in body order. Pure: no store, no I/O (so it runs
 * as well on a worker thread: annotate.worker.ts).
 */
export function annotateArticle(article: ParsedArticle, options: AnnotateOptions = {}): ArticleAnnotations {
  const found = extractEntities(article);
  const scan = scanArticleQuotes(article, found);
  const quotes = extractQuotes(article, found, scan);
  if (options.reportedSpeech === false) return { ...found, quotes };
  const reported = extractReportedSpeech(article, found, quotes, scan);
  return { ...found, quotes: [...quotes, ...reported].sort((a, b) => a.start - b.start || a.end - b.end) };
}
