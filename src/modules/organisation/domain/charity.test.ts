import { describe, expect, it } from 'vitest';
import { fundraisingGrantProblems, fundraisingRevokeProblems, recognitionProblems, type CharityFacts } from './charity.js';
import { fundraisingMinRegisteredYearsSetting } from './settings.js';

const codes = (p: { code: string }[]) => p.map((x) => x.code);
const org = (o: Partial<CharityFacts> = {}): CharityFacts => ({ status: 'REGISTERED', registrationDate: '2024-06-01', charityRecognised: false, publicFundraisingQualified: false, ...o });

describe('charity recognition and public fundraising (《慈善法》)', () => {
  it('Charity Law art. 10: a registered organisation is recognised once, on or after its registration date', () => {
    expect(recognitionProblems(org(), '2025-01-10')).toEqual([]);
    expect(codes(recognitionProblems(org({ charityRecognised: true }), '2025-01-10'))).toEqual(['CHARITY_ALREADY_RECOGNISED']);
    expect(codes(recognitionProblems(org(), '2024-05-31'))).toEqual(['DATE_BEFORE_REGISTRATION']);
    expect(codes(recognitionProblems(org(), '2025-02-30'))).toEqual(['INVALID_DATE']);
    const ended = recognitionProblems(org({ status: 'DEREGISTERED' }), '2025-01-10');
    expect(ended).toEqual([{ code: 'CHARITY_STATUS_NOT_ALLOWED', field: 'status', message: expect.stringMatching(/已注销.*不能认定为慈善组织 \/ .*DEREGISTERED/) }]);
    expect(codes(recognitionProblems(org({ status: 'SUSPENDED' }), '2025-01-10'))).toEqual(['CHARITY_STATUS_NOT_ALLOWED']);
  });

  it('Charity Law art. 22: only a charity registered for the years in force gets the public-fundraising qualification, once', () => {
    const charity = org({ charityRecognised: true });
    expect(fundraisingGrantProblems(charity, '2025-06-01', 1)).toEqual([]);
    const early = fundraisingGrantProblems(charity, '2025-05-31', 1);
    expect(early).toEqual([{ code: 'FUNDRAISING_TOO_EARLY', field: 'grantedOn', message: expect.stringMatching(/满 1 年.*最早 2025-06-01.*\/ .*2025-06-01 at the earliest/) }]);
    expect(codes(fundraisingGrantProblems(charity, '2025-06-01', 2))).toEqual(['FUNDRAISING_TOO_EARLY']);
    expect(codes(fundraisingGrantProblems(org(), '2025-06-01', 1))).toEqual(['FUNDRAISING_NOT_A_CHARITY']);
    expect(codes(fundraisingGrantProblems(org({ charityRecognised: true, publicFundraisingQualified: true }), '2025-06-01', 1))).toEqual(['FUNDRAISING_ALREADY_QUALIFIED']);
    expect(codes(fundraisingGrantProblems(org({ charityRecognised: true, status: 'SUSPENDED' }), '2025-06-01', 1))).toEqual(['CHARITY_STATUS_NOT_ALLOWED']);
  });

  it('Charity Law art. 22: one year since the 2023 amendment took effect (5 September 2024), two before', () => {
    expect(fundraisingMinRegisteredYearsSetting.nationalDefault).toBe(1);
    expect(fundraisingMinRegisteredYearsSetting.history).toEqual([{ until: '2024-09-05', value: 2 }]);
    expect(() => fundraisingMinRegisteredYearsSetting.validate(1.5)).toThrow(/整数 \/ .*whole number/);
  });

  it('a qualification is revoked only when held, with a reason', () => {
    const held = org({ charityRecognised: true, publicFundraisingQualified: true });
    expect(fundraisingRevokeProblems(held, '2026-03-01', '年度慈善活动支出不符合规定')).toEqual([]);
    expect(codes(fundraisingRevokeProblems(held, '2026-03-01', ' '))).toEqual(['REASON_REQUIRED']);
    expect(codes(fundraisingRevokeProblems(org({ charityRecognised: true }), '2026-03-01', '理由'))).toEqual(['FUNDRAISING_NOT_QUALIFIED']);
  });
});
