import fs from 'node:fs';

/** Names and places the synthetic articles are made of (each article combines them differently). */
const givenNames = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Luca'];
const surnames = ['Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrenko', 'Quintero', 'Rasmussen', 'Schneider', 'Tanaka', 'Varga'];
const roles = ['the finance minister', 'the mayor', 'a spokesperson', 'the union leader', 'the chief executive'];
const places = ['Oslo', 'Lisbon', 'Warsaw', 'Vienna', 'Dublin', 'Prague', 'Madrid', 'Helsinki'];
const topics = ['the budget', 'the new railway', 'the fishing quota', 'the harbour plan', 'energy prices', 'the school reform'];

/** One synthetic JSON article: a unique url, title and body, with two attributed quotes. */
export interface SyntheticArticle {
  url: string;
  title: string;
  body: string;
  publishedAt: string;
  source: string;
}

/** The `i`-th synthetic article of `tag` (deterministic; articles of different tags differ in url, title and body). */
export function syntheticArticle(i: number, tag = 'synthetic'): SyntheticArticle {
  const speaker = `${givenNames[i % givenNames.length]} ${surnames[Math.floor(i / givenNames.length) % surnames.length]}`;
  const other = `${givenNames[(i + 5) % givenNames.length]} ${surnames[(i + 3) % surnames.length]}`;
  const place = places[i % places.length];
  const topic = topics[i % topics.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const body = [
    `${place} debated ${topic} on Monday (${tag} report number ${i}).`,
    `“We will not accept ${topic} as it stands,” said ${speaker}, ${roles[i % roles.length]} of ${place}.`,
    `${other} disagreed. “This plan number ${i} is the best we have,” ${other.split(' ')[1]} told reporters in ${place}.`,
  ].join('\n\n');
  return {
    url: `https://example.test/${tag}/${i}`,
    title: `${tag} ${i}: ${place} argues over ${topic}`,
    body,
    publishedAt: `2024-${month}-${day}`,
    source: 'Synthetic Wire',
  };
}

/** Writes `count` synthetic articles to `file` as JSONL (one object a line). */
export function writeSyntheticJsonl(file: string, count: number, tag = 'synthetic'): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify(syntheticArticle(i, tag)));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
