import { tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { agentNoun, agentNounPlural, inflectedWord, isPluralShaped, jobNoun, isRomanizedGivenName, lonelyNameWord, modifiesNoun, nameShaped, pluralOfWord, verbLike } from '../../../../src/ingestion/extract/name-shape.rules';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { articleFrom } from './entity.article-builder';

const token = (word: string) => tokenizeArticle(articleFrom([`the ${word}`])).tokens[1];

describe('name-shape rules', () => {
  it('lets names stand in a name, but not shouting, digits, titles, heads, compass or group words', () => {
    for (const w of ['Stoltenberg', 'Gaël', 'O’Neill']) expect(nameShaped(token(w))).toBe(true);
    for (const w of ['NATO', 'B52', 'Senator', 'Committee', 'River', 'Northern', 'Muslim', 'JosÃ', 'Calif.']) expect(nameShaped(token(w))).toBe(false);
  });

  it('tells a Hong Kong or Taiwan given name ("Chung-tai") from an English compound, and keeps a town-named surname before it', () => {
    for (const w of ['Chung-tai', 'Wai-ching', 'Ka-ki']) expect(isRomanizedGivenName(token(w))).toBe(true);
    for (const w of ['Anti-war', 'Post-debate', 'Self-made', 'Chung-Tai', 'Chung']) expect(isRomanizedGivenName(token(w))).toBe(false);
    // "Cheng" alone is a name of Zhengzhou to the gazetteer.
    const found = extractEntities(articleFrom(['Lawmaker Cheng Chung-tai said the vote was fair.'])).entities.map((e) => `${e.type} ${e.name}`);
    expect(found).toEqual(['PERSON Cheng Chung-tai']);
  });

  it('lets a double-barrelled surname stand alone whatever its second part ends in ("Quorman-Fried"), not an English compound', () => {
    for (const w of ['Quorman-Fried', 'Orlikko-Binding']) expect(lonelyNameWord(token(w))).toBe(true);
    for (const w of ['Hard-Pressed', 'Well-Heeled', 'Overheated']) expect(lonelyNameWord(token(w))).toBe(false);
    const people = extractEntities(articleFrom(["Mr. Quorman-Fried's lawyers asked for leniency."])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people).toEqual(['Quorman-Fried']);
  });

  it('reads a word of the vocabulary the sentence alone capitalised as no organization before its people or its revenue', () => {
    const found = (...lines: string[]): string[] => extractEntities(articleFrom(lines)).entities.map((e) => `${e.type} ${e.name}`);
    expect(found('The plan was approved on Monday. Cabinet spokesman Ana Quorvle said the vote was close.')).toEqual(['PERSON Ana Quorvle']);
    expect(found('Quorvex Tellan Ltd said on Monday that its profit rose. Freight revenue fell sharply.')).toEqual(['ORGANIZATION Quorvex Tellan Ltd']);
    // Written capitalised inside a sentence too, or before its shares: the company.
    expect(found('Fortress spokesman Ana Quorvle said the firm would grow. Analysts at Fortress agreed.')).toContainEqual('ORGANIZATION Fortress');
    expect(found('Markets were calm on Monday. Lantern shares rose sharply after the results.')).toEqual(['ORGANIZATION Lantern']);
  });

  it('reads no inflection in a word whose "-ing" or "-ed" follows one letter ("Ding", "Ping"), but for a past tense ("Led", "Fed")', () => {
    for (const w of ['ding', 'ping', 'bing']) expect(inflectedWord(w)).toBe(false);
    for (const w of ['led', 'fed']) expect(inflectedWord(w)).toBe(true);
    const { entities, mentions } = extractEntities(articleFrom(['Ping Quorlin lost the final on Thursday. Ping said he was proud.']));
    expect(entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Ping Quorlin']);
    expect(mentions).toHaveLength(2);
  });

  it('reads the plural of a noun for whoever does a thing ("Climbers", "Villagers") as a class of people, not as a person who died', () => {
    for (const w of ['climbers', 'mourners', 'villagers', 'hikers', 'sailors']) expect(agentNounPlural(w)).toBe(true);
    for (const w of ['waters', 'powers', 'quorvers', 'rogers', 'climber']) expect(agentNounPlural(w)).toBe(false);
    const people = (line: string) => extractEntities(articleFrom([line])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people('Climbers died on the mountain on Saturday, police said.')).toEqual([]);
    expect(people('Quorvers died in 2020, his family said.')).toEqual(['Quorvers']);
  });

  it('reads a name\'s particle that looks like a plural ("dos") as no plural, so that it stays inside the name', () => {
    expect(pluralOfWord(token('dos'))).toBe(false);
    const people = extractEntities(articleFrom(['Officials said Ana Lucia dos Quorvim welcomed the plan.'])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people).toEqual(['Ana Lucia dos Quorvim']);
  });

  it('tells an inflected English word from a name ending in "-ing", "-ed" or "-ly"', () => {
    for (const w of ['asked', 'clearly', 'citing', 'dragging', 'speaking', 'anti-beijing', 'carried', 'happily', 'stopped']) expect(inflectedWord(w)).toBe(true);
    for (const w of ['torling', 'kipling', 'xiaoping', 'vasstrand', 'quorved', 'tarkly']) expect(inflectedWord(w)).toBe(false);
    expect(lonelyNameWord(token('Quorved'))).toBe(true);
    const people = extractEntities(articleFrom(['Quorved told reporters the truce would hold.'])).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people).toEqual(['Quorved']);
  });

  it('knows a compound in "-man" or "-woman" and a student of a science as nouns for a person, by form, but no name or word so ending', () => {
    for (const w of ['fisherman', 'fisherwoman', 'policewoman', 'volcanologist', 'quorvologist']) expect(agentNoun(w)).toBe(true);
    for (const w of ['freeman', 'newman', 'german', 'talisman', 'human', 'woman']) expect(agentNoun(w)).toBe(false);
  });

  it('knows a noun for a job written small ("Striker") from a name or an acronym', () => {
    for (const w of ['Striker', 'Lawyer', 'Novelist', 'Defender', 'Billionaire']) expect(jobNoun(token(w))).toBe(true);
    for (const w of ['Walker', 'Mitt', 'Vasstrand', 'RT', 'Oversight']) expect(jobNoun(token(w))).toBe(false);
  });

  it('tells English plurals from surnames ending in s', () => {
    expect(isPluralShaped('scholarships')).toBe(true);
    for (const w of ['ross', 'davis', 'thomas', 'james']) expect(isPluralShaped(w)).toBe(false);
    expect(pluralOfWord(token('Democrats'))).toBe(true);
  });

  it('takes a single word for a surname alone only when nothing speaks against it', () => {
    expect(lonelyNameWord(token('Mabry'))).toBe(true);
    for (const w of ['Injecting', 'Education', 'YouTube', 'X']) expect(lonelyNameWord(token(w))).toBe(false);
  });

  it('reads an irregular past tense as a verb though the lexicon tags it a noun ("rose"), so a name before it modifies no noun', () => {
    for (const w of ['rose', 'lost', 'fell', 'led']) expect(verbLike(w)).toBe(true);
    expect(verbLike('percent')).toBe(false);
    const doc = tokenizeArticle(articleFrom(['Support for Quorvle Tellan rose to 34 percent.']));
    expect(modifiesNoun(doc.tokens, doc.tokens.findIndex((t) => t.text === 'Tellan'))).toBe(false);
  });
});
