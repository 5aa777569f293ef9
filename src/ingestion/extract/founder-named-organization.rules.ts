import { surfaceOf, type ArticleToken, type TokenizedArticle } from './article.tokenizer';
import type { EntityFinding } from './entity.classifier';
import { evidenceAfter } from './name-evidence.rules';
import { ORGANIZATION_AGENT_PARTICIPLES, afterDealWord, afterJobAt, afterKindNounAt, isOrganizationFinding, organizationNameOf, tradeNounAt, unlistedPersonName } from './organization-context.rules';
import { lowerCaseTitleBefore, personNameWords, personNounBefore } from './person-name.reader';
import { isPersonalCueForm } from '../lexicon/cue.lexicon';
import { isCommonWord, isCompanyLegalForm, isFunctionWord } from '../lexicon/english.lexicon';
import { COMPANY_TRADE_NOUNS, EQUITY_NOUNS, ORGANIZATION_KIND_NOUNS, TRADE_NOUNS_NOT_BEFORE_NAMES } from '../lexicon/name-words.lexicon';
import { ARTICLES } from '../lexicon/speaker.lexicon';
import { isTitleWord } from '../lexicon/title.lexicon';
import { capitalisedOnlyBySentence, isOrdinaryCompanyWord } from './name-shape.rules';
import { withItsS } from './sports-ground.rules';
import { personOrUntyped, untypedName } from './untyped-name.rules';

/**
 * Companies named after their founders ("Aston Martin", "Grant Thornton", "Pemberton Hale"): a name that reads as a
 * person's, typed by what the article writes around it, the same way at every mention. A person's sign anywhere wins.
 */

/** Verbs of reporting, after which a name in full is a reporter's, not a paper's as a one-word name's (evidenceAfter). */
const REPORTING: ReadonlySet<string> = new Set(['reported', 'reports']);

/** A relative clause on a thing opening right after a name: "X, which". */
const WHICH = /^,\s+which\b/;

/** ", which" and what only a business does: "Brellow Hastings, which makes car parts", "X, which also owns". */
const BUSINESS_AFTER_WHICH = /^,\s+which\s+(?:also\s+)?(?:makes|owns|operates|employs|runs|sells|builds|produces|supplies|manufactures|provides|designs|develops)\b/;

/** A full stop or a comma: a clause ends there. */
const CLAUSE_END = /^[.,]/;

/** How many characters after a name the patterns read. */
const AFTER_CHARS = 60;

/** "it" after a speech verb as a thing spoken of, no company acting: "said it was", "said on Monday it would be". */
const EXPLETIVE_IT = /^[^.]*?\bit (?:is|was|would be|will be|could be|might be|may be|should be|has been|had been|seems|seemed|appears|appeared|looks|looked)\b/;


/** Lower-case words after a name's possessive that only a company has: "Quorvex Lilly's chief executive", "Hadley Crane's plants". */
const COMPANY_POSSESSIONS: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'board', 'plants', 'factories', 'stores', 'products', 'brands', 'subsidiary']);

/** Words after "chief" that make an officer of a company: "chief executive", "chief financial officer". */
const CHIEF_OF_COMPANY: ReadonlySet<string> = new Set(['executive', 'financial', 'operating']);

/** "Quorvex Lilly's chief executive", "Hadley Crane's board": the possessive name ending at token `last` before a company's officer or asset. */
function companyPossessionAfter(tokens: ArticleToken[], last: number): boolean {
  const [next, then] = [tokens[last + 1], tokens[last + 2]];
  if (!tokens[last].possessive || !next || next.cap || next.segment !== tokens[last].segment) return false;
  return COMPANY_POSSESSIONS.has(next.key) || (next.key === 'chief' && !!then && !then.cap && CHIEF_OF_COMPANY.has(then.key));
}

