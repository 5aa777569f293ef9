import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedArticle, Segment, Span } from '../annotations';
import { isIsoDateOrDateTime } from './date.parser';
import { isHttpUrl } from './http-url.rule';

/**
 * The little of the DOM this parser uses. linkedom builds it: a DOM without a browser, which never
 * loads a resource (images, scripts, stylesheets, frames) and never runs a script.
 */
interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
  /** Text nodes: the text; elements: undefined. */
  readonly data?: string;
  /** Elements: the lower-case tag name; other nodes: undefined. */
  readonly localName?: string;
  getAttribute?(name: string): string | null;
  toString(): string;
}

interface DomElement extends DomNode {
  readonly localName: string;
  readonly outerHTML: string;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
}

interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new block of text: text on either side of them is never one paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');
/** Elements whose text is never article text; figures are read separately, for the lead image caption. */
const SKIPPED_TAGS = new Set([
  'aside', 'audio', 'button', 'canvas', 'embed', 'figure', 'figcaption', 'form', 'head', 'iframe', 'input', 'math',
  'nav', 'noscript', 'object', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'video',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that belong in <head>; anything else starts the body when a page leaves its <body> tag out. */
const HEAD_TAGS = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/** Blocks dropped wherever they stand: advertising labels and inline links to other articles. */
const SKIPPED_BLOCK =
  /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|(?:read also|see also|also read|read more|related|more on this story):.*)$/i;
/** Characters that only matter to a typesetter: soft hyphens, zero-width spaces and joiners, BOMs. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/** A caption with its credit after a final " / ": "Boats at the quay. / NTB". */
const CAPTION_SLASH_CREDIT = /^(.*\S)\s+\/\s+([^/]+)$/s;
/** A caption with its credit in final parentheses: "Boats at the quay (Photo: NTB)". */
const CAPTION_PAREN_CREDIT = /^(.*\S)\s*\(((?:photo(?:graph)?|image|picture|credit|foto|©)[^()]*)\)$/is;
/** A caption followed by a labelled credit: "Boats at the quay. Photo: Terje Bendiksby / NTB". */
const CAPTION_LABEL_CREDIT = /^(.*\S)\s+((?:photo(?:graph)?s?|images?|pictures?|credits?|foto)\s*(?:by\b|:)\s*\S.*|©\s*\S.*)$/is;
/** The label in front of a credit: "Photo: ", "Photograph by ", "©". */
const CREDIT_LABEL = /^(?:(?:photo(?:graph)?s?|images?|pictures?|credits?|foto)\s*(?:by\b|:)\s*|©\s*)/i;
const MAX_CREDIT_LENGTH = 80;
const MAX_CREDIT_WORDS = 8;
/** Elements inside a <figcaption> that hold the credit. */
const CREDIT_SELECTOR = [
  '[class*="credit" i]', '[class*="copyright" i]', '[class*="byline" i]', '[class*="photographer" i]',
  '[class*="source" i]', '[itemprop="copyrightHolder"]', '[itemprop="creditText"]', '[itemprop="author"]', 'cite',
  'small',
].join(',');

interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
}

interface PageMetadata {
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  section: string | null;
  description: string | null;
  caption: { caption: string | null; credit: string | null } | null;
}

/**
 * Parses one HTML page (a saved news article) into a ParsedArticle. Mozilla's Readability finds
 * the article in the page (dropping navigation, ads, related links and footers); `body` is then
 * built from the article's blocks: one paragraph per <p>, <li>, <blockquote> (or other block of
 * text), headings as subheadings, joined by blank lines, so that `body.slice(start, end)` of every
 * paragraph is its text. Headings without a paragraph after them are left out; so are figures
 * (the lead figure's <figcaption> gives `imageCaption` and `imageCredit`). Entities are decoded
 * (`&#8220;` is “) and runs of white space are one space (a <br> is a line break).
 *
 * The other fields come from the page's metadata, read before Readability changes the document:
 * `title` is Readability's (else og:title, <title>, JSON-LD headline); `publishedAt` is the first
 * ISO date or date-time among <meta property="article:published_time">, JSON-LD datePublished and
 * <time datetime>, kept as written; `url` is <link rel="canonical"> or og:url (absolute http(s));
 * `source` is og:site_name; `section` is article:section; `dek` is the meta description (or
 * og:description) unless it only repeats the start of the first paragraph.
 *
 * Never fetches anything. Throws `<origin>: no article text found in the HTML page` when
 * Readability finds no article or the article has no text, and `<origin>: no title found in the
 * HTML page` when nothing names the article.
 */
