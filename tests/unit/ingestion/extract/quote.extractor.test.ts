import { annotateArticle } from '../../../../src/ingestion/article.annotator';
import { extractQuotes } from '../../../../src/ingestion/extract/quote.extractor';
import { articleOf, mentionsOf, view, type EntitySpec } from './article.fixture';

const SOLBERG: EntitySpec = { key: 'solberg', type: 'PERSON', names: ['Ingrid Solberg', 'Solberg'], role: 'fisheries minister' };
const IBARRA: EntitySpec = { key: 'ibarra', type: 'PERSON', names: ['Tomás Ibarra', 'Ibarra'] };
const MULLER: EntitySpec = { key: 'muller', type: 'PERSON', names: ['Gaël Müller', 'Müller'] };
const DE_GAULLE: EntitySpec = { key: 'degaulle', type: 'PERSON', names: ['Charles de Gaulle', 'de Gaulle'] };
const NATO: EntitySpec = { key: 'nato', type: 'ORGANIZATION', names: ['NATO', 'Atlantic Alliance'] };
const PORT: EntitySpec = { key: 'port', type: 'ORGANIZATION', names: ['Port of Bergen', 'port authority'] };
const NORWAY: EntitySpec = { key: 'norway', type: 'LOCATION', names: ['Norway'] };
const RUIZ: EntitySpec = { key: 'ruiz', type: 'PERSON', names: ['Ana Ruiz', 'Ruiz'] };
const BERG: EntitySpec = { key: 'berg', type: 'PERSON', names: ['Ola Berg', 'Berg'] };
const TIMES: EntitySpec = { key: 'times', type: 'ORGANIZATION', names: ['Bergen Times'] };

/** Extracts the quotes of `paragraphs` with mentions of `specs`, as a reader sees them. */
function quotesOf(paragraphs: string[], specs: EntitySpec[]) {
  const article = articleOf(paragraphs);
  return extractQuotes(article, mentionsOf(article, specs)).map((q) => ({ ...view(article, q), confidence: q.confidence }));
}

describe('extractQuotes: spans', () => {
  it('gives the words inside the marks, the paragraph index and the cue span', () => {
    const article = articleOf(['Nothing quoted here.', '“We will not sign,” Ingrid Solberg pointed out.']);
    const [q] = extractQuotes(article, mentionsOf(article, [SOLBERG]));
    expect(article.body.slice(q.start, q.end)).toBe('We will not sign,');
    expect(q.paragraph).toBe(1);
    expect(article.body.slice(q.cue!.start, q.cue!.end)).toBe('pointed out');
  });
});

describe('extractQuotes: two-character marks', () => {
  it("attributes ``…'' and ''…'' quotes like curly ones, with exactly the words inside as the span", () => {
    const article = articleOf(["``The quota stays,'' Solberg stressed on Monday. ''We won't move,'' said Ola Berg, the port's pilot."]);
    const quotes = extractQuotes(article, mentionsOf(article, [SOLBERG, BERG]));
    expect(quotes.map((q) => article.body.slice(q.start, q.end))).toEqual(['The quota stays,', "We won't move,"]);
    expect(quotes.map((q) => view(article, q))).toMatchObject([
      { speaker: 'Solberg', key: 'solberg', cue: 'stressed', isStatement: true },
      { speaker: 'Ola Berg', key: 'berg', cue: 'said', isStatement: true },
    ]);
  });

  it('finds no quote in possessives and contractions', () => {
    expect(quotesOf(["Solberg's aides didn't answer, and Norway's '90s rules weren't changed."], [SOLBERG, NORWAY])).toEqual([]);
  });
});

