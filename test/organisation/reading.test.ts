import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  OrganisationAmendDocument, OrganisationByIdDocument, OrganisationRegisterDocument, OrganisationStatsDocument, OrganisationsDocument,
  SupervisoryUnitCreateDocument,
} from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from './factories.js';

let t: TestApp;
let jiading: string;
let unitId: string;
const ids: Record<string, string> = {};

// Names built around 淼 and 焱, which the demo data never uses, so searches see only these.
const NAMES = ['淼焱社区养老服务中心', '嘉定区淼焱青少年服务中心', '淼焱', '上海淼焱文化发展中心', '安亭淼焱助残服务社'];

beforeAll(async () => {
  t = await startTestApp();
  jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
  const unit = await t.ok(SupervisoryUnitCreateDocument, { input: { name: '嘉定区教育局', regionCode: '310114' } }, jiading);
  unitId = unit.supervisoryUnitCreate.supervisoryUnit!.id;
  for (const [i, name] of NAMES.entries()) {
    const facts = serviceInstitutionFacts({
      name: name.length < 4 ? `${name}服务社` : name,
      fields: i === 1 ? ['EDUCATION'] : ['COMMUNITY_SERVICE'],
      supervisoryUnitId: i === 1 ? unitId : null,
      registeredFundsFen: 10_000_000 + i * 100,
    });
    const r = await t.ok(OrganisationRegisterDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts, code: uscc('52'), registrationDate: `2026-0${i + 1}-10`, certificateNumber: `c${i}`, decisionNumber: `d${i}` },
    }, jiading);
    expect(r.organisationRegister.userErrors).toEqual([]);
    ids[name] = r.organisationRegister.organisation!.id;
  }
  // a renamed organisation: found by its former name
  await t.ok(OrganisationAmendDocument, { input: { id: ids['上海淼焱文化发展中心']!, effectiveDate: '2026-06-01', decisionNumber: 'x', name: '上海市嘉定区艺术发展中心' } }, jiading);
});
afterAll(() => t?.stop());

const search = (name: string, first = 20) => t.ok(OrganisationsDocument, { filter: { name }, first });

