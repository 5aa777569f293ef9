import fc from 'fast-check';
import { annotateArticle } from '../../../src/ingestion/article.annotator';
import { articleOf } from './extract/article.fixture';

/** The names of Object.prototype's own properties ("constructor", "toString", "__proto__"...): words a lookup in a plain object finds without anyone listing them. */
const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype);

/** Frames that put a word where the rules look it up: after a deal noun, before a place's head word, as a title, after a preposition, as a name. */
const FRAMES = [
  'shares W Quorvle rose on Monday.',
  'the W River flooded.',
  'Mr W said on Monday.',
  'a W in Quorvle said the deal was off.',
  'Quorvle W, a W of Tellanet, said.',
  '"We are ready," W said.',
];

describe('annotateArticle on words that are names of properties of every object', () => {
  it.each(PROTOTYPE_WORDS)('annotates text holding "%s" in any case and finds the names around it', (word) => {
    for (const written of [word, word.toLowerCase(), word[0].toUpperCase() + word.slice(1)]) {
      const article = articleOf([...FRAMES.map((frame) => frame.split('W').join(written)), 'Ingrid Quorvex of Tellanet Holdings said on Tuesday.']);
      const { entities } = annotateArticle(article);
      expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ingrid Quorvex', 'Tellanet Holdings']));
    }
  });
});

/**
 * Words the rules read as cues or parts of names (capitalised names, connectors in either case, titles, heads, particles, places
 * the gazetteer knows, given names that are places) and the punctuation between them: any run of them is text an article may hold.
 */
const NEWS_WORDS = [
  'Quorvex', 'Tellan', 'Brellow', 'And', 'and', 'Of', 'of', 'The', 'the', 'For', 'de', 'von', 'der', 'al-', 'bin', 'Bank', 'Group',
  'Ltd', 'Inc', 'Co.', 'University', 'Ministry', 'Party', 'Council', 'FC', 'United', 'City', 'River', 'Ocean', 'Mount', 'St.', 'Mr.',
  'Dr', 'Ma.', 'Sheikh', 'President', 'said', 'told', 'known', 'as', 'in', 'at', 'near', 'on', 'Paris', 'London', 'New', 'York',
  'Jordan', 'Victoria', 'UN', 'NATO', 'Radio', 'III', 'A', 'I', 'In', 'But', '2026', '(', ')', ',', '.', ':', ';', '"', '\u201c',
  '\u201d', "'s", '-', '&', '\u2014', '\n\n',
];

describe('annotateArticle on any run of news words', () => {
  it('returns mentions inside the body for every run, never throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWS_WORDS), { minLength: 1, maxLength: 16 }), (words) => {
        const article = articleOf([words.join(' ')]);
        const { mentions } = annotateArticle(article);
        for (const m of mentions) expect(m.start >= 0 && m.start < m.end && m.end <= article.body.length).toBe(true);
      }),
      { numRuns: 1500, seed: 37 },
    );
  });

  it('annotates a run that a capitalised "And" ends', () => {
    const { entities } = annotateArticle(articleOf(['Ingrid Quorvex met Tellan Brellow And.']));
    expect(entities.map((e) => e.name)).toContain('Ingrid Quorvex');
  });
});
