/**
 * Reported-speech extraction for one parsed article, as a pure function.
 *
 * Contract: `extractReportedSpeech(article, found, quotes)` returns one QuoteCandidate of kind
 * INDIRECT or MIXED per reported statement inside the body paragraphs, in body order. A statement
 * (the dek too: "Stoltenberg assures that …", with `paragraph` null) is a cue of the one cue
 * lexicon (lexicon/cue.lexicon.ts, speech and clause frames) standing
 * outside quotation marks, with its speaker phrase and its content, in one of these general shapes
 * within one sentence:
 *
 * - `SOURCE CUE (that) CONTENT` (an addressee, a time, a parenthetical may stand between the cue and
 *   "that"; "asked whether …"; "X, which defends that …"), and cues whose content is an infinitive
 *   or what is called for ("vowed to …", "urged Congress to …", "called for …");
 * - `CONTENT, SOURCE CUE` and `CONTENT, CUE SOURCE`, with at most a few words after them;
 * - `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE`.
 *
 * `start`/`end` cover the content (the clause after "that", or before the comma), any quotation
 * marks inside it included; `cue` the cue words; `speakerMention` the speaker phrase, resolved to an
 * entity as for direct quotes (speaker.resolver.ts): an unresolved phrase keeps `speakerKey` null
 * and a lower confidence. A content holding a direct statement quote (from `quotes`) is MIXED, and
 * that quote stays a quote of its own; a content that is nothing but a quote is left to the direct
 * quote. A content shorter than three words is not a statement.
 */
import type { AttributionMethod, EntityCandidate, MentionCandidate, ParsedArticle, QuoteCandidate, Span } from '../annotations';
import { findCues, findNominalCues, isGerund, isInvertible, isNamingCue, isSpeechCue, takesAddressee, takesBareClause, takesInfinitive, takesObject, takesQuestion, type Cue } from '../lexicon/cue.lexicon';
import { isFunctionWord } from '../lexicon/english.lexicon';
import { DETERMINERS, PRONOUNS, TIME_WORDS } from '../lexicon/speaker.lexicon';
import { isCapitalized, isWord, tokenize, type Token } from '../lexicon/word.tokenizer';
import type { MentionIndex } from './mention.index';
import { scanArticleQuotes, type QuoteScan } from './quote.extractor';
import { scanQuoteMarks, type QuoteMarks } from './quote-marks.scanner';
import { sentenceStarts } from './sentence.boundaries';
import { countBefore } from './sorted-offsets.util';
import { subjectOfCue } from './speaker.attributor';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase.parser';
import { resolveSpeaker } from './speaker.resolver';
import { packedMap } from './packed.map';

/**
 * Estimated chance that the speaker is right, by how it was found, for a speaker phrase that
 * resolves to an entity: calibrated on the PolNeAR dev file as for direct quotes (found reported
 * statements whose speaker mention overlaps the gold source, smoothed (right + 1) / (count + 2)):
 * EXPLICIT 234/245, PRONOUN 91/97, PHRASE 22/22, ACCORDING_TO 13/14. A phrase that resolves to no
 * entity ("sources", "a spokesman", a pronoun with no antecedent) gets UNRESOLVED_CONFIDENCE
 * whatever its method: the statement has no speaker, and wrong is worse than missing (its words
 * are usually right, 82 to 100 % on dev, but they name nobody the store knows).
 */