describe('extractQuotes: speakers next to a cue', () => {
  it('takes a name before the cue', () => {
    expect(quotesOf(['“The quota stays,” Solberg stressed on Monday.'], [SOLBERG])[0]).toMatchObject({
      speaker: 'Solberg', key: 'solberg', cue: 'stressed', attribution: 'EXPLICIT',
    });
  });

  it('takes a name after the cue and leaves out its appositive', () => {
    expect(quotesOf(['“The quota stays,” said Ingrid Solberg, Norway’s fisheries minister.'], [SOLBERG, NORWAY])[0]).toMatchObject({
      speaker: 'Ingrid Solberg', key: 'solberg', cue: 'said', attribution: 'EXPLICIT',
    });
  });

  it('takes a titled name before a colon-introduced quote', () => {
    expect(quotesOf(['Finance Minister Tomás Ibarra said: “The budget is balanced.”'], [IBARRA])[0]).toMatchObject({
      speaker: 'Finance Minister Tomás Ibarra', key: 'ibarra', cue: 'said', attribution: 'EXPLICIT',
    });
  });

  it('skips an appositive and a party label between the name and the cue', () => {
    const [q] = quotesOf(['“We stay,” Tomás Ibarra (D-Wis.), the finance minister, told reporters.'], [IBARRA]);
    expect(q).toMatchObject({ speaker: 'Tomás Ibarra', key: 'ibarra', cue: 'told' });
  });

  it('reads a name with a lower-case particle', () => {
    expect(quotesOf(['“France has lost a battle,” Charles de Gaulle declared.'], [DE_GAULLE])[0]).toMatchObject({
      speaker: 'Charles de Gaulle', key: 'degaulle',
    });
  });

  it('takes the speaker of “according to X” earlier in the sentence', () => {
    expect(quotesOf(['According to Gaël Müller, the fleet has grown and “will keep growing.”'], [MULLER])[0]).toMatchObject({
      speaker: 'Gaël Müller', key: 'muller', cue: 'According to', attribution: 'ACCORDING_TO',
    });
  });

  it('takes the agent of a passive “by X”', () => {
    expect(quotesOf(['The pullback was “not seen as real” by NATO, which wants proof.'], [NATO])[0]).toMatchObject({
      speaker: 'NATO', key: 'nato', attribution: 'EXPLICIT',
    });
  });

  it('takes a name after a dash', () => {
    expect(quotesOf(['“Nobody asked the fishermen.” ― Gaël Müller'], [MULLER])[0]).toMatchObject({ speaker: 'Gaël Müller', key: 'muller' });
  });

  it('takes the speaker of a short sentence after a question', () => {
    expect(quotesOf(['“Who pays for the fleet?” Müller asked.'], [MULLER])[0]).toMatchObject({ speaker: 'Müller', key: 'muller', cue: 'asked' });
  });

  it('gives both halves of a split quote the same speaker', () => {
    const [first, second] = quotesOf(['“The first part,” Ingrid Solberg said, “and the second part.”'], [SOLBERG]);
    expect(first).toMatchObject({ text: 'The first part,', key: 'solberg' });
    expect(second).toMatchObject({ text: 'and the second part.', key: 'solberg', speaker: 'Ingrid Solberg' });
  });
});

describe('extractQuotes: attribution syntax', () => {
  it('takes a speaker after an inverted cue other than said', () => {
    expect(quotesOf(['“Catches fell by a third,” reported the Bergen Times.'], [TIMES])[0]).toMatchObject({
      speaker: 'the Bergen Times', key: 'times', cue: 'reported',
    });
  });

  it('reads a verb of naming as a cue', () => {
    expect(quotesOf(['Solberg described the plan as “a grave mistake for the whole fleet.”'], [SOLBERG])[0]).toMatchObject({
      speaker: 'Solberg', key: 'solberg', cue: 'described', isStatement: true,
    });
  });

  it('reads a date with a slash and a mis-decoded name inside a speaker phrase', () => {
    expect(quotesOf(['“We remember every boat,” said 9/11 widow FranÃ§oise Dupont.'], [])[0]).toMatchObject({
      speaker: '9/11 widow FranÃ§oise Dupont', cue: 'said',
    });
  });

  it('prefers a name introducing the quote with a colon to the pronoun after it', () => {
    expect(quotesOf(['Solberg scolded him: “You have not read the report,” she said.'], [SOLBERG])[0]).toMatchObject({
      speaker: 'Solberg', key: 'solberg', cue: 'scolded', attribution: 'EXPLICIT',
    });
  });

  it('leaves a short sentence that leads into the next quote to that quote', () => {
    const quotes = quotesOf(['“We stay,” Müller said. “The quota is fair.” Fleet spokesman Ola Berg added, “It is not.”'], [MULLER, BERG]);
    expect(quotes.map((q) => [q.text, q.speaker, q.attribution])).toEqual([
      ['We stay,', 'Müller', 'EXPLICIT'],
      ['The quota is fair.', 'Müller', 'CONTINUATION'],
      ['It is not.', 'Fleet spokesman Ola Berg', 'EXPLICIT'],
    ]);
  });

  it('takes the subject of a gerund cue in a sentence opened by a stray mark', () => {
    const [q] = quotesOf(['"Müller walked onto the quay, chanting “No quota, no fish!”'], [MULLER]);
    expect(q).toMatchObject({ text: 'No quota, no fish!', speaker: 'Müller', cue: 'chanting' });
  });

  it('takes the subject of a sentence that ends in a colon before a paragraph-opening quote, past an opening phrase', () => {
    const [q] = quotesOf(['On May 3, 2016, Solberg made this comment:', '“The quota stays where it is.”'], [SOLBERG]);
    expect(q).toMatchObject({ speaker: 'Solberg', key: 'solberg', attribution: 'SUBJECT' });
  });

  it('does not end a sentence at the dot of a title abbreviation such as Del.', () => {
    const quotes = quotesOf(['“This is our year!” Ruiz’s niece, state Del. Ana Ruiz, shouted to the crowd.'], [RUIZ]);
    expect(quotes[0]).toMatchObject({ speaker: 'Ruiz’s niece', cue: 'shouted' });
  });
});

