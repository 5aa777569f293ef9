/**
 * Speech cues: verbs of saying with their inflections (say, says, said, saying), verbs of naming
 * that quote someone's words (called it “…”, described it as “…”), multi-word cues (pointed out,
 * went on, according to) and which of them can stand before their speaker (“…,” said Ingrid
 * Solberg / reported the Times). Verbs that are also common nouns (claim, report, tweet, call) are
 * listed without their bare form, so “the claim” is not a cue.
 *
 * Each cue has a frame, for reported speech: 'speech' cues introduce quotes and reported clauses
 * alike; 'clause' cues (verbs of belief, argument and knowledge: believes, defends, fears) report
 * only through a clause ("X believes that …") and are found only when asked for
 * (`findCues(..., { clauseCues: true })`), so direct quotes never take them. Which cues take an
 * addressee before their clause (told reporters that …, assured allies that …), which take the
 * clause without "that" (said the plan failed), which take a question (asked whether …).
 */
import type { Span } from '../annotations';

/** Irregular verbs and phrases: every form listed. */
const IRREGULAR: string[][] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['sing', 'sings', 'sang', 'singing'],
  ['read', 'reads'],
  ['go on', 'goes on', 'went on', 'going on'],
  ['put it', 'puts it', 'putting it'],
  ['according to', 'According to'],
];

/** Regular verbs whose bare form is a cue too. */
const VERBS = [
  'add', 'stress', 'assure', 'warn', 'insist', 'acknowledge', 'explain', 'argue', 'ask', 'declare', 'announce',
  'respond', 'continue', 'recall', 'admit', 'suggest', 'emphasize', 'emphasise', 'observe', 'conclude',
  'predict', 'urge', 'complain', 'concede', 'confirm', 'deny', 'repeat', 'shout', 'yell', 'muse',
  'testify', 'recount', 'boast', 'retort', 'interject', 'contend', 'maintain', 'assert', 'proclaim', 'whisper',
  'exclaim', 'lament', 'reiterate', 'underline', 'underscore', 'affirm', 'scold', 'mutter', 'agree', 'point out',
  'chime in', 'sum up', 'make clear', 'allege', 'brag', 'plead', 'thunder', 'grumble', 'reckon', 'inform', 'reassure',
  'disclose', 'describe', 'dub', 'characterize', 'characterise',
];

/** Regular verbs that are also common nouns: inflected forms only. */
const NOUN_LIKE_VERBS = [
  'note', 'claim', 'state', 'report', 'post', 'comment', 'promise', 'joke', 'counter', 'charge', 'cry', 'type',
  'answer', 'demand', 'quote', 'highlight', 'indicate', 'sigh', 'reason', 'estimate', 'tweet', 'blog', 'snap', 'caution',
  'reply', 'pledge', 'mention', 'chant', 'quip', 'vow', 'wonder', 'remark', 'call', 'label', 'brand',
];