const CONFIDENCE: Partial<Record<AttributionMethod, number>> = { EXPLICIT: 0.95, PRONOUN: 0.93, PHRASE: 0.96, ACCORDING_TO: 0.88 };
const UNRESOLVED_CONFIDENCE = 0.3;
/** How many words may follow a cue or speaker that closes a sentence ("…, she said on Monday in a statement."). */
const MAX_TRAILING_WORDS = 6;
/** How many tokens may stand between a cue and its "that" (an addressee, a time, a place: "said at a meeting in Bergen, Norway, that"). */
const MAX_BEFORE_THAT = 10;
/** Tokens that end the object of a verb of naming before its quoted name could come. */
const CLAUSE_BREAKS = new Set([',', ';', '.', 'and', 'but', 'or']);
/** Opening quotation marks, as the tokenizer gives them. */
const QUOTE_OPENERS = new Set(['“', '"', '‘', "''", '``', '«', '„']);
/** Marks an addressee or adjunct between a cue and its "that" may hold: possessives, commas. */
const ADJUNCT_MARKS = new Set(['’', "'", ',']);
const MIN_CONTENT_WORDS = 3;
const RELATIVE_PRONOUNS = new Set(['which', 'who']);
/** Forms of "be" that make a following participle passive ("is expected", "were told"). */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", '’s']);
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where']);
/** Words after a cue that open an adjunct before "that": told reporters on Monday that …. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'to', 'with', 'last', 'this', 'earlier', 'later', 'again', 'repeatedly', 'also']);
/** What a content's end is trimmed of: white space and sentence punctuation (closing quotation marks stay). */
const TRAILING = /[\s.!?;:,—–-]/u;
/** Lower-case words that do not open a clause after a cue: prepositions, conjunctions, answers ("said in", "said so", "said yes"). */
const NOT_CLAUSE_OPENERS = new Set([
  'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'of', 'into', 'during', 'after', 'before', 'since', 'as',
  'and', 'or', 'but', 'so', 'than', 'yes', 'no', 'nothing', 'something', 'anything', 'much', 'more', 'little', 'otherwise',
]);
/** What may follow a clause cue that introduces a content: a comma, "that", "to", a question word, a colon, a name, a pronoun or determiner. */
const CLAUSE_AHEAD = /^\s*(?:[,:]|(?:that|to|whether|if|for|on|he|she|they|it|we|I|you|the|a|an|this|these|those|his|her|its|their|our)\b|\p{Lu})/u;
/** How many characters after a cue CLAUSE_AHEAD reads. */
const AHEAD_CHARS = 12;

/** Heads of phrases that name a time, not a speaker ("this month said"). */
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'starters']);
/** Gerunds that are not a participial clause after a comma. */
const NOT_PARTICIPLES = new Set(['nothing', 'something', 'anything', 'everything', 'during', 'including', 'according']);

/** A statement before its kind, span trimming and resolution. */
interface Reading {
  content: Span;
  cue: Cue;
  speaker: SpeakerPhrase;
  method: 'CUE' | 'ACCORDING_TO';
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
const tokenAt = (tokens: Token[], offset: number): number => countBefore(tokens, offset, (t) => t.start);
const wordsIn = (tokens: Token[], from: number, to: number): number => tokens.slice(from, to).filter(isWord).length;

/** The content from `tokens[from]` to the sentence end `end`, or null when nothing is left. */
const restOf = (tokens: Token[], from: number, end: number): Span | null => (from < tokens.length ? { start: tokens[from].start, end } : null);

/** True when only a few words, none of them "that", follow `tokens[from]` to the sentence end. */
function closesSentence(tokens: Token[], from: number): boolean {
  const rest = tokens.slice(from).filter(isWord);
  return rest.length <= MAX_TRAILING_WORDS && !rest.some((t) => t.text === 'that' || t.text === ',');
}

/** Where the clause a cue introduces begins (the token after "that", a question word, a bare clause), or -1. */
function clauseStart(tokens: Token[], after: number, cue: Cue): number {
  let k = after;
  if (tokens[k]?.text === ',') {
    // A parenthetical set off by commas: "defends, instead, that …".
    const close = tokens.findIndex((t, i) => i > k && i <= k + 4 && t.text === ',');
    if (close < 0) return -1;
    k = close + 1;
  }
  const word = tokens[k]?.text.toLowerCase() ?? '';
  if (word === 'that') return k + 1;
  if (tokens[k]?.text === ':') return k + 1;
  if (takesQuestion(cue) && QUESTION_WORDS.has(word)) return k;
  if (takesInfinitive(cue) && (word === 'to' || cue.lemma === 'call for')) return k; // vowed to …, called for …
  // An addressee or an adjunct before "that" (told reporters that, said on Monday that), an addressee before "to" (urged Congress to).
  if (takesAddressee(cue) || ADJUNCT_OPENERS.has(word) || TIME_WORDS.has(word)) {
    for (let j = k + 1; j <= k + MAX_BEFORE_THAT && j < tokens.length; j++) {
      if (tokens[j].text === 'that') return j + 1;
      if (tokens[j].text === 'to' && takesAddressee(cue) && takesInfinitive(cue) && !ADJUNCT_OPENERS.has(word)) return j;
      if (!isWord(tokens[j]) && !ADJUNCT_MARKS.has(tokens[j].text)) break;
    }
  }
  if (!tokens[k] || !isWord(tokens[k])) return -1;
  // An object that names what was said: "called for new elections", "criticized the plan", "denied wrongdoing".
  if (takesObject(cue) && !NOT_CLAUSE_OPENERS.has(word) && !TIME_WORDS.has(word) && word !== 'by') return k;
  // What a verb of naming calls something, in quotation marks: "called the plan “dead on arrival”".
  if (isNamingCue(cue) && !NOT_CLAUSE_OPENERS.has(word) && namesInQuotes(tokens, k)) return k;
  if (!takesBareClause(cue)) return -1;
  if (PRONOUNS.has(word) || DETERMINERS.has(word) || (isCapitalized(tokens[k]) && !TIME_WORDS.has(word))) return k;
  // Any other word but a preposition, conjunction, time or adverb, after a speech cue only: "said too much is made of …".
  return isSpeechCue(cue) && !NOT_CLAUSE_OPENERS.has(word) && !TIME_WORDS.has(word) && !/ly$/.test(word) ? k : -1;
}

/** True when quoted words open within a few tokens of `tokens[k]`, before any comma or "and": the name a verb of naming gives ("called the plan “dead on arrival”"). */
function namesInQuotes(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + MAX_BEFORE_THAT); j++) {
    if (QUOTE_OPENERS.has(tokens[j].text)) return true;
    if (CLAUSE_BREAKS.has(tokens[j].text)) return false;
  }
  return false;
}