describe('name search', () => {
  it('finds any 1-character substring', async () => {
    const r = await search('焱');
    expect(r.organisations.totalCount).toBe(5);
  });

  it('finds 2-character substrings in the middle of names', async () => {
    const r = await search('焱青');
    expect(r.organisations.nodes.map((n) => n.name)).toEqual(['嘉定区淼焱青少年服务中心']);
  });

  it('finds 3+ character substrings and former names', async () => {
    expect((await search('青少年服务')).organisations.nodes.map((n) => n.name)).toContain('嘉定区淼焱青少年服务中心');
    const former = await search('淼焱文化');
    expect(former.organisations.nodes.map((n) => n.name)).toEqual(['上海市嘉定区艺术发展中心']);
    expect(former.organisations.nodes[0]!.formerNames).toEqual(['上海淼焱文化发展中心']);
  });

  it('ranks the exact name first, then names that start with the query, then the rest', async () => {
    const r = await search('淼焱服务社');
    expect(r.organisations.nodes[0]!.name).toBe('淼焱服务社');
    const p = await search('淼焱');
    const names = p.organisations.nodes.map((n) => n.name);
    const firstNonPrefix = names.findIndex((n) => !n.startsWith('淼焱'));
    expect(names.slice(0, firstNonPrefix).every((n) => n.startsWith('淼焱'))).toBe(true);
    expect(names.slice(firstNonPrefix).every((n) => !n.startsWith('淼焱'))).toBe(true);
    expect(names.at(-1)).toBe('上海市嘉定区艺术发展中心'); // only a former name matches
  });

  it('pages through search results with cursors, without repeats', async () => {
    const a = await search('焱', 2);
    const b = await t.ok(OrganisationsDocument, { filter: { name: '焱' }, first: 2, after: a.organisations.pageInfo.endCursor });
    const c = await t.ok(OrganisationsDocument, { filter: { name: '焱' }, first: 2, after: b.organisations.pageInfo.endCursor });
    const all = [...a.organisations.nodes, ...b.organisations.nodes, ...c.organisations.nodes].map((n) => n.id);
    expect(new Set(all).size).toBe(5);
    expect(c.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('treats LIKE wildcards in a query as plain characters', async () => {
    expect((await search('%%%')).organisations.totalCount).toBe(0);
  });
});

describe('filters and order', () => {
  it('filters by supervisory unit, direct registration, fields and registration dates', async () => {
    const bySupervisor = await t.ok(OrganisationsDocument, { filter: { supervisoryUnitId: unitId } });
    expect(bySupervisor.organisations.nodes.map((n) => n.name)).toEqual(['嘉定区淼焱青少年服务中心']);
    const direct = await t.ok(OrganisationsDocument, { filter: { name: '焱', directRegistration: false } });
    expect(direct.organisations.totalCount).toBe(1);
    const edu = await t.ok(OrganisationsDocument, { filter: { name: '焱', fields: ['EDUCATION'] } });
    expect(edu.organisations.totalCount).toBe(1);
    const dated = await t.ok(OrganisationsDocument, { filter: { name: '焱', registeredFrom: '2026-02-01', registeredTo: '2026-03-31' } });
    expect(dated.organisations.totalCount).toBe(2);
  });

  it('orders by registration date, newest first', async () => {
    const r = await t.ok(OrganisationsDocument, { filter: { name: '焱' }, orderBy: 'REGISTRATION_DATE_DESC' });
    const dates = r.organisations.nodes.map((n) => n.registrationDate!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('keeps an authority to its subtree by default, and refuses another district\'s subtree', async () => {
    const yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
    const own = await t.ok(OrganisationsDocument, { filter: { name: '焱' } }, yangpu);
    expect(own.organisations.totalCount).toBe(0);
    const other = await t.gql(OrganisationsDocument, { filter: { regionCode: '310114' } }, yangpu);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('R-ORG-8: what each role sees', () => {
  const read = (token?: string) => t.ok(OrganisationByIdDocument, { id: ids['淼焱社区养老服务中心']! }, token);

  it('R-ORG-8: the public sees registry facts and the legal representative\'s name, never ID numbers, phones or funds', async () => {
    const r = (await read()).organisation!;
    expect(r).toMatchObject({ name: '淼焱社区养老服务中心', status: 'REGISTERED', legalRepresentativeName: '王建国' });
    expect(r.code).toMatch(/^52310114/);
    expect(r.registeredFundsFen).toBeNull();
    expect(r.contactPhone).toBeNull();
    expect(r.legalRepresentative?.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(r.legalRepresentative?.phone).toBe('138****5678');
    expect(r.legalRepresentative?.personalDataVisible).toBe(false);
  });

  it('R-ORG-8: the authority of the subtree sees everything, in full', async () => {
    const r = (await read(jiading)).organisation!;
    expect(r.registeredFundsFen).toBe(10_000_000);
    expect(r.contactPhone).toBe('021-59990000');
    expect(r.legalRepresentative?.phone).toBe('13812345678');
    expect(r.legalRepresentative?.personalDataVisible).toBe(true);
  });

  it('R-ORG-8: another district\'s authority sees only public facts', async () => {
    const yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
    const r = (await read(yangpu)).organisation!;
    expect(r.registeredFundsFen).toBeNull();
    expect(r.legalRepresentative?.personalDataVisible).toBe(false);
  });

  it('R-ORG-8: the organisation itself and its supervisory unit see its details, but not the representative\'s ID number', async () => {
    const orgLocalId = Buffer.from(ids['淼焱社区养老服务中心']!, 'base64url').toString().split(':')[1]!;
    const self = await t.token({ role: Role.ORGANISATION, organisationId: orgLocalId });
    const r = (await read(self)).organisation!;
    expect(r.registeredFundsFen).toBe(10_000_000);
    expect(r.legalRepresentative?.personalDataVisible).toBe(false);

    const unitLocal = Buffer.from(unitId, 'base64url').toString().split(':')[1]!;
    const supervisor = await t.token({ role: Role.SUPERVISOR, supervisoryUnitId: unitLocal });
    const supervised = (await t.ok(OrganisationByIdDocument, { id: ids['嘉定区淼焱青少年服务中心']! }, supervisor)).organisation!;
    expect(supervised.registeredFundsFen).toBe(10_000_100);
    const notSupervised = (await read(supervisor)).organisation!;
    expect(notSupervised.registeredFundsFen).toBeNull();
  });
});

describe('one registry page (PERFORMANCE.md)', () => {
  it('brings region, supervisory unit and legal representative\'s name along in the page statement, with the values the loaders give', async () => {
    const spy = vi.spyOn(t.app.sql, 'query');
    try {
      const page = await t.ok(OrganisationsDocument, { filter: { regionCode: '310114', supervisoryUnitId: unitId }, orderBy: 'NAME', first: 50 });
      // the app's own background work (the outbox relay) shares this pool: count the request's statements
      const texts = spy.mock.calls.map(([text]) => String(text)).filter((s) => /\bfrom (organisation|region|supervisory_unit|person)\b/.test(s));
      // the page and its totalCount; no statement per relation
      expect(texts.filter((s) => /from (region|supervisory_unit|person)\b/.test(s) && !/from organisation/.test(s))).toEqual([]);
      expect(texts.length).toBe(2);
      const node = page.organisations.nodes.find((n) => n.id === ids['嘉定区淼焱青少年服务中心'])!;
      spy.mockClear();
      const alone = (await t.ok(OrganisationByIdDocument, { id: node.id })).organisation!; // through the loaders
      expect(spy.mock.calls.length).toBeGreaterThan(1);
      expect({ region: node.region, unit: node.supervisoryUnit, rep: node.legalRepresentativeName }).toEqual({
        region: alone.region, unit: alone.supervisoryUnit, rep: alone.legalRepresentativeName,
      });
      expect(node.supervisoryUnit?.name).toBe('嘉定区教育局');
      expect(node.legalRepresentativeName).toBeTruthy();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('statistics', () => {
  it('counts organisations and sums funds by type, status, field and child region', async () => {
    const byType = await t.ok(OrganisationStatsDocument, { regionCode: '310114', groupBy: 'TYPE' });
    const si = byType.organisationStats.groups.find((g) => g.key === 'SERVICE_INSTITUTION')!;
    expect(si.label).toMatch(/社会服务机构/);
    expect(si.count).toBeGreaterThanOrEqual(5);
    expect(byType.organisationStats.total).toBe(byType.organisationStats.groups.reduce((s, g) => s + g.count, 0));
    expect(byType.organisationStats.fundsFen).toBe(byType.organisationStats.groups.reduce((s, g) => s + g.fundsFen, 0));

    const byChild = await t.ok(OrganisationStatsDocument, { regionCode: '310114', groupBy: 'CHILD_REGION' });
    const street = byChild.organisationStats.groups.find((g) => g.key === '310114001')!;
    expect(street.label).toBe('新成路街道');
    expect(street.count).toBeGreaterThanOrEqual(5);

    const byField = await t.ok(OrganisationStatsDocument, { regionCode: '310114', groupBy: 'FIELD' });
    expect(byField.organisationStats.groups.find((g) => g.key === 'EDUCATION')!.count).toBeGreaterThanOrEqual(1);
  });
});