/** Irregular verbs of belief, argument and knowledge that report only through a clause (frame 'clause'): every form listed. */
const IRREGULAR_CLAUSE_VERBS: string[][] = [
  ['think', 'thinks', 'thought', 'thinking'],
  ['know', 'knows', 'knew', 'known', 'knowing'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['find', 'finds', 'found', 'finding'],
  ['hold', 'holds', 'held', 'holding'],
  ['show', 'shows', 'showed', 'shown', 'showing'],
  ['understand', 'understands', 'understood', 'understanding'],
];

/** Regular verbs of belief, argument and knowledge that report only through a clause (frame 'clause'). */
const CLAUSE_VERBS = [
  'defend', 'believe', 'fear', 'expect', 'learn', 'reveal', 'recognize', 'realize', 'suspect', 'assume', 'doubt', 'worry',
  'signal', 'hint', 'imply', 'concur', 'hope', 'guess', 'figure', 'calculate', 'forecast', 'determine', 'decide',
  'prove', 'speculate', 'theorize', 'sense', 'accept',
  // Intentions and demands, with their infinitive: wants to, plans to, refused to, called for, called on X to.
  'want', 'plan', 'intend', 'threaten', 'refuse', 'decline', 'offer', 'seek', 'aim', 'propose', 'call for', 'call on',
];

/**
 * Verbs of stance and evaluation that report a position through their object, not a clause
 * (frame 'clause': reported speech only): "criticized the plan", "cited rising costs", "endorses
 * the candidate". Verbs that are also common nouns ("support", "attack") are listed in OBJECT_NOUN_LIKE_VERBS.
 */
const OBJECT_VERBS = [
  'cite', 'criticize', 'criticise', 'praise', 'endorse', 'blame', 'discuss', 'dismiss', 'condemn',
  'applaud', 'slam', 'accuse', 'recommend', 'advocate', 'detail', 'outline', 'tout', 'decry', 'hail',
  'rule out', 'push for', 'argue for', 'warn of', 'warn against', 'complain about', 'talk about', 'comment on',
  'insist on', 'speak out',
];
/** Object-taking verbs that are also common nouns: inflected forms only ("supports", "attacked"). */
const OBJECT_NOUN_LIKE_VERBS = ['question', 'dispute'];
/** "spoke about", "speaks of": the irregular object cues, every form listed. */
const IRREGULAR_OBJECT_VERBS: string[][] = [
  ['speak about', 'speaks about', 'spoke about', 'spoken about', 'speaking about'],
  ['speak of', 'speaks of', 'spoke of', 'spoken of', 'speaking of'],
];

/**
 * Cues whose content may be their object, a noun phrase or a gerund: "called for new elections",
 * "denied any wrongdoing", "proposed cutting taxes", and every OBJECT_VERBS cue.
 */
const OBJECT_CUES = new Set([
  'call for', 'describe', 'announce', 'deny', 'confirm', 'demand', 'propose', 'mention', 'predict', 'promise', 'urge',
  'highlight', 'acknowledge', 'admit', 'reveal', 'defend', 'emphasize', 'emphasise', 'stress', 'underscore', 'signal',
  'estimate', 'forecast', 'lament', 'disclose', 'reiterate', 'complain', 'recount', 'recall',
  ...OBJECT_VERBS,
  ...OBJECT_NOUN_LIKE_VERBS,
  ...IRREGULAR_OBJECT_VERBS.map((forms) => forms[0]),
]);

/** Cues that take an infinitive ("vowed to …", "urged X to …") or, for "call for", a noun phrase: the content is what follows. */
const INFINITIVE_CUES = new Set([
  'vow', 'pledge', 'promise', 'plan', 'want', 'intend', 'threaten', 'refuse', 'decline', 'offer', 'agree', 'demand',
  'urge', 'ask', 'call on', 'seek', 'hope', 'expect', 'aim', 'propose', 'warn', 'tell', 'call for',
]);

/** Cues that take an addressee between them and their clause: told reporters that …, assured allies that …, urged Congress to …. */
const ADDRESSEE_BEFORE_CLAUSE = new Set([
  'tell', 'assure', 'reassure', 'warn', 'inform', 'remind', 'promise', 'convince', 'notify', 'advise', 'ask', 'caution',
  'persuade', 'write', 'urge', 'call on',
]);

/** Cues that take their clause without "that": said the plan failed, believes it will pass. */
const BARE_CLAUSE = new Set([
  'say', 'add', 'claim', 'argue', 'insist', 'warn', 'think', 'believe', 'suggest', 'predict', 'admit', 'concede',
  'acknowledge', 'feel', 'hope', 'fear', 'expect', 'know', 'note', 'assert', 'contend', 'maintain', 'reckon', 'complain', 'announce', 'testify', 'allege', 'recall', 'guess', 'figure', 'worry', 'agree', 'estimate',
]);

/** Cues that report a question: asked whether …, wondered if …. */
const QUESTION_CUES = new Set(['ask', 'wonder', 'question', 'inquire']);

/** Cues that may come before their speaker: “…,” said X / added X / according to X. */
const INVERTIBLE = new Set([
  'say', 'add', 'ask', 'write', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'conclude', 'insist',
  'according to', 'observe', 'remark', 'declare', 'announce', 'admit', 'argue', 'counter', 'retort', 'quip',
  'tweet', 'state', 'wonder', 'muse', 'sing', 'chant', 'shout', 'yell', 'warn', 'exclaim', 'whisper',
  'report', 'concede', 'acknowledge', 'complain', 'boast', 'joke', 'caution', 'suggest', 'stress', 'emphasize',
  'predict', 'confirm', 'reiterate', 'point out', 'recount', 'testify', 'claim', 'reason',
]);

const DOUBLED = new Set(['admit', 'quip', 'brag', 'snap', 'blog', 'plan', 'chat', 'dub']);

/** The -s, -ed and -ing forms of a regular verb (of the first word of a phrase). */
function inflect(base: string): string[] {
  const [verb, ...rest] = base.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = DOUBLED.has(verb) ? verb + verb[verb.length - 1] : verb;
  const s = /(s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const ed = /e$/.test(verb) ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`;
  const ing = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${stem}ing`;
  return [s, ed, ing].map((form) => form + tail);
}

/** Every cue form mapped to its lemma. */
const LEMMA = new Map<string, string>();
for (const forms of IRREGULAR) for (const form of forms) LEMMA.set(form, forms[0].toLowerCase());
for (const verb of VERBS) for (const form of [verb, ...inflect(verb)]) LEMMA.set(form, verb);
for (const verb of NOUN_LIKE_VERBS) for (const form of inflect(verb)) LEMMA.set(form, verb);
/** The forms of the 'clause' cues that are not also speech cues. */
const CLAUSE_LEMMA = new Map<string, string>();
const clauseForms = [
  ...IRREGULAR_CLAUSE_VERBS,
  ...IRREGULAR_OBJECT_VERBS,
  ...[...CLAUSE_VERBS, ...OBJECT_VERBS].map((verb) => [verb, ...inflect(verb)]),
];
for (const forms of clauseForms) {
  for (const form of forms) if (!LEMMA.has(form)) CLAUSE_LEMMA.set(form, forms[0]);
}
for (const verb of OBJECT_NOUN_LIKE_VERBS) for (const form of inflect(verb)) if (!LEMMA.has(form)) CLAUSE_LEMMA.set(form, verb);
const CLAUSE_LEMMAS = new Set(CLAUSE_LEMMA.values());

/** The first words of the two-word cues ("pointed" in "pointed out", "According" in "According to"). */
const FIRST_OF_PAIR = new Set([...LEMMA.keys(), ...CLAUSE_LEMMA.keys()].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]));
/** Every word a cue may start with, so that findCues looks each word of the text up once: the word's speech and clause lemmas, and whether it opens a two-word cue. */
const WORDS = new Map<string, { speech?: string; clause?: string; opensPair: boolean }>();
for (const form of [...LEMMA.keys(), ...CLAUSE_LEMMA.keys(), ...FIRST_OF_PAIR]) {
  if (!form.includes(' ')) WORDS.set(form, { speech: LEMMA.get(form), clause: CLAUSE_LEMMA.get(form), opensPair: FIRST_OF_PAIR.has(form) });
}
/** A hash (FNV-1a, cut to 30 bits: a small integer, cheap as a key) of the characters of `text` from `start` to `end`, read without making the string. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** How many values a hash's low bits index in FORM_BITS. */
const FORM_BIT_COUNT = 1 << 16;