describe('extractQuotes: terms, titles and nicknames', () => {
  it('marks a Title Case quote after a preposition, determiner or possessive as a title, even with a cue', () => {
    const quotes = quotesOf(['Ibarra told NRK’s “State of the Fleet” on Monday that the quota stays.'], [IBARRA]);
    expect(quotes[0]).toMatchObject({ text: 'State of the Fleet', isStatement: false, speaker: null });
  });

  it('keeps a Title Case quote that opens its sentence next to its cue a statement', () => {
    expect(quotesOf(['“Make Fishing Great Again,” Ibarra said.'], [IBARRA])[0]).toMatchObject({ isStatement: true, key: 'ibarra' });
  });

  it('marks a Title Case quote standing as its own paragraph as a title, but not one inside a headline', () => {
    const quotes = quotesOf(['‘Legend of the Northern Fleet.’', 'Fishermen Rally Against ‘Quota Madness.’'], []);
    expect(quotes.map((q) => [q.text, q.isStatement])).toEqual([
      ['Legend of the Northern Fleet.', false],
      ['Quota Madness.', true],
    ]);
  });

  it('keeps a short sentence with lower-case small words a statement', () => {
    expect(quotesOf(['“Neither do I.” The room went quiet.'], [])[0]).toMatchObject({ isStatement: true });
  });

  it('marks a quote after “so-called” as a scare quote even with a cue in the sentence', () => {
    const [q] = quotesOf(['Solberg said the so-called “quota reform plan” would fail.'], [SOLBERG]);
    expect(q).toMatchObject({ isStatement: false, speaker: null });
  });

  it('keeps a nickname out of the statements and out of the way of the attribution', () => {
    const quotes = quotesOf(['“This is our year!” Ruiz’s niece, Ana “Nana” Ruiz, shouted. “The nation is watching.”'], [RUIZ]);
    expect(quotes.map((q) => [q.text, q.isStatement, q.speaker])).toEqual([
      ['This is our year!', true, 'Ruiz’s niece'],
      ['Nana', false, null],
      ['The nation is watching.', true, 'Ruiz’s niece'],
    ]);
  });
});

describe('extractQuotes: pronouns and phrases', () => {
  it('resolves he to the last person named outside quotes', () => {
    const quotes = quotesOf(['Tomás Ibarra met Ingrid Solberg in Oslo. Solberg spoke first.', '“Nothing was agreed,” she said.'], [IBARRA, SOLBERG]);
    expect(quotes[0]).toMatchObject({ speaker: 'she', key: 'solberg', attribution: 'PRONOUN' });
  });

  it('skips a person whose honorific gives the other gender', () => {
    const quotes = quotesOf(['Ms. Solberg met Mr. Ibarra.', '“Nothing was agreed,” she said.'], [IBARRA, SOLBERG]);
    expect(quotes[0]).toMatchObject({ speaker: 'she', key: 'solberg' });
  });

  it('does not resolve a person named only inside a quote', () => {
    const quotes = quotesOf(['Ingrid Solberg spoke first.', '“Ask Tomás Ibarra,” he said.'], [IBARRA, SOLBERG]);
    expect(quotes[0]).toMatchObject({ speaker: 'he', key: 'solberg' });
  });

  it('resolves it to the last organization', () => {
    expect(quotesOf(['NATO met on Monday. “We are ready,” it said.'], [NATO])[0]).toMatchObject({ speaker: 'it', key: 'nato', attribution: 'PRONOUN' });
  });

  it('resolves a spokesman for an organization to that organization', () => {
    const [q] = quotesOf(['“The quay is closed,” said a spokesman for the port authority.'], [PORT]);
    expect(q).toMatchObject({ speaker: 'a spokesman for the port authority', key: 'port', attribution: 'PHRASE' });
  });

  it('resolves “the alliance” back to the organization named before', () => {
    const [q] = quotesOf(['NATO met in Brussels. “We remain cautious,” the alliance said.'], [NATO]);
    expect(q).toMatchObject({ speaker: 'the alliance', key: 'nato', attribution: 'PHRASE' });
  });

  it('resolves “the minister” to the person holding that role', () => {
    const [q] = quotesOf(['Tomás Ibarra and Ingrid Solberg met.', '“The quota stays,” the minister said.'], [IBARRA, SOLBERG]);
    expect(q).toMatchObject({ speaker: 'the minister', key: 'solberg' });
  });

  it('leaves an unnamed speaker unresolved instead of guessing the last person', () => {
    const [q] = quotesOf(['Ingrid Solberg arrived late.', '“She has no mandate,” said a senior diplomat.'], [SOLBERG]);
    expect(q).toMatchObject({ speaker: 'a senior diplomat', key: null });
  });
});

