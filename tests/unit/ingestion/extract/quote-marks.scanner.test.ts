import { scanQuoteMarks } from '../../../../src/ingestion/extract/quote-marks.scanner';
import { extractQuotes } from '../../../../src/ingestion/extract/quote.extractor';
import { articleOf } from './article.fixture';

const quotedTexts = (paragraphs: string[]) => {
  const article = articleOf(paragraphs);
  return scanQuoteMarks(article.body, article.paragraphs).map((q) => article.body.slice(q.start, q.end));
};

describe('scanQuoteMarks', () => {
  it('pairs curly, straight and guillemet double quotes', () => {
    expect(quotedTexts(['He said “curly words,” then "straight words" and «guillemet words».'])).toEqual([
      'curly words,',
      'straight words',
      'guillemet words',
    ]);
  });

  it('tells single quotes from apostrophes', () => {
    expect(quotedTexts(['Ukraine’s envoy said ‘we don’t give up’ and the allies’ plans held.'])).toEqual(['we don’t give up']);
  });

  it('pairs a curly opening mark with a closing guillemet and trims the space before it', () => {
    expect(quotedTexts(['“We cannot allow that », Gaël Müller said.'])).toEqual(['We cannot allow that']);
  });

  it('cuts a quote that runs over paragraphs into one piece per paragraph', () => {
    expect(quotedTexts(['“The first part runs on.', '“The second part ends here,” she said.'])).toEqual([
      'The first part runs on.',
      'The second part ends here,',
    ]);
  });

  it('does not scan quotes nested inside a quote', () => {
    expect(quotedTexts(['“He called it ‘a disaster’ twice,” she said.'])).toEqual(['He called it ‘a disaster’ twice,']);
  });

  it('opens no quote at an inch mark or a straight mark right after a word', () => {
    expect(quotedTexts(['The skipper is 6\'2" tall and said "we stay" twice.'])).toEqual(['we stay']);
    expect(quotedTexts(['A review of her logs" found gaps. Then the crew said "we stay" again.'])).toEqual(['we stay']);
  });

  it('opens no quote in a markup attribute', () => {
    expect(quotedTexts(['<tweet author="Harbour Watch" text="the quay is closed for the season">'])).toEqual([]);
  });

  it('drops a stray straight mark before curly-quoted text', () => {
    expect(quotedTexts(['"The crew walked out, chanting “no quota, no fish” all night.'])).toEqual(['no quota, no fish']);
  });

  it('keeps a quote nested with the same marks inside its quote', () => {
    expect(quotedTexts(['“I would rather sail into what they call “the dead zone” than sign,” the skipper said.'])).toEqual([
      'I would rather sail into what they call “the dead zone” than sign,',
    ]);
  });

  it('still ends an unclosed quote at a fresh opening mark that starts a new quote', () => {
    expect(quotedTexts(['“We stay, the skipper said. “We do not sign.” Then she left.'])).toEqual(['We stay, the skipper said.', 'We do not sign.']);
  });

  it('reads only body paragraphs, not the title before them', () => {
    const article = articleOf(['The minister spoke at length.'], 'Minister says “no deal” on fish');
    expect(extractQuotes(article, { entities: [], mentions: [] })).toEqual([]);
  });

  it("pairs double marks typeset as two characters, ``…'' and ''…''", () => {
    expect(quotedTexts(["``The harbour stays open all winter,'' the mayor said."])).toEqual(['The harbour stays open all winter,']);
    expect(quotedTexts(["The mayor said: ''The harbour stays open all winter.'' Then she left."])).toEqual(['The harbour stays open all winter.']);
    expect(quotedTexts(["(``We wait,'' she wrote) and ''we sign'' — and ``we go.''"])).toEqual(['We wait,', 'we sign', 'we go.']);
  });

  it('gives a span of exactly the words inside two-character marks', () => {
    const article = articleOf(["Lena Dahl's reply came fast. ''We're not leaving the '90s behind,'' she said."]);
    const [q] = scanQuoteMarks(article.body, article.paragraphs);
    expect(article.body.slice(q.start, q.end)).toBe("We're not leaving the '90s behind,");
    expect(article.body.slice(q.open, q.close)).toBe("''We're not leaving the '90s behind,''");
    expect(q.closed).toBe(true);
  });

  it('never takes single apostrophes of possessives and contractions next to two-character marks for quotes', () => {
    expect(quotedTexts(["Norway's fleet won't sail, and the skippers' union said ''we don't sign'' in the '80s style."])).toEqual([
      "we don't sign",
    ]);
    expect(quotedTexts(["The Joneses' boat isn't ready; it's the crew's fault, y'all."])).toEqual([]);
    expect(quotedTexts(["Ingrid's verdict: ``the port's plan can't work,'' the union's chief's aide said."])).toEqual([
      "the port's plan can't work,",
    ]);
  });

  it('does not let a single quote close at half of a two-character mark', () => {
    expect(quotedTexts(["In the '70s, the fishermen said ''keep the quota,'' and they kept it."])).toEqual(['keep the quota,']);
  });

  it('opens no two-character quote without its closing marks, unless the next paragraph continues it', () => {
    expect(quotedTexts(["A stray '' mark, a width of 12'' and ''an unclosed remark.", 'The next paragraph.'])).toEqual([]);
    expect(quotedTexts(["``The first part runs on.", "``The second part ends here,'' she said."])).toEqual([
      'The first part runs on.',
      'The second part ends here,',
    ]);
  });
});
