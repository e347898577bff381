import { describe, expect, it } from 'vitest';
import { countProblems, industryCodeProblems, mergeRecord, normalizeIndustryCode, recordProblems } from './record.js';

const codes = (p: { code: string }[]) => p.map((x) => x.code);

describe('R-ORG-9 basic record', () => {
  it('R-ORG-9: an industry code is a section letter A–T with 0, 2, 3 or 4 digits (GB/T 4754, either edition)', () => {
    for (const ok of ['S', 'S95', 'S952', 'S9521', 'S9421', 'P8399', 'Q8510', ' s 9521 ']) expect(industryCodeProblems(ok)).toEqual([]);
    for (const bad of ['', '9521', 'S9', 'S95211', 'U9521', 'SS95', 'S95A'])
      expect(codes(industryCodeProblems(bad))).toEqual(['ORG_INDUSTRY_CODE_INVALID']);
    expect(normalizeIndustryCode(' s 9521 ')).toBe('S9521');
    expect(industryCodeProblems('X1')[0]!.message).toMatch(/行业分类.* \/ .*industry/);
  });

  it('R-ORG-9: counts are non-negative whole numbers; the standing council is no larger than the council', () => {
    expect(countProblems({ councilMembers: 15, standingCouncilMembers: 5, supervisors: 3, fullTimeStaff: 0, partTimeStaff: 2 })).toEqual([]);
    expect(codes(countProblems({ partTimeStaff: -1 }))).toEqual(['ORG_COUNT_INVALID']);
    expect(codes(countProblems({ supervisors: 1.5 }))).toEqual(['ORG_COUNT_INVALID']);
    expect(countProblems({ councilMembers: 9, standingCouncilMembers: 10 })).toEqual([
      { code: 'ORG_STANDING_COUNCIL_EXCEEDS_COUNCIL', field: 'standingCouncilMembers', message: expect.stringMatching(/常务理事.* \/ standing council/) },
    ]);
    expect(countProblems({ councilMembers: 10, standingCouncilMembers: 10 })).toEqual([]);
    expect(countProblems({ councilMembers: null, standingCouncilMembers: 10 })).toEqual([]); // council unknown: nothing to compare
  });

  it('R-ORG-9: merging keeps what is not given, clears what is null, defaults the currency to CNY', () => {
    const current = { councilMembers: 15, standingCouncilMembers: 5, fundsCurrency: 'CNY', industryCode: 'S9521' };
    expect(mergeRecord(current, { standingCouncilMembers: 7, industryCode: 's9522', fundsCurrency: 'usd' })).toEqual({ councilMembers: 15, standingCouncilMembers: 7, fundsCurrency: 'USD', industryCode: 'S9522' });
    expect(mergeRecord(current, { fundsCurrency: null, industryCode: null })).toMatchObject({ fundsCurrency: 'CNY', industryCode: null });
    expect(mergeRecord(current, { fundsSource: '  ' }).fundsSource).toBeNull();
  });

  it('R-ORG-9: the merged record is checked as a whole (a smaller council against the standing council on record)', () => {
    const merged = mergeRecord({ councilMembers: 15, standingCouncilMembers: 5 }, { councilMembers: 4 });
    expect(codes(recordProblems(merged, '2026-06-01'))).toEqual(['ORG_STANDING_COUNCIL_EXCEEDS_COUNCIL']);
    expect(codes(recordProblems({ fundsCurrency: 'RMB1', domicileSource: 'BORROWED', charterApprovedOn: '2026-02-30' }, '2026-06-01'))).toEqual(['ORG_CURRENCY_INVALID', 'ORG_DOMICILE_SOURCE_INVALID', 'INVALID_DATE']);
    expect(codes(recordProblems({ charterApprovedOn: '2026-06-02' }, '2026-06-01'))).toEqual(['ORG_CHARTER_DATE_IN_FUTURE']);
    expect(recordProblems({ charterApprovedOn: '2026-06-01', domicileSource: 'LEASED', fundsCurrency: 'CNY' }, '2026-06-01')).toEqual([]);
  });
});