/**
 * "Auditors at a small Manchester firm, Hollins Pryce, raised questions": the name `f` set off by commas right after a lower-case
 * noun for a kind of organization (ORGANIZATION_KIND_NOUNS), the noun's phrase opened by an article or "its" / "their" at most
 * APPOSITION_REACH words before it, the sentence going on after the name's comma in lower case; not "the firm, Ann Lee said," (a
 * verb after the name).
 */
function kindNounAppositive(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens, body } = doc;
  const noun = tokens[f.first - 1];
  if (!noun || noun.cap || noun.possessive || !ORGANIZATION_KIND_NOUNS.has(noun.key) || body.slice(noun.end, tokens[f.first].start) !== ', ') return false;
  // After the name's comma the sentence goes on ("raised", "to fight", "which"); not a person's apposition ("Marcus Webb, the
  // former finance chief,", "Ann Lee, head of trading,": "After leaving the company" opened the sentence), an age, the next name of a
  // list, or a speech verb ("His counterpart in the ruling party, Park Sung-ho, said": the apposition may be to the person's noun).
  const after = tokens[f.last + 1];
  if (tokens[f.last].possessive || body.slice(tokens[f.last].end, after?.start) !== ', ' || after.cap || !/^\p{Ll}/u.test(after.text) || ARTICLES.has(after.key) || isTitleWord(after.key) || isPersonalCueForm(after.key)) return false;
  for (let i = f.first - 2; i >= 0 && i >= f.first - 1 - APPOSITION_REACH && tokens[i].joinsNext && tokens[i].segment === noun.segment; i--) {
    if (!tokens[i].cap && NOUN_PHRASE_OPENERS.has(tokens[i].key)) return true;
  }
  return false;
}

/** How many words an apposition's noun phrase may have after its "the": "the world's second-largest chocolate maker". */
const TRADE_APPOSITION_WORDS = 6;

/** Superlatives of size, which rank companies after a possessive ("the world's largest"; not "the town's oldest", "busiest": a person's too). */
const SIZE_SUPERLATIVES: ReadonlySet<string> = new Set(['largest', 'biggest']);

/**
 * A word of a trade noun's phrase that makes it a company's: a participle of what is done to a body ("state-owned", "family-run"),
 * or after a possessive (`ranked`: "the world's", "the country's") a superlative of size ("largest", "second-biggest"); the
 * word's last part after a hyphen.
 */
function companyOnlyModifier(key: string, ranked: boolean): boolean {
  const word = key.slice(key.lastIndexOf('-') + 1);
  return ORGANIZATION_AGENT_PARTICIPLES.has(word) || (ranked && SIZE_SUPERLATIVES.has(word));
}

/**
 * "Quorvex Lilly, the world's largest chocolate maker, said", "Hadley Crane, the state-owned miner,": the name ending at token
 * `last` set off by a comma before "the" and a noun phrase of lower-case words and possessives that ends at punctuation with a
 * trade's noun (COMPANY_TRADE_NOUNS; "producer" and "giant" only after the noun of what they deal in, tradeNounAt) and holds a
 * word only a company's phrase does (companyOnlyModifier); not "Ann Lee, a coal miner," nor "Ann Lee, the cheese maker," (a
 * person's trade).
 */
function tradeAppositive(doc: TokenizedArticle, last: number): boolean {
  const { tokens, body } = doc;
  const article = tokens[last + 1];
  if (!article || article.cap || article.key !== 'the' || article.segment !== tokens[last].segment || body.slice(tokens[last].end, article.start) !== ', ') return false;
  let [ranked, companyOnly] = [false, false];
  for (let j = last + 2; j <= last + 1 + TRADE_APPOSITION_WORDS && j < tokens.length && tokens[j].segment === article.segment; j++) {
    const t = tokens[j];
    if (t.possessive) {
      ranked = true;
      continue;
    }
    if (t.cap || isFunctionWord(t.key)) return false;
    if (!t.joinsNext) {
      const noun = COMPANY_TRADE_NOUNS.has(t.key) && (!TRADE_NOUNS_NOT_BEFORE_NAMES.has(t.key) || tradeNounAt(tokens, j));
      return noun && companyOnly && /^[,.;]/.test(body.slice(t.end, t.end + 1));
    }
    companyOnly ||= companyOnlyModifier(t.key, ranked);
  }
  return false;
}

