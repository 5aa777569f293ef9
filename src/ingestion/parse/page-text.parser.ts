import type { ParsedArticle, Segment, SegmentKind, Span } from '../annotations';
import { parsePrintedDate } from './date.parser';
import { blockSpan, lineBlocks, textLines, type TextLine } from './text-lines.util';

/** A breadcrumb: "Home" glued to the next crumb ("HomeGlobal...") or followed by a separator ("Home > World"). */
const BREADCRUMB_START = /^Home(?=\p{Lu}|\s*[>/»›|])/u;
/** Where one crumb ends and the next begins: a separator, or a lower-case letter glued to a capital. */
const CRUMB_BOUNDARY = /\s*[>/»›|]\s*|(?<=\p{Ll})(?=\p{Lu})/u;
const ELLIPSIS_END = /\s*(?:\.{3}|…)$/;
/** A copy of the title at least this long (or the whole title, or one cut with an ellipsis) ends a breadcrumb. */
const MIN_TITLE_COPY = 12;

/** An image caption with its credit after a final " / ": "Soldiers on parade. / EFE". */
const CAPTION_WITH_CREDIT = /^(.*\S)\s+\/\s+(\S(?:.*\S)?)$/s;
const MAX_CREDIT_LENGTH = 60;
const MAX_CREDIT_WORDS = 6;

