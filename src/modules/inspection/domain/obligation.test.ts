import { describe, expect, it } from 'vitest';
import { filingObligation, type ObligationInput, type ObligationSettings } from './obligation.js';
import { dueDatesSetting, filingFormSetting, newRegistrationCutoffSetting } from './settings.js';

const settings: ObligationSettings = {
  form: filingFormSetting.nationalDefault,
  dueDates: dueDatesSetting.nationalDefault,
  newRegistrationCutoff: newRegistrationCutoffSetting.nationalDefault,
};
const base: ObligationInput = { reportingYear: 2025, type: 'SOCIAL_GROUP', isCharity: false, directlyRegistered: false, registrationDate: '2020-05-10' };

describe('R-INSP-1: who owes a filing and which form', () => {
  it('R-INSP-1: a registered social group owes an inspection for the previous year, through both steps', () => {
    expect(filingObligation(base, settings)).toEqual({
      owed: true,
      reportingYear: 2025,
      form: 'INSPECTION',
      steps: ['SUPERVISOR', 'AUTHORITY'],
      attachments: ['LEGAL_REPRESENTATIVE_DECLARATION'],
      rectificationReasons: [],
    });
  });

  it('R-INSP-1: a recognised charity files an annual report instead', () => {
    const o = filingObligation({ ...base, isCharity: true }, settings);
    expect(o.owed && o.form).toBe('ANNUAL_REPORT');
  });

  it('R-INSP-1: the form by type is LOCAL (a place where service institutions file annual reports)', () => {
    const local = { ...settings, form: { ...settings.form, byType: { ...settings.form.byType, SERVICE_INSTITUTION: 'ANNUAL_REPORT' as const } } };
    const si = filingObligation({ ...base, type: 'SERVICE_INSTITUTION' }, local);
    const sg = filingObligation(base, local);
    expect(si.owed && si.form).toBe('ANNUAL_REPORT');
    expect(sg.owed && sg.form).toBe('INSPECTION');
  });

  it('R-INSP-1: the deduction qualification adds the audited special report', () => {
    const o = filingObligation({ ...base, hasDeductionQualification: true }, settings);
    expect(o.owed && o.attachments).toEqual(['LEGAL_REPRESENTATIVE_DECLARATION', 'DEDUCTION_SPECIAL_AUDIT']);
  });

  it('R-INSP-2: a directly registered organisation files with the authority only', () => {
    const o = filingObligation({ ...base, directlyRegistered: true }, settings);
    expect(o.owed && o.steps).toEqual(['AUTHORITY']);
  });

  it('R-INSP-4: last year\'s basic pass means a rectification report is owed', () => {
    const o = filingObligation({ ...base, previousOutcome: 'BASIC_PASS' }, settings);
    expect(o.owed && o.attachments).toContain('RECTIFICATION_REPORT');
    expect(o.owed && o.rectificationReasons).toEqual(['PREVIOUS_RESULT_NOT_PASS']);
  });

  it('R-INSP-1: an organisation registered after the reporting year owes nothing for it', () => {
    expect(filingObligation({ ...base, registrationDate: '2026-01-05' }, settings)).toEqual({ owed: false, reason: 'NOT_YET_REGISTERED' });
  });

  it('R-INSP-1: an organisation ended before the due date owes nothing; one ended after still owes', () => {
    expect(filingObligation({ ...base, endedOn: '2026-05-31' }, settings)).toEqual({ owed: false, reason: 'ENDED' });
    expect(filingObligation({ ...base, endedOn: '2025-11-01' }, settings)).toEqual({ owed: false, reason: 'ENDED' });
    expect(filingObligation({ ...base, endedOn: '2026-06-01' }, settings).owed).toBe(true);
  });
});

describe('R-INSP-3: new registrations in the second half of the year', () => {
  it('R-INSP-3: registered on 30 June owes a filing for that year', () => {
    expect(filingObligation({ ...base, registrationDate: '2025-06-30' }, settings).owed).toBe(true);
  });

  it('R-INSP-3: registered on 1 July owes nothing for that year', () => {
    expect(filingObligation({ ...base, registrationDate: '2025-07-01' }, settings)).toEqual({ owed: false, reason: 'REGISTERED_AFTER_CUTOFF' });
  });

  it('R-INSP-3: registered on 1 July owes a filing for the following year', () => {
    expect(filingObligation({ ...base, reportingYear: 2026, registrationDate: '2025-07-01' }, settings).owed).toBe(true);
  });

  it('R-INSP-3: the cut-off is LOCAL', () => {
    const local = { ...settings, newRegistrationCutoff: '09-30' };
    expect(filingObligation({ ...base, registrationDate: '2025-08-15' }, local).owed).toBe(true);
    expect(filingObligation({ ...base, registrationDate: '2025-10-01' }, local).owed).toBe(false);
  });
});