describe('extractQuotes: quotes without a cue', () => {
  it('gives a quote right after an attributed one the same speaker', () => {
    const quotes = quotesOf(['“We stay,” Müller said. “We do not leave.”', '“Not now, not ever.”'], [MULLER]);
    expect(quotes.map((q) => [q.key, q.attribution])).toEqual([
      ['muller', 'EXPLICIT'],
      ['muller', 'CONTINUATION'],
      ['muller', 'CONTINUATION'],
    ]);
  });

  it('gives the first paragraph of a long quote the speaker named in its last paragraph', () => {
    const quotes = quotesOf(['“The first part runs on.', '“The second part ends here,” Solberg said.'], [SOLBERG]);
    expect(quotes.map((q) => q.key)).toEqual(['solberg', 'solberg']);
  });

  it('takes the subject of the sentence, through a copula too', () => {
    const quotes = quotesOf(['NATO has reinforced its ships “to support Norway”. All in all, the Atlantic Alliance is “optimistic, but cautious”.'], [NATO, NORWAY]);
    expect(quotes.map((q) => [q.speaker, q.key, q.attribution])).toEqual([
      ['NATO', 'nato', 'SUBJECT'],
      ['the Atlantic Alliance', 'nato', 'SUBJECT'],
    ]);
  });

  it('marks scare quotes and titles as not statements, with no speaker', () => {
    const quotes = quotesOf(['Müller called it a so-called “peace plan” and cited “The Old Man and the Sea” twice.'], [MULLER]);
    expect(quotes.map((q) => [q.text, q.isStatement, q.key])).toEqual([
      ['peace plan', false, null],
      ['The Old Man and the Sea', false, null],
    ]);
  });

  it('leaves a quote with nobody to attribute it to without a speaker', () => {
    expect(quotesOf(['In the harbour, “nobody knows what comes next.”'], [])[0]).toMatchObject({ speaker: null, key: null, attribution: 'NONE' });
  });
});

describe('extractQuotes: confidence', () => {
  it('follows the dev-calibrated table: a cue with a name or pronoun above a continuation, above a subject, above a far continuation', () => {
    const quotes = quotesOf(
      ['“One,” Müller said. “Two.”', '“Three,” he said.', 'NATO has sent ships “to support Norway”.', '“Four,” Müller said. The boat left at noon. “Five.”'],
      [MULLER, NATO, NORWAY],
    );
    const [explicit, continuation, pronoun, subject, , far] = quotes.map((q) => q.confidence);
    expect(quotes.map((q) => q.attribution)).toEqual(['EXPLICIT', 'CONTINUATION', 'PRONOUN', 'SUBJECT', 'EXPLICIT', 'CONTINUATION']);
    expect(Math.min(explicit, pronoun)).toBeGreaterThan(continuation);
    expect(continuation).toBeGreaterThan(subject);
    expect(subject).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(0);
  });
});

describe('quotes: a people\'s word as the speaker', () => {
  /** The speaker entity of each quote of `paragraphs`, as the whole annotation gives it. */
  const speakers = (...paragraphs: string[]) => {
    const result = annotateArticle(articleOf(paragraphs));
    return result.quotes.map((q) => result.entities.find((e) => e.key === q.speakerKey)?.name ?? null);
  };

  it('gives a quote by "the Italian" or "the Spaniard" no speaker, not the country: one person the text does not name', () => {
    expect(speakers('Ana Quorvle beat Luca Quintelli on Sunday.', '“It was hard,” the Italian said. “I am happy,” said the Spaniard.')).toEqual([null, null]);
  });

  it('keeps the country for a collective people\'s word ("the French said", "the Russians said")', () => {
    expect(speakers('Talks resumed in Geneva.', '“We object,” the French said. “No,” the Russians said.')).toEqual(['France', 'Russia']);
  });
});
