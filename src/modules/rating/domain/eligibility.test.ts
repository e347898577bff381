import { describe, expect, it } from 'vitest';
import { nationalDefaultOn } from '../../../platform/settings/definition.js';
import { ratingEligibility, ratingRegimeOn, type EligibilityInput } from './eligibility.js';
import { reevaluationSetting } from './settings.js';
import { gradeValidity } from './validity.js';

const OLD_DAY = '2025-09-01';
const NEW_DAY = '2026-09-01';
const rule = (date: string) => nationalDefaultOn(reevaluationSetting, date);
const check = (input: EligibilityInput) => ratingEligibility(input, rule(input.applicationDate));
const codes = (input: EligibilityInput) => check(input).problems.map((p) => p.code);

const clean = { registrationDate: '2020-01-10', lastYearFiling: 'PASS' as const, yearBeforeLastFiling: 'PASS' as const };

describe('R-RATE-2: eligibility, both regimes', () => {
  it('R-RATE-2: the regime is chosen by the application date', () => {
    expect(ratingRegimeOn('2026-02-28')).toBe('BEFORE_2026_03_01');
    expect(ratingRegimeOn('2026-03-01')).toBe('FROM_2026_03_01');
  });

  it('R-RATE-2: a clean organisation registered long ago and never rated is eligible in both regimes', () => {
    expect(check({ ...clean, applicationDate: OLD_DAY })).toEqual({ eligible: true, regime: 'BEFORE_2026_03_01', problems: [] });
    expect(check({ ...clean, applicationDate: NEW_DAY })).toEqual({ eligible: true, regime: 'FROM_2026_03_01', problems: [] });
  });

  it('R-RATE-2: registered for 2 full years: not on the second anniversary, yes the day after', () => {
    expect(codes({ ...clean, registrationDate: '2024-09-01', applicationDate: NEW_DAY })).toEqual(['RATING_REGISTERED_TOO_RECENTLY']);
    expect(codes({ ...clean, registrationDate: '2024-08-31', applicationDate: NEW_DAY })).toEqual([]);
  });

  it('R-RATE-2: an expired grade makes the organisation eligible again', () => {
    const currentGrade = { grade: 'A3' as const, grantedOn: '2020-06-15', validity: gradeValidity('2020-06-15', { years: 5, counting: 'FROM_GRANT_DATE' }) };
    expect(codes({ ...clean, applicationDate: OLD_DAY, currentGrade })).toEqual([]);
  });

  it('R-RATE-2: before 2026-03-01 a valid grade allows re-rating only 2 full years after the award', () => {
    const currentGrade = { grade: 'A3' as const, grantedOn: '2023-10-01', validity: gradeValidity('2023-10-01', { years: 5, counting: 'FROM_GRANT_DATE' }) };
    expect(codes({ ...clean, applicationDate: '2025-10-01', currentGrade })).toEqual(['RATING_PROMOTION_TOO_SOON']);
    expect(codes({ ...clean, applicationDate: '2025-10-02', currentGrade })).toEqual([]);
  });

  it('R-RATE-2: from 2026-03-01 re-evaluation is allowed in the first 4 years of a grade, not in the fifth', () => {
    const v = gradeValidity('2026-05-10', { years: 5, counting: 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT' });
    const currentGrade = { grade: 'A4' as const, grantedOn: '2026-05-10', validity: v };
    expect(codes({ ...clean, applicationDate: '2026-09-01', currentGrade })).toEqual([]);
    expect(codes({ ...clean, applicationDate: '2030-12-31', currentGrade })).toEqual([]);
    const p = check({ ...clean, applicationDate: '2031-01-01', currentGrade }).problems;
    expect(p.map((x) => x.code)).toEqual(['RATING_REEVALUATION_WINDOW_CLOSED']);
    expect(p[0]!.message).toContain('2030-12-31');
  });

  it('R-RATE-2: a place keeping the 2-year promotion interval after 2026-03-01 (LOCAL)', () => {
    const v = gradeValidity('2026-05-10', { years: 5, counting: 'CALENDAR_YEARS_AFTER_ANNOUNCEMENT' });
    const input = { ...clean, applicationDate: '2027-05-10', currentGrade: { grade: 'A4' as const, grantedOn: '2026-05-10', validity: v } };
    expect(ratingEligibility(input, { promotionIntervalYears: 2, windowYears: 4 }).problems.map((x) => x.code)).toEqual(['RATING_PROMOTION_TOO_SOON']);
  });

  it('R-RATE-2: before 2026-03-01 a fail, two basic passes, a penalty and an investigation each exclude', () => {
    expect(codes({ ...clean, applicationDate: OLD_DAY, lastYearFiling: 'FAIL' })).toEqual(['RATING_LAST_YEAR_FAILED']);
    expect(codes({ ...clean, applicationDate: OLD_DAY, lastYearFiling: 'BASIC_PASS', yearBeforeLastFiling: 'BASIC_PASS' })).toEqual(['RATING_TWO_BASIC_PASSES']);
    expect(codes({ ...clean, applicationDate: OLD_DAY, lastYearFiling: 'BASIC_PASS', yearBeforeLastFiling: 'PASS' })).toEqual([]);
    expect(codes({ ...clean, applicationDate: OLD_DAY, underInvestigation: true })).toEqual(['RATING_UNDER_INVESTIGATION']);
  });

  it('R-RATE-2: from 2026-03-01 inspection results and investigations no longer exclude', () => {
    expect(codes({ ...clean, applicationDate: NEW_DAY, lastYearFiling: 'FAIL', underInvestigation: true })).toEqual([]);
    expect(codes({ ...clean, applicationDate: NEW_DAY, lastYearFiling: 'BASIC_PASS', yearBeforeLastFiling: 'BASIC_PASS' })).toEqual([]);
  });

  it('R-RATE-2: not filing last year excludes in both regimes', () => {
    expect(codes({ ...clean, applicationDate: OLD_DAY, lastYearFiling: 'NOT_FILED' })).toEqual(['RATING_LAST_YEAR_NOT_FILED']);
    expect(codes({ ...clean, applicationDate: NEW_DAY, lastYearFiling: 'NOT_FILED' })).toEqual(['RATING_LAST_YEAR_NOT_FILED']);
  });

  it('R-RATE-2: a penalty last year or still unexecuted excludes; an older executed one does not', () => {
    expect(codes({ ...clean, applicationDate: NEW_DAY, penalties: [{ decidedOn: '2025-04-01', executed: true }] })).toEqual(['RATING_PENALTY']);
    expect(codes({ ...clean, applicationDate: NEW_DAY, penalties: [{ decidedOn: '2023-04-01', executed: false }] })).toEqual(['RATING_PENALTY']);
    expect(codes({ ...clean, applicationDate: NEW_DAY, penalties: [{ decidedOn: '2024-04-01', executed: true }] })).toEqual([]);
  });

  it('R-RATE-2: a minor penalty excludes before 2026-03-01 only', () => {
    expect(codes({ ...clean, applicationDate: OLD_DAY, penalties: [{ decidedOn: '2024-04-01', executed: true, minor: true }] })).toEqual(['RATING_PENALTY']);
    expect(codes({ ...clean, applicationDate: NEW_DAY, penalties: [{ decidedOn: '2025-04-01', executed: true, minor: true }] })).toEqual([]);
  });

  it('R-RATE-2: a credit listing excludes national bodies only', () => {
    expect(codes({ ...clean, applicationDate: NEW_DAY, national: true, onCreditList: true })).toEqual(['RATING_ON_CREDIT_LIST']);
    expect(codes({ ...clean, applicationDate: NEW_DAY, national: false, onCreditList: true })).toEqual([]);
  });

  it('R-RATE-2: every reason is returned at once, each bilingual with a field', () => {
    const r = check({ registrationDate: '2024-12-01', applicationDate: OLD_DAY, lastYearFiling: 'FAIL', underInvestigation: true, penalties: [{ decidedOn: '2024-02-01', executed: false }], national: true, onCreditList: true });
    expect(r.eligible).toBe(false);
    expect(r.problems.map((x) => x.code)).toEqual(['RATING_REGISTERED_TOO_RECENTLY', 'RATING_LAST_YEAR_FAILED', 'RATING_PENALTY', 'RATING_UNDER_INVESTIGATION', 'RATING_ON_CREDIT_LIST']);
    for (const x of r.problems) {
      expect(x.field).toBeTruthy();
      expect(x.message).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
    }
  });
});