/** How many words before its noun the opener of a kind's noun phrase may stand: "a small Manchester law firm". */
const APPOSITION_REACH = 4;

/** Words that open a noun phrase naming a kind of organization: "a small Manchester firm", "its law firm". */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their']);

/**
 * An untitled name of two words or more (`f`) that the words around it show to be a company's: after a
 * lower-case noun for a kind of organization ("law firm Pemberton Hale", "carmaker Aston Martin"; not before a speech verb
 * with no "it" after it: "the group Ann Lee said"; before any verb when no list knows a word of the name and no determiner opens the
 * noun's phrase, which then labels it: "state miner Quorvika Tambaro rose", unlistedPersonName) or set off by commas after one (kindNounAppositive), after a word for its sale or a holding in it ("shares in Hadley Crane"; not
 * "shares of Ann Lee's company"),
 * before what only an organization does or has (evidenceAfter, but "reported": "Aston Martin said it would cut", "Hadley Crane shares",
 * ", which"; not "said it was", EXPLETIVE_IT, nor "Ann Lee's shares", "Ann Lee shares the view"; after a name no rule typed, ", which" and a business's verb:
 * "Brellow Hastings, which makes car parts") or
 * before its officer or asset (companyPossessionAfter).
 */
function companySign(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  const next = tokens[f.last + 1];
  // "Julie Hirschfeld Davis reported from Midway Atoll": a name in full before "reported" is a reporter's credit.
  const evidence = next && REPORTING.has(next.key) ? null : evidenceAfter(doc, f.last);
  const speech = !!next && !next.cap && tokens[f.last].joinsNext && isPersonalCueForm(next.key);
  if (evidence === 'organization') {
    const after = doc.body.slice(tokens[f.last].end, tokens[f.last].end + AFTER_CHARS);
    // ", which" follows a name read as a person's only for a company; a name no rule typed may be a thing's ("Space Shuttle Endeavour, which").
    if (WHICH.test(after)) return f.kind === 'person' || BUSINESS_AFTER_WHICH.test(after);
    // "Marcus Webb said it was unfair": a person speaks of a thing; "Ann Lee's shares": a person holds them.
    if (speech) return !EXPLETIVE_IT.test(after);
    // "Kowalczyk shares the view": the verb, before a function word.
    const then = tokens[f.last + 2];
    // What a person holds too (EQUITY_NOUNS), after the name's possessive; a verb's form before a function word ("Ann Lee shares the view").
    return !(EQUITY_NOUNS.has(next.key) && (tokens[f.last].possessive || (!!then && !then.cap && isFunctionWord(then.key))));
  }
  if (evidence) return false;
  // "shares of Ann Lee's company": a possessive name owns what is held. "the rights group Foro Penal said.": before a speech verb that
  // ends the clause, a kind's noun labels a name no list knows (no relative clause: "the group Ann Lee said was").
  const unlisted = unlistedPersonName(tokens, f);
  const labelled = afterKindNounAt(tokens, f, unlisted) && (!speech || (unlisted && CLAUSE_END.test(doc.body.slice(next.end, next.end + 1))));
  // "Economists at Itau Unibanco said", "pilots at Aston Martin": a person's job and "at" before the name.
  const employer = (afterJobAt(tokens, f) || afterDealWord(tokens, f)) && !tokens[f.last].possessive;
  return labelled || kindNounAppositive(doc, f) || tradeAppositive(doc, f.last) || employer || companyPossessionAfter(tokens, f.last);
}