/** The subject of a cue, including "X, which/who CUE". */
function subjectOf(tokens: Token[], at: number, cue: Cue, body: string): SpeakerPhrase | null {
  const before = tokens[at - 1];
  const word = before?.text.toLowerCase() ?? '';
  // A passive ("is expected to", "was told that") has no speaker before it; "having said that" is an aside.
  if ((BE_FORMS.has(word) && !isGerund(body, cue)) || word === 'having') return null;
  if (before && RELATIVE_PRONOUNS.has(before.text) && tokens[at - 2]?.text === ',') return phraseBefore(tokens, at - 2);
  return subjectOfCue(tokens, at, cue, body);
}

/** The statement around "according to SOURCE", or null. */
function readAccordingTo(tokens: Token[], at: number, cue: Cue, sentence: Span): Reading | null {
  const speaker = phraseAfter(tokens, tokenAt(tokens, cue.end));
  if (!speaker) return null;
  const after = tokenAt(tokens, speaker.end);
  const opens = wordsIn(tokens, 0, at) === 0;
  const commaBefore = tokens[at - 1]?.text === ',';
  let content: Span | null = null;
  if (opens && tokens[after]?.text === ',') content = restOf(tokens, after + 1, sentence.end);
  else if (commaBefore && closesSentence(tokens, after)) content = leadingContent(tokens, at - 1, sentence);
  else if (commaBefore && tokens[after]?.text === ',') content = sentence;
  return content && { content, cue, speaker, method: 'ACCORDING_TO' };
}

/** The content before the comma `tokens[comma]` of "CONTENT, SOURCE CUE": from the sentence start, or from after the last colon before it ("X scolded him: …, she said"). */
function leadingContent(tokens: Token[], comma: number, sentence: Span): Span {
  let colon = comma - 1;
  while (colon >= 0 && tokens[colon].text !== ':') colon--;
  return { start: colon >= 0 && colon + 1 < comma ? tokens[colon + 1].start : sentence.start, end: tokens[comma].start };
}

/** True when a phrase can name a speaker: its head is no function word (a month, "perhaps") and, for a description, no time ("this month"). */
function canSpeak(body: string, phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'pronoun') return true;
  const head = body.slice(phrase.head.start, phrase.head.end).toLowerCase();
  if (isFunctionWord(head)) return false;
  return phrase.kind === 'name' || (!TIME_WORDS.has(head) && !TIME_NOUNS.has(head));
}

/** The index of the last comma token before token `at`, or -1 when there is none. */
function lastCommaBefore(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (tokens[i].text === ',') return i;
  return -1;
}

