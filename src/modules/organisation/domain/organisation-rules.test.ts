import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_TYPES,
  basicFactProblems,
  nameProblems,
  checkRegistration,
  formatYuan,
  memberProblems,
  minimumFundsFen,
  registrationDueAfterPreparation,
  registrationLevelProblems,
  requiresSupervisoryUnit,
  type RegistrationInput,
  type RegistrationSettings,
} from './organisation-rules.js';
import { directRegistrationCategoriesSetting, minimumFundsSetting } from './settings.js';

const settings: RegistrationSettings = {
  directRegistrationCategories: directRegistrationCategoriesSetting.nationalDefault,
  minimumFunds: minimumFundsSetting.nationalDefault,
};
const YUAN = 100;
const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

/** A district social group that satisfies every rule; tests change one thing at a time. */
const socialGroup: RegistrationInput = {
  type: 'SOCIAL_GROUP',
  authorityLevel: 'DISTRICT',
  activityAreaLevel: 'DISTRICT',
  fieldsOfActivity: ['CULTURE'],
  supervisoryUnit: '区文化和旅游局',
  fundsFen: 30_000 * YUAN,
  individualMembers: 50,
};
const foundation: RegistrationInput = {
  type: 'FOUNDATION',
  fundraising: 'NON_PUBLIC',
  authorityLevel: 'PROVINCE',
  activityAreaLevel: 'PROVINCE',
  fieldsOfActivity: ['PUBLIC_BENEFIT_CHARITY'],
  fundsFen: 2_000_000 * YUAN,
  fundsInCash: true,
};

describe('R-ORG-1: types', () => {
  it('R-ORG-1: three types', () => {
    expect(ORGANISATION_TYPES).toEqual(['SOCIAL_GROUP', 'SERVICE_INSTITUTION', 'FOUNDATION']);
  });

  it('R-ORG-1: a foundation must say whether it raises funds publicly', () => {
    expect(codes(checkRegistration({ ...foundation, fundraising: null }, settings))).toEqual(['ORG_FUNDRAISING_REQUIRED']);
  });

  it('R-ORG-1: only foundations carry a fundraising kind', () => {
    expect(codes(checkRegistration({ ...socialGroup, fundraising: 'PUBLIC' }, settings))).toEqual(['ORG_FUNDRAISING_NOT_APPLICABLE']);
  });
});

describe('R-ORG-2: registering authority level', () => {
  it('R-ORG-2: the valid baselines pass', () => {
    expect(checkRegistration(socialGroup, settings)).toEqual([]);
    expect(checkRegistration(foundation, settings)).toEqual([]);
  });

  it('R-ORG-2: foundations register only with the ministry or a province', () => {
    expect(registrationLevelProblems('FOUNDATION', 'NATIONAL', 'NATIONAL')).toEqual([]);
    expect(registrationLevelProblems('FOUNDATION', 'PROVINCE', 'PROVINCE')).toEqual([]);
    const p = registrationLevelProblems('FOUNDATION', 'CITY', 'CITY');
    expect(codes(p)).toEqual(['ORG_AUTHORITY_LEVEL']);
    expect(p[0]!.message).toMatch(/^基金会只能在民政部或省级民政部门登记.* \/ a foundation registers only with the ministry or a province/);
  });

  it('R-ORG-2: social groups and service institutions register at county level and above', () => {
    for (const level of ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT'] as const) {
      expect(registrationLevelProblems('SOCIAL_GROUP', level, level)).toEqual([]);
      expect(registrationLevelProblems('SERVICE_INSTITUTION', level, level)).toEqual([]);
    }
    expect(codes(registrationLevelProblems('SOCIAL_GROUP', 'TOWNSHIP', 'TOWNSHIP'))).toEqual(['ORG_AUTHORITY_LEVEL']);
  });

  it('R-ORG-2: a social group registers at the level of its area of activity', () => {
    const p = registrationLevelProblems('SOCIAL_GROUP', 'DISTRICT', 'CITY');
    expect(p).toEqual([expect.objectContaining({ code: 'ORG_ACTIVITY_AREA_LEVEL', field: 'activityAreaLevel' })]);
    expect(codes(registrationLevelProblems('SERVICE_INSTITUTION', 'CITY', 'DISTRICT'))).toEqual(['ORG_ACTIVITY_AREA_LEVEL']);
  });

  it('R-ORG-2: a provincial foundation may act in a narrower area, a nationwide one needs the ministry', () => {
    expect(registrationLevelProblems('FOUNDATION', 'PROVINCE', 'CITY')).toEqual([]);
    expect(codes(registrationLevelProblems('FOUNDATION', 'PROVINCE', 'NATIONAL'))).toEqual(['ORG_ACTIVITY_AREA_LEVEL']);
  });
});

