import type { EntityCandidate, MentionCandidate } from '../annotations';
import type { DictionaryHit } from '../lexicon/entity.dictionary';
import { cityKey, countryKey, organizationKey, placeKey } from '../lexicon/entity.keys';
import { isDictionaryWord } from '../lexicon/dictionary-words.lexicon';
import { isCommonWord, isPlaceHead } from '../lexicon/english.lexicon';
import { foldName } from '../lexicon/name.normalize';
import { countryByCode, englishCityName, usStateAbbreviated, withoutAccents } from '../lexicon/place.gazetteer';
import type { TokenizedArticle } from '../extract/article.tokenizer';
import { placeNounAfter } from './locative.context';

/** An entity being built: the surfaces it goes by, how often and first where it is mentioned. */
export interface EntityDraft {
  entity: EntityCandidate;
  surfaces: Set<string>;
  mentions: number;
  firstStart: number;
}

/** The kinds of place the words alone make that fold into the gazetteer's city of their name (foldTownsIntoCities). */
const FOLDED_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'facility']);

/**
 * The entities and mentions of one article as the resolve stage builds them: one draft per entity
 * key (the first `ensure` of a key wins), one mention per naming.
 */
export class EntityRegistry {
  readonly drafts = new Map<string, EntityDraft>();
  readonly mentions: MentionCandidate[] = [];

  constructor(readonly doc: TokenizedArticle) {}

  /** The draft of `entity.key`, made from `entity` when the key is new. */
  ensure(entity: EntityCandidate): EntityDraft {
    let draft = this.drafts.get(entity.key);
    if (!draft) {
      draft = { entity, surfaces: new Set(), mentions: 0, firstStart: Number.MAX_SAFE_INTEGER };
      this.drafts.set(entity.key, draft);
    }
    return draft;
  }

  /**
   * Records a mention of entity `key` over tokens `first`..`last`; its text becomes an alias unless `alias` is false. A place
   * named by a US state's AP abbreviation keeps the abbreviation's dot, which the tokenizer leaves to the sentence ("Calif."
   * of "Fresno, Calif.", "Ill." of "SPRINGFIELD, Ill. (Reuters)"), as CoNLL's tokens and wire annotation do.
   */
  mention(key: string, first: number, last: number, alias = true): void {
    const { tokens, body } = this.doc;
    const start = tokens[first].start;
    const draft = this.drafts.get(key)!;
    const end = tokens[last].end + (draft.entity.type === 'LOCATION' && abbreviationBeforeDot(body, tokens[first].text, first === last, tokens[last].end) ? 1 : 0);
    draft.mentions++;
    draft.firstStart = Math.min(draft.firstStart, start);
    if (alias) draft.surfaces.add(body.slice(start, end));
    this.mentions.push({ entityKey: key, start, end, paragraph: this.doc.segments[tokens[first].segment].paragraph });
  }

  /** The key of the country with this ISO code, its entity made when new. */
  country(code: string): string {
    const c = countryByCode(code);
    const key = countryKey(code);
    this.ensure({ key, type: 'LOCATION', name: c?.name ?? code, aliases: [], kind: 'country', withinKey: null, countryCode: code, demonyms: c?.demonyms ?? [] });
    return key;
  }

  /** The key of the organization of this canonical name, its entity made when new. */
  organization(name: string): string {
    const key = organizationKey(name);
    this.ensure({ key, type: 'ORGANIZATION', name, aliases: [] });
    return key;
  }

  /**
   * The key of the place of this name and kind (within the country, if a code is given), its entity
   * made when new; `listed`: the code is the lists' (a state's, a region's), so it is the place's
   * `countryCode` too, which tells it from places of the same name elsewhere (storePlaceKey), where a
   * country only this article's words give is not.
   */
  place(name: string, kind: string, countryCode: string | null, listed = false): string {
    const key = placeKey(name);
    const within = countryCode ? this.country(countryCode) : null;
    this.ensure({ key, type: 'LOCATION', name, aliases: [], kind, withinKey: within, countryCode: listed ? countryCode : null });
    return key;
  }