/** A person's sign at finding `f`: a title, a lower-case title or a person's noun before it, a person's evidence after it ("said he", ", 54,", ", who"). */
function personSign(doc: TokenizedArticle, f: EntityFinding): boolean {
  const { tokens } = doc;
  if (f.kind === 'person' && f.titleFirst !== null) return true;
  return evidenceAfter(doc, f.last) === 'person' || lowerCaseTitleBefore(tokens, f.first) !== null || personNounBefore(tokens, f.first);
}

/** Words that join a company's name to its legal form: "Eli Lilly & Co.", "Eli Lilly and Co". */
const FORM_JOINERS: ReadonlySet<string> = new Set(['&', 'and']);

/**
 * The last token of the organization's name `f` without the legal form that ends it ("Veritor Bio" of "Veritor Bio Inc.", "Eli
 * Lilly" of "Eli Lilly and Co"), or `f.last` when none ends it.
 */
function withoutLegalForm(tokens: ArticleToken[], f: EntityFinding): number {
  if (!isCompanyLegalForm(tokens[f.last].key)) return f.last;
  return FORM_JOINERS.has(tokens[f.last - 1].key) ? f.last - 2 : f.last - 1;
}

/** A word that may name a company alone: one no vocabulary knows ("Ferrari", "RT") or an ordinary company word ("Apple"; not "Republican", "Bank"). */
function nameOrCompanyWord(t: ArticleToken): boolean {
  return !isCommonWord(t.key) || isOrdinaryCompanyWord(t);
}

/**
 * Rewrites, in `findings`, the untitled names (untitledName) of companies named after their founders as organizations, the same
 * at every mention: a name of two words or more when one of its mentions has a company's sign (companySign) or another rule
 * typed the same words as an organization ("Aston Martin, the carmaker," then "Aston Martin cut jobs"), or the same words before
 * the company's legal form ("Veritor Bio soars" and "Veritor Bio Inc. shares doubled": the company so named); one word alone when
 * one of its mentions has a company's sign ("Ferrari's chief executive"; a word that may name one, nameOrCompanyWord) or it ends such a name ("Quorvex Lilly ... Lilly
 * could sell", named as that company) and names no person of two words or more ("Enzo Ferrari"; but for a word a sign shows a
 * company's that opens an organization's name in the article: "Mollerup shares jumped" beside "Mollerup Invest" and "Henrik
 * Mollerup"). Never a name whose last
 * word has a person's sign at any mention ("Aston Martin, 54,", "Mr. Martin", "Martin said he").
 */
export function organizationsNamedLikePersons(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens } = doc;
  // The words of each name shown as a company's -> the company's name.
  const shown = new Map<string, string>();
  for (const f of findings) {
    if (untypedName(f) && companySign(doc, f)) shown.set(surfaceOf(doc, f.first, f.last), surfaceOf(doc, f.first, f.last));
    else if (f.last > f.first && isOrganizationFinding(f)) {
      const name = f.kind === 'dict' && f.hit.type === 'ORGANIZATION' ? f.hit.name : surfaceOf(doc, f.first, f.last);
      shown.set(surfaceOf(doc, f.first, f.last), name);
      const bare = withoutLegalForm(tokens, f);
      if (bare > f.first) shown.set(surfaceOf(doc, f.first, bare), name);
    }
  }
  if (!shown.size || !findings.some((f) => untypedName(f) && shown.has(surfaceOf(doc, f.first, f.last)))) return;
  // The last words of the names with a person's sign, and those of the one-word names alone with one.
  const [people, alone] = [new Set<string>(), new Set<string>()];
  for (const f of findings) {
    if (!personOrUntyped(f) || !personSign(doc, f)) continue;
    people.add(tokens[f.last].key);
    if (f.first === f.last) alone.add(tokens[f.last].key);
  }
  // The last word of each company's name -> its name (null when two share it).
  const companies = new Map<string, string | null>();
  findings.forEach((f, i) => {
    const last = tokens[f.last].key;
    const name = shown.get(surfaceOf(doc, f.first, f.last));
    if (f.last === f.first || !untypedName(f) || people.has(last) || name === undefined) return;
    const company: EntityFinding = { kind: 'org', name, first: f.first, last: f.last };
    findings[i] = company;
    companies.set(last, companies.has(last) && companies.get(last) !== company.name ? null : company.name);
  });
  const named = personNameWords(tokens, findings.filter((f) => f.last > f.first));
  // "Mollerup shares jumped" beside "Mollerup Invest" and "Chairman Henrik Mollerup": the family's company, named by its first word.
  const openers = new Set<string>();
  for (const f of findings) if (f.last > f.first && isOrganizationFinding(f)) openers.add(tokens[f.first].key);
  findings.forEach((f, i) => {
    const key = tokens[f.first].key;
    // "Cargo revenue fell": no word the sentence alone capitalised (capitalisedOnlyBySentence).
    if (f.first !== f.last || !untypedName(f) || alone.has(key) || !nameOrCompanyWord(tokens[f.first]) || capitalisedOnlyBySentence(tokens, f.first)) return;
    if ((named.has(key) || people.has(key)) && !(openers.has(key) && shown.has(tokens[f.first].text))) return;
    const name = companies.has(key) ? companies.get(key) : shown.get(surfaceOf(doc, f.first, f.last));
    if (name) findings[i] = { kind: 'org', name, first: f.first, last: f.last };
  });
}

