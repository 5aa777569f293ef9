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