export function parseHtmlArticle(html: string, origin: string): ParsedArticle {
  try {
    return readArticle(html, origin);
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith(`${origin}: `)) throw error;
    throw new Error(`${origin}: could not read the HTML page: ${message}`);
  }
}

function readArticle(html: string, origin: string): ParsedArticle {
  const document = parseDocument(html);
  const metadata = readMetadata(document);
  const readable = new Readability<DomNode>(document as never, { serializer: (node) => node as DomNode }).parse();
  const blocks = readable?.content ? articleBlocks(readable.content) : [];
  if (!blocks.some((block) => block.kind === 'paragraph')) {
    throw new Error(`${origin}: no article text found in the HTML page`);
  }
  const title = firstText(readable?.title, metadata.title);
  if (title === null) throw new Error(`${origin}: no title found in the HTML page`);

  let body = '';
  const segments: Segment[] = [];
  const paragraphs: Span[] = [];
  const subheadings: string[] = [];
  let titleInBody = false;
  for (const block of keptBlocks(blocks)) {
    if (body !== '') body += '\n\n';
    const span = { start: body.length, end: body.length + block.text.length };
    body += block.text;
    if (block.kind === 'paragraph') {
      segments.push({ kind: 'paragraph', ...span, paragraph: paragraphs.length });
      paragraphs.push(span);
    } else if (!titleInBody && paragraphs.length === 0 && subheadings.length === 0 && sameText(block.text, title)) {
      titleInBody = true;
      segments.push({ kind: 'title', ...span, paragraph: null });
    } else {
      segments.push({ kind: 'subheading', ...span, paragraph: null });
      subheadings.push(block.text);
    }
  }

  const firstParagraph = body.slice(paragraphs[0].start, paragraphs[0].end);
  const dek = metadata.description !== null && !repeats(metadata.description, firstParagraph, title) ? metadata.description : null;
  return {
    origin,
    url: metadata.url,
    title,
    body,
    publishedAt: metadata.publishedAt,
    source: firstText(metadata.source, readable?.siteName),
    section: metadata.section,
    dek,
    imageCaption: metadata.caption?.caption ?? null,
    imageCredit: metadata.caption?.credit ?? null,
    subheadings,
    paragraphs,
    segments,
  };
}

// ---------------------------------------------------------------------------------------------
// The document

/**
 * The page as a DOM. linkedom's parser is not an HTML5 tree builder: when a page leaves out its
 * optional <html>, <head> or <body> tags (or has content after </body>), elements land outside
 * <body>, where Readability would not look. Such a page is rebuilt with explicit tags: head
 * elements up to the first other content go into <head>, everything else into <body>.
 */
function parseDocument(html: string): DomDocument {
  const document = parseHTML(html).document as DomDocument;
  const root = document.documentElement;
  const wellFormed =
    root?.localName === 'html' &&
    document.body !== null &&
    Array.from(root.childNodes).every((node) => node.localName === 'head' || node.localName === 'body' || isBlankOrComment(node));
  if (wellFormed) return document;

  const head: string[] = [];
  const body: string[] = [];
  let inBody = false;
  const place = (nodes: ArrayLike<DomNode>): void => {
    for (const node of Array.from(nodes)) {
      if (node.localName === 'html' || node.localName === 'head') place(node.childNodes);
      else if (node.localName === 'body') {
        inBody = true;
        place(node.childNodes);
      } else if (!inBody && isBlankOrComment(node)) continue;
      else if (!inBody && node.localName !== undefined && HEAD_TAGS.has(node.localName)) head.push(String(node));
      else {
        inBody = true;
        body.push(String(node));
      }
    }
  };
  place(document.childNodes);
  const lang = root?.localName === 'html' ? root.getAttribute('lang') : null;
  const langAttribute = lang ? ` lang="${lang.replace(/[&"<>]/g, '')}"` : '';
  return parseHTML(`<!DOCTYPE html><html${langAttribute}><head>${head.join('')}</head><body>${body.join('')}</body></html>`)
    .document as DomDocument;
}

function isBlankOrComment(node: DomNode): boolean {
  return node.nodeType === 7 || node.nodeType === 8 || node.nodeType === 10 || (node.nodeType === TEXT_NODE && (node.data ?? '').trim() === '');
}

// ---------------------------------------------------------------------------------------------
// The article's blocks

