import { describe, expect, it } from 'vitest';
import { allSettings, findSetting } from '../../../platform/settings/definition.js';
import { directRegistrationCategoriesSetting, minimumFundsSetting, preparationMonthsSetting, zombieRevocationSetting } from './settings.js';

const all = [directRegistrationCategoriesSetting, minimumFundsSetting, preparationMonthsSetting, zombieRevocationSetting];

describe('organisation settings', () => {
  it('are registered, name their rules and describe themselves in Chinese and English', () => {
    for (const s of all) {
      expect(findSetting(s.key)).toBe(s);
      expect(s.rules.every((r) => /^R-ORG-\d+$/.test(r))).toBe(true);
      expect(s.description).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(s.validate(s.nationalDefault)).toEqual(s.nationalDefault);
    }
    expect(allSettings().map((s) => s.key)).toEqual(expect.arrayContaining(all.map((s) => s.key)));
  });

  it('R-ORG-3: the direct-registration list accepts known fields only', () => {
    expect(directRegistrationCategoriesSetting.validate(['ELDERLY_CARE', 'ELDERLY_CARE'])).toEqual(['ELDERLY_CARE']);
    expect(() => directRegistrationCategoriesSetting.validate(['RELIGION'])).toThrow(/ \/ /);
    expect(() => directRegistrationCategoriesSetting.validate('SPORT')).toThrow();
  });

  it('R-ORG-4: minimum funds default to the statutory amounts in fen and must be whole fen', () => {
    expect(minimumFundsSetting.nationalDefault.socialGroupNational).toBe(10_000_000);
    expect(minimumFundsSetting.nationalDefault.foundationNationalPublic).toBe(800_000_000);
    expect(() => minimumFundsSetting.validate({ ...minimumFundsSetting.nationalDefault, socialGroupLocal: 3_000_000.5 })).toThrow(/socialGroupLocal/);
    expect(() => minimumFundsSetting.validate({ socialGroupLocal: 1 })).toThrow();
  });

  it('R-ORG-6: the preparation period is 1–24 months, 6 by default', () => {
    expect(preparationMonthsSetting.nationalDefault).toBe(6);
    expect(preparationMonthsSetting.validate(3)).toBe(3);
    expect(() => preparationMonthsSetting.validate(0)).toThrow();
    expect(() => preparationMonthsSetting.validate('6')).toThrow();
  });

  it('R-ORG-7: zombie revocation defaults to 2 years without notice; 3 years and 60 days are valid', () => {
    expect(zombieRevocationSetting.nationalDefault).toEqual({ consecutiveYears: 2, publicNoticeDays: 0 });
    expect(zombieRevocationSetting.validate({ consecutiveYears: 3, publicNoticeDays: 60 })).toEqual({ consecutiveYears: 3, publicNoticeDays: 60 });
    expect(() => zombieRevocationSetting.validate({ consecutiveYears: 0, publicNoticeDays: 0 })).toThrow();
    expect(() => zombieRevocationSetting.validate({ consecutiveYears: 2 })).toThrow();
  });
});