  /**
   * Folds each town the article's words alone made ("the town of Bambari", "near Bambari") into the
   * gazetteer's city of that name the article also mentions ("in Bambari"), when exactly one is and no
   * country those words give says otherwise: one entity per place. So too a region or a site the words made of the same name ("east of
   * Regina", "the Punakha valley", "the Rafah crossing", "between Berlin, Hamburg and Munich"), but for a subdivision named
   * with its noun ("Sao Paulo state", "Buenos Aires province": another place than the city). Call once, when every mention is in.
   */
  foldTownsIntoCities(): void {
    const cities = new Map<string, string[]>();
    for (const [key, d] of this.drafts) {
      if (d.entity.geonamesId == null) continue;
      const name = foldName(d.entity.name);
      cities.set(name, [...(cities.get(name) ?? []), key]);
    }
    for (const [key, d] of this.drafts) {
      const { entity } = d;
      if (entity.type !== 'LOCATION' || !FOLDED_KINDS.has(entity.kind ?? '') || entity.geonamesId != null || entity.countryCode) continue;
      const found = cities.get(foldName(entity.name));
      const city = found?.length === 1 ? this.drafts.get(found[0])! : null;
      if (!city || (entity.withinKey && entity.withinKey !== city.entity.withinKey)) continue;
      if (entity.kind !== 'city' && this.namedAsSubdivision(key)) continue;
      this.moveMentions(key, city.entity.key);
    }
  }

  /**
   * Moves to entity `to` the mentions of entity `from` that `moved` picks (all when none is given), their texts becoming `to`'s
   * aliases; `from`'s draft goes when none of its mentions is left.
   */
  moveMentions(from: string, to: string, moved: (m: MentionCandidate) => boolean = () => true): void {
    const source = this.drafts.get(from)!;
    const target = this.drafts.get(to)!;
    for (const m of this.mentions) {
      if (m.entityKey !== from || !moved(m)) continue;
      m.entityKey = to;
      source.mentions--;
      target.mentions++;
      target.firstStart = Math.min(target.firstStart, m.start);
      target.surfaces.add(this.doc.body.slice(m.start, m.end));
    }
    if (source.mentions <= 0) this.drafts.delete(from);
  }

  /** True when a mention of entity `key` has a lower-case noun for a subdivision right after it ("Sao Paulo state", "Buenos Aires province"). */
  private namedAsSubdivision(key: string): boolean {
    const { tokens } = this.doc;
    return this.mentions.some((m) => m.entityKey === key && placeNounAfter(this.doc, tokens.findIndex((t) => t.end === m.end)) === 'region');
  }

  /**
   * The key of a place this article has named in full whose name goes on after the town's `name`, which the first word alone names
   * again: a town's, with a lower-case word ("Newcastle upon Tyne", "Frankfurt am Main": "... to reach Newcastle"), or a region's, with
   * capitalised words that are no English word ("Minas Gerais": "lawmakers in Minas" is the state, not Uruguay's town of Minas); not
   * a place's head or another word English has ("Quorvia Province", "Davao Oriental": other places than the town); or null.
   */
  private placeNamedBefore(name: string): string | null {
    const prefix = `${name} `;
    for (const [key, d] of this.drafts) {
      const e = d.entity;
      if (e.type !== 'LOCATION' || !e.name.startsWith(prefix)) continue;
      const rest = e.name.slice(prefix.length);
      if (e.kind === 'city' ? /^\p{Ll}/u.test(rest) : e.kind === 'region' && rest.split(' ').every((w) => /^\p{Lu}/u.test(w) && isNoEnglishWord(foldName(w)))) return key;
    }
    return null;
  }

  /**
   * The key of the entity a dictionary hit names (a demonym names its country), its entity made when new; a town's first word alone after
   * its full name, the place named so (placeNamedBefore).
   */
  entityFor(hit: DictionaryHit): string {
    switch (hit.type) {
      case 'ORGANIZATION':
        return this.organization(hit.name);
      case 'COUNTRY':
      case 'DEMONYM':
        return this.country(hit.country.code);
      case 'REGION':
        return this.place(withoutAccents(hit.name), hit.kind, hit.countryCode, true);
      case 'CITY': {
        const { city } = hit;
        const name = englishCityName(city);
        const longer = this.placeNamedBefore(name);
        if (longer) return longer;
        const within = this.country(city.countryCode);
        const key = cityKey(city.countryCode, name);
        this.ensure({ key, type: 'LOCATION', name, aliases: [], kind: 'city', withinKey: within, countryCode: city.countryCode, geonamesId: city.geonamesId });
        return key;
      }
    }
  }
}

/** True for a folded word that is no English word, the dictionary's, the common words' or a place's head ("gerais", not "oriental", "province"). */
function isNoEnglishWord(key: string): boolean {
  return !isCommonWord(key) && !isDictionaryWord(key) && !isPlaceHead(key);
}

/** True when the one-token `text` ending at `end` is a US state's AP abbreviation ("Calif", "W.Va") written before its dot. */
function abbreviationBeforeDot(body: string, text: string, oneToken: boolean, end: number): boolean {
  return oneToken && end < body.length && body.charCodeAt(end) === 46 && !text.endsWith('.') && !!usStateAbbreviated(text, true);
}