const MAX_DEK_LENGTH = 320;
/** A sentence end followed by the start of another sentence. */
const INNER_SENTENCE_BREAK = /[.!?]["”’')]*\s+["“‘'(]?\p{Lu}/u;

const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 12;
/** Headings start like a sentence and carry no final punctuation (a question mark aside). */
const HEADING_START = /^[\p{Lu}\p{N}"“‘'(]/u;
const HEADING_END = /[.,;:!…"”’'»)\]-]$/;

/**
 * Lines that open a page's trailing boilerplate (compared without final ":" or "..."): after the
 * first paragraph the article ends before them; above it (share buttons) they are dropped.
 */
const END_MARKER =
  /^(?:recent posts|related(?: articles| news| posts| stories| content| topics)?|read more|more news|more stories|more from .{1,40}|most read|most popular|latest news|trending|you (?:may|might) also like|share(?: this(?: article| story| post)?| on \w+)?|comments|\d+ comments?|leave a (?:comment|reply)|tags|topics|(?:tags|topics|filed under):.*|follow us\b.*|subscribe\b.*|sign up\b.*|newsletter|©.*|\(c\)\s.*|copyright\b.*)$/i;
/** Lines dropped wherever they stand: advertising and inline links to other articles. */
const SKIPPED_LINE =
  /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|(?:read also|see also|also read|read more|related):.*)$/i;

interface CaptionSpans {
  caption: Span;
  credit: Span;
}

/**
 * Parses scraped page text laid out as: optional date line ("Saturday, May 18, 2024"), optional
 * breadcrumb glued to a truncated title copy ("HomeGlobalNATO does not..."), the title, an optional
 * image caption ending in "/ CREDIT", the dek (standfirst: one sentence on its own line), then body
 * paragraphs separated by blank lines (or one a line when the page has no blank lines) with short
 * unpunctuated subheading lines between them, then trailing boilerplate ("Recent posts", "Related",
 * "Share", ...) that is dropped. `body` is `text` unchanged: every span indexes the raw text and
 * excludes surrounding whitespace. Throws `<origin>: the page has no text` for blank input.
 */
export function parsePageText(text: string, origin: string): ParsedArticle {
  const lines = textLines(text);
  if (lines.length === 0) throw new Error(`${origin}: the page has no text`);
  const read = (span: Span): string => text.slice(span.start, span.end);
  const segments: Segment[] = [];
  const addSegment = (kind: SegmentKind, span: Span, paragraph: number | null = null): void => {
    segments.push({ kind, start: span.start, end: span.end, paragraph });
  };

  let next = 0;
  let publishedAt: string | null = null;
  let breadcrumb: string | null = null;
  while (next < lines.length - 1) {
    const line = read(lines[next]);
    const date: string | null = publishedAt === null ? parsePrintedDate(line) : null;
    if (date !== null) publishedAt = date;
    else if (breadcrumb === null && BREADCRUMB_START.test(line)) breadcrumb = line;
    else break;
    next++;
  }

  const titleLine = lines[next];
  const title = read(titleLine);
  addSegment('title', titleLine);

  const blocks = lineBlocks(lines.slice(next + 1));
  const singleLine = (index: number): TextLine | null => (blocks[index]?.length === 1 ? blocks[index][0] : null);
  let block = 0;
  const takeCaption = (): CaptionSpans | null => {
    const line = singleLine(block);
    const found = line && captionSpans(line, text);
    if (found) block++;
    return found || null;
  };
  let caption = takeCaption();
  let dek: string | null = null;
  const dekLine = singleLine(block);
  if (dekLine && block < blocks.length - 1 && isDek(read(dekLine))) {
    dek = read(dekLine);
    addSegment('dek', dekLine);
    block++;
  }
  caption ??= takeCaption();
  if (caption) {
    addSegment('caption', caption.caption);
    addSegment('credit', caption.credit);
  }

  const paragraphs: Span[] = [];
  const subheadings: string[] = [];
  let pendingHeadings: Span[] = [];
  for (const lineGroup of blocks.slice(block)) {
    const span = blockSpan(lineGroup);
    const content = read(span);
    const endMarker = lineGroup.length === 1 && END_MARKER.test(content.replace(/[\s:.…]+$/, ''));
    if (endMarker && paragraphs.length > 0) break;
    if (endMarker || (lineGroup.length === 1 && SKIPPED_LINE.test(content))) continue;
    if (lineGroup.length === 1 && isHeading(content)) {
      pendingHeadings.push(span);
      continue;
    }
    for (const heading of pendingHeadings) {
      subheadings.push(read(heading));
      addSegment('subheading', heading);
    }
    pendingHeadings = [];
    addSegment('paragraph', span, paragraphs.length);
    paragraphs.push(span);
  }

  return {
    origin,
    url: null,
    title,
    body: text,
    publishedAt,
    source: null,
    section: breadcrumb === null ? null : breadcrumbSection(breadcrumb, title),
    dek,
    imageCaption: caption && read(caption.caption),
    imageCredit: caption && read(caption.credit),
    subheadings,
    paragraphs,
    segments: segments.sort((a, b) => a.start - b.start),
  };
}

/**
 * The section a breadcrumb names: its last crumb before the glued title copy
 * ("HomeGlobalNATO does not..." -> "Global"); null when only "Home" is there or the crumbs
 * cannot be told apart from the title copy.
 */
function breadcrumbSection(line: string, title: string): string | null {
  const truncated = ELLIPSIS_END.test(line);
  const trail = line.replace(ELLIPSIS_END, '');
  const fullTitle = collapseSpaces(title);
  let crumbText: string | null = null;
  for (let cut = 'Home'.length; cut < trail.length && crumbText === null; cut++) {
    const copy = collapseSpaces(trail.slice(cut)).trim();
    const longEnough = truncated || copy.length >= MIN_TITLE_COPY || copy === fullTitle;
    if (longEnough && fullTitle.startsWith(copy)) crumbText = trail.slice(0, cut);
  }
  const crumbs = (crumbText ?? trail)
    .split(CRUMB_BOUNDARY)
    .map((crumb) => crumb.trim())
    .filter((crumb) => crumb !== '');
  const crumbsOnly = crumbText !== null || crumbs.every((crumb) => crumb.split(/\s+/).length <= 3);
  return crumbsOnly && crumbs.length > 1 ? crumbs[crumbs.length - 1] : null;
}

/** The caption and credit spans of a "caption / CREDIT" line, or null when the line is not one. */
function captionSpans(line: TextLine, text: string): CaptionSpans | null {
  const match = CAPTION_WITH_CREDIT.exec(text.slice(line.start, line.end));
  if (!match) return null;
  const credit = match[2];
  if (credit.length > MAX_CREDIT_LENGTH || credit.split(/\s+/).length > MAX_CREDIT_WORDS || /[.!?]$/.test(credit)) {
    return null;
  }
  return {
    caption: { start: line.start, end: line.start + match[1].length },
    credit: { start: line.end - credit.length, end: line.end },
  };
}

/** A dek is one sentence of moderate length that starts like a sentence. */
function isDek(line: string): boolean {
  return line.length <= MAX_DEK_LENGTH && !/^\p{Ll}/u.test(line) && !INNER_SENTENCE_BREAK.test(line);
}

/** A subheading is a short line that starts like a sentence and has no final punctuation (a "?" aside). */
function isHeading(line: string): boolean {
  return (
    line.length <= MAX_HEADING_LENGTH &&
    line.split(/\s+/).length <= MAX_HEADING_WORDS &&
    HEADING_START.test(line) &&
    !HEADING_END.test(line)
  );
}

function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ');
}
