import { once } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { quoteFilterFromParameters, writeQuoteExport } from '../../../src/services/quote-export.service';
import { parseCsv } from '../../support/rfc4180';

/** A store row as the export's SELECT gives it (`rowMode: 'array'`), in the order of its SELECT list. */
const sqlRow = (id: number, text = `quote ${id}`): unknown[] => [
  id,
  text,
  10,
  20,
  1,
  'said',
  'she',
  'PRONOUN',
  0.75,
  5,
  'PERSON',
  'Marta Lindqvist',
  1,
  'Union rejects "final" offer, again',
  'https://example.org/news/port-vote',
  '2024-08-01',
  'MIXED',
];

/** `count` rows, made as they are read; `pulled()` says how many were. */
function rowSource(count: number, { failAt }: { failAt?: number } = {}) {
  let pulled = 0;
  let finished = false;
  function* rows() {
    try {
      for (let id = 1; id <= count; id++) {
        if (id === failAt) throw new Error('disk I/O error');
        pulled++;
        yield sqlRow(id, `quote ${id} `.padEnd(200, '.'));
      }
    } finally {
      finished = true;
    }
  }
  const stream = Readable.from(rows(), { objectMode: true });
  return { stream, pulled: () => pulled, finished: () => finished };
}

/** A Writable that keeps its text; with `stalled`, it takes nothing until `release()`. */
function sink({ stalled = false } = {}) {
  const pieces: Buffer[] = [];
  let release: () => void = () => undefined;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      pieces.push(chunk);
      if (stalled) release = () => callback();
      else callback();
    },
  });
  return { stream, text: () => Buffer.concat(pieces).toString('utf8'), release: () => release() };
}

describe('writeQuoteExport', () => {
  it('turns store rows into records: global IDs, the speaker GraphQL type, every column', async () => {
    const out = sink();
    const count = await writeQuoteExport(Readable.from([sqlRow(7)]), 'ndjson', out.stream);
    expect(count).toBe(1);
    expect(JSON.parse(out.text())).toEqual({
      id: 'UXVvdGU6Nw',
      text: 'quote 7',
      start: 10,
      end: 20,
      paragraph: 1,
      speakerName: 'Marta Lindqvist',
      speakerType: 'Person',
      speakerId: 'UGVyc29uOjU',
      speakerMention: 'she',
      cue: 'said',
      attribution: 'PRONOUN',
      confidence: 0.75,
      articleId: 'QXJ0aWNsZTox',
      articleTitle: 'Union rejects "final" offer, again',
      articleUrl: 'https://example.org/news/port-vote',
      publishedAt: '2024-08-01',
      kind: 'MIXED',
    });
  });

  it('writes a quote without a speaker with empty speaker fields', async () => {
    const row = sqlRow(8);
    row.splice(9, 3, null, null, null);
    const out = sink();
    await writeQuoteExport(Readable.from([row]), 'csv', out.stream);
    const [header, fields] = parseCsv(out.text());
    const field = (name: string) => fields[header.indexOf(name)];
    expect([field('speakerName'), field('speakerType'), field('speakerId')]).toEqual(['', '', '']);
    expect(field('articleTitle')).toBe('Union rejects "final" offer, again');
  });

  it('writes many rows in few large writes, all of them, and ends the output', async () => {
    const rows = rowSource(5000);
    const out = sink();
    const writes = jest.spyOn(out.stream, 'write');
    expect(await writeQuoteExport(rows.stream, 'csv', out.stream)).toBe(5000);
    const records = parseCsv(out.text());
    expect(records).toHaveLength(5001);
    expect(records[5000][1]).toMatch(/^quote 5000 \.+$/);
    expect(writes.mock.calls.length).toBeLessThan(5000 / 20);
    expect(out.stream.writableFinished).toBe(true);
    expect(rows.finished()).toBe(true);
  });

  it('reads rows only as fast as the output takes them', async () => {
    const rows = rowSource(100_000);
    const out = sink({ stalled: true });
    const written = writeQuoteExport(rows.stream, 'ndjson', out.stream);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The buffers of each stage fill (a few hundred rows), then reading stops.
    expect(rows.pulled()).toBeGreaterThan(0);
    expect(rows.pulled()).toBeLessThan(2000);
    out.stream.destroy();
    await expect(written).rejects.toThrow();
  });

  it('stops reading and releases the rows when the output goes away', async () => {
    const rows = rowSource(100_000);
    const out = sink({ stalled: true });
    const written = writeQuoteExport(rows.stream, 'csv', out.stream);
    await new Promise((resolve) => setImmediate(resolve));
    out.stream.destroy();
    await expect(written).rejects.toThrow();
    if (!rows.stream.closed) await once(rows.stream, 'close');
    expect(rows.stream.destroyed).toBe(true);
    expect(rows.finished()).toBe(true);
    expect(rows.pulled()).toBeLessThan(2000);
  });

  it('fails on a store error mid-stream, and does not end the output as if it were complete', async () => {
    const rows = rowSource(10_000, { failAt: 3000 });
    const out = new PassThrough();
    out.resume();
    const ended = jest.fn();
    out.on('end', ended);
    await expect(writeQuoteExport(rows.stream, 'csv', out)).rejects.toThrow('disk I/O error');
    expect(out.destroyed).toBe(true);
    expect(out.writableEnded).toBe(false);
    expect(ended).not.toHaveBeenCalled();
  });

  it('leaves the output open with end: false (standard output)', async () => {
    const out = sink();
    expect(await writeQuoteExport(Readable.from([sqlRow(1), sqlRow(2)]), 'ndjson', out.stream, { end: false })).toBe(2);
    expect(out.stream.writableEnded).toBe(false);
    expect(out.text().split('\n')).toHaveLength(3);
  });
});

