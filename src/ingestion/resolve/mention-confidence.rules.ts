import { MentionForm } from '../../types/mention-form';
import type { DescribedMention, EntityCandidate, EntityType, MentionCandidate } from '../annotations';
import type { TokenizedArticle } from '../extract/article.tokenizer';
import { countBefore } from '../extract/sorted-offsets.util';
import { lookupName } from '../lexicon/entity.dictionary';
import { isGivenName, isSurname } from '../lexicon/english.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { isCourtesyTitle, isTitleWord } from '../lexicon/title.lexicon';
import { mentionForm } from './mention-form.rules';
import { packedMap } from '../extract/packed.map';

/** What the pipeline knows for and against one mention: the inputs of `mentionConfidence`. */
export interface MentionEvidence {
  type: EntityCandidate['type'];
  form: MentionForm;
  /** A list knows the name: a gazetteer or organization entry of the entity's type, a person's given name or surname. */
  listed: boolean;
  /** The mention has two words or more (a leading "the" aside; punctuation is no word). */
  severalWords: boolean;
  /** The article names the entity more than once. */
  repeated: boolean;
  /** A capitalised word touches the span in the same segment, but a person's title before it: a longer name may hold it ("Environment Canada"). */
  crowded: boolean;
  /** It stands in a segment written in Title Case (a headline), where capitals say nothing. */
  headline: boolean;
}

/**
 * The weights of the logistic model behind `mentionConfidence`: log-odds that a mention is right
 * (exact span and type) = BIAS + the sum of the weights of the evidence that holds. Fitted by
 * logistic regression (L2 1.0) on GUM's Wikinews mentions, demonyms aside, then rounded to one
 * decimal (scripts/fit-mention-confidence.ts prints the fit): ten numbers, each a general signal of
 * English news text rather than a feature of one corpus. Fitted on either half of the documents,
 * the other half's share right stays within about 0.1 of the confidence in every band holding 50
 * mentions or more; `npm run eval:entities` prints the calibration table.
 */
const BIAS = 0.8;
const WEIGHTS = {
  organization: -0.5,
  location: -1.2,
  listed: 1.4,
  severalWords: 0.5,
  repeated: 0.4,
  crowded: -1.1,
  headline: -0.6,
  partial: 0.1,
  acronym: 0.4,
} as const;
/**
 * A demonym names its country through the gazetteer's own list of demonyms: a set value, not a fit
 * (GUM does not annotate demonyms, so its spans cannot score them).
 */
const DEMONYM_CONFIDENCE = 0.9;

/** The features of `evidence`, by weight name (1 when it holds). */
export function mentionFeatures(e: MentionEvidence): Record<keyof typeof WEIGHTS, number> {
  return {
    organization: Number(e.type === 'ORGANIZATION'),
    location: Number(e.type === 'LOCATION'),
    listed: Number(e.listed),
    severalWords: Number(e.severalWords),
    repeated: Number(e.repeated),
    crowded: Number(e.crowded),
    headline: Number(e.headline),
    partial: Number(e.form === MentionForm.SURNAME || e.form === MentionForm.FIRST_NAME || e.form === MentionForm.ALIAS),
    acronym: Number(e.form === MentionForm.ACRONYM),
  };
}

/** Confidences already computed, by the evidence's bits (evidenceBits: a few hundred combinations at most). */
const confidenceByEvidence = new Map<number, number>();

/** A number for each entity type and each form, for evidenceBits. */
const TYPE_CODES: Record<EntityType, number> = { PERSON: 0, ORGANIZATION: 1, LOCATION: 2 };
const FORM_CODES: Record<MentionForm, number> = { NAME: 0, ALIAS: 1, SURNAME: 2, FIRST_NAME: 3, ACRONYM: 4, DEMONYM: 5 };

