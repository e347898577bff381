import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  AuditTrailDocument, EventsDocument, JurisdictionSettingSetDocument, OrganisationAmendDocument, OrganisationByCodeDocument,
  OrganisationByIdDocument, OrganisationDeregisterDocument, OrganisationPrepareDocument, OrganisationRegisterDocument,
  OrganisationResumeDocument, OrganisationRevokeDocument, OrganisationSuspendDocument, SupervisoryUnitCreateDocument,
} from '../generated/graphql.js';
import { idNumber, serviceInstitutionFacts, socialGroupFacts, uscc } from './factories.js';
import { usccCheckCharacter } from '../../src/modules/organisation/domain/uscc.js';

let t: TestApp;
let jiading: string;
beforeAll(async () => {
  t = await startTestApp();
  jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
});
afterAll(() => t?.stop());

async function registerServiceInstitution(over = {}) {
  const r = await t.ok(OrganisationRegisterDocument, {
    input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(over), code: uscc('52'), registrationDate: '2026-05-10', certificateNumber: '沪嘉民证字第001号', decisionNumber: '嘉民社〔2026〕1号' },
  }, jiading);
  expect(r.organisationRegister.userErrors).toEqual([]);
  return r.organisationRegister.organisation!;
}

describe('R-ORG-6 lifecycle', () => {
  it('R-ORG-6: a social group is prepared (筹备) with a registration deadline, then registered', async () => {
    const unit = await t.ok(SupervisoryUnitCreateDocument, { input: { name: '嘉定区文化和旅游局', regionCode: '310114' } }, jiading);
    const prep = await t.ok(OrganisationPrepareDocument, {
      input: { ...socialGroupFacts({ fields: ['CULTURE'], supervisoryUnitId: unit.supervisoryUnitCreate.supervisoryUnit!.id }), approvedOn: '2026-01-15', decisionNumber: '嘉民筹〔2026〕3号' },
    }, jiading);
    expect(prep.organisationPrepare.userErrors).toEqual([]);
    const org = prep.organisationPrepare.organisation!;
    expect(org).toMatchObject({ status: 'PREPARING', code: null, registrationDueBy: '2026-07-15', directRegistration: false });

    const code = uscc('51');
    const reg = await t.ok(OrganisationRegisterDocument, {
      input: { organisationId: org.id, expectedVersion: org.version, code, registrationDate: '2026-04-01', certificateNumber: '沪嘉社证字第12号', decisionNumber: '嘉民社〔2026〕12号' },
    }, jiading);
    expect(reg.organisationRegister.userErrors).toEqual([]);
    expect(reg.organisationRegister.organisation).toMatchObject({ status: 'REGISTERED', code, registrationDate: '2026-04-01' });
    expect(reg.organisationRegister.organisation!.supervisoryUnit?.name).toBe('嘉定区文化和旅游局');
  });

  it('R-ORG-6: refuses to register a social group that skipped preparation, naming why', async () => {
    const r = await t.ok(OrganisationRegisterDocument, {
      input: { type: 'SOCIAL_GROUP', facts: socialGroupFacts(), code: uscc('51'), registrationDate: '2026-05-10', certificateNumber: 'x', decisionNumber: 'y' },
    }, jiading);
    expect(r.organisationRegister.organisation).toBeNull();
    expect(r.organisationRegister.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringMatching(/筹备.*\/.*preparation/) });
  });

  it('R-ORG-6: amendments are kept as history with date and decision; a renamed organisation keeps its former name', async () => {
    const org = await registerServiceInstitution();
    const oldName = org.name;
    const a = await t.ok(OrganisationAmendDocument, {
      input: { id: org.id, expectedVersion: org.version, effectiveDate: '2026-06-01', decisionNumber: '嘉民变〔2026〕5号', name: '嘉定区颐养服务中心', domicile: '上海市嘉定区沪宜公路 1000 号', legalRepresentative: { name: '李秀英', idNumber: idNumber('1968-09-30') } },
    }, jiading);
    expect(a.organisationAmend.userErrors).toEqual([]);
    expect(a.organisationAmend.organisation).toMatchObject({ name: '嘉定区颐养服务中心', formerNames: [oldName], legalRepresentativeName: '李秀英', status: 'REGISTERED' });
    const full = await t.ok(OrganisationByIdDocument, { id: org.id }, jiading);
    const amend = full.organisation!.history.find((h) => h.action === 'AMEND')!;
    expect(amend).toMatchObject({ effectiveDate: '2026-06-01', decisionNumber: '嘉民变〔2026〕5号' });
    expect(Object.keys(amend.changes)).toEqual(expect.arrayContaining(['name', 'domicile', 'legalRepresentativeId']));
    expect(full.organisation!.timeline.map((e) => e.kind)).toEqual(['REGISTRATION', 'CHANGE']);
    expect(full.organisation!.timeline[1]!.legalBasis).toMatch(/变更登记/);
  });

  it('refuses a stale expectedVersion with CONFLICT and leaves the record as it was', async () => {
    const org = await registerServiceInstitution();
    const r = await t.gql(OrganisationAmendDocument, { input: { id: org.id, expectedVersion: org.version + 5, effectiveDate: '2026-06-01', decisionNumber: 'x', domicile: '别处' } }, jiading);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await t.ok(OrganisationByIdDocument, { id: org.id }, jiading);
    expect(again.organisation!.domicile).toBe(org.domicile);
  });

  it('R-ORG-6: suspends for a period and resumes; an ended organisation stays readable and refuses further changes naming its status', async () => {
    const org = await registerServiceInstitution();
    const s = await t.ok(OrganisationSuspendDocument, { input: { id: org.id, from: '2026-06-01', until: '2026-08-31', decisionNumber: '嘉民罚〔2026〕2号', reason: '未按规定开展活动' } }, jiading);
    expect(s.organisationSuspend.organisation).toMatchObject({ status: 'SUSPENDED', suspendedUntil: '2026-08-31' });
    const r = await t.ok(OrganisationResumeDocument, { input: { id: org.id, date: '2026-09-01', reason: '期满整改完成' } }, jiading);
    expect(r.organisationResume.organisation!.status).toBe('REGISTERED');
    const d = await t.ok(OrganisationDeregisterDocument, { input: { id: org.id, date: '2026-10-01', liquidationDate: '2026-09-20', reason: '自行解散', decisionNumber: '嘉民注〔2026〕1号' } }, jiading);
    expect(d.organisationDeregister.organisation).toMatchObject({ status: 'DEREGISTERED', endedOn: '2026-10-01' });
    const after = await t.ok(OrganisationAmendDocument, { input: { id: org.id, effectiveDate: '2026-10-02', decisionNumber: 'x', domicile: '新址' } }, jiading);
    expect(after.organisationAmend.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('已注销') });
    const read = await t.ok(OrganisationByCodeDocument, { code: org.code! });
    expect(read.organisationByCode).toMatchObject({ status: 'DEREGISTERED', name: org.name });
  });

  it('R-ORG-6: a revoked organisation\'s code is never reused', async () => {
    const org = await registerServiceInstitution();
    const rv = await t.ok(OrganisationRevokeDocument, { input: { id: org.id, date: '2026-07-01', penaltyDecisionNumber: '嘉民罚〔2026〕9号', reason: '名存实亡' } }, jiading);
    expect(rv.organisationRevoke.organisation!.status).toBe('REVOKED');
    const again = await t.ok(OrganisationRegisterDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(), code: org.code!, registrationDate: '2026-08-01', certificateNumber: 'x', decisionNumber: 'y' },
    }, jiading);
    expect(again.organisationRegister.userErrors.map((e) => e.code)).toContain('USCC_ALREADY_USED');
  });

  it('writes an audit record and an OrganisationRegistered event in the same transaction', async () => {
    const org = await registerServiceInstitution();
    const trail = await t.ok(AuditTrailDocument, { entityId: org.id }, jiading);
    expect(trail.auditTrail.nodes.map((n) => n.operation)).toEqual(['organisationRegister']);
    await t.app.relay.poke();
    const events = await t.ok(EventsDocument, { filter: { types: ['OrganisationRegistered'], organisationId: org.id } }, jiading);
    expect(events.events.nodes[0]).toMatchObject({ type: 'OrganisationRegistered', subjectId: org.id, regionCode: '310114', data: { code: org.code, status: 'REGISTERED' } });
  });
});

