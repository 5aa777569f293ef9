import { surfaceOf, tokenizeArticle } from '../../../../src/ingestion/extract/article.tokenizer';
import { classifyEntities } from '../../../../src/ingestion/extract/entity.classifier';
import { articleFrom } from './entity.article-builder';

/** Each finding of the article of `lines` as "kind:text" (an organization's also with the name it is given, when that differs). */
function kinds(...lines: string[]): string[] {
  const doc = tokenizeArticle(articleFrom(lines));
  return classifyEntities(doc).map((f) => {
    const text = surfaceOf(doc, f.first, f.last);
    return f.kind === 'org' && f.name !== text ? `org:${text}=${f.name}` : `${f.kind}:${text}`;
  });
}

describe('companies named after their founders', () => {
  it('reads a name whose possessive owns nothing (a verb or, after "at", a preposition or punctuation follows it) as the business named so, with its title and at every mention', () => {
    expect(kinds('Quorvel\'s said its sales rose.')).toContain("org:Quorvel's");
    expect(kinds('Her canvas sold at Tellane\'s in Paris in 2019.')).toContain("org:Tellane's");
    expect(kinds('Dr. Quorvani\'s Laboratories will pay $640 million.', 'Dr. Quorvani\'s rose 3.2 percent in Mumbai.', 'Bankers advised Dr. Quorvani\'s board.')).toEqual(expect.arrayContaining(["org:Dr. Quorvani's Laboratories", "org:Dr. Quorvani's=Dr. Quorvani's Laboratories"]));
    // A possessive that owns the word after it stays a person's: a noun ("rose garden"), a verb's form before no figure, a given name before it.
    expect(kinds('Quorvel\'s rose garden was open.')).toContain('partial:Quorvel');
    expect(kinds('Ann Quorvel\'s said it before.')).toContain('person:Ann Quorvel');
    expect(kinds('Ann Lee\'s book sold well.')).toContain('person:Ann Lee');
    expect(kinds('The final is at Quorvel\'s Stadium in May.')).not.toContain("org:Quorvel's");
  });

  it('reads a name in full before an apposition an organization\'s noun heads as that organization, not before a verb ("the group said")', () => {
    expect(kinds('Grant Quorvale, the accounting firm, was fined by the regulator.')).toContain('org:Grant Quorvale');
    expect(kinds('Aston Quintell, the British carmaker, cut 170 jobs.')).toContain('org:Aston Quintell');
    expect(kinds('Ann Lee, the company said, will step down.')).toContain('person:Ann Lee');
    expect(kinds('Ann Lee, the group\'s founder, said the plan would fail.')).toContain('person:Ann Lee');
  });

  it('keeps a person before a comma and a clause whose subject an organization\'s noun and an "of" phrase make ("..., the government of President Ann Tellan is")', () => {
    expect(kinds('A year after the fall of Tom Quorvel, the government of President Ann Tellan is staking its recovery on a deal.')).toContain('person:Tom Quorvel');
    expect(kinds('Grant Quorvale, the accounting firm of Ann Tellan, was fined by the regulator.')).toContain('org:Grant Quorvale');
  });

  it('reads a name in full after a kind of organization, a deal\'s word, or before what only a company does or has as an organization', () => {
    expect(kinds('He joined the law firm Pemberly Hale in 2004.')).toContain('org:Pemberly Hale');
    expect(kinds('Investors sold shares in Marlow Quince on Monday.')).toContain('org:Marlow Quince');
    expect(kinds('Brellow Hastings, which makes car parts, said profit fell.')).toContain('org:Brellow Hastings');
    expect(kinds('Aston Quintell said it would cut 170 jobs.')).toContain('org:Aston Quintell');
    expect(kinds('Marlow Quince\'s chief executive resigned.')).toContain('org:Marlow Quince');
  });

  it('reads a name set off by commas after a kind of organization\'s noun phrase as that organization, the sentence going on after it', () => {
    expect(kinds('Auditors at a small Manchester firm, Hollins Quarby, raised questions.')).toContain('org:Hollins Quarby');
    expect(kinds('After leaving the company, Marcus Webb, the former finance chief, joined a rival.')).toContain('person:Marcus Webb');
    expect(kinds('At the bank, Ann Lee, head of trading, said rates would rise.')).toContain('person:Ann Lee');
    expect(kinds('His counterpart in the ruling party, Marcus Webb, said the deal would hold.')).toContain('person:Marcus Webb');
    expect(kinds('Leaders of the party, Ann Lee, Marcus Webb and Tom Hill, met.')).toContain('person:Ann Lee');
  });

  it('reads a name no list knows a word of after a trade\'s or a kind\'s noun no determiner opens as the company it labels, before any verb; a listed name or "the" keeps the person', () => {
    expect(kinds('Gold rose and state miner Quorvika Tambaro rose 2 percent.')).toContain('org:Quorvika Tambaro');
    expect(kinds('A trader at investment firm Quorvika Tambaro was found guilty.')).toContain('org:Quorvika Tambaro');
    expect(kinds('Coal miner Tavita Logan died on Monday.')).toContain('person:Tavita Logan');
    expect(kinds('The advocacy group Quorvika Tambaro set up the fund.')).not.toContain('org:Quorvika Tambaro');
  });

  it('reads a name with a listed given name before "the" and a trade\'s noun ranked by size or owned as a body as that company; a person\'s trade or sign keeps the person', () => {
    expect(kinds('Marcus Quorvel, the world\'s largest chocolate maker, said volumes fell.')).toContain('org:Marcus Quorvel');
    expect(kinds('Ann Tellvik, the country\'s second-largest tanker operator, said rates rose.')).toContain('org:Ann Tellvik');
    expect(kinds('Tom Brevalle, the state-owned miner, said output fell.')).toContain('org:Tom Brevalle');
    expect(kinds('Ann Tellvik, a coal miner, said the pit was unsafe.')).toContain('person:Ann Tellvik');
    expect(kinds('Ann Tellvik, the town\'s oldest cheese maker, said the milk was late.')).toContain('person:Ann Tellvik');
    expect(kinds('Ann Tellvik, the world\'s busiest film producer, said the script was late.')).toContain('person:Ann Tellvik');
    expect(kinds('Marcus Quorvel, the world\'s largest chocolate maker, said volumes fell.', 'Mr. Quorvel said he was confident.')).toContain('person:Marcus Quorvel');
  });

  it('keeps a person where a person\'s words stand: a verb after the kind\'s noun, "said it was", a possessive holding, a relative clause', () => {
    expect(kinds('The group Ann Lee founded in 1990 has 300 members.')).toContain('person:Ann Lee');
    expect(kinds('Marcus Webb said it was unfair.')).toContain('person:Marcus Webb');
    expect(kinds('Shares of Ann Lee\'s company fell 4 percent.')).not.toContain('org:Ann Lee');
    expect(kinds('Marcus Webb\'s chief of staff resigned.')).toContain('person:Marcus Webb');
  });

  it('types every mention of the name so, and its last word alone as that company, unless a mention shows a person', () => {
    expect(kinds('Aston Quintell, the carmaker, cut jobs.', 'Aston Quintell sold 900 cars.', 'Analysts said Quintell could recover.')).toEqual([
      'org:Aston Quintell',
      'org:Aston Quintell',
      'org:Quintell=Aston Quintell',
    ]);
    expect(kinds('Aston Quintell said it would cut jobs.', 'Quintell said he was sorry.')).not.toContain('org:Aston Quintell');
  });

  it('reads a name as the company the article names with the same words and a legal form ("Veritor Bio" of "Veritor Bio Inc.")', () => {
    expect(kinds('Quorveta Bio soars as drug slows decline', 'Quorveta Bio Inc. shares more than doubled.')).toEqual(['org:Quorveta Bio=Quorveta Bio Inc.', 'org:Quorveta Bio Inc.']);
    expect(kinds('Marlow Quince and Co cut prices.', 'Marlow Quince sold 900 stores.')).toContain('org:Marlow Quince=Marlow Quince and Co');
  });

  it('reads one word a company may be named by (no ordinary word but a company\'s) as an organization by such a sign, not one a person in full bears', () => {
    expect(kinds('Quorvetti\'s chief executive said the carmaker would sell more cars.')).toContain('org:Quorvetti');
    expect(kinds('Kent County Republican headquarters opened.')).not.toContain('org:Republican');
    expect(kinds('Enzo Quorvetti met staff.', 'Quorvetti\'s chief executive said sales rose.')).not.toContain('org:Quorvetti');
  });

  it('reads such a word as the company though a person in full bears it where the article names an organization it opens ("Mollerup shares jumped")', () => {
    const family = ['Quorvelund Holdings backs the deal.', 'Quorvelund shares jumped 27%.', 'Chairman Henrik Quorvelund will join the board.'];
    expect(kinds(...family)).toContain('org:Quorvelund');
    expect(kinds(...family, 'Quorvelund said he was pleased.')).not.toContain('org:Quorvelund');
    expect(kinds('Quorvelund shares jumped 27%.', 'Chairman Henrik Quorvelund will join the board.')).not.toContain('org:Quorvelund');
  });
});