/** `e` as one small integer, a different one for each different evidence: a key built of no string (a string a mention cost 0.7% of annotation). */
function evidenceBits(e: MentionEvidence): number {
  const flags = +e.listed | (+e.severalWords << 1) | (+e.repeated << 2) | (+e.crowded << 3) | (+e.headline << 4);
  return (TYPE_CODES[e.type] * 8 + FORM_CODES[e.form]) * 32 + flags;
}

/** Estimated probability (0..1, two decimals) that a mention with this evidence names its entity, of its type, over exactly its span. */
export function mentionConfidence(e: MentionEvidence): number {
  if (e.form === MentionForm.DEMONYM) return DEMONYM_CONFIDENCE;
  const bits = evidenceBits(e);
  let confidence = confidenceByEvidence.get(bits);
  if (confidence === undefined) {
    const features = mentionFeatures(e);
    let logit = BIAS;
    for (const [name, weight] of Object.entries(WEIGHTS)) logit += weight * features[name as keyof typeof WEIGHTS];
    confidence = Math.round(100 / (1 + Math.exp(-logit))) / 100;
    confidenceByEvidence.set(bits, confidence);
  }
  return confidence;
}

/** True when a list of the entity's type knows `text` or the entity's name. */
function listed(entity: EntityCandidate, text: string): boolean {
  if (entity.type === 'PERSON') {
    const words = packedMap(entity.name.split(/\s+/), foldName);
    return isGivenName(words[0]) || isSurname(words[words.length - 1]);
  }
  if (entity.geonamesId || entity.countryCode) return true;
  return [text, entity.name].some((name) => {
    const hit = lookupName(name, name.split(/\s+/).length);
    return !!hit && (hit.type === 'ORGANIZATION') === (entity.type === 'ORGANIZATION');
  });
}

/** The form and evidence of every mention of `found` (the resolve stage's output), in its order. Pure. */
export function mentionEvidence(doc: TokenizedArticle, found: { entities: EntityCandidate[]; mentions: MentionCandidate[] }): MentionEvidence[] {
  const { tokens, body, segments } = doc;
  const entityOf = new Map(found.entities.map((e) => [e.key, e]));
  const counts = new Map<string, number>();
  for (const m of found.mentions) counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
  // An article names an entity by a few surfaces, many times: form and listing once per surface.
  const bySurface = new Map<string, Map<string, { form: MentionForm; listed: boolean }>>();
  return packedMap(found.mentions, (m) => {
    const entity = entityOf.get(m.entityKey)!;
    const text = body.slice(m.start, m.end);
    let surfaces = bySurface.get(m.entityKey);
    if (!surfaces) bySurface.set(m.entityKey, (surfaces = new Map()));
    let surface = surfaces.get(text);
    if (!surface) surfaces.set(text, (surface = { form: mentionForm(text, entity), listed: listed(entity, text) }));
    const first = countBefore(tokens, m.start, (t) => t.start);
    const last = countBefore(tokens, m.end, (t) => t.start) - 1;
    const segment = tokens[first].segment;
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    return {
      type: entity.type,
      form: surface.form,
      listed: surface.listed,
      severalWords: last - first + (tokens[first].key === 'the' ? 0 : 1) > 1,
      repeated: (counts.get(m.entityKey) ?? 0) > 1,
      crowded:
        (!!before && before.segment === segment && before.joinsNext && before.cap && !(entity.type === 'PERSON' && (isTitleWord(before.key) || isCourtesyTitle(before.key)))) ||
        (!!after && after.segment === segment && tokens[last].joinsNext && after.cap),
      headline: segments[segment].titleCase,
    };
  });
}

/** Each mention of `found` with its form (mention-form.rules.ts) and confidence (mentionConfidence over mentionEvidence). Pure. */
export function describeMentions(doc: TokenizedArticle, found: { entities: EntityCandidate[]; mentions: MentionCandidate[] }): DescribedMention[] {
  const evidence = mentionEvidence(doc, found);
  return found.mentions.map((m, i) => ({ entityKey: m.entityKey, start: m.start, end: m.end, paragraph: m.paragraph, form: evidence[i].form, confidence: mentionConfidence(evidence[i]) }));
}