/**
 * One bit per value of a hash's low 16 bits (hashOf), set for the hash of every form WORDS holds: a run whose bit is clear is no form,
 * passed over without making its string; a set bit may be another word's, which WORDS tells. A bit read is cheaper than a set's lookup.
 */
const FORM_BITS = new Uint8Array(FORM_BIT_COUNT >> 3);
for (const form of WORDS.keys()) {
  const low = hashOf(form, 0, form.length) & (FORM_BIT_COUNT - 1);
  FORM_BITS[low >> 3] |= 1 << (low & 7);
}

/** True when the hash `h` (hashOf) may be a form's: its bit in FORM_BITS is set. */
function mayBeForm(h: number): boolean {
  const low = h & (FORM_BIT_COUNT - 1);
  return (FORM_BITS[low >> 3] & (1 << (low & 7))) !== 0;
}

/**
 * True for a character of a run of word characters: ASCII letters and digits, apostrophes, hyphens
 * and every character from U+00C0 on but the General Punctuation block (dashes, curly quotes; ’
 * kept). A cue is a whole run (or two). Ranges rather than Unicode properties, read by character
 * code rather than a pattern (no match object for every word of an article): every cue form is
 * plain letters, so a run a property class would cut differently is no cue anyway.
 */
function runCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || (c >= 0xc0 && c <= 0x1fff) || c === 0x2019 || c >= 0x2070;
}

/** runCharacter's answer for every UTF-16 code unit, 1 or 0, read by findCues for every character of the text it scans. */
const RUN_CHARACTERS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) RUN_CHARACTERS[c] = runCharacter(c) ? 1 : 0;

/** True for a character of a run of word characters (runCharacter). */
function isRunCharacter(c: number): boolean {
  return RUN_CHARACTERS[c] === 1;
}

