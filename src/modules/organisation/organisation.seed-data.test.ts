import { describe, expect, it } from 'vitest';
import { regionLevelOf, isInSubtree } from '../../platform/regions/region-code.js';
import { validateIdNumber, validatePhone } from '../person/domain/id-number.js';
import { checkRegistration, type FieldOfActivity } from './domain/organisation-rules.js';
import { directRegistrationCategoriesSetting, minimumFundsSetting } from './domain/settings.js';
import { validateUscc, usccParts } from './domain/uscc.js';
import { demoRegister } from './organisation.seed-data.js';

const demo = demoRegister();
const settings = { directRegistrationCategories: directRegistrationCategoriesSetting.nationalDefault, minimumFunds: minimumFundsSetting.nationalDefault };

describe('demo register', () => {
  it('is the same on every start (seeded PRNG)', () => {
    expect(demoRegister()).toEqual(demo);
  });

  it('has a few hundred organisations, 嘉定 in the plan\'s 132 : 509 proportion', () => {
    expect(demo.organisations.length).toBeGreaterThanOrEqual(300);
    expect(demo.organisations.length).toBeLessThanOrEqual(400);
    const jiading = demo.organisations.filter((o) => o.regionCode === '310114');
    const sg = jiading.filter((o) => o.type === 'SOCIAL_GROUP').length;
    const si = jiading.filter((o) => o.type === 'SERVICE_INSTITUTION').length;
    expect(sg / (sg + si)).toBeCloseTo(132 / 641, 1);
  });

  it('R-ORG-1 … R-ORG-5: every registered organisation passes the registration rules with the national defaults', () => {
    for (const o of demo.organisations.filter((x) => x.status !== 'PREPARING')) {
      const authorityLevel = regionLevelOf(o.regionCode)!;
      const problems = checkRegistration({
        type: o.type, fundraising: o.fundraising, authorityLevel, activityAreaLevel: o.activityAreaLevel as typeof authorityLevel,
        fieldsOfActivity: o.fields as FieldOfActivity[], supervisoryUnit: o.supervisoryUnitId, fundsFen: o.registeredFundsFen, fundsInCash: true,
        individualMembers: o.individualMembers ?? 0, unitMembers: o.unitMembers ?? 0,
      }, settings);
      expect({ name: o.name, problems }).toEqual({ name: o.name, problems: [] });
      expect(o.directRegistration).toBe(!o.supervisoryUnitId);
    }
  });

  it('R-ORG-2: foundations are registered with provincial authorities', () => {
    const foundations = demo.organisations.filter((o) => o.type === 'FOUNDATION');
    expect(foundations.length).toBeGreaterThanOrEqual(10);
    for (const f of foundations) expect(regionLevelOf(f.regionCode)).toBe('PROVINCE');
  });

  it('R-USCC-1 … R-USCC-4: codes are valid, unique, of the type and of the registering authority', () => {
    const codes = demo.organisations.flatMap((o) => (o.uscc ? [o.uscc] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const o of demo.organisations.filter((x) => x.uscc)) {
      expect(validateUscc(o.uscc!, o.type)).toEqual([]);
      expect(usccParts(o.uscc!).divisionCode).toBe(o.regionCode);
    }
  });

  it('R-VOL-1: legal representatives have valid, unique ID numbers and valid phones', () => {
    const ids = demo.people.map((p) => p.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of demo.people) {
      expect(validateIdNumber(p.idNumber, '2026-01-01').ok).toBe(true);
      expect(validatePhone(p.phone)).toBeUndefined();
      // tests build their own people in 310114 and 310110: never collide with them
      expect(p.idNumber.slice(0, 6)).not.toMatch(/^3101(14|10)$/);
    }
  });

  it('names are unique, realistic, and never use the characters tests reserve (淼, 焱)', () => {
    const names = demo.organisations.flatMap((o) => [o.name, ...o.formerNames]);
    expect(new Set(names).size).toBe(names.length);
    expect(names.join()).not.toMatch(/[淼焱]/);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^(上海市)?嘉定区.+(协会|中心)$/), expect.stringMatching(/^鸡西市.+协会$/), expect.stringMatching(/^嘉兴市南湖区/)]));
    expect(demo.organisations.filter((o) => o.formerNames.length).length).toBeGreaterThanOrEqual(3);
  });

  it('has statuses mostly registered, some suspended, deregistered, revoked and two social groups preparing', () => {
    const by = (s: string) => demo.organisations.filter((o) => o.status === s).length;
    expect(by('REGISTERED') / demo.organisations.length).toBeGreaterThan(0.75);
    for (const s of ['SUSPENDED', 'DEREGISTERED', 'REVOKED']) expect(by(s)).toBeGreaterThan(0);
    expect(demo.organisations.filter((o) => o.status === 'PREPARING').map((o) => o.type)).toEqual(['SOCIAL_GROUP', 'SOCIAL_GROUP']);
  });

  it('every organisation has its change record, and domiciles lie in the authority\'s region', () => {
    const withChanges = new Set(demo.changes.map((c) => c.organisationId));
    for (const o of demo.organisations) {
      expect(withChanges.has(o.id)).toBe(true);
      expect(isInSubtree(o.regionCode, o.domicileRegionCode)).toBe(true);
      if (o.type === 'SOCIAL_GROUP' && o.status !== 'PREPARING') expect((o.individualMembers ?? 0) >= 50 || (o.unitMembers ?? 0) >= 30).toBe(true);
    }
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const r of [...demo.units, ...demo.people, ...demo.organisations, ...demo.changes]) expect(r.id).toMatch(uuid);
    const units = new Set(demo.units.map((u) => u.id));
    for (const o of demo.organisations) if (o.supervisoryUnitId) expect(units.has(o.supervisoryUnitId)).toBe(true);
  });
});
