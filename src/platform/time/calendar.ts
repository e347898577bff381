/**
 * Pure helpers for calendar dates written 'YYYY-MM-DD'.
 *
 * Deadlines in the rulebook are calendar dates in the registration authority's own calendar
 * (Asia/Shanghai by default), not instants: "by 31 May" means the whole local day. Keeping them
 * as strings makes them comparable with `<` and free of time-zone drift; arithmetic goes through
 * a day number (days since 1970-01-01) computed with UTC, which has no daylight saving.
 */

/** A calendar date 'YYYY-MM-DD' (proleptic Gregorian, years 0001–9999). */
export type IsoDate = string;

/** The parts of a calendar date; month is 1–12. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True in leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses 'YYYY-MM-DD'; undefined when the text is not a real calendar date (e.g. 2025-02-29). */
export function parseDate(text: string): DateParts | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `text` is a real calendar date written 'YYYY-MM-DD'. */
export function isValidDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/**
 * Parses a date that must be valid; throws otherwise. Domain functions use it on dates that
 * callers already validated, so a bad one is a programming error, not a clerk's mistake.
 */
export function requireDate(text: string): DateParts {
  const parts = parseDate(text);
  if (!parts) throw new RangeError(`日期格式错误 / not a calendar date 'YYYY-MM-DD': ${JSON.stringify(text)}`);
  return parts;
}

/** Writes a date from its parts, zero-padded ('2026-03-01'). */
export function formatDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = requireDate(date);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** The date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` moved by whole months; a day that does not exist in the target month is clamped to its
 * last day (2025-01-31 + 1 month = 2025-02-28). This is also how the Civil Code (民法典 art 202)
 * ends a period counted in months: on the corresponding day, or the month's last day if none.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** `date` moved by whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1 like a sort comparator; 'YYYY-MM-DD' strings order the same as the dates. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
  return requireDate(date).year;
}

/** 31 December of the date's year (or of `year` when a number is given). */
export function endOfYear(dateOrYear: IsoDate | number): IsoDate {
  const year = typeof dateOrYear === 'number' ? dateOrYear : yearOf(dateOrYear);
  return formatDate(year, 12, 31);
}

/** 1 January of the date's year (or of `year` when a number is given). */
export function startOfYear(dateOrYear: IsoDate | number): IsoDate {
  const year = typeof dateOrYear === 'number' ? dateOrYear : yearOf(dateOrYear);
  return formatDate(year, 1, 1);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/**
 * The authority's working-day calendar. China moves working days around public holidays
 * (调休): some weekdays are holidays and some weekends are working days, announced yearly by
 * the State Council, so both lists are data, never rules in code.
 */
export interface WorkingCalendar {
  /** Weekdays that are public holidays (no work). */
  readonly holidays?: ReadonlySet<IsoDate>;
  /** Saturdays or Sundays that are working days (调休上班). */
  readonly workingWeekends?: ReadonlySet<IsoDate>;
}

/** True when `date` is a working day under the calendar (Mon–Fri unless listed otherwise). */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = {}): boolean {
  if (calendar.holidays?.has(date)) return false;
  if (isWeekend(date)) return calendar.workingWeekends?.has(date) ?? false;
  return true;
}

/**
 * The date `days` working days after `date` (the start day itself is not counted, as in the
 * Civil Code's art 201). `days` = 0 returns `date`; negative counts backwards.
 * Holidays may be given as a plain set or as a full {@link WorkingCalendar}.
 */
export function addWorkingDays(date: IsoDate, days: number, holidays?: ReadonlySet<IsoDate> | WorkingCalendar): IsoDate {
  const calendar: WorkingCalendar = holidays instanceof Set ? { holidays } : ((holidays as WorkingCalendar | undefined) ?? {});
  const step = days < 0 ? -1 : 1;
  let n = toDayNumber(date);
  for (let left = Math.abs(days); left > 0; ) {
    n += step;
    if (isWorkingDay(fromDayNumber(n), calendar)) left--;
  }
  return fromDayNumber(n);
}

/** A day of the year without the year, 'MM-DD', as LOCAL deadline settings store it. */
export type MonthDay = string;

const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;

/** True for 'MM-DD' that exists in some year (02-29 allowed: it exists in leap years). */
export function isValidMonthDay(text: string): boolean {
  const m = MONTH_DAY_RE.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/** The date of 'MM-DD' in `year`; 02-29 becomes 02-28 in common years. */
export function monthDayIn(year: number, monthDay: MonthDay): IsoDate {
  if (!isValidMonthDay(monthDay)) throw new RangeError(`月日格式错误 / not a day of the year 'MM-DD': ${JSON.stringify(monthDay)}`);
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  return formatDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The default time zone of registration authorities. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

// Intl formatters are expensive to build and deadline sweeps call this per row, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock parts of `instant` in `timeZone`. */
function wallClock(instant: Date, timeZone: string): { date: IsoDate; ms: number } {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const date = formatDate(Number(parts.year), Number(parts.month), Number(parts.day));
  const ms = (Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000 + instant.getUTCMilliseconds();
  return { date, ms };
}

/** The calendar date an instant falls on in `timeZone` (the authority's "today"). */
export function dateInZone(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  return wallClock(instant, timeZone).date;
}

/** The zone's offset from UTC at `instant`, in milliseconds (+8 h for Asia/Shanghai). */
function offsetAt(instant: Date, timeZone: string): number {
  const { date, ms } = wallClock(instant, timeZone);
  return toDayNumber(date) * MS_PER_DAY + ms - instant.getTime();
}

/**
 * The first instant of `date` in `timeZone` (local midnight). Used to turn "by 31 May" into
 * "before the start of 1 June" when comparing with instants. Where a daylight-saving jump
 * skips midnight, the first existing instant of the day is returned.
 */
export function startOfDayInZone(date: IsoDate, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const localMidnight = toDayNumber(date) * MS_PER_DAY;
  // Guess with the offset at UTC midnight, then correct once with the offset at the guess.
  let guess = localMidnight - offsetAt(new Date(localMidnight), timeZone);
  guess = localMidnight - offsetAt(new Date(guess), timeZone);
  // A gap at midnight lands on the previous day: move to the first instant that is `date`.
  if (dateInZone(new Date(guess), timeZone) < date) guess += offsetAt(new Date(guess + MS_PER_DAY), timeZone) - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}