/** Where the first run at or after `at` (and before `to`) starts in `text`, or -1. */
function runStart(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) if (isRunCharacter(text.charCodeAt(i))) return i;
  return -1;
}

/** Where the run starting at `start` ends in `text` (at `to` at the latest). */
function runEnd(text: string, start: number, to: number): number {
  let i = start + 1;
  while (i < to && isRunCharacter(text.charCodeAt(i))) i++;
  return i;
}

/** A cue found in the body: its span and lemma ("said" -> "say", "pointed out" -> "point out"). */
export interface Cue extends Span {
  lemma: string;
  /** True for a nominal cue (findNominalCues: "her view that …"), whose speaker is its possessor. */
  nominal?: boolean;
}

/**
 * Nouns that report what someone said, believes or intends through the clause or infinitive after
 * them, with their possessor as the speaker: "her view that …", "the minister's claim that …",
 * "their call to …". Read only by reported speech.
 */
const NOMINAL_CUES = [
  'view', 'views', 'claim', 'claims', 'belief', 'argument', 'assertion', 'insistence', 'warning', 'promise', 'pledge',
  'suggestion', 'contention', 'statement', 'position', 'assessment', 'prediction', 'allegation', 'accusation', 'charge',
  'call', 'calls', 'demand', 'demands', 'hope', 'hopes', 'fear', 'fears', 'conclusion', 'announcement', 'admission',
  'denial', 'assurance', 'assurances', 'vow', 'threat', 'threats', 'proposal', 'plan', 'plans', 'decision', 'opinion',
  'message', 'remarks', 'comments', 'complaint', 'criticism', 'conviction', 'concern', 'concerns', 'refusal',
  'intention', 'determination', 'wish', 'request', 'suspicion', 'theory', 'idea',
];
const NOMINAL_WORDS: ReadonlySet<string> = new Set(NOMINAL_CUES);
/** A "that" or a "to" that ends a word: a nominal cue may stand before it. Its literal first letter lets the search skip ahead. */
const THAT_OR_TO = /t(?:hat|o)\b/g;
const WHITE_SPACE = /\s/;
/** The characters of a pattern's `\s`: the ASCII ones by code, the others by the pattern. */
const isWhiteSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITE_SPACE.test(String.fromCharCode(code)));
/** The characters of a pattern's `\w`, whose runs a `\b` bounds. */
const isAsciiWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/**
 * The nominal cues between `from` and `to`, in order: a NOMINAL_CUES noun followed by white space and "that" or "to", as the
 * pattern `\b(view|views|claim|...)\s+(?=(?:that|to)\b)` finds them (its lemma: the noun as written). Read back from each "that"
 * and "to": the white space before it, then the run of ASCII word characters before that, the only noun a `\b` can open there.
 * The pattern tried its sixty nouns at every word of the text; this reads two words' places (a third less time).
 */
export function findNominalCues(body: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const text = body.slice(from, to);
  THAT_OR_TO.lastIndex = 0;
  for (let m = THAT_OR_TO.exec(text); m; m = THAT_OR_TO.exec(text)) {
    let end = m.index;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === m.index) continue;
    let start = end;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    const noun = text.slice(start, end);
    if (NOMINAL_WORDS.has(noun)) cues.push({ start: from + start, end: from + end, lemma: noun, nominal: true });
  }
  return cues;
}

/** Which cues findCues returns besides the speech cues. */
export interface CueOptions {
  /** Also the 'clause' cues (believes, defends, fears): for reported speech, never for direct quotes. */
  clauseCues?: boolean;
}

/**
 * Every cue between `from` and `to`, in order: each run of word characters (letters, digits,
 * apostrophes, hyphens) that is a cue form as written, or two such runs with only white space
 * between them that make a two-word cue ("pointed out"), which wins over the one-word reading.
 * Speech cues only, unless `options.clauseCues`.
 */
