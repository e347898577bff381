import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import {
  AuditTrailDocument, PersonByIdDocument, PersonByIdNumberDocument, PersonCorrectIdNumberDocument, PersonNodeDocument,
  PersonRegisterDocument, PersonUpdateDocument, type PersonRegisterInput,
} from '../generated/graphql.js';
import { makeIdNumber } from '../../src/modules/person/domain/id-number.js';
import { createContext, inTransaction } from '../../src/platform/graphql/context.js';
import { fromGlobalId } from '../../src/platform/graphql/relay.js';
import type { Sql } from '../../src/platform/db/sql.js';
import { resolveOrRegisterPerson } from '../../src/modules/person/person.service.js';
import { personRefsByIds } from '../../src/modules/person/person.loaders.js';

let t: TestApp;
let jiading: string;
let yangpu: string;
beforeAll(async () => {
  t = await startTestApp();
  jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
  yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110', name: '杨浦区民政局' });
});
afterAll(() => t?.stop());

const ZHANG = '31011419900307103X';
const ZHANG_PHONE = '13812345678';
const ZHANG_ADDRESS = '上海市嘉定区新成路100弄5号301室';

/** Registers a person as the Jiading authority and returns the payload. */
async function register(input: Partial<PersonRegisterInput> & { idNumber: string }, auth = jiading) {
  const r = await t.ok(PersonRegisterDocument, { input: { name: '测试人员', regionCode: '310114', ...input } }, auth);
  return r.personRegister;
}

let zhangId: string;
let liId: string;