/** The statement of a cue that follows its content: "CONTENT, SOURCE CUE" or "CONTENT, CUE SOURCE", or null. */
function readCueAfter(tokens: Token[], at: number, cue: Cue, sentence: Span): Reading | null {
  if (!isSpeechCue(cue)) return null;
  const afterCue = tokenAt(tokens, cue.end);
  if (tokens[at - 1]?.text === ',' && isInvertible(cue)) {
    const speaker = phraseAfter(tokens, afterCue);
    if (speaker && closesSentence(tokens, tokenAt(tokens, speaker.end))) {
      return { content: leadingContent(tokens, at - 1, sentence), cue, speaker, method: 'CUE' };
    }
  }
  const next = tokens.slice(afterCue).find(isWord)?.text.toLowerCase();
  if (!closesSentence(tokens, afterCue) || (next !== undefined && !ADJUNCT_OPENERS.has(next) && !TIME_WORDS.has(next))) return null;
  const comma = lastCommaBefore(tokens, at);
  if (comma <= 0) return null;
  const first = tokens.findIndex((t, i) => i > comma && isWord(t)); // past a closing mark: “…,” he said
  const speaker = first > 0 ? phraseBefore(tokens, at, first) : null;
  if (!speaker || speaker.start !== tokens[first].start) return null;
  return { content: leadingContent(tokens, comma, sentence), cue, speaker, method: 'CUE' };
}

/**
 * The statement around a parenthetical attribution, "CONTENT, SOURCE CUE, CONTENT" or "CONTENT, CUE
 * SOURCE, CONTENT" ("The new cranes, Okafor said, would arrive before winter"): the whole sentence from its
 * start (or a colon) to where the content ends, attribution included; or null.
 */
function readParenthetical(tokens: Token[], at: number, cue: Cue, bounds: ContentBounds): Reading | null {
  if (!isSpeechCue(cue)) return null;
  const afterCue = tokenAt(tokens, cue.end);
  let speaker: SpeakerPhrase | null;
  let opening: number;
  let close: number;
  if (tokens[at - 1]?.text === ',' && isInvertible(cue)) {
    speaker = phraseAfter(tokens, afterCue);
    opening = at - 1;
    close = speaker ? tokenAt(tokens, speaker.end) : -1;
  } else {
    opening = lastCommaBefore(tokens, at);
    speaker = opening > 0 ? phraseBefore(tokens, at, opening + 1) : null;
    if (speaker && speaker.start !== tokens[opening + 1]?.start) speaker = null;
    close = afterCue;
    while (close < tokens.length && isWord(tokens[close]) && TIME_WORDS.has(tokens[close].text.toLowerCase())) close++; // "he said Friday,"
  }
  if (!speaker || opening <= 0 || tokens[close]?.text !== ',') return null;
  if (wordsIn(tokens, 0, opening) < 1 || wordsIn(tokens, close + 1, tokens.length) < 2) return null;
  const leading = leadingContent(tokens, opening, bounds.sentence);
  // What follows is the speaker's apposition ("…, said Anna Berg, the union's leader."): the content is what came before.
  const apposition = phraseAfter(tokens, close + 1);
  if (apposition && closesSentence(tokens, tokenAt(tokens, apposition.end))) return { content: leading, cue, speaker, method: 'CUE' };
  return { content: { start: leading.start, end: contentEnd(tokens, close, bounds) }, cue, speaker, method: 'CUE' };
}

/** What bounds a content in its sentence: the sentence, the commas of trailing attributions, the speech cues' starts. */
interface ContentBounds {
  sentence: Span;
  tails: number[];
  speechCues: Set<number>;
}

/**
 * Where a content that starts at `tokens[from]` ends: before the first attribution or aside that
 * leaves the report (", according to", ", X said" in `tails`, ", adding", ", but", ";", "and
 * warned"), else at the sentence end.
 */
function contentEnd(tokens: Token[], from: number, bounds: ContentBounds): number {
  const { sentence, tails, speechCues } = bounds;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1]?.text ?? '';
    if (t.text === ';') return t.start;
    if (t.text === ',' && (tails.includes(t.start) || next === 'but' || next === 'according' || (/^\p{Ll}{2,}ing$/u.test(next) && !NOT_PARTICIPLES.has(next)))) return t.start;
    if (t.text === 'and' && tokens[i + 1] && speechCues.has(tokens[i + 1].start)) return t.start;
  }
  return sentence.end;
}

/** The statement of a cue that precedes its content: "SOURCE CUE (that) CONTENT", or null. */
function readCueBefore(tokens: Token[], at: number, cue: Cue, bounds: ContentBounds, body: string): Reading | null {
  const from = clauseStart(tokens, tokenAt(tokens, cue.end), cue);
  if (from < 0 || from >= tokens.length) return null;
  const speaker = subjectOf(tokens, at, cue, body);
  return speaker && { content: { start: tokens[from].start, end: contentEnd(tokens, from, bounds) }, cue, speaker, method: 'CUE' };
}

