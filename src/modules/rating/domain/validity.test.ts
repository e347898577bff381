import { describe, expect, it } from 'vitest';
import { nationalDefaultOn } from '../../../platform/settings/definition.js';
import { expiryLeadDaysSetting, validitySetting } from './settings.js';
import { expiryThresholdsReached, gradeValidity, isValidOn } from './validity.js';

describe('R-RATE-5: validity', () => {
  it('R-RATE-5: the national rule in force depends on the announcement date (setting history)', () => {
    expect(nationalDefaultOn(validitySetting, '2026-02-28')).toEqual({ years: 5, counting: 'FROM_GRANT_DATE' });
    expect(nationalDefaultOn(validitySetting, '2026-03-01')).toEqual({ years: 5, counting: 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT' });
  });

  it('R-RATE-5: before 2026-03-01: 5 years from the grant date', () => {
    const v = gradeValidity('2020-06-15', nationalDefaultOn(validitySetting, '2020-06-15'));
    expect(v).toEqual({ heldFrom: '2020-06-15', countedFrom: '2020-06-15', validUntil: '2025-06-14' });
  });

  it('R-RATE-5: from 2026-03-01: 1 January after the announcement to 31 December of the fifth year', () => {
    const v = gradeValidity('2026-05-10', nationalDefaultOn(validitySetting, '2026-05-10'));
    expect(v).toEqual({ heldFrom: '2026-05-10', countedFrom: '2027-01-01', validUntil: '2031-12-31' });
    expect(isValidOn(v, '2026-05-10')).toBe(true);
    expect(isValidOn(v, '2031-12-31')).toBe(true);
    expect(isValidOn(v, '2032-01-01')).toBe(false);
  });

  it('R-RATE-5: an announcement on 1 January still counts from the next 1 January', () => {
    expect(gradeValidity('2027-01-01', { years: 5, counting: 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT' }).countedFrom).toBe('2028-01-01');
  });

  it('R-RATE-5: a LOCAL 3-year validity', () => {
    expect(gradeValidity('2020-02-29', { years: 3, counting: 'FROM_GRANT_DATE' }).validUntil).toBe('2023-02-28');
    expect(gradeValidity('2021-03-01', { years: 3, counting: 'FROM_GRANT_DATE' }).validUntil).toBe('2024-02-29');
    expect(gradeValidity('2026-05-10', { years: 3, counting: 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT' }).validUntil).toBe('2029-12-31');
  });
});

describe('R-RATE-7: expiry events', () => {
  const lead = expiryLeadDaysSetting.nationalDefault;
  const until = '2031-12-31';

  it('R-RATE-7: 180, 90 and 30 days before, each on its day', () => {
    expect(expiryThresholdsReached('2031-07-03', until, lead, [])).toEqual([]);
    expect(expiryThresholdsReached('2031-07-04', until, lead, [])).toEqual(['EXPIRING_IN_180']);
    expect(expiryThresholdsReached('2031-10-02', until, lead, ['EXPIRING_IN_180'])).toEqual(['EXPIRING_IN_90']);
    expect(expiryThresholdsReached('2031-12-01', until, lead, ['EXPIRING_IN_180', 'EXPIRING_IN_90'])).toEqual(['EXPIRING_IN_30']);
  });

  it('R-RATE-7: EXPIRED the day after the last valid day, exactly once', () => {
    const all = ['EXPIRING_IN_180', 'EXPIRING_IN_90', 'EXPIRING_IN_30'];
    expect(expiryThresholdsReached('2031-12-31', until, lead, all)).toEqual([]);
    expect(expiryThresholdsReached('2032-01-01', until, lead, all)).toEqual(['EXPIRED']);
    expect(expiryThresholdsReached('2032-01-02', until, lead, [...all, 'EXPIRED'])).toEqual([]);
  });

  it('R-RATE-7: a late sweep emits only the tightest threshold', () => {
    expect(expiryThresholdsReached('2031-12-15', until, lead, [])).toEqual(['EXPIRING_IN_30']);
  });
});