/** The blocks of text of Readability's article content, in order. */
function articleBlocks(content: DomNode): Block[] {
  const blocks: Block[] = [];
  const add = (kind: Block['kind'], pieces: string[]): void => {
    const text = cleanText(pieces.join(''));
    if (text !== '' && !SKIPPED_BLOCK.test(text)) blocks.push({ kind, text });
  };
  const walk = (container: DomNode, kind: Block['kind']): void => {
    let inline: string[] = [];
    for (const node of Array.from(container.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        inline.push(node.data ?? '');
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE || node.localName === undefined) continue;
      const tag = node.localName;
      const isBlock = BLOCK_TAGS.has(tag);
      if (SKIPPED_TAGS.has(tag)) {
        if (isBlock) {
          add(kind, inline);
          inline = [];
        }
      } else if (tag === 'br') {
        inline.push('\n');
      } else if (isBlock || hasBlockInside(node)) {
        add(kind, inline);
        inline = [];
        const childKind = HEADING_TAGS.has(tag) ? 'heading' : kind;
        if (isBlock && !hasBlockInside(node)) add(childKind, inlineText(node));
        else walk(node, childKind);
      } else {
        inline.push(...inlineText(node));
      }
    }
    add(kind, inline);
  };
  walk(content, 'paragraph');
  return blocks;
}

/** Headings with no paragraph after them (a "Related" heading at the end) are left out. */
function keptBlocks(blocks: Block[]): Block[] {
  let lastParagraph = -1;
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') lastParagraph = index;
  });
  return blocks.slice(0, lastParagraph + 1);
}

function hasBlockInside(node: DomNode): boolean {
  return (node as DomElement).querySelector(BLOCK_SELECTOR) !== null;
}

/** The text pieces of an element without blocks inside: text as written, "\n" for each <br>. */
function inlineText(node: DomNode): string[] {
  const pieces: string[] = [];
  const collect = (parent: DomNode): void => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === TEXT_NODE) pieces.push(child.data ?? '');
      else if (child.localName === 'br') pieces.push('\n');
      else if (child.nodeType === ELEMENT_NODE && !SKIPPED_TAGS.has(child.localName ?? '')) collect(child);
    }
  };
  collect(node);
  return pieces;
}

/**
 * Text as a reader sees it: invisible characters removed, each run of white space (including
 * the page's own line breaks and no-break spaces) one space, each <br> one line break, and no
 * white space at the start or end of a line.
 */
function cleanText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// The page's metadata

function readMetadata(document: DomDocument): PageMetadata {
  const jsonLd = jsonLdArticles(document);
  const url = absoluteUrl(attribute(document, 'link[rel~="canonical" i]', 'href'), metaContent(document, 'og:url'));
  const dates = [
    metaContent(document, 'article:published_time'),
    ...jsonLd.map((object) => (typeof object.datePublished === 'string' ? object.datePublished : null)),
    metaContent(document, 'datePublished'),
    ...timeDates(document),
  ];
  return {
    title: firstText(
      metaContent(document, 'og:title'),
      metaContent(document, 'twitter:title'),
      document.title,
      document.querySelector('title')?.textContent,
      ...jsonLd.map((object) => (typeof object.headline === 'string' ? object.headline : null)),
    ),
    url,
    publishedAt: dates.map((date) => date?.trim() ?? null).find((date) => date && isIsoDateOrDateTime(date)) ?? null,
    source: metaContent(document, 'og:site_name'),
    section: firstText(
      metaContent(document, 'article:section'),
      ...jsonLd.map((object) => {
        const section = Array.isArray(object.articleSection) ? object.articleSection[0] : object.articleSection;
        return typeof section === 'string' ? section : null;
      }),
    ),
    description: firstText(
      metaContent(document, 'description'),
      metaContent(document, 'og:description'),
      metaContent(document, 'twitter:description'),
    ),
    caption: leadCaption(document),
  };
}

/** The content of the first non-blank <meta> whose property, name or itemprop is `key` (any case). */
function metaContent(document: DomDocument, key: string): string | null {
  const wanted = key.toLowerCase();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const names = ['property', 'name', 'itemprop'].map((name) => meta.getAttribute(name)?.trim().toLowerCase());
    if (!names.includes(wanted)) continue;
    const content = cleanText(meta.getAttribute('content') ?? '');
    if (content !== '') return content;
  }
  return null;
}

