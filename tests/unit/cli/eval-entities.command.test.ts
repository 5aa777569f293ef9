import { formatEntityEvaluation } from '../../../src/cli/eval-entities.command';
import { scoreEntities, type GoldMention, type PredictedMention } from '../../../src/eval/entity-eval';
import { spanOf } from '../../support/span-of';

const text = 'Quorvex Holdings said on Monday that Quorvex would buy Tellan. Ann Brask of Tellan agreed; Brask will stay.';
const gold = (part: string, type: GoldMention['type'], identity: string, from = 0): GoldMention => ({ ...spanOf(text, part, from), type, identity, titled: false });
const said = (part: string, type: PredictedMention['type'], entity: string, from = 0): PredictedMention => ({ ...spanOf(text, part, from), type, entity });
const at = (part: string, n: number) => text.split(part, n).join(part).length;

describe('formatEntityEvaluation', () => {
  it('lists with --errors the linking errors inside documents after the error kinds: the pairs each costs and its mentions by side', () => {
    // Each name: its text, type, gold identity, the entity the product gave it, and which occurrence of the text it is.
    const names: Array<[string, GoldMention['type'], string, string, number]> = [
      ['Quorvex Holdings', 'ORG', '#q', 'o1', 1],
      ['Quorvex', 'ORG', '#q', 'o2', 2],
      ['Tellan', 'ORG', '#t', 'o3', 1],
      ['Ann Brask', 'PER', '#b', 'p1', 1],
      ['Tellan', 'ORG', '#t', 'o3', 2],
      ['Brask', 'PER', '#b', 'o3', 2],
    ];
    const metrics = scoreEntities([
      {
        id: 'wd-01',
        text,
        gold: names.map(([part, type, identity, , n]) => gold(part, type, identity, at(part, n))),
        predicted: names.map(([part, type, , entity, n]) => said(part, type, entity, at(part, n))),
      },
    ]);
    const report = formatEntityEvaluation('wire.gold.txt', { ...metrics, documents: 1, documentsPerSecond: 10, warmDocumentsPerSecond: 20 }, 0).split('\n');
    const from = report.findIndex((line) => line.startsWith('linking, split'));
    expect(report.slice(from)).toEqual([
      'linking, split (2; one name in gold, several entities in the product; pairs it costs, document: the mentions by side, most pairs first):',
      '     1  wd-01: Quorvex Holdings | Quorvex',
      '     1  wd-01: Ann Brask | Brask',
      '',
      'linking, merged (1; one entity in the product, several names in gold; pairs it costs, document: the mentions by side, most pairs first):',
      '     2  wd-01: Tellan x2 | Brask',
    ]);
    expect(formatEntityEvaluation('wire.gold.txt', { ...metrics, documents: 1, documentsPerSecond: 10, warmDocumentsPerSecond: 20 }, null)).not.toContain('linking, split');
  });
});