/** A word that keeps its 's in a name: "Sainsbury's", "Quorvel's" (the tokenizer left it no possessive: nothing is owned after it). */
const OWN_S = /['’]s$/;

/** The possessive at token `i` owns the name right after it, one space on ("at Levi's Stadium", "at Quorvex's Tellan mine"). */
function namedAfter(tokens: ArticleToken[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.cap && next.segment === tokens[i].segment && next.start - tokens[i].end === 3;
}

/** A lower-case "at" right before a name, one space between. */
const AT_BEFORE = / at $/;

/**
 * Rewrites, in `findings`, a person's or an unread name whose last word keeps its 's, as the tokenizer reads a possessive that owns
 * nothing ("Quorvel's said its sales rose", "Dr. Quorvel's rose 3%"), or a one-word name's possessive (a title before it aside; not
 * "at Ann Lee's", her home) after a lower-case "at" that owns no noun or name after it ("sold at Quorvel's in Paris", "shopping at
 * Quorvel's."; the 's then taken into the name as a ground's: withItsS; grounds, "at Lord's", are typed before), as the
 * organization so named: a business named after its founder in the possessive ("Sainsbury's", "Christie's", "Dr. Reddy's"), its
 * founder's title with it, and named as the one longer organization of the article whose name opens with its words ("Dr. Quorvel's
 * Laboratories"), if any.
 */
export function companiesNamedInPossessive(doc: TokenizedArticle, findings: EntityFinding[]): void {
  const { tokens, body } = doc;
  let longer: EntityFinding[] | null = null;
  findings.forEach((f, i) => {
    if (!personOrUntyped(f)) return;
    const first = f.kind === 'person' && f.titleFirst !== null ? Math.min(f.titleFirst, f.first) : f.first;
    if (tokens[f.last].possessive && f.first === f.last && !namedAfter(tokens, f.last) && AT_BEFORE.test(body.slice(Math.max(0, tokens[first].start - 4), tokens[first].start))) withItsS(doc, f.last);
    if (tokens[f.last].possessive || !OWN_S.test(tokens[f.last].text)) return;
    const words = surfaceOf(doc, first, f.last);
    longer ??= findings.filter((g) => g.last > g.first && isOrganizationFinding(g));
    const names = new Set(longer.filter((g) => surfaceOf(doc, g.first, g.last).startsWith(`${words} `)).map((g) => organizationNameOf(doc, g)));
    findings[i] = { kind: 'org', name: names.size === 1 ? [...names][0] : words, first, last: f.last };
  });
}
