import { parseJsonArticle } from '../../../../src/ingestion/parse/json-article.parser';

describe('parseJsonArticle', () => {
  it('keeps the body exactly as given and splits paragraphs on blank lines, spans without surrounding whitespace', () => {
    const body = '  First paragraph,\nstill the first.  \n\n \n\tSecond paragraph.\r\n\r\nThird.\n';
    const article = parseJsonArticle(
      { url: 'https://example.com/a', title: 'A title', body, publishedAt: '2016-09-12', source: 'Example' },
      'articles.json',
    );

    expect(article).toMatchObject({
      origin: 'articles.json',
      url: 'https://example.com/a',
      title: 'A title',
      body,
      publishedAt: '2016-09-12',
      source: 'Example',
      section: null,
      dek: null,
      imageCaption: null,
      imageCredit: null,
      subheadings: [],
    });
    expect(article.paragraphs.map((span) => body.slice(span.start, span.end))).toEqual([
      'First paragraph,\nstill the first.',
      'Second paragraph.',
      'Third.',
    ]);
    expect(article.segments).toEqual(
      article.paragraphs.map((span, index) => ({ kind: 'paragraph', ...span, paragraph: index })),
    );
  });

  it('splits on single newlines when the body has no blank line', () => {
    const body = 'One.\nTwo.\r\nThree.';
    const article = parseJsonArticle({ title: 'T', body }, 'a.json');
    expect(article.paragraphs.map((span) => body.slice(span.start, span.end))).toEqual(['One.', 'Two.', 'Three.']);
    expect(article).toMatchObject({ url: null, publishedAt: null, source: null });
  });

  it('accepts http and https URLs in any case and keeps them as written', () => {
    for (const url of ['http://example.com/a', 'https://example.com/a?b=1#c', 'HTTPS://Example.com/A']) {
      expect(parseJsonArticle({ title: 'T', body: 'B', url }, 'a.json').url).toBe(url);
    }
  });

  it('accepts ISO date-times and keeps them as written', () => {
    for (const publishedAt of ['2016-09-12T10:32', '2016-09-12T10:32:05Z', '2016-09-12T10:32:05.123+02:00']) {
      expect(parseJsonArticle({ title: 'T', body: 'B', publishedAt }, 'a.json').publishedAt).toBe(publishedAt);
    }
  });

  it.each([
    [{ title: 'T' }, 'a.json: field "body" is missing'],
    [{ title: 'T', body: 42 }, 'a.json: field "body" must be a string (got a number)'],
    [{ title: 'T', body: ' \n ' }, 'a.json: field "body" is empty'],
    [{ body: 'B' }, 'a.json: field "title" is missing'],
    [{ title: ['T'], body: 'B' }, 'a.json: field "title" must be a string (got an array)'],
    [{ title: 'T', body: 'B', url: 7 }, 'a.json: field "url" must be a string (got a number)'],
    [{ title: 'T', body: 'B', url: 'javascript:alert(1)' }, 'a.json: field "url" must be an http: or https: URL (got a javascript: URL)'],
    [{ title: 'T', body: 'B', url: ' JavaScript:alert(1)' }, 'a.json: field "url" must be an http: or https: URL (got a javascript: URL)'],
    [{ title: 'T', body: 'B', url: 'java\tscript:alert(1)' }, 'a.json: field "url" must be an http: or https: URL (got a javascript: URL)'],
    [{ title: 'T', body: 'B', url: 'data:text/html,<script>alert(1)</script>' }, 'a.json: field "url" must be an http: or https: URL (got a data: URL)'],
    [{ title: 'T', body: 'B', url: 'file:///etc/passwd' }, 'a.json: field "url" must be an http: or https: URL (got a file: URL)'],
    [{ title: 'T', body: 'B', url: 'ftp://example.com/a' }, 'a.json: field "url" must be an http: or https: URL (got a ftp: URL)'],
    [{ title: 'T', body: 'B', url: 'vbscript:msgbox(1)' }, 'a.json: field "url" must be an http: or https: URL (got a vbscript: URL)'],
    [{ title: 'T', body: 'B', url: 'example.com/a' }, 'a.json: field "url" must be an http: or https: URL (got no absolute URL)'],
    [{ title: 'T', body: 'B', publishedAt: 'last Tuesday' }, 'a.json: field "publishedAt" is not an ISO date or date-time: "last Tuesday"'],
    [{ title: 'T', body: 'B', publishedAt: '2016-02-30' }, 'a.json: field "publishedAt" is not an ISO date or date-time: "2016-02-30"'],
    [[{ title: 'T', body: 'B' }], 'a.json: expected an article object with "title" and "body", got an array'],
    ['text', 'a.json: expected an article object with "title" and "body", got a string'],
  ])('rejects %j with a message naming the field', (value, message) => {
    expect(() => parseJsonArticle(value, 'a.json')).toThrow(message);
  });
});
