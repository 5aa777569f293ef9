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

  it('reads only body paragraphs, not the title before them', () => {
    const article = articleOf(['The minister spoke at length.'], 'Minister says “no deal” on fish');
    expect(extractQuotes(article, { entities: [], mentions: [] })).toEqual([]);
  });
});