describe('registration rules', () => {
  const register = (over: Record<string, unknown>, facts = serviceInstitutionFacts()) =>
    t.ok(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate: '2026-05-10', certificateNumber: 'c', decisionNumber: 'd', ...over } }, jiading);

  it('R-USCC-2: refuses a wrong check character with a clear bilingual message', async () => {
    const good = uscc('52');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = await register({ code: bad });
    expect(r.organisationRegister.userErrors).toContainEqual({ field: 'input.code', code: 'USCC_CHECK_CHARACTER', message: expect.stringMatching(/校验.*\/.*check character/) });
  });

  it('R-USCC-1: refuses a code of the wrong length or with letters the standard leaves out (I, O, S, V, Z), naming them', async () => {
    const good = uscc('52');
    const short = await register({ code: good.slice(0, 17) });
    expect(short.organisationRegister.userErrors).toContainEqual({ field: 'input.code', code: 'USCC_LENGTH', message: expect.stringMatching(/18 位.*\/.*18 characters/) });
    const withO = good.slice(0, 10) + 'O' + good.slice(11);
    const letters = await register({ code: withO });
    expect(letters.organisationRegister.userErrors).toContainEqual({ field: 'input.code', code: 'USCC_CHARSET', message: expect.stringMatching(/不允许的字符.*O.*\/.*not allowed/) });
    expect(letters.organisationRegister.organisation).toBeNull();
  });

  it('R-USCC-3: refuses a code whose embedded organisation code (positions 9–17) fails its own check, even when position 18 fits', async () => {
    const good = uscc('52');
    const wrong17 = good[16] === '1' ? '2' : '1';
    const first17 = good.slice(0, 16) + wrong17;
    const code = first17 + usccCheckCharacter(first17); // the overall check is right; only the GB 11714 check is wrong
    const r = await register({ code });
    expect(r.organisationRegister.userErrors.map((e) => e.code)).toEqual(['USCC_ORG_CODE_CHECK']);
    expect(r.organisationRegister.userErrors[0]!.message).toMatch(/组织机构代码.*第17位应为“.”.*\/.*position 17 should be/);
  });

  it('R-USCC-4: refuses a code whose type prefix does not match the organisation type', async () => {
    const r = await register({ code: uscc('51') });
    expect(r.organisationRegister.userErrors.map((e) => e.code)).toContain('USCC_TYPE_MISMATCH');
  });

  it('R-ORG-3: an organisation outside the direct-registration fields needs a supervisory unit', async () => {
    const r = await register({}, serviceInstitutionFacts({ fields: ['EDUCATION'] }));
    expect(r.organisationRegister.userErrors.map((e) => e.code)).toEqual(expect.arrayContaining([expect.stringMatching(/SUPERVISORY_UNIT/)]));
    const ok = await register({}, serviceInstitutionFacts({ fields: ['COMMUNITY_SERVICE'] }));
    expect(ok.organisationRegister.organisation?.directRegistration).toBe(true);
  });

  it('R-ORG-2: a district authority may not register a foundation', async () => {
    const r = await t.ok(OrganisationRegisterDocument, {
      input: { type: 'FOUNDATION', fundraising: 'NON_PUBLIC', facts: serviceInstitutionFacts({ registeredFundsFen: 300_000_000, fields: ['PUBLIC_BENEFIT_CHARITY'] }), code: uscc('53'), registrationDate: '2026-05-10', certificateNumber: 'c', decisionNumber: 'd' },
    }, jiading);
    expect(r.organisationRegister.userErrors.length).toBeGreaterThan(0);
    expect(r.organisationRegister.userErrors.map((e) => e.message).join()).toMatch(/基金会/);
  });

  it('R-ORG-5: a social group needs at least 50 individual members', async () => {
    const r = await t.ok(OrganisationPrepareDocument, { input: { ...socialGroupFacts({ individualMembers: 20 }), approvedOn: '2026-01-15', decisionNumber: 'x' } }, jiading);
    const org = r.organisationPrepare.organisation!;
    const reg = await t.ok(OrganisationRegisterDocument, { input: { organisationId: org.id, code: uscc('51'), registrationDate: '2026-03-01', certificateNumber: 'c', decisionNumber: 'd' } }, jiading);
    expect(reg.organisationRegister.userErrors.map((e) => e.field)).toEqual(expect.arrayContaining([expect.stringMatching(/Members/)]));
  });

  it('R-ORG-4: minimum funds come from the jurisdiction settings in force on the registration date (LOCAL)', async () => {
    const low = serviceInstitutionFacts({ registeredFundsFen: 1_000_000 }); // 10,000 yuan: below the 30,000 default
    const refused = await register({ registrationDate: '2026-05-10' }, low);
    expect(refused.organisationRegister.userErrors.map((e) => e.field)).toContain('input.facts.registeredFundsFen');
    const set = await t.ok(JurisdictionSettingSetDocument, {
      input: {
        regionCode: '310114', key: 'organisation.minimumFunds', effectiveFrom: '2026-06-01', basis: '嘉民规〔2026〕1号',
        value: { socialGroupNational: 10_000_000, socialGroupLocal: 3_000_000, foundationNationalPublic: 800_000_000, foundationLocalPublic: 400_000_000, foundationNonPublic: 200_000_000, serviceInstitution: 500_000 },
      },
    }, jiading);
    expect(set.jurisdictionSettingSet.userErrors).toEqual([]);
    const before = await register({ registrationDate: '2026-05-31' }, serviceInstitutionFacts({ registeredFundsFen: 1_000_000 }));
    expect(before.organisationRegister.userErrors.length).toBeGreaterThan(0);
    const after = await register({ registrationDate: '2026-06-01' }, serviceInstitutionFacts({ registeredFundsFen: 1_000_000 }));
    expect(after.organisationRegister.userErrors).toEqual([]);
  });

  it('refuses an authority acting outside its jurisdiction', async () => {
    const yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
    const r = await t.gql(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(), code: uscc('52'), registrationDate: '2026-05-10', certificateNumber: 'c', decisionNumber: 'd' } }, yangpu);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
