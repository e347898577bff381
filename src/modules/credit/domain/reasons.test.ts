import { describe, expect, it } from 'vitest';
import { ABNORMAL_REASONS, CREDIT_REASONS, SERIOUS_REASONS, listingRecord } from './reasons.js';
import { abnormalAutomaticRemovalMonthsSetting } from './settings.js';

describe('R-CREDIT-1: reasons with their legal basis', () => {
  it('R-CREDIT-1: the six abnormal reasons, each with a bilingual label and the measure as basis', () => {
    expect(ABNORMAL_REASONS).toHaveLength(6);
    for (const r of ABNORMAL_REASONS) {
      expect(CREDIT_REASONS[r].list).toBe('ABNORMAL');
      expect(CREDIT_REASONS[r].label).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
      expect(CREDIT_REASONS[r].legalBasis).toContain('社会组织信用信息管理办法');
    }
  });

  it('R-CREDIT-2: the serious reasons belong to the serious list', () => {
    for (const r of SERIOUS_REASONS) expect(CREDIT_REASONS[r].list).toBe('SERIOUS');
  });

  it('R-CREDIT-1: a listing records reasons, legal basis, date and deciding authority', () => {
    const rec = listingRecord('ABNORMAL', ['ANNUAL_FILING_LATE'], '2026-06-15', '310114');
    expect(rec).toEqual({ list: 'ABNORMAL', reasons: ['ANNUAL_FILING_LATE'], legalBasis: [CREDIT_REASONS.ANNUAL_FILING_LATE.legalBasis], listedOn: '2026-06-15', decidedBy: '310114' });
    expect(() => listingRecord('ABNORMAL', ['LARGE_FINE'], '2026-06-15', '310114')).toThrow();
  });

  it('R-CREDIT-3: only warnings and small fines leave the abnormal list without rectification', () => {
    expect(ABNORMAL_REASONS.filter((r) => !CREDIT_REASONS[r].requiresRectification)).toEqual(['WARNING_OR_SMALL_FINE']);
  });

  it('R-CREDIT-3: the automatic removal period is a setting, 6 months by default, nullable', () => {
    expect(abnormalAutomaticRemovalMonthsSetting.nationalDefault).toBe(6);
    expect(abnormalAutomaticRemovalMonthsSetting.validate(null)).toBeNull();
    expect(abnormalAutomaticRemovalMonthsSetting.validate(12)).toBe(12);
    expect(() => abnormalAutomaticRemovalMonthsSetting.validate(0)).toThrow(/ \/ /);
  });
});
