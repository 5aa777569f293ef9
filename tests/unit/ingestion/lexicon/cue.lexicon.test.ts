import { findCues, findNominalCues, isAddresseeCueForm, isGerund, isInvertible, isPersonalCueForm } from '../../../../src/ingestion/lexicon/cue.lexicon';

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

  it('reads whole runs of word characters, and only what lies between from and to', () => {
    // Hyphens, apostrophes and letters past ASCII hold a run together: no cue inside "re-said", "said’s", "saidé".
    expect(cuesIn('She re-said it; the said’s form; saidé; “said” — noted.')).toEqual([['said', 'say'], ['noted', 'note']]);
    // White space of any kind between the two words of a pair; a line break too.
    expect(cuesIn('They pointed\n  out the flaw.')).toEqual([['pointed\n  out', 'point out']]);
    const body = 'Quorvle unsaid it and noted more.';
    // A window cuts runs: starting inside "unsaid" it reads "said"; ending inside "noted" it reads no cue.
    expect(findCues(body, 10, body.length).map((c) => body.slice(c.start, c.end))).toEqual(['said', 'noted']);
    expect(findCues(body, 0, body.indexOf('ted'))).toEqual([]);
  });

  it('ends a run at General Punctuation (dashes, an ellipsis) but not at a character past it or at an astral one', () => {
    expect(cuesIn('said\u2014noted\u2026added')).toEqual([['said', 'say'], ['noted', 'note'], ['added', 'add']]);
    expect(cuesIn('said\u2070 noted\u{1F600} added')).toEqual([['added', 'add']]);
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

  it('finds a nominal cue where white space and "that" or "to" follow the noun, the noun a whole run of ASCII word characters', () => {
    const nominal = (body: string, from = 0, to = body.length) => findNominalCues(body, from, to).map((c) => [c.start, c.end, c.lemma]);
    expect(nominal('Her view that it works, their calls  to act.')).toEqual([
      [4, 8, 'view'],
      [30, 35, 'calls'],
    ]);
    // No cue inside a longer word ("preview", "plansX"), before "today" or a capitalised "That", or with no white space before "that".
    expect(nominal('A preview that ran; plansX to go; a plan today; the hope That; a view,that.')).toEqual([]);
    // A letter past ASCII ends a run of word characters, as a pattern's word boundary does; any white space counts.
    expect(nominal('caféview that; a plan\u00a0to')).toEqual([
      [4, 8, 'view'],
      [17, 21, 'plan'],
    ]);
    // Only what lies between from and to is read: the "that" past `to` is not there.
    expect(nominal('the claim that', 0, 10)).toEqual([]);
    expect(nominal('the claim that', 4)).toEqual([[4, 9, 'claim']]);
  });
});
