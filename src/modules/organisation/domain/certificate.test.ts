import { describe, expect, it } from 'vitest';
import { certificateExpiryKeys, certificatePeriodProblems, certificateRenewalOwed, renewalProblems, thresholdOf } from './certificate.js';
import { certificateExpiryLeadDaysSetting } from './settings.js';

const codes = (p: { code: string }[]) => p.map((x) => x.code);

describe('R-ORG-9 registration certificate', () => {
  it('R-ORG-9: a certificate is renewed for a registered or suspended organisation with a period that ends after it starts', () => {
    expect(renewalProblems('REGISTERED', '2026-06-01', '2031-05-31')).toEqual([]);
    expect(renewalProblems('SUSPENDED', '2026-06-01', '2031-05-31')).toEqual([]);
    expect(codes(renewalProblems('REGISTERED', '2026-06-01', '2026-06-01'))).toEqual(['CERTIFICATE_PERIOD_INVALID']);
    expect(codes(renewalProblems('REGISTERED', '2026-06-01', '2026-13-01'))).toEqual(['INVALID_DATE']);
    const ended = renewalProblems('REVOKED', '2026-06-01', '2031-05-31');
    expect(ended).toEqual([{ code: 'CERTIFICATE_NOT_RENEWABLE', field: 'status', message: expect.stringMatching(/已撤销.* \/ .*revoked/) }]);
    expect(codes(renewalProblems('PREPARING', '2026-06-01', '2031-05-31'))).toEqual(['CERTIFICATE_NOT_RENEWABLE']);
  });

  it('R-ORG-9: at registration the certificate is valid from the registration date: its last day must come after it', () => {
    expect(certificatePeriodProblems('2026-05-10', '2031-05-09')).toEqual([]);
    expect(certificatePeriodProblems('2026-05-10', '2026-05-10', 'input.certificateValidUntil')).toEqual([
      { code: 'CERTIFICATE_PERIOD_INVALID', field: 'input.certificateValidUntil', message: expect.stringMatching(/有效期限至（2026-05-10）须晚于有效期限自（2026-05-10） \/ .*valid until a day after/) },
    ]);
    expect(codes(certificatePeriodProblems('2026-05-10', '2021-05-09'))).toEqual(['CERTIFICATE_PERIOD_INVALID']);
    expect(codes(certificatePeriodProblems('2026-05-10', '2026-02-30'))).toEqual(['INVALID_DATE']);
  });

  it('R-ORG-9: reminders at the tightest lead day reached, then EXPIRED the day after the last day, each once per certificate', () => {
    const lead = certificateExpiryLeadDaysSetting.nationalDefault;
    expect(lead).toEqual([90, 30]);
    expect(certificateExpiryKeys('2026-09-01', '2026-12-31', lead, [])).toEqual([]);
    expect(certificateExpiryKeys('2026-10-02', '2026-12-31', lead, [])).toEqual(['EXPIRING_IN_90@2026-12-31']);
    expect(certificateExpiryKeys('2026-10-02', '2026-12-31', lead, ['EXPIRING_IN_90@2026-12-31'])).toEqual([]);
    expect(certificateExpiryKeys('2026-12-31', '2026-12-31', lead, ['EXPIRING_IN_90@2026-12-31'])).toEqual(['EXPIRING_IN_30@2026-12-31']);
    expect(certificateExpiryKeys('2027-01-01', '2026-12-31', lead, [])).toEqual(['EXPIRED@2026-12-31']);
    // a renewed certificate (a new last day) is reminded afresh
    expect(certificateExpiryKeys('2031-10-02', '2031-12-31', lead, ['EXPIRING_IN_90@2026-12-31', 'EXPIRED@2026-12-31'])).toEqual(['EXPIRING_IN_90@2031-12-31']);
    expect(thresholdOf('EXPIRING_IN_30@2026-12-31')).toBe('EXPIRING_IN_30');
  });

  it('R-ORG-9: an active organisation owes a renewal within the largest lead day or once expired', () => {
    expect(certificateRenewalOwed('REGISTERED', '2026-12-31', '2026-10-01', [90, 30])).toBeNull();
    expect(certificateRenewalOwed('REGISTERED', '2026-12-31', '2026-10-02', [30, 90])).toEqual({ dueOn: '2026-12-31', daysLeft: 90 });
    expect(certificateRenewalOwed('SUSPENDED', '2026-12-31', '2027-01-05', [90, 30])).toEqual({ dueOn: '2026-12-31', daysLeft: -5 });
    expect(certificateRenewalOwed('DEREGISTERED', '2026-12-31', '2027-01-05', [90, 30])).toBeNull();
    expect(certificateRenewalOwed('REGISTERED', null, '2027-01-05', [90, 30])).toBeNull();
  });

  it('R-ORG-9: the lead days are a LOCAL setting of positive whole numbers', () => {
    expect(certificateExpiryLeadDaysSetting.rules).toEqual(['R-ORG-9']);
    expect(certificateExpiryLeadDaysSetting.validate([30, 60, 30])).toEqual([60, 30]);
    expect(() => certificateExpiryLeadDaysSetting.validate([0])).toThrow(/ \/ /);
  });
});