function attribute(document: DomDocument, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/**
 * The canonical URL, as written when absolute; a relative one is resolved against og:url. Only an
 * http(s) URL is taken: a link of another scheme (javascript:, data:, file:...), written or
 * resolved, is passed over for og:url, and then for none.
 */
function absoluteUrl(canonical: string | null, ogUrl: string | null): string | null {
  const base = ogUrl !== null && isHttpUrl(ogUrl) ? ogUrl : null;
  if (canonical !== null) {
    if (isHttpUrl(canonical)) return canonical;
    if (base !== null) {
      try {
        const resolved = new URL(canonical, base).href;
        if (isHttpUrl(resolved)) return resolved;
      } catch {
        // fall through to og:url
      }
    }
  }
  return base;
}

/** The objects of the page's JSON-LD scripts that look like articles (or carry datePublished), articles first. */
function jsonLdArticles(document: DomDocument): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const element of value) visit(element, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if ('datePublished' in record || 'headline' in record || 'articleSection' in record) found.push(record);
    visit(record['@graph'], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // a broken JSON-LD block is ignored, as browsers do
    }
  }
  const isArticle = (record: Record<string, unknown>): boolean =>
    [record['@type']].flat().some((type) => typeof type === 'string' && /article|posting|report/i.test(type));
  return [...found.filter(isArticle), ...found.filter((record) => !isArticle(record))];
}

/** The datetime of <time> elements: those marked as the publication date first, then those in an <article>, then the rest. */
function timeDates(document: DomDocument): Array<string | null> {
  const selectors = ['time[itemprop="datePublished"][datetime]', 'time[pubdate][datetime]', 'article time[datetime]', 'time[datetime]'];
  return selectors.flatMap((selector) => Array.from(document.querySelectorAll(selector)).map((time) => time.getAttribute('datetime')));
}

/**
 * The caption and credit of the lead figure: the first <figure> with a non-empty <figcaption>
 * (inside an <article> when the page has one; never in navigation, asides or footers). The credit
 * is a credit-like element inside the caption (class "credit", "copyright", <cite>, <small>...), or
 * a trailing "/ NTB", "(Photo: NTB)" or "Photo: NTB"; its "Photo:" label is dropped.
 */
function leadCaption(document: DomDocument): { caption: string | null; credit: string | null } | null {
  const scope = document.querySelector('article') ? 'article figure figcaption' : 'figure figcaption';
  const figcaption = Array.from(document.querySelectorAll(scope)).find(
    (element) => !inPageChrome(element) && cleanText(element.textContent ?? '') !== '',
  );
  if (!figcaption) return null;
  const creditElement = figcaption.querySelector(CREDIT_SELECTOR);
  if (creditElement) {
    const credit = cleanCredit(cleanText(creditElement.textContent ?? ''));
    const caption = cleanText(textWithout(figcaption, creditElement));
    return { caption: caption || null, credit: credit || null };
  }
  const text = cleanText(figcaption.textContent ?? '').replace(/\n/g, ' ');
  for (const pattern of [CAPTION_PAREN_CREDIT, CAPTION_SLASH_CREDIT, CAPTION_LABEL_CREDIT]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const credit = cleanCredit(match[2]);
    if (credit !== '' && credit.length <= MAX_CREDIT_LENGTH && credit.split(/\s+/).length <= MAX_CREDIT_WORDS) {
      return { caption: match[1].trim(), credit };
    }
  }
  return { caption: text, credit: null };
}

/** True inside navigation, an aside, or a footer that is not an article's own. */
function inPageChrome(element: DomElement): boolean {
  const footer = element.closest('footer');
  return element.closest('nav, aside') !== null || (footer !== null && footer.closest('article') === null);
}

function cleanCredit(credit: string): string {
  return credit.trim().replace(CREDIT_LABEL, '').replace(/[.,;]$/, '').trim();
}

/** The text of `element` without the text of `left` (one of its descendants). */
function textWithout(element: DomNode, left: DomNode): string {
  let text = '';
  const collect = (parent: DomNode): void => {
    for (const child of Array.from(parent.childNodes)) {
      if (child === left) continue;
      if (child.nodeType === TEXT_NODE) text += child.data ?? '';
      else if (child.localName === 'br') text += ' ';
      else if (child.nodeType === ELEMENT_NODE) collect(child);
    }
  };
  collect(element);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Text comparisons

/** The first of `values` that is not blank, cleaned; null when all are blank. */
function firstText(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const text = value ? cleanText(value).replace(/\n/g, ' ') : '';
    if (text !== '') return text;
  }
  return null;
}

/** Folded for comparison: lower case, one kind of quote mark, no white space runs, no final ellipsis. */
function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*(?:\.{3}|…)$/, '')
    .trim();
}

function sameText(a: string, b: string): boolean {
  return folded(a) === folded(b);
}

/** True when the description only repeats the title or the start of the first paragraph (perhaps cut with "..."). */
function repeats(description: string, firstParagraph: string, title: string): boolean {
  const dek = folded(description);
  return dek === '' || dek === folded(title) || folded(firstParagraph).startsWith(dek);
}
