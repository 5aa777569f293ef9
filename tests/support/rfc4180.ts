/**
 * An RFC 4180 parser for the tests, independent of the code under test: quoted fields, "" for ",
 * CRLF after every record. Throws on anything else (a bare quote, CR or LF outside quotes, a last
 * record without its CRLF), so a test that parses an export also checks its framing.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') {
        field += c;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted || field !== '' || record.length) throw new Error('last record has no CRLF');
  return records;
}