describe('quoteFilterFromParameters', () => {
  it('maps parameters to quote criteria', () => {
    expect(
      quoteFilterFromParameters({ speaker: 'Stoltenberg', about: ['Ukraine', 'NATO'], aboutScope: 'quote', minConfidence: '0.5', from: '2024-01-01' }),
    ).toEqual({ speaker: 'Stoltenberg', about: ['Ukraine', 'NATO'], aboutScope: 'QUOTE', minConfidence: 0.5, from: '2024-01-01' });
    expect(quoteFilterFromParameters({ about: 'Washington, D.C.' })).toEqual({ about: ['Washington, D.C.'] });
    expect(quoteFilterFromParameters({ kind: ['indirect', 'MIXED', 'INDIRECT'] })).toEqual({ kind: ['INDIRECT', 'MIXED'] });
    expect(quoteFilterFromParameters({})).toEqual({}); // no kind: the filter's default, DIRECT
  });

  it('names the parameter it refuses, with BAD_USER_INPUT', () => {
    const refused = (params: Record<string, unknown>) => {
      try {
        quoteFilterFromParameters(params);
      } catch (error: any) {
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        return error.message;
      }
      throw new Error('not refused');
    };
    expect(refused({ sort: 'date' })).toMatch(/^unknown parameter "sort"/);
    expect(refused({ aboutScope: 'SIDEWAYS' })).toBe('"aboutScope" must be one of QUOTE, PARAGRAPH, ARTICLE, got "SIDEWAYS"');
    expect(refused({ minConfidence: 'high' })).toBe('"minConfidence" must be a number from 0 to 1, got "high"');
    expect(refused({ minConfidence: '2' })).toBe('"minConfidence" must be a number from 0 to 1, got "2"');
    expect(refused({ speaker: ['a', 'b'] })).toBe('"speaker" is given more than once');
    expect(refused({ speaker: '' })).toBe('"speaker" is empty');
    expect(refused({ about: ['Ukraine', ' '] })).toBe('"about" is empty');
    expect(refused({ kind: ['DIRECT', 'REPORTED'] })).toBe('"kind" must be one of DIRECT, MIXED, INDIRECT, got "REPORTED"');
  });
});
