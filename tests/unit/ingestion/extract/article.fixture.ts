/** Builds ParsedArticles and hand-made entity mentions for the quote extraction tests. */
import type { EntityCandidate, EntityType, MentionCandidate, ParsedArticle, QuoteCandidate, Span } from '../../../../src/ingestion/annotations';

/** An article whose body is `paragraphs` joined by blank lines, after an optional title line outside them. */
export function articleOf(paragraphs: string[], title = 'A headline'): ParsedArticle {
  let body = `${title}\n\n`;
  const spans: Span[] = [];
  for (const text of paragraphs) {
    spans.push({ start: body.length, end: body.length + text.length });
    body += `${text}\n\n`;
  }
  return {
    origin: 'test', url: null, title, body, publishedAt: null, source: null, section: null, dek: null,
    imageCaption: null, imageCredit: null, subheadings: [], paragraphs: spans,
    segments: spans.map((s, paragraph) => ({ ...s, kind: 'paragraph' as const, paragraph })),
  };
}

/** One entity and the words that name it in the body. */
export interface EntitySpec {
  key: string;
  type: EntityType;
  names: string[];
  role?: string;
}

/** Entities and a mention at every whole-word occurrence of each of their names, longest name first. */
export function mentionsOf(article: ParsedArticle, specs: EntitySpec[]): { entities: EntityCandidate[]; mentions: MentionCandidate[] } {
  const entities = specs.map((s) => ({ key: s.key, type: s.type, name: s.names[0], aliases: s.names.slice(1), role: s.role ?? null }));
  const mentions: MentionCandidate[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && m.end > start);
  const names = specs.flatMap((s) => s.names.map((name) => ({ name, key: s.key }))).sort((a, b) => b.name.length - a.name.length);
  for (const { name, key } of names) {
    for (const m of article.body.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))) {
      const start = m.index ?? 0;
      const end = start + name.length;
      if (taken(start, end)) continue;
      const paragraph = article.paragraphs.findIndex((p) => p.start <= start && end <= p.end);
      mentions.push({ start, end, entityKey: key, paragraph: paragraph < 0 ? null : paragraph });
    }
  }
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start) };
}

/** What a reader sees of a quote: its words, its cue, who is named as speaking, and the entity. */
export function view(article: ParsedArticle, q: QuoteCandidate) {
  const text = (s: Span | null) => (s ? article.body.slice(s.start, s.end) : null);
  return { text: text(q), cue: text(q.cue), speaker: text(q.speakerMention), key: q.speakerKey, attribution: q.attribution, isStatement: q.isStatement };
}