describe('R-ORG-3: dual management', () => {
  it('R-ORG-3: the four national direct-registration categories need no supervisory unit', () => {
    for (const f of ['INDUSTRY_ASSOCIATION', 'SCIENCE_TECHNOLOGY', 'PUBLIC_BENEFIT_CHARITY', 'COMMUNITY_SERVICE'] as const)
      expect(checkRegistration({ ...socialGroup, fieldsOfActivity: [f], supervisoryUnit: null }, settings), f).toEqual([]);
  });

  it('R-ORG-3: other fields need a supervisory unit first', () => {
    const p = checkRegistration({ ...socialGroup, supervisoryUnit: null }, settings);
    expect(p).toEqual([expect.objectContaining({ code: 'ORG_SUPERVISORY_UNIT_REQUIRED', field: 'supervisoryUnit' })]);
  });

  it('R-ORG-3: one direct-registration field among several is enough', () => {
    expect(requiresSupervisoryUnit(['CULTURE', 'COMMUNITY_SERVICE'], settings.directRegistrationCategories)).toBe(false);
    expect(requiresSupervisoryUnit(['CULTURE', 'SPORT'], settings.directRegistrationCategories)).toBe(true);
  });

  it('R-ORG-3: the list is LOCAL: a place that adds ELDERLY_CARE registers it directly', () => {
    const local = { ...settings, directRegistrationCategories: [...settings.directRegistrationCategories, 'ELDERLY_CARE' as const] };
    expect(checkRegistration({ ...socialGroup, fieldsOfActivity: ['ELDERLY_CARE'], supervisoryUnit: null }, local)).toEqual([]);
    expect(checkRegistration({ ...socialGroup, fieldsOfActivity: ['ELDERLY_CARE'], supervisoryUnit: null }, settings)).toHaveLength(1);
  });

  it('R-ORG-3: at least one field of activity is required', () => {
    expect(codes(checkRegistration({ ...socialGroup, fieldsOfActivity: [] }, settings))).toEqual(['ORG_FIELD_REQUIRED']);
  });
});

describe('R-ORG-4: minimum funds (fen)', () => {
  const min = settings.minimumFunds;

  it('R-ORG-4: national defaults in fen', () => {
    expect(minimumFundsFen('SOCIAL_GROUP', null, 'NATIONAL', min)).toBe(10_000_000);
    expect(minimumFundsFen('SOCIAL_GROUP', null, 'DISTRICT', min)).toBe(3_000_000);
    expect(minimumFundsFen('FOUNDATION', 'PUBLIC', 'NATIONAL', min)).toBe(800_000_000);
    expect(minimumFundsFen('FOUNDATION', 'PUBLIC', 'PROVINCE', min)).toBe(400_000_000);
    expect(minimumFundsFen('FOUNDATION', 'NON_PUBLIC', 'NATIONAL', min)).toBe(200_000_000);
    expect(minimumFundsFen('SERVICE_INSTITUTION', null, 'CITY', min)).toBe(3_000_000);
  });

  it('R-ORG-4: exactly the minimum passes, one fen less fails with both amounts in yuan', () => {
    expect(checkRegistration({ ...socialGroup, fundsFen: 3_000_000 }, settings)).toEqual([]);
    const p = checkRegistration({ ...socialGroup, fundsFen: 2_999_999 }, settings);
    expect(codes(p)).toEqual(['ORG_FUNDS_BELOW_MINIMUM']);
    expect(p[0]!.message).toContain('29,999.99 元低于最低要求 30,000.00 元');
  });

  it('R-ORG-4: a national social group needs 100,000 yuan', () => {
    const national = { ...socialGroup, authorityLevel: 'NATIONAL', activityAreaLevel: 'NATIONAL' } as const;
    expect(codes(checkRegistration({ ...national, fundsFen: 9_999_999 }, settings))).toEqual(['ORG_FUNDS_BELOW_MINIMUM']);
    expect(checkRegistration({ ...national, fundsFen: 10_000_000 }, settings)).toEqual([]);
  });

  it('R-ORG-4: a local public foundation needs 4M yuan in cash', () => {
    const pub = { ...foundation, fundraising: 'PUBLIC' } as const;
    expect(codes(checkRegistration({ ...pub, fundsFen: 2_000_000 * YUAN }, settings))).toEqual(['ORG_FUNDS_BELOW_MINIMUM']);
    expect(checkRegistration({ ...pub, fundsFen: 4_000_000 * YUAN }, settings)).toEqual([]);
    expect(codes(checkRegistration({ ...pub, fundsFen: 4_000_000 * YUAN, fundsInCash: false }, settings))).toEqual(['ORG_FUNDS_NOT_CASH']);
  });

  it('R-ORG-4: funds must be whole fen (no floats)', () => {
    expect(codes(checkRegistration({ ...socialGroup, fundsFen: 3_000_000.5 }, settings))).toEqual(['ORG_FUNDS_INVALID']);
    expect(codes(checkRegistration({ ...socialGroup, fundsFen: -1 }, settings))).toEqual(['ORG_FUNDS_INVALID']);
  });

  it('R-ORG-4: the service institution minimum is LOCAL', () => {
    const local = { ...settings, minimumFunds: { ...settings.minimumFunds, serviceInstitution: 100_000 * YUAN } };
    const si: RegistrationInput = { ...socialGroup, type: 'SERVICE_INSTITUTION', individualMembers: 0, fundsFen: 50_000 * YUAN };
    expect(checkRegistration(si, settings)).toEqual([]);
    expect(codes(checkRegistration(si, local))).toEqual(['ORG_FUNDS_BELOW_MINIMUM']);
  });

  it('formats fen as yuan with integer arithmetic', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(800_000_000)).toBe('8,000,000.00');
    expect(formatYuan(-150)).toBe('-1.50');
  });
});

