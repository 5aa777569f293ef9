import { isIsoDateOrDateTime, parsePrintedDate } from '../../../../src/ingestion/parse/date.parser';

describe('parsePrintedDate', () => {
  it.each([
    ['Saturday, May 18, 2024', '2024-05-18'],
    ['May 18, 2024', '2024-05-18'],
    ['Sept. 3, 2023 - 10:32 AM', '2023-09-03'],
    ['18 May 2024 10:32', '2024-05-18'],
    ['Updated: 1st March 2021', '2021-03-01'],
    ['2024-05-18', '2024-05-18'],
    ['Published 2024-05-18T10:32:00Z', '2024-05-18'],
  ])('reads %j as %s', (line, date) => {
    expect(parsePrintedDate(line)).toBe(date);
  });

  it.each(['February 30, 2024', 'May 18 was a Saturday in 2024', 'NATO does not see a de-escalation', 'May 2024'])(
    'does not take %j for a date line',
    (line) => {
      expect(parsePrintedDate(line)).toBeNull();
    },
  );
});

describe('isIsoDateOrDateTime', () => {
  it.each(['2024-05-18', '2024-05-18T10:32', '2024-05-18 10:32:05', '2024-05-18T10:32:05.5Z', '2024-05-18T10:32:05+0200'])(
    'accepts %j',
    (value) => expect(isIsoDateOrDateTime(value)).toBe(true),
  );
  it.each(['18/05/2024', '2024-13-01', '2024-05-18T25:00', '2024-05-18T10:32 extra', ' 2024-05-18'])('rejects %j', (value) =>
    expect(isIsoDateOrDateTime(value)).toBe(false),
  );
});