describe('registering a person', () => {
  it('R-VOL-1: registers a person with a valid ID number, derives birth date and sex, and reads back full data as the authority of the region', async () => {
    const p = await register({ name: ' 张三 ', idNumber: '310114 19900307 103x', phone: '138 1234 5678', address: ZHANG_ADDRESS });
    expect(p.userErrors).toEqual([]);
    expect(p.person).toMatchObject({
      name: '张三', idNumber: ZHANG, phone: ZHANG_PHONE, address: ZHANG_ADDRESS, birthDate: '1990-03-07', sex: 'MALE',
      regionCode: '310114', personalDataVisible: true, version: 1,
    });
    zhangId = p.person!.id;
    const read = await t.ok(PersonByIdDocument, { id: zhangId }, jiading);
    expect(read.person).toEqual(p.person);
  });

  it('R-ORG-8: stores the ID number, phone and address only encrypted, with keyed hashes for lookup', async () => {
    const rows = await t.app.sql.query<{ row: string; id_number_hash: string; phone_hash: string }>(
      'select row_to_json(p)::text as row, id_number_hash, phone_hash from person p where id = $1',
      [fromGlobalId(zhangId)!.id],
    );
    expect(rows).toHaveLength(1);
    const raw = rows[0]!.row;
    for (const plain of [ZHANG, ZHANG.toLowerCase(), ZHANG_PHONE, ZHANG_ADDRESS, '新成路']) expect(raw).not.toContain(plain);
    expect(rows[0]!.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.phone_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('R-VOL-1: rejects a wrong check character with the domain code and a bilingual message, and stores nothing', async () => {
    const wrong = ZHANG.slice(0, 17) + '5';
    const before = await t.app.sql.query<{ n: number }>('select count(*) as n from person');
    const p = await register({ idNumber: wrong });
    expect(p.person).toBeNull();
    expect(p.userErrors).toEqual([
      { field: 'input.idNumber', code: 'ID_CHECK_CHARACTER', message: expect.stringMatching(/校验位错误.*\/ .*wrong check character/) },
    ]);
    const after = await t.app.sql.query<{ n: number }>('select count(*) as n from person');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('reports every problem at once: name length, malformed phone, unknown region', async () => {
    const p = await register({ name: '李', idNumber: makeIdNumber('310114', '1980-01-01', 11), phone: '12345', regionCode: '310114999' });
    expect(p.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['input.name', 'NAME_LENGTH'],
      ['input.phone', 'PHONE_INVALID'],
      ['input.regionCode', 'REGION_UNKNOWN'],
    ]);
    for (const e of p.userErrors) expect(e.message).toMatch(/ \/ [a-z]/);
  });

  it('refuses a registration outside the authority\'s jurisdiction with FORBIDDEN', async () => {
    const r = await t.gql(PersonRegisterDocument, { input: { name: '王五', idNumber: makeIdNumber('310110', '1980-01-01', 12), regionCode: '310110' } }, jiading);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a duplicate ID number with PERSON_ALREADY_REGISTERED, returns the existing person to reuse, and stores no second row', async () => {
    const p = await register({ name: '张三丰', idNumber: ZHANG.toLowerCase(), phone: '13900000000' });
    expect(p.userErrors).toEqual([
      { field: 'input.idNumber', code: 'PERSON_ALREADY_REGISTERED', message: expect.stringMatching(/已登记.* \/ .*already registered/) },
    ]);
    expect(p.person).toMatchObject({ id: zhangId, name: '张三', phone: ZHANG_PHONE, version: 1 });
    // the demo data holds other people; none of them is called 张三 or 张三丰
    const n = await t.app.sql.query<{ n: number }>(`select count(*) as n from person where name in ('张三', '张三丰')`);
    expect(n[0]!.n).toBe(1);
  });

  it('registers one person when two clerks register the same ID number at once', async () => {
    const idNumber = makeIdNumber('310114', '1966-06-06', 61);
    const results = await Promise.all([1, 2, 3].map(() => register({ name: '周八', idNumber })));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'PERSON_ALREADY_REGISTERED')).toHaveLength(2);
    expect(new Set(results.map((r) => r.person?.id)).size).toBe(1);
  });
});

describe('who sees personal data (R-ORG-8)', () => {
  it('R-ORG-8: an authority of another district meets the person masked: ID number and phone masked, no address or birth date', async () => {
    const p = await register({ name: '张三', idNumber: ZHANG, regionCode: '310110' }, yangpu);
    expect(p.userErrors[0]?.code).toBe('PERSON_ALREADY_REGISTERED');
    expect(p.person).toMatchObject({
      id: zhangId, name: '张三', idNumber: '3101**********103X', phone: '138****5678', address: null, birthDate: null,
      sex: 'MALE', regionCode: '310114', personalDataVisible: false,
    });
  });

  it('R-ORG-8: refuses person(id) to an authority of another district with FORBIDDEN, and node(id) answers null', async () => {
    const r = await t.gql(PersonByIdDocument, { id: zhangId }, yangpu);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toMatch(/管辖范围.*jurisdiction/);
    const n = await t.ok(PersonNodeDocument, { id: zhangId }, yangpu);
    expect(n.node).toBeNull();
    const mine = await t.ok(PersonNodeDocument, { id: zhangId }, jiading);
    expect(mine.node).toMatchObject({ name: '张三', idNumber: ZHANG, personalDataVisible: true });
  });

  it('R-ORG-8: a city authority above the district sees full data', async () => {
    const shanghai = await t.token({ role: Role.AUTHORITY, regionCode: '310000' });
    const r = await t.ok(PersonByIdDocument, { id: zhangId }, shanghai);
    expect(r.person).toMatchObject({ idNumber: ZHANG, phone: ZHANG_PHONE, personalDataVisible: true });
  });

  it('R-ORG-8: the person themself (VOLUNTEER with their personId) sees their full data; another person is FORBIDDEN', async () => {
    const self = await t.token({ role: Role.VOLUNTEER, personId: fromGlobalId(zhangId)!.id });
    const r = await t.ok(PersonByIdDocument, { id: zhangId }, self);
    expect(r.person).toMatchObject({ idNumber: ZHANG, phone: ZHANG_PHONE, address: ZHANG_ADDRESS, birthDate: '1990-03-07', personalDataVisible: true });
    const other = await t.token({ role: Role.VOLUNTEER, personId: '00000000-0000-7000-8000-000000000004' });
    const denied = await t.gql(PersonByIdDocument, { id: zhangId }, other);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses person(id) to PUBLIC (UNAUTHENTICATED) and to ORGANISATION, SUPERVISOR, COMMITTEE (FORBIDDEN)', async () => {
    const pub = await t.gql(PersonByIdDocument, { id: zhangId });
    expect(pub.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const others = [
      { role: Role.ORGANISATION, organisationId: '00000000-0000-7000-8000-000000000003' },
      { role: Role.SUPERVISOR, supervisoryUnitId: '00000000-0000-7000-8000-000000000001' },
      { role: Role.COMMITTEE, committeeId: '00000000-0000-7000-8000-000000000002' },
    ];
    for (const claims of others) {
      const r = await t.gql(PersonByIdDocument, { id: zhangId }, await t.token(claims));
      expect(r.errors?.[0]?.extensions?.code, claims.role).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.message).not.toContain(ZHANG);
    }
  });

  it('answers an unknown person id with NOT_FOUND', async () => {
    const r = await t.gql(PersonByIdDocument, { id: Buffer.from('Person:00000000-0000-7000-8000-0000000000ff').toString('base64url') }, jiading);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('lookup by ID number', () => {
  it('R-VOL-1: finds a person by the exact ID number, normalised (lower-case x, spaces), within the jurisdiction', async () => {
    const r = await t.ok(PersonByIdNumberDocument, { idNumber: ' 31011419900307103x ' }, jiading);
    expect(r.personByIdNumber).toMatchObject({ id: zhangId, idNumber: ZHANG, personalDataVisible: true });
  });

  it('answers null for an unknown number and for a person outside the jurisdiction; refuses roles other than AUTHORITY', async () => {
    expect((await t.ok(PersonByIdNumberDocument, { idNumber: makeIdNumber('310114', '1970-05-05', 1) }, jiading)).personByIdNumber).toBeNull();
    expect((await t.ok(PersonByIdNumberDocument, { idNumber: ZHANG }, yangpu)).personByIdNumber).toBeNull();
    const self = await t.token({ role: Role.VOLUNTEER, personId: fromGlobalId(zhangId)!.id });
    const r = await t.gql(PersonByIdNumberDocument, { idNumber: ZHANG }, self);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('changing a person', () => {
  const LI = makeIdNumber('310114', '1992-01-15', 88);
  const LI_PHONE = '13987654321';

  it('updates name, phone and address, bumping the version', async () => {
    const p = await register({ name: '李四', idNumber: LI, phone: '021-12345678' });
    liId = p.person!.id;
    const u = await t.ok(PersonUpdateDocument, { input: { id: liId, expectedVersion: 1, name: '李四光', phone: LI_PHONE, address: '上海市嘉定区真新街道8号' } }, jiading);
    expect(u.personUpdate.userErrors).toEqual([]);
    expect(u.personUpdate.person).toMatchObject({ name: '李四光', phone: LI_PHONE, address: '上海市嘉定区真新街道8号', idNumber: LI, version: 2 });
  });

  it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const r = await t.gql(PersonUpdateDocument, { input: { id: liId, expectedVersion: 1, name: '李五' } }, jiading);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await t.ok(PersonByIdDocument, { id: liId }, jiading);
    expect(read.person).toMatchObject({ name: '李四光', version: 2 });
  });

  it('refuses an update by an authority of another district with FORBIDDEN', async () => {
    const r = await t.gql(PersonUpdateDocument, { input: { id: liId, name: '李五' } }, yangpu);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-VOL-1: corrects a wrong ID number with a reason; birth date and sex follow the new number', async () => {
    const corrected = makeIdNumber('310114', '1992-01-16', 87);
    const c = await t.ok(PersonCorrectIdNumberDocument, { input: { id: liId, expectedVersion: 2, idNumber: corrected, reason: '登记时出生日期录入错误，依身份证原件更正' } }, jiading);
    expect(c.personCorrectIdNumber.userErrors).toEqual([]);
    expect(c.personCorrectIdNumber.person).toMatchObject({ idNumber: corrected, birthDate: '1992-01-16', sex: 'MALE', version: 3 });
    expect((await t.ok(PersonByIdNumberDocument, { idNumber: LI }, jiading)).personByIdNumber).toBeNull();
    expect((await t.ok(PersonByIdNumberDocument, { idNumber: corrected }, jiading)).personByIdNumber?.id).toBe(liId);
  });

  it('refuses to correct an ID number to one another person holds, and a correction without a reason', async () => {
    const taken = await t.ok(PersonCorrectIdNumberDocument, { input: { id: liId, expectedVersion: 3, idNumber: ZHANG, reason: '更正' } }, jiading);
    expect(taken.personCorrectIdNumber.userErrors.map((e) => e.code)).toEqual(['PERSON_ALREADY_REGISTERED']);
    const noReason = await t.ok(PersonCorrectIdNumberDocument, { input: { id: liId, expectedVersion: 3, idNumber: makeIdNumber('310114', '1992-01-16', 85), reason: '  ' } }, jiading);
    expect(noReason.personCorrectIdNumber.userErrors.map((e) => [e.field, e.code])).toEqual([['input.reason', 'REASON_REQUIRED']]);
  });

  it('R-ORG-8: audits every change with personal data redacted, the correction with its reason, and no plain value anywhere in audit_record or the events', async () => {
    const trail = await t.ok(AuditTrailDocument, { entityId: liId }, jiading);
    const byOp = Object.fromEntries(trail.auditTrail.nodes.map((n) => [n.operation, n.changes]));
    expect(Object.keys(byOp).sort()).toEqual(['personCorrectIdNumber', 'personRegister', 'personUpdate']);
    expect(byOp.personRegister).toMatchObject({ name: { before: null, after: '李四' }, idNumber: { before: null, after: '[redacted]' }, phone: { before: null, after: '[redacted]' } });
    expect(byOp.personUpdate).toMatchObject({ name: { before: '李四', after: '李四光' }, phone: { before: '[redacted]', after: '[redacted]' }, address: { before: null, after: '[redacted]' } });
    expect(byOp.personCorrectIdNumber).toMatchObject({ idNumber: { before: '[redacted]', after: '[redacted]' }, reason: { before: null, after: '登记时出生日期录入错误，依身份证原件更正' } });

    const audit = (await t.app.sql.query<{ t: string }>('select coalesce(string_agg(row_to_json(a)::text, \'\n\'), \'\') as t from audit_record a'))[0]!.t;
    const events = (await t.app.sql.query<{ t: string }>('select coalesce(string_agg(row_to_json(e)::text, \'\n\'), \'\') as t from registry_event e'))[0]!.t;
    const plain = [ZHANG, ZHANG_PHONE, ZHANG_ADDRESS, LI, LI_PHONE, '021-12345678', '真新街道8号', makeIdNumber('310114', '1992-01-16', 87)];
    for (const v of plain) {
      expect(audit, v).not.toContain(v);
      expect(events, v).not.toContain(v);
    }
  });

  it('emits PersonRegistered, PersonUpdated and PersonIdNumberCorrected with the person id and region only', async () => {
    const rows = await t.app.sql.query<{ type: string; payload: Record<string, unknown> }>(
      'select type, payload from registry_event where entity_id = $1 order by seq', [fromGlobalId(liId)!.id],
    );
    const id = fromGlobalId(liId)!.id;
    expect(rows).toEqual([
      { type: 'PersonRegistered', payload: { personId: id, regionCode: '310114' } },
      { type: 'PersonUpdated', payload: { personId: id, regionCode: '310114' } },
      { type: 'PersonIdNumberCorrected', payload: { personId: id, regionCode: '310114' } },
    ]);
  });
});

describe('for other modules', () => {
  /** A context as the server builds one, with SQL statements counted. */
  function moduleContext(statements: string[] = []) {
    const db: Sql = { query: (text, params) => (statements.push(text), t.app.sql.query(text, params)) };
    const app = { ...t.app.services, db, get: t.app.services.get };
    return createContext({ requestId: 'test', viewer: { role: Role.AUTHORITY, sub: 'test-import', regionCode: '310114' }, em: t.app.orm.em.fork(), app });
  }

  it('resolveOrRegisterPerson returns the known person unchanged for a known ID number, and registers an unknown one in the caller\'s transaction', async () => {
    const ctx = moduleContext();
    const known = await inTransaction(ctx, (uow) => resolveOrRegisterPerson(uow, ctx, { name: '张叁', idNumber: ZHANG, phone: '13700000000', regionCode: '310114' }));
    expect(known).toEqual({ id: fromGlobalId(zhangId)!.id, name: '张三', regionCode: '310114', created: false });
    const read = await t.ok(PersonByIdDocument, { id: zhangId }, jiading);
    expect(read.person).toMatchObject({ name: '张三', phone: ZHANG_PHONE, version: 1 });

    const fresh = await inTransaction(ctx, (uow) => resolveOrRegisterPerson(uow, ctx, { name: '赵六', idNumber: makeIdNumber('310114', '1975-08-08', 66), regionCode: '310114001' }));
    expect(fresh).toMatchObject({ name: '赵六', regionCode: '310114001', created: true });
    const ops = await t.app.sql.query<{ operation: string }>('select operation from audit_record where entity_id = $1', [fresh.id]);
    expect(ops.map((o) => o.operation)).toEqual(['personRegister']);
  });

  it('resolveOrRegisterPerson reports invalid input under the caller\'s field prefix', async () => {
    const ctx = moduleContext();
    const bad = inTransaction(ctx, (uow) => resolveOrRegisterPerson(uow, ctx, { name: '孙七', idNumber: ZHANG.slice(0, 17) + '1', regionCode: '310114' }, 'input.legalRepresentative'));
    await expect(bad).rejects.toMatchObject({ problems: [{ field: 'input.legalRepresentative.idNumber', code: 'ID_CHECK_CHARACTER' }] });
  });

  it('personRefsByIds loads a batch of people in one SQL statement, as plain rows without plain personal data', async () => {
    const statements: string[] = [];
    const ctx = moduleContext(statements);
    const ids = [fromGlobalId(zhangId)!.id, fromGlobalId(liId)!.id, '00000000-0000-7000-8000-0000000000ff', 'not-a-uuid'];
    const rows = await Promise.all(ids.map((id) => personRefsByIds(ctx).load(id)));
    expect(statements).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: ids[0], name: '张三', region_code: '310114' });
    expect(rows[2]).toBeNull();
    expect(rows[3]).toBeNull();
    expect(JSON.stringify(rows)).not.toContain(ZHANG);
  });
});
