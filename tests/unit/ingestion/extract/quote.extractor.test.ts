import { extractQuotes } from '../../../../src/ingestion/extract/quote.extractor';
import { articleOf, mentionsOf, view, type EntitySpec } from './article.fixture';

const SOLBERG: EntitySpec = { key: 'solberg', type: 'PERSON', names: ['Ingrid Solberg', 'Solberg'], role: 'fisheries minister' };
const IBARRA: EntitySpec = { key: 'ibarra', type: 'PERSON', names: ['Tomás Ibarra', 'Ibarra'] };
const MULLER: EntitySpec = { key: 'muller', type: 'PERSON', names: ['Gaël Müller', 'Müller'] };
const DE_GAULLE: EntitySpec = { key: 'degaulle', type: 'PERSON', names: ['Charles de Gaulle', 'de Gaulle'] };
const NATO: EntitySpec = { key: 'nato', type: 'ORGANIZATION', names: ['NATO', 'Atlantic Alliance'] };
const PORT: EntitySpec = { key: 'port', type: 'ORGANIZATION', names: ['Port of Bergen', 'port authority'] };
const NORWAY: EntitySpec = { key: 'norway', type: 'LOCATION', names: ['Norway'] };

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
  it('rates an explicit name above a pronoun, and both above a continuation or a subject', () => {
    const quotes = quotesOf(
      ['“One,” Müller said. “Two.”', '“Three,” he said.', 'NATO has sent ships “to support Norway”.'],
      [MULLER, NATO, NORWAY],
    );
    const [explicit, continuation, pronoun, subject] = quotes.map((q) => q.confidence);
    expect(explicit).toBeGreaterThan(pronoun);
    expect(pronoun).toBeGreaterThan(continuation);
    expect(pronoun).toBeGreaterThan(subject);
  });
});
