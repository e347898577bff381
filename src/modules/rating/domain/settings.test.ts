import { describe, expect, it } from 'vitest';
import { findSetting, nationalDefaultOn } from '../../../platform/settings/definition.js';
import { expiryLeadDaysSetting, publicityDaysSetting, reevaluationSetting, scoreBandsSetting, validitySetting } from './settings.js';

const all = [scoreBandsSetting, publicityDaysSetting, validitySetting, reevaluationSetting, expiryLeadDaysSetting];

describe('rating settings', () => {
  it('are registered with their rules, bilingual descriptions, valid defaults and valid history', () => {
    for (const s of all) {
      expect(findSetting(s.key)).toBe(s);
      expect(s.rules.every((r) => /^R-RATE-\d$/.test(r))).toBe(true);
      expect(s.description).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(s.validate(s.nationalDefault)).toEqual(s.nationalDefault);
      for (const h of s.history ?? []) expect(s.validate(h.value)).toEqual(h.value);
    }
  });

  it('R-RATE-3: bands must list 5A…1A with falling minimums', () => {
    const bands = scoreBandsSetting.nationalDefault.bands;
    expect(() => scoreBandsSetting.validate({ bands: bands.slice(1), partyOrganisationRequiredFor5A: false })).toThrow();
    expect(() => scoreBandsSetting.validate({ bands: [...bands].reverse(), partyOrganisationRequiredFor5A: false })).toThrow(/5A|A5/);
    expect(() => scoreBandsSetting.validate({ bands: bands.map((b) => ({ ...b, min: 500 })), partyOrganisationRequiredFor5A: false })).toThrow(/ \/ /);
    expect(() => scoreBandsSetting.validate({ bands })).toThrow();
  });

  it('R-RATE-4: publicity defaults to 7 days', () => {
    expect(publicityDaysSetting.nationalDefault).toBe(7);
    expect(() => publicityDaysSetting.validate(0)).toThrow();
  });

  it('R-RATE-5: validity years 1–10 and a known counting', () => {
    expect(validitySetting.validate({ years: 3, counting: 'FROM_GRANT_DATE' })).toEqual({ years: 3, counting: 'FROM_GRANT_DATE' });
    expect(() => validitySetting.validate({ years: 5, counting: 'FROM_ANNOUNCEMENT' })).toThrow();
  });

  it('R-RATE-2, R-RATE-6: re-evaluation rule changed on 2026-03-01', () => {
    expect(nationalDefaultOn(reevaluationSetting, '2026-02-28')).toEqual({ promotionIntervalYears: 2, windowYears: null });
    expect(nationalDefaultOn(reevaluationSetting, '2026-03-01')).toEqual({ promotionIntervalYears: 0, windowYears: 4 });
    expect(() => reevaluationSetting.validate({ promotionIntervalYears: 2, windowYears: 0 })).toThrow();
  });

  it('R-RATE-7: expiry lead days default to 180, 90, 30', () => {
    expect(expiryLeadDaysSetting.nationalDefault).toEqual([180, 90, 30]);
  });
});
