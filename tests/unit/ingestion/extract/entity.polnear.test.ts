import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../../../src/ingestion/article.annotator';
import { readPolnearFile } from '../../../../src/eval/polnear.reader';
import { CORPUS_DIR } from './entity.seed-article';

const POLNEAR = join(CORPUS_DIR, 'polnear', 'dev.jsonl');
const available = existsSync(POLNEAR);
if (!available) {
  // eslint-disable-next-line no-console
  console.warn(`Entity tests on the PolNeAR dev articles skipped: ${POLNEAR} is missing (the shared corpus is not beside this repository).`);
}

/**
 * What extractEntities finds on real news: the 84 PolNeAR dev articles. How fast it does so is
 * the benchmark's business (`npm run bench:extract`, bench/extract.ts), not a test's: a speed
 * floor fails on a busy machine for no fault of the code.
 */
(available ? describe : describe.skip)('entities in the PolNeAR dev articles', () => {
  const articles = available ? readPolnearFile(POLNEAR).map((p) => p.article) : [];

  it('finds the people the articles are about and no weekday, month or lone function word', () => {
    const names = new Set(articles.flatMap((a) => extractEntities(a).entities.map((e) => e.name)));
    for (const person of ['Hillary Clinton', 'Donald Trump', 'Barack Obama', 'Tim Kaine', 'Mike Pence']) expect(names).toContain(person);
    const junk = ['Monday', 'Tuesday', 'Sunday', 'January', 'September', 'The', 'But', 'In', 'This', 'We', 'According'];
    expect([...names].filter((n) => junk.includes(n))).toEqual([]);
  });
});
