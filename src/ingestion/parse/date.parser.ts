const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?';
const LEAD = '^(?:(?:published|updated|posted)(?:\\s+on)?:?\\s+)?' + WEEKDAY;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TIME_TAIL = '(?:\\s*(?:[-–—|,·@]|at)?\\s*\\d{1,2}[:.]\\d{2}\\b.*)?$';

const MONTH_FIRST = new RegExp(`${LEAD}${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME_TAIL}`, 'i');
const DAY_FIRST = new RegExp(`${LEAD}${DAY}\\s+${MONTH},?\\s+(\\d{4})${TIME_TAIL}`, 'i');
const ISO_IN_LINE = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}.*)?$`, 'i');
const ISO_DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `YYYY-MM-DD` when year, month and day name a real calendar day; otherwise null. */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a date line as printed on a page ("Saturday, May 18, 2024", "18 May 2024 10:32",
 * "Updated: Sept. 3, 2023", "2024-05-18") and returns it as `YYYY-MM-DD`; null when the whole
 * line is not such a date or names no real calendar day.
 */
export function parsePrintedDate(line: string): string | null {
  const text = line.trim();
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return calendarDate(+monthFirst[3], monthNumber(monthFirst[1]), +monthFirst[2]);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return calendarDate(+dayFirst[3], monthNumber(dayFirst[2]), +dayFirst[1]);
  const iso = ISO_IN_LINE.exec(text);
  if (iso) return calendarDate(+iso[1], +iso[2], +iso[3]);
  return null;
}

/**
 * True when `value` is an ISO 8601 date (`2024-05-18`) or date-time (`2024-05-18T10:32`,
 * seconds, fraction and `Z`/offset optional, `T` or a space between) naming a real day and time.
 */
export function isIsoDateOrDateTime(value: string): boolean {
  const match = ISO_DATE_OR_DATE_TIME.exec(value);
  if (!match || calendarDate(+match[1], +match[2], +match[3]) === null) return false;
  const [hours, minutes, seconds] = [match[4], match[5], match[6]].map((part) => (part === undefined ? 0 : +part));
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

function monthNumber(name: string): number {
  return MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