export function findCues(body: string, from: number, to: number, options: CueOptions = {}): Cue[] {
  const cues: Cue[] = [];
  let start = runStart(body, from, to);
  while (start >= 0) {
    const end = runEnd(body, start, to);
    const next = runStart(body, end, to);
    const form = mayBeForm(hashOf(body, start, end)) ? body.slice(start, end) : null;
    const word = form === null ? undefined : WORDS.get(form);
    if (!word || form === null) {
      start = next;
      continue;
    }
    if (word.opensPair && next >= 0 && !/\S/.test(body.slice(end, next))) {
      const nextEnd = runEnd(body, next, to);
      const pair = `${form} ${body.slice(next, nextEnd)}`;
      const lemma = LEMMA.get(pair) ?? (options.clauseCues ? CLAUSE_LEMMA.get(pair) : undefined);
      if (lemma !== undefined) {
        cues.push({ start, end: nextEnd, lemma });
        start = runStart(body, nextEnd, to);
        continue;
      }
    }
    const lemma = word.speech ?? (options.clauseCues ? word.clause : undefined);
    if (lemma !== undefined) cues.push({ start, end, lemma });
    start = next;
  }
  return cues;
}

/** True for a speech cue (said, stressed, according to); false for a 'clause' cue (believes, defends), which reports only through a clause. */
export const isSpeechCue = (cue: Cue): boolean => !CLAUSE_LEMMAS.has(cue.lemma);

/** True for a cue that may take an addressee before its clause: told reporters that …, assured allies that …. */
export const takesAddressee = (cue: Cue): boolean => ADDRESSEE_BEFORE_CLAUSE.has(cue.lemma);

/** True for a cue that may take its clause without "that": said the plan failed. */
export const takesBareClause = (cue: Cue): boolean => BARE_CLAUSE.has(cue.lemma);

/** True for a cue whose content may be an infinitive ("vowed to …", "urged X to …") or, for "call for", what is called for. */
export const takesInfinitive = (cue: Cue): boolean => INFINITIVE_CUES.has(cue.lemma);

/** Verbs of naming, whose object with the name they give is a statement when the name is quoted: called the plan “dead on arrival”. */
const NAMING_CUES = new Set(['call', 'brand', 'label', 'dub', 'describe', 'characterize', 'characterise']);

/** True for a verb of naming (called, branded, described): its object is a content when quoted words follow. */
export const isNamingCue = (cue: Cue): boolean => NAMING_CUES.has(cue.lemma);

/** True for a cue whose content may be its object: called for new elections, criticized the plan. */
export const takesObject = (cue: Cue): boolean => OBJECT_CUES.has(cue.lemma);

/** True for a cue that reports a question: asked whether …. */
export const takesQuestion = (cue: Cue): boolean => QUESTION_CUES.has(cue.lemma);

/** True when the cue may precede its speaker (said X, according to X), false for told X. */
export const isInvertible = (cue: Cue): boolean => INVERTIBLE.has(cue.lemma);

/** True for a participle or gerund (saying, adding), which takes its subject from the main clause. */
export const isGerund = (body: string, cue: Cue): boolean => /ing\b/.test(body.slice(cue.start, cue.end));

/**
 * Cues whose subject is a person rather than a publication or a document ("X said", not "Vox
 * reported"): their finite forms beside capitalised words are evidence of a person's name.
 */
const PERSONAL_CUES = [
  'say', 'tell', 'write', 'add', 'stress', 'note', 'explain', 'argue', 'insist', 'warn', 'ask', 'reply', 'declare',
  'state', 'claim', 'tweet', 'assure', 'recall', 'acknowledge', 'admit', 'announce', 'continue', 'conclude',
  'testify', 'respond',
];

/**
 * The -s and past forms of the personal cues: "says", "said", "adds", "added"... A verb that is also
 * a noun gives its past only: "claims", "states" are plurals as often ("Democratic claims").
 */
const PERSONAL_CUE_FORMS = new Set(
  PERSONAL_CUES.flatMap((lemma) => {
    const irregular = IRREGULAR.find((forms) => forms[0] === lemma);
    if (irregular) return [irregular[1], irregular[2]];
    const [s, ed] = inflect(lemma);
    return NOUN_LIKE_VERBS.includes(lemma) ? [ed] : [s, ed];
  }),
);

/** True for a finite form of a cue whose subject is a person ("said", "tells", "added"): a name beside it names a person. */
export const isPersonalCueForm = (word: string): boolean => PERSONAL_CUE_FORMS.has(word);

/** Cues whose object is the person spoken to: "told X", "asked X" (X is no speaker). */
const ADDRESSEE_CUES = new Set(['tell', 'ask']);

/** True for a cue form whose object is the person spoken to ("told", "asks"), not the speaker. */
export const isAddresseeCueForm = (word: string): boolean => ADDRESSEE_CUES.has(LEMMA.get(word) ?? '');
