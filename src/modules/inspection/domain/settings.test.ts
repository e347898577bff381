import { describe, expect, it } from 'vitest';
import { findSetting } from '../../../platform/settings/definition.js';
import { dueDatesSetting, dueLeadDaysSetting, filingFormSetting, newRegistrationCutoffSetting, rectificationDaysSetting } from './settings.js';

const all = [filingFormSetting, dueDatesSetting, newRegistrationCutoffSetting, rectificationDaysSetting, dueLeadDaysSetting];

describe('inspection settings', () => {
  it('are registered with their rules, bilingual descriptions and valid defaults', () => {
    for (const s of all) {
      expect(findSetting(s.key)).toBe(s);
      expect(s.rules.every((r) => /^R-INSP-\d$/.test(r))).toBe(true);
      expect(s.description).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(s.validate(s.nationalDefault)).toEqual(s.nationalDefault);
    }
  });

  it('R-INSP-1: forms must be INSPECTION or ANNUAL_REPORT for every type', () => {
    expect(() => filingFormSetting.validate({ byType: { SOCIAL_GROUP: 'INSPECTION' }, charity: 'ANNUAL_REPORT' })).toThrow(/SERVICE_INSTITUTION/);
    expect(() => filingFormSetting.validate({ ...filingFormSetting.nationalDefault, charity: 'AUDIT' })).toThrow(/ \/ /);
  });

  it('R-INSP-2: due dates are MM-DD and the supervisor step is not after the authority', () => {
    expect(() => dueDatesSetting.validate({ ...dueDatesSetting.nationalDefault, standard: { supervisor: '03-31', authority: '5-31' } })).toThrow(/MM-DD/);
    expect(() => dueDatesSetting.validate({ ...dueDatesSetting.nationalDefault, standard: { supervisor: '06-30', authority: '05-31' } })).toThrow();
  });

  it('R-INSP-3: the cut-off defaults to 30 June and must be a day of the year', () => {
    expect(newRegistrationCutoffSetting.nationalDefault).toBe('06-30');
    expect(() => newRegistrationCutoffSetting.validate('06-31')).toThrow();
  });

  it('R-INSP-4: rectification days default to 90, 1–366 allowed', () => {
    expect(rectificationDaysSetting.nationalDefault).toBe(90);
    expect(() => rectificationDaysSetting.validate(0)).toThrow();
    expect(() => rectificationDaysSetting.validate(30.5)).toThrow();
  });

  it('R-INSP-5: lead days default to 30, 7 and 1', () => {
    expect(dueLeadDaysSetting.nationalDefault).toEqual([30, 7, 1]);
    expect(dueLeadDaysSetting.validate([1, 14])).toEqual([14, 1]);
  });
});
