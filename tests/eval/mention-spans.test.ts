import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { readGumFile } from '../../src/eval/gum.reader';
import { readInlineGoldFile } from '../../src/eval/inline-gold.reader';
import { annotateArticle } from '../../src/ingestion/annotate-article';

const WIRE = path.resolve(__dirname, '../fixtures/entities/wire-dev.gold.txt');
const GUM = path.resolve(__dirname, '../../../shared/corpus/entities/gum_news.jsonl');

/**
 * An invariant of annotation on whole articles: a stretch of text is one mention at most. Two rules
 * that each type the same words once made the same mention twice (a club's short form, once per
 * club that ends in it), which doubles counts and facets.
 */
describe('annotation makes at most one mention of each stretch of text', () => {
  const sets = [{ name: 'the invented wire copy', docs: readInlineGoldFile(WIRE) }, ...(existsSync(GUM) ? [{ name: 'GUM', docs: readGumFile(GUM) }] : [])];
  it.each(sets)('on $name', ({ docs }) => {
    const repeated = docs.flatMap(({ id, article }) => {
      const spans = annotateArticle(article).mentions.map((m) => `${m.start}-${m.end}`);
      return spans.filter((s, i) => spans.indexOf(s) !== i).map((s) => `${id} ${s}`);
    });
    expect(repeated).toEqual([]);
  });
});