/** The cues of `para` (speech, clause and nominal cues) outside its quotation marks `marks` (in text order). */
function cuesOutside(body: string, para: Span, marks: QuoteMarks[]): Cue[] {
  const cues: Cue[] = [];
  const read = (from: number, to: number) => {
    const verbs = findCues(body, from, to, { clauseCues: true });
    const nouns = findNominalCues(body, from, to);
    cues.push(...(nouns.length ? [...verbs, ...nouns].sort((a, b) => a.start - b.start) : verbs));
  };
  let from = para.start;
  for (const m of marks) {
    if (m.open > from) read(from, m.open);
    from = Math.max(from, m.close);
  }
  if (from < para.end) read(from, para.end);
  return cues;
}

const cueStart = (cue: Cue): number => cue.start;

/** Possessive pronouns and the pronoun the resolver reads for each. */
const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

/** The statement of a nominal cue, "POSSESSOR('s) NOUN that|to CONTENT" ("her view that …", "Lund's call to …"), or null. */
function readNominal(tokens: Token[], at: number, cue: Cue, bounds: ContentBounds): Reading | null {
  const owner = tokens[at - 1]?.text.toLowerCase() === 'own' ? at - 2 : at - 1;
  const word = tokens[owner];
  if (!word || !isWord(word)) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(word.text.toLowerCase());
  let speaker: SpeakerPhrase | null = null;
  if (pronoun) {
    const token = { ...word, text: pronoun };
    speaker = { start: word.start, end: word.end, kind: 'pronoun', head: token, tokens: [token] };
  } else if (/['’]s$/.test(word.text)) {
    const phrase = phraseBefore(tokens, owner + 1);
    speaker = phrase && { ...phrase, end: phrase.end - 2 }; // the possessor without its "'s"
  }
  const next = tokenAt(tokens, cue.end);
  const from = tokens[next]?.text === 'that' ? next + 1 : next;
  return speaker && from < tokens.length ? { content: { start: tokens[from].start, end: contentEnd(tokens, from, bounds) }, cue, speaker, method: 'CUE' } : null;
}

/** The statements of one sentence from its cues (outside quotation marks), in cue order. */
function readSentence(body: string, sentence: Span, cues: Cue[], paragraph: number | null, context: { index: MentionIndex; marks: QuoteMarks[]; direct: QuoteCandidate[] }): QuoteCandidate[] {
  const tokens = tokenize(body, sentence.start, sentence.end);
  const after = cues.map((cue) => (cue.nominal ? null : readCueAfter(tokens, tokenAt(tokens, cue.start), cue, sentence)));
  // Attributions that close a content ("…, the source added"): where a content before them ends.
  const tails = after.flatMap((found) => (found ? [found.content.end] : []));
  const speechCues = new Set(cues.filter((c) => !c.nominal && isSpeechCue(c)).map((c) => c.start));
  const bounds = { sentence, tails, speechCues };
  const statements: QuoteCandidate[] = [];
  cues.forEach((cue, c) => {
    const at = tokenAt(tokens, cue.start);
    const reading = cue.nominal
      ? readNominal(tokens, at, cue, bounds)
      : cue.lemma === 'according to'
        ? readAccordingTo(tokens, at, cue, sentence)
        : tokens[at - 1]?.text === ','
          ? (readParenthetical(tokens, at, cue, bounds) ?? readCueBefore(tokens, at, cue, bounds, body) ?? after[c])
          : (readCueBefore(tokens, at, cue, bounds, body) ?? readParenthetical(tokens, at, cue, bounds) ?? after[c]);
    // A belief inside a reported content is part of that content ("X said she thinks …").
    if ((cue.nominal || !isSpeechCue(cue)) && statements.some((q) => q.start <= cue.start && cue.start < q.end)) return;
    const statement = reading && toStatement(body, tokens, reading, paragraph, context);
    if (statement && !statements.some((q) => q.start === statement.start && q.end === statement.end)) statements.push(statement);
  });
  return statements;
}

/**
 * Reported statements of `article`; see the file comment for the contract. `scan` is
 * scanArticleQuotes' for the same article and `found` (what extractQuotes read).
 */
export function extractReportedSpeech(
  article: ParsedArticle,
  found: { entities: EntityCandidate[]; mentions: MentionCandidate[] },
  quotes: QuoteCandidate[],
  scan: QuoteScan = scanArticleQuotes(article, found),
): QuoteCandidate[] {
  const { body } = article;
  const headline = headlineOf(article);
  const apart = [...article.segments.filter((s) => s.kind === 'dek'), ...(headline && !scan.paragraphs.includes(headline) ? [headline] : [])];
  const apartMarks = apart.length ? scanQuoteMarks(body, apart) : [];
  const regions = [
    ...packedMap(apart, (span) => ({ span, paragraph: null, marks: apartMarks, starts: null })),
    ...packedMap(scan.paragraphs, (span, p) => ({ span, paragraph: p, marks: scan.marks, starts: scan.starts[p] })),
  ].sort((a, b) => a.span.start - b.span.start);
  const direct = new Map<number | null, QuoteCandidate[]>(); // the direct statement quotes, by paragraph
  for (const q of quotes) {
    if (!q.isStatement || (q.kind ?? 'DIRECT') !== 'DIRECT') continue;
    const list = direct.get(q.paragraph);
    if (list) list.push(q);
    else direct.set(q.paragraph, [q]);
  }
  const statements: QuoteCandidate[] = [];
  for (const { span: para, paragraph, marks, starts: known } of regions) {
    const inPara = marksIn(marks, para);
    const context = { index: scan.index, marks: inPara, direct: direct.get(paragraph) ?? [] };
    // A headline's cues in Title Case ("Okafor Says"), and its "NAME: CONTENT".
    const isHeadline = para === headline;
    const colon = isHeadline ? readHeadlineColon(body, para, context) : null;
    if (colon) statements.push(colon);
    // Cues between the quotes; a clause cue with no clause ahead ("plans", "found in") is dropped before any sentence is read.
    const cues = cuesOutside(isHeadline ? lowerCased(body, para) : body, para, inPara).filter((c) => isSpeechCue(c) || takesObject(c) || CLAUSE_AHEAD.test(body.slice(c.end, c.end + AHEAD_CHARS)));
    if (!cues.length) continue;
    const starts = known ?? sentenceStarts(body, para, marks);
    let open: QuoteCandidate | null = null; // the statement that ran to the end of the sentence before
    starts.forEach((start, s) => {
      const sentence = { start, end: starts[s + 1] ?? para.end };
      const own = cues.slice(countBefore(cues, sentence.start, cueStart), countBefore(cues, sentence.end, cueStart)).filter((c) => c.end <= sentence.end);
      if (open && !own.length && continuesReport(body, sentence, inPara)) {
        open.end = trimmedEnd(body, sentence.start, sentence.end);
        return;
      }
      const found = own.length ? readSentence(body, sentence, own, paragraph, context) : [];
      statements.push(...found);
      const last = found[found.length - 1];
      open = last && last.kind === 'INDIRECT' && last.end === trimmedEnd(body, sentence.start, sentence.end) ? last : null;
    });
  }
  return statements;
}

/** The marks of `marks` (in body order) that reach into `span`. */
function marksIn(marks: QuoteMarks[], span: Span): QuoteMarks[] {
  const low = countBefore(marks, span.start, (m) => m.open);
  const first = low > 0 && marks[low - 1].close > span.start ? low - 1 : low; // a quotation that runs on into this span
  let last = first;
  while (last < marks.length && marks[last].open < span.end) last++;
  return marks.slice(first, last);
}

/** The article's headline in its body: its title segment, or a first paragraph that repeats the title; null when neither. */
function headlineOf(article: ParsedArticle): Span | null {
  const title = article.segments.find((s) => s.kind === 'title');
  if (title) return title;
  const first = article.paragraphs[0];
  const plain = (text: string) => text.replace(/[\s.]+$/u, '').trim();
  return first && article.title && plain(article.body.slice(first.start, first.end)) === plain(article.title) ? first : null;
}

/** `body` with `span` in lower case, for finding a Title Case headline's cues ("Says"); `body` itself when that would move an offset. */
function lowerCased(body: string, span: Span): string {
  const lower = body.slice(span.start, span.end).toLowerCase();
  return lower.length === span.end - span.start ? body.slice(0, span.start) + lower + body.slice(span.end) : body;
}

/** A headline's colon names its speaker when what stands before it is a name the article knows as a person or organization: "Lindqvist: Rates Must Stay High". */
const HEADLINE_COLON = /^([^:\n]{2,60}):\s+(?=\S)/u;

/** The statement "NAME: CONTENT" of a headline, its cue the colon; null unless NAME is the whole prefix and resolves to a person or organization. */
function readHeadlineColon(body: string, headline: Span, context: { index: MentionIndex; marks: QuoteMarks[]; direct: QuoteCandidate[] }): QuoteCandidate | null {
  const match = HEADLINE_COLON.exec(body.slice(headline.start, headline.end));
  if (!match) return null;
  const colon = headline.start + match[1].length;
  const tokens = tokenize(body, headline.start, headline.end);
  const end = tokenAt(tokens, colon);
  const speaker = phraseBefore(tokens, end);
  if (!speaker || speaker.kind !== 'name' || speaker.start !== tokens[0].start) return null;
  const key = resolveSpeaker(body, speaker, context.index).key;
  if (!key || context.index.entities.get(key)?.type === 'LOCATION') return null;
  const cue = { start: colon, end: colon + 1, lemma: ':' };
  return toStatement(body, tokens, { content: { start: headline.start + match[0].length, end: headline.end }, cue, speaker, method: 'CUE' }, null, context);
}

/** A sentence whose verb right after a short subject is a modal of a report in the past ("It would cost billions"): it goes on reporting; one where the modal comes after "whether", "if", "that" does not. */
const BACKSHIFTED = /^(?:(?!(?:whether|if|that|when|because|although|while|unless)\s)\S+\s+){1,4}(?:would|could|might|should|must)\s/iu;

/**
 * True when `sentence`, after a reported statement that ran to the end of its own sentence, goes on
 * with the report: it holds no quotation marks and no cue of its own (the caller checks the cues),
 * and it is backshifted, a modal among its first words ("He said the plan was dead. It would cost
 * billions.").
 */
function continuesReport(body: string, sentence: Span, marks: QuoteMarks[]): boolean {
  if (marks.some((m) => m.open < sentence.end && m.close > sentence.start)) return false;
  return BACKSHIFTED.test(body.slice(sentence.start, sentence.end).trimStart());
}

/** Where a content ending at `end` ends once trimmed of white space and sentence punctuation (TRAILING). */
function trimmedEnd(body: string, start: number, end: number): number {
  while (end > start && TRAILING.test(body[end - 1])) end--;
  return end;
}

/** The QuoteCandidate of a reading: its trimmed content, kind and resolved speaker; null when the content is too short or only a quote. */
function toStatement(
  body: string,
  tokens: Token[],
  r: Reading,
  paragraph: number | null,
  context: { index: MentionIndex; marks: QuoteMarks[]; direct: QuoteCandidate[] },
): QuoteCandidate | null {
  const { index, marks, direct } = context;
  const content = { start: r.content.start, end: trimmedEnd(body, r.content.start, r.content.end) };
  const within = marks.filter((m) => m.open >= content.start && m.open < content.end);
  let words = 0;
  let outsideMarks = false;
  for (let i = tokenAt(tokens, content.start); i < tokens.length && tokens[i].end <= content.end; i++) {
    if (!isWord(tokens[i])) continue;
    words++;
    const at = tokens[i].start;
    outsideMarks ||= !within.some((m) => m.open <= at && at < m.close);
  }
  if (words < MIN_CONTENT_WORDS || !outsideMarks) return null; // too short, or only a quote: the direct quote's
  if (!canSpeak(body, r.speaker)) return null;
  const mixed = within.length > 0 && direct.some((q) => q.start >= content.start && q.end <= content.end + 1);
  const resolved = resolveSpeaker(body, r.speaker, index);
  const method: AttributionMethod = r.method === 'ACCORDING_TO' ? 'ACCORDING_TO' : resolved.method;
  // Fields written out: a spread of `content` here took more time than the rest of the function.
  return {
    start: content.start,
    end: content.end,
    paragraph,
    cue: { start: r.cue.start, end: r.cue.end },
    speakerMention: { start: r.speaker.start, end: r.speaker.end },
    speakerKey: resolved.key,
    attribution: method,
    confidence: resolved.key ? (CONFIDENCE[method] ?? UNRESOLVED_CONFIDENCE) : UNRESOLVED_CONFIDENCE,
    isStatement: true,
    kind: mixed ? 'MIXED' : 'INDIRECT',
  };
}
