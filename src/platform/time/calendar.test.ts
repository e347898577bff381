import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  compareDates,
  dateInZone,
  daysInMonth,
  diffDays,
  endOfYear,
  fromDayNumber,
  isValidDate,
  isValidMonthDay,
  isWeekend,
  isWorkingDay,
  maxDate,
  minDate,
  monthDayIn,
  parseDate,
  requireDate,
  startOfDayInZone,
  startOfYear,
  toDayNumber,
  weekdayOf,
} from './calendar.js';

describe('parsing and validating dates', () => {
  it('parses a real date into parts', () => {
    expect(parseDate('2026-03-01')).toEqual({ year: 2026, month: 3, day: 1 });
  });

  it('rejects dates that do not exist or are badly written', () => {
    for (const bad of ['2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-1', '20260301', '2026-03-01T00:00', ''])
      expect(isValidDate(bad), bad).toBe(false);
  });

  it('accepts 29 February only in leap years (2000 yes, 1900 no)', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('requireDate throws on an invalid date', () => {
    expect(() => requireDate('2025-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('day numbers round-trip and start at the Unix epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2026-03-01'))).toBe('2026-03-01');
    expect(fromDayNumber(toDayNumber('0050-06-15'))).toBe('0050-06-15');
  });
});

describe('date arithmetic', () => {
  it('addDays crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-05-31', 0)).toBe('2026-05-31');
  });

  it('addMonths clamps to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-01-15', 6)).toBe('2025-07-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-10', -13)).toBe('2024-12-10');
  });

  it('addYears turns 29 February into 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-03-01', -2)).toBe('2024-03-01');
  });

  it('diffDays is signed and counts leap days', () => {
    expect(diffDays('2026-01-01', '2026-12-31')).toBe(364);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(diffDays('2026-05-31', '2026-05-01')).toBe(-30);
    expect(diffDays('2026-05-31', '2026-05-31')).toBe(0);
  });

  it('compares, picks min/max and finds the ends of a year', () => {
    expect(compareDates('2026-02-28', '2026-03-01')).toBe(-1);
    expect(compareDates('2026-03-01', '2026-03-01')).toBe(0);
    expect(compareDates('2026-03-02', '2026-03-01')).toBe(1);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual(['2025-12-31', '2026-01-15', '2026-03-01']);
    expect(maxDate('2026-03-01', '2025-03-01')).toBe('2026-03-01');
    expect(minDate('2026-03-01', '2025-03-01')).toBe('2025-03-01');
    expect(endOfYear('2026-03-01')).toBe('2026-12-31');
    expect(endOfYear(2031)).toBe('2031-12-31');
    expect(startOfYear('2026-07-04')).toBe('2026-01-01');
  });
});

describe('weekdays and working days', () => {
  it('knows the weekday (2026-03-01 is a Sunday)', () => {
    expect(weekdayOf('2026-03-01')).toBe(7);
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('1969-12-31')).toBe(3);
    expect(isWeekend('2026-02-28')).toBe(true);
    expect(isWeekend('2026-03-01')).toBe(true);
    expect(isWeekend('2026-02-27')).toBe(false);
  });

  it('addWorkingDays skips weekends and does not count the start day', () => {
    // Friday 2026-02-27 + 1 working day = Monday 2026-03-02.
    expect(addWorkingDays('2026-02-27', 1)).toBe('2026-03-02');
    // Monday + 5 working days = next Monday.
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    // From a Saturday, the first working day is Monday.
    expect(addWorkingDays('2026-02-28', 1)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-09', -5)).toBe('2026-03-02');
  });

  it('addWorkingDays skips holidays given as a set', () => {
    // Labour Day week 2026: suppose 05-01 (Fri) and 05-04, 05-05 (Mon, Tue) are holidays.
    const holidays = new Set(['2026-05-01', '2026-05-04', '2026-05-05']);
    expect(addWorkingDays('2026-04-30', 1, holidays)).toBe('2026-05-06');
    expect(isWorkingDay('2026-05-04', { holidays })).toBe(false);
  });

  it('addWorkingDays counts a make-up working weekend (调休)', () => {
    const calendar = { holidays: new Set(['2026-05-01']), workingWeekends: new Set(['2026-05-09']) };
    expect(isWorkingDay('2026-05-09', calendar)).toBe(true);
    // Thu 05-07 + 2 working days = Fri 05-08, then Sat 05-09 (working).
    expect(addWorkingDays('2026-05-07', 2, calendar)).toBe('2026-05-09');
  });
});

describe('days of the year (MM-DD)', () => {
  it('validates MM-DD and places it in a year, clamping 02-29', () => {
    expect(isValidMonthDay('05-31')).toBe(true);
    expect(isValidMonthDay('02-29')).toBe(true);
    expect(isValidMonthDay('02-30')).toBe(false);
    expect(isValidMonthDay('5-31')).toBe(false);
    expect(monthDayIn(2026, '03-31')).toBe('2026-03-31');
    expect(monthDayIn(2026, '02-29')).toBe('2026-02-28');
    expect(monthDayIn(2028, '02-29')).toBe('2028-02-29');
    expect(() => monthDayIn(2026, '13-01')).toThrow();
  });
});

describe('time zones', () => {
  it('dateInZone gives the Shanghai date of an instant (UTC+8)', () => {
    expect(dateInZone(new Date('2026-05-31T15:59:59.999Z'))).toBe('2026-05-31');
    expect(dateInZone(new Date('2026-05-31T16:00:00.000Z'))).toBe('2026-06-01');
    expect(dateInZone(new Date('2026-05-31T16:00:00.000Z'), 'UTC')).toBe('2026-05-31');
  });

  it('startOfDayInZone is local midnight as an instant', () => {
    expect(startOfDayInZone('2026-06-01').toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(startOfDayInZone('2026-06-01', 'UTC').toISOString()).toBe('2026-06-01T00:00:00.000Z');
    // New York: EDT (UTC-4) in summer, EST (UTC-5) in winter.
    expect(startOfDayInZone('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayInZone('2026-01-15', 'America/New_York').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    // The day daylight saving starts (2026-03-08, at 02:00): midnight is still EST.
    expect(startOfDayInZone('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('startOfDayInZone and dateInZone agree around the start of a day', () => {
    const start = startOfDayInZone('2026-03-01');
    expect(dateInZone(start)).toBe('2026-03-01');
    expect(dateInZone(new Date(start.getTime() - 1))).toBe('2026-02-28');
  });

  it('startOfDayInZone returns the first existing instant when midnight is skipped', () => {
    // Santiago moved clocks from 00:00 to 01:00 on 2022-09-11 (UTC-4 → UTC-3).
    const start = startOfDayInZone('2022-09-11', 'America/Santiago');
    expect(dateInZone(start, 'America/Santiago')).toBe('2022-09-11');
    expect(dateInZone(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2022-09-10');
  });
});