describe('R-ORG-5: members of a social group', () => {
  it('R-ORG-5: 50 individual members pass, 49 fail', () => {
    expect(memberProblems(50, 0)).toEqual([]);
    expect(codes(memberProblems(49, 0))).toEqual(['ORG_MEMBERS_TOO_FEW']);
  });

  it('R-ORG-5: 30 unit members pass, 29 fail', () => {
    expect(memberProblems(0, 30)).toEqual([]);
    const p = memberProblems(0, 29);
    expect(p[0]).toMatchObject({ code: 'ORG_MEMBERS_TOO_FEW', field: 'unitMembers' });
  });

  it('R-ORG-5: a mixed membership needs 50 in total', () => {
    expect(memberProblems(20, 30)).toEqual([]);
    expect(codes(memberProblems(19, 30))).toEqual(['ORG_MEMBERS_TOO_FEW']);
    expect(codes(memberProblems(5, 30))).toEqual(['ORG_MEMBERS_TOO_FEW']);
  });

  it('R-ORG-5: only social groups have member minimums', () => {
    expect(checkRegistration({ ...foundation, individualMembers: 0 }, settings)).toEqual([]);
  });

  it('R-ORG-5: negative or fractional counts are refused', () => {
    expect(codes(memberProblems(-1, 0))).toEqual(['ORG_MEMBERS_INVALID']);
  });
});

describe('checkRegistration returns every problem at once', () => {
  it('R-ORG-2, R-ORG-3, R-ORG-4, R-ORG-5: all problems, each with its field', () => {
    const p = checkRegistration(
      { ...socialGroup, authorityLevel: 'DISTRICT', activityAreaLevel: 'CITY', supervisoryUnit: null, fundsFen: 100, individualMembers: 10 },
      settings,
    );
    expect(p.map((x) => [x.code, x.field])).toEqual([
      ['ORG_ACTIVITY_AREA_LEVEL', 'activityAreaLevel'],
      ['ORG_SUPERVISORY_UNIT_REQUIRED', 'supervisoryUnit'],
      ['ORG_FUNDS_BELOW_MINIMUM', 'fundsFen'],
      ['ORG_MEMBERS_TOO_FEW', 'individualMembers'],
    ]);
    for (const x of p) expect(x.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
  });
});

describe('R-ORG-6: preparation period', () => {
  it('R-ORG-6: ends on the corresponding day 6 months later', () => {
    expect(registrationDueAfterPreparation('2025-01-15', 6)).toBe('2025-07-15');
  });

  it('R-ORG-6: ends on the last day of a shorter month', () => {
    expect(registrationDueAfterPreparation('2025-08-31', 6)).toBe('2026-02-28');
    expect(registrationDueAfterPreparation('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('R-ORG-6: a LOCAL period of 3 months', () => {
    expect(registrationDueAfterPreparation('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('basic facts of a record (shared by the mutations and the import)', () => {
  const ok = { name: '嘉定区阳光社区服务中心', domicile: '嘉定区博乐路 1 号', businessScope: '社区服务', regionCode: '310114', domicileRegionCode: '310114004' };

  it('accepts complete facts with the domicile inside the authority\'s region', () => {
    expect(basicFactProblems(ok)).toEqual([]);
  });

  it('names every missing fact at once, by its key', () => {
    const problems = basicFactProblems({ ...ok, name: ' 阳光 ', domicile: ' ', businessScope: '' });
    expect(problems.map((p) => [p.code, p.field])).toEqual([['NAME_TOO_SHORT', 'name'], ['DOMICILE_REQUIRED', 'domicile'], ['SCOPE_REQUIRED', 'businessScope']]);
    expect(problems[0]!.message).toMatch(/^名称过短.* \/ the name is too short/);
  });

  it('refuses a domicile outside the authority\'s region', () => {
    expect(basicFactProblems({ ...ok, domicileRegionCode: '310115004' }).map((p) => p.code)).toEqual(['DOMICILE_OUTSIDE_REGION']);
  });

  it('counts characters, not UTF-16 units, for the name length', () => {
    expect(nameProblems('𠀀𠀀𠀀')).toHaveLength(1);
    expect(nameProblems('𠀀𠀀𠀀𠀀')).toEqual([]);
  });
});
