import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { QUOTE_EXPORT_COLUMNS, QuoteExportFormat, QuoteExportRow, quoteExportSerializer } from '../../../src/services/quote-export.format';
import { parseCsv } from '../../support/rfc4180';

/** A record with every field set. */
const record = (overrides: Partial<QuoteExportRow> = {}): QuoteExportRow => ({
  id: 'UXVvdGU6Nw',
  text: 'We cannot allow that',
  start: 1729,
  end: 1966,
  paragraph: 2,
  speakerName: 'Jens Stoltenberg',
  speakerType: 'Person',
  speakerId: 'UGVyc29uOjU',
  speakerMention: 'he',
  cue: 'assured',
  attribution: 'PRONOUN',
  confidence: 0.99,
  articleId: 'QXJ0aWNsZTox',
  articleTitle: 'NATO does not see a military de-escalation of Russia, but appreciates diplomatic advances',
  articleUrl: null,
  publishedAt: '2024-05-18',
  kind: 'DIRECT',
  ...overrides,
});

/** The text `quoteExportSerializer(format)` writes for `records`, through a pipeline as the export runs it. */
async function serialize(format: QuoteExportFormat, records: QuoteExportRow[]): Promise<string> {
  const pieces: Buffer[] = [];
  await pipeline(
    Readable.from(records),
    quoteExportSerializer(format),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        pieces.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(pieces).toString('utf8');
}

describe('quoteExportSerializer: CSV', () => {
  it('writes the header and records exactly as the README shows, CRLF after each', async () => {
    expect(await serialize('csv', [record()])).toBe(
      'id,text,start,end,paragraph,speakerName,speakerType,speakerId,speakerMention,cue,attribution,confidence,articleId,articleTitle,articleUrl,publishedAt,kind\r\n' +
        'UXVvdGU6Nw,We cannot allow that,1729,1966,2,Jens Stoltenberg,Person,UGVyc29uOjU,he,assured,PRONOUN,0.99,QXJ0aWNsZTox,' +
        '"NATO does not see a military de-escalation of Russia, but appreciates diplomatic advances",,2024-05-18,DIRECT\r\n',
    );
  });

  it('writes the header even when no quote matches', async () => {
    expect(parseCsv(await serialize('csv', []))).toEqual([[...QUOTE_EXPORT_COLUMNS]]);
  });

  it('writes nulls as empty fields and numbers as JavaScript does', async () => {
    const nulls = record({ paragraph: null, speakerName: null, speakerType: null, speakerId: null, speakerMention: null, cue: null, confidence: 0, start: 0 });
    const [, fields] = parseCsv(await serialize('csv', [nulls]));
    expect(fields).toEqual(['UXVvdGU6Nw', 'We cannot allow that', '0', '1966', '', '', '', '', '', '', 'PRONOUN', '0', 'QXJ0aWNsZTox', nulls.articleTitle, '', '2024-05-18', 'DIRECT']);
  });

  it('quotes what RFC 4180 asks to (comma, double quote, CR, LF, CRLF) and nothing else, and a parser gets every value back', async () => {
    const texts = ['', 'x', '"', '""', ',', 'a "b", c', 'line\r\nbreak', 'lf\nonly', 'cr\ronly', 'ends with cr\r', ' spaced ', 'Zürich “quoted” 🙂', "'=1+1", 'a=SUM(A1)'];
    const text = await serialize('csv', texts.map((t) => record({ text: t })));
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(QUOTE_EXPORT_COLUMNS);
    expect(rows.map((r) => r[1])).toEqual(texts);
    expect(text).toContain(',x,');
    expect(text).toContain(',"""""",'); // "" -> """"""
    expect(text).toContain(',"a ""b"", c",');
    expect(text).toContain(',"lf\nonly",');
    expect(text).toContain(',"cr\ronly",');
    expect(text).toContain(', spaced ,');
    expect(text).toContain(",'=1+1,"); // already starts with a quote: left as it is
  });

  it("neutralises cells a spreadsheet would run as a formula (= + - @ tab CR first) with a ' in front, in every text column", async () => {
    const texts = ['=SUM(A1)', '+1 or -1', '-the first word', '@mention', '\tindented', '\rreturn', '=HYPERLINK("http://evil.example","click")'];
    const rows = texts.map((t) => record({ text: t, articleTitle: t, speakerMention: t }));
    const [, ...parsed] = parseCsv(await serialize('csv', rows));
    const expected = texts.map((t) => `'${t}`);
    expect(parsed.map((r) => r[1])).toEqual(expected);
    expect(parsed.map((r) => r[8])).toEqual(expected);
    expect(parsed.map((r) => r[13])).toEqual(expected);
    // Numbers and harmless texts are untouched; a formula sign inside a text is not at its start.
    const [, plain] = parseCsv(await serialize('csv', [record({ text: 'a = b + c - d @ e', start: 0 })]));
    expect(plain.slice(1, 4)).toEqual(['a = b + c - d @ e', '0', '1966']);
  });
});

describe('quoteExportSerializer: NDJSON', () => {
  it('writes one JSON object a line, keys in column order, nulls as null', async () => {
    const text = await serialize('ndjson', [record(), record({ text: 'two\nlines "quoted"', speakerName: null })]);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line));
    expect(Object.keys(first)).toEqual(QUOTE_EXPORT_COLUMNS);
    expect(first).toEqual(record());
    expect(second).toMatchObject({ text: 'two\nlines "quoted"', speakerName: null, articleUrl: null });
  });

  it('keeps the column order whatever order a record was built in', async () => {
    const reversed = Object.fromEntries(Object.entries(record()).reverse()) as unknown as QuoteExportRow;
    expect(Object.keys(JSON.parse(await serialize('ndjson', [reversed])))).toEqual(QUOTE_EXPORT_COLUMNS);
  });

  it('keeps texts exactly as stored, a formula-like one included (only CSV neutralises)', async () => {
    const text = '=HYPERLINK("http://evil.example","click")';
    expect(JSON.parse(await serialize('ndjson', [record({ text, articleTitle: text })]))).toMatchObject({ text, articleTitle: text });
  });

  it('writes nothing when no quote matches', async () => {
    expect(await serialize('ndjson', [])).toBe('');
  });
});
