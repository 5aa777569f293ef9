import { findCues, isAddresseeCueForm, isGerund, isInvertible, isPersonalCueForm } from '../../../../src/ingestion/lexicon/cue.lexicon';

const cuesIn = (body: string) => findCues(body, 0, body.length).map((c) => [body.slice(c.start, c.end), c.lemma]);

describe('cue lexicon', () => {
  it('finds cues with their lemma, a two-word cue winning over its first word', () => {
    expect(cuesIn('He said, then pointed out that she had claimed it; the claim stands, according to aides.')).toEqual([
      ['said', 'say'],
      ['pointed out', 'point out'],
      ['claimed', 'claim'],
      ['according to', 'according to'],
    ]);
  });

  it('tells cues that may come before their speaker, and gerunds', () => {
    const body = '“No,” said Quimby, telling reporters.';
    const [said, telling] = findCues(body, 0, body.length);
    expect(isInvertible(said)).toBe(true);
    expect(isInvertible(telling)).toBe(false);
    expect(isGerund(body, telling)).toBe(true);
  });

  it('gives the finite forms of personal cues as evidence of a person, but not the plural-like forms of noun-like verbs', () => {
    for (const w of ['said', 'says', 'told', 'tells', 'added', 'adds', 'claimed', 'tweeted', 'testified', 'wrote']) expect(isPersonalCueForm(w)).toBe(true);
    for (const w of ['claims', 'states', 'notes', 'reported', 'saying', 'say', 'pointed']) expect(isPersonalCueForm(w)).toBe(false);
  });

  it('knows told and asked take the person spoken to', () => {
    for (const w of ['told', 'tells', 'asked', 'asks']) expect(isAddresseeCueForm(w)).toBe(true);
    for (const w of ['said', 'added', 'cat']) expect(isAddresseeCueForm(w)).toBe(false);
  });
});
