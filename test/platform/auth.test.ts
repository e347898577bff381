import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { Role, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/harness.js';
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, ApiKeysDocument, AuditTrailDocument, JurisdictionSettingSetDocument, OrganisationRegisterDocument, OrganisationsDocument, RevocationCandidatesDocument, SupervisoryUnitCreateDocument, ViewerDocument } from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from '../organisation/factories.js';

let t: TestApp;
let authority: string;
beforeAll(async () => {
  t = await startTestApp();
  authority = await t.token({ role: Role.AUTHORITY, regionCode: '310114', name: '嘉定区民政局' });
});
afterAll(() => t?.stop());

describe('identity', () => {
  it('answers viewer for an authority token with its role and region', async () => {
    const d = await t.ok(ViewerDocument, {}, authority);
    expect(d.viewer).toMatchObject({ role: 'AUTHORITY', regionCode: '310114', name: '嘉定区民政局' });
  });

  it('treats a caller without credentials as PUBLIC', async () => {
    const d = await t.ok(ViewerDocument, {});
    expect(d.viewer.role).toBe('PUBLIC');
  });

  it('refuses a forged token (wrong secret) with UNAUTHENTICATED', async () => {
    const forged = await new SignJWT({ role: 'AUTHORITY', regionCode: '100000' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret'));
    const r = await t.gql(ViewerDocument, {}, forged);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });

  it('refuses an expired token with UNAUTHENTICATED and says it expired', async () => {
    const expired = await new SignJWT({ role: 'AUTHORITY', regionCode: '310114' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const r = await t.gql(ViewerDocument, {}, expired);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/令牌已过期.*expired/);
  });

  it('refuses a token whose role needs a scope claim it lacks', async () => {
    const noOrg = await t.token({ role: Role.ORGANISATION });
    const r = await t.gql(ViewerDocument, {}, noOrg);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('partner API keys', () => {
  it('creates a key shown once, stores only its hash, authenticates as PARTNER, and is cut off when revoked', async () => {
    const created = await t.ok(ApiKeyCreateDocument, { input: { name: '嘉定区案件系统', regionCode: '310114001', eventTypes: ['FilingOverdue'] } }, authority);
    expect(created.apiKeyCreate.userErrors).toEqual([]);
    const key = created.apiKeyCreate.key!;
    expect(key).toMatch(/^crk_/);
    const stored = await t.app.sql.query<{ secret_hash: string }>('select secret_hash from api_key');
    expect(stored.map((s) => s.secret_hash).join()).not.toContain(key.split('_').pop()!);

    const me = await t.ok(ViewerDocument, {}, { apiKey: key });
    expect(me.viewer).toMatchObject({ role: 'PARTNER', regionCode: '310114001', eventTypes: ['FilingOverdue'] });
    const list = await t.ok(ApiKeysDocument, {}, authority);
    expect(list.apiKeys.map((k) => k.name)).toContain('嘉定区案件系统');

    const revoked = await t.ok(ApiKeyRevokeDocument, { input: { id: created.apiKeyCreate.apiKey!.id, expectedVersion: 1 } }, authority);
    expect(revoked.apiKeyRevoke.apiKey?.revokedAt).toBeTruthy();
    const after = await t.gql(ViewerDocument, {}, { apiKey: key });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/吊销/);
  });

  it('refuses a key for a region outside the authority\'s jurisdiction with FORBIDDEN', async () => {
    const r = await t.gql(ApiKeyCreateDocument, { input: { name: 'x', regionCode: '310110' } }, authority);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const c = await t.ok(ApiKeyCreateDocument, { input: { name: '版本测试', regionCode: '310114' } }, authority);
    const r = await t.gql(ApiKeyRevokeDocument, { input: { id: c.apiKeyCreate.apiKey!.id, expectedVersion: 7 } }, authority);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const list = await t.ok(ApiKeysDocument, {}, authority);
    expect(list.apiKeys.find((k) => k.id === c.apiKeyCreate.apiKey!.id)?.revokedAt).toBeNull();
  });

  it('returns a business failure as userErrors with a stable code and a bilingual message', async () => {
    const r = await t.ok(ApiKeyCreateDocument, { input: { name: '   ', regionCode: '310114' } }, authority);
    expect(r.apiKeyCreate.apiKey).toBeNull();
    expect(r.apiKeyCreate.userErrors).toEqual([{ field: 'input.name', code: 'NAME_REQUIRED', message: expect.stringMatching(/请填写名称 \/ a name is required/) }]);
  });
});

/** Roles × operations, in one table: who may call what. */
describe('authorization table', () => {
  const claims: Record<string, Parameters<TestApp['token']>[0] | null> = {
    PUBLIC: null,
    AUTHORITY: { role: Role.AUTHORITY, regionCode: '310114' },
    SUPERVISOR: { role: Role.SUPERVISOR, supervisoryUnitId: '00000000-0000-7000-8000-000000000001' },
    COMMITTEE: { role: Role.COMMITTEE, committeeId: '00000000-0000-7000-8000-000000000002' },
    ORGANISATION: { role: Role.ORGANISATION, organisationId: '00000000-0000-7000-8000-000000000003' },
    VOLUNTEER: { role: Role.VOLUNTEER, personId: '00000000-0000-7000-8000-000000000004' },
  };
  const ops = {
    apiKeys: (auth?: string) => t.gql(ApiKeysDocument, {}, auth),
    apiKeyCreate: (auth?: string) => t.gql(ApiKeyCreateDocument, { input: { name: 'table', regionCode: '310114' } }, auth),
    auditTrail: (auth?: string) => t.gql(AuditTrailDocument, { entityId: 'QXBpS2V5OjE' }, auth),
    viewer: (auth?: string) => t.gql(ViewerDocument, {}, auth),
    organisations: (auth?: string) => t.gql(OrganisationsDocument, { filter: { name: '协会' }, first: 1 }, auth),
    organisationRegister: (auth?: string) =>
      t.gql(OrganisationRegisterDocument, { input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts(), code: uscc('52'), registrationDate: '2026-05-01', certificateNumber: 'c', decisionNumber: 'd' } }, auth),
    supervisoryUnitCreate: (auth?: string) => t.gql(SupervisoryUnitCreateDocument, { input: { name: '表格测试局', regionCode: '310114' } }, auth),
    revocationCandidates: (auth?: string) => t.gql(RevocationCandidatesDocument, { regionCode: '310114' }, auth),
    jurisdictionSettingSet: (auth?: string) =>
      t.gql(JurisdictionSettingSetDocument, { input: { regionCode: '310114', key: 'organisation.preparationMonths', value: 6, effectiveFrom: `2030-01-${String(++day).padStart(2, '0')}` } }, auth),
  };
  let day = 0;
  const expected: Record<keyof typeof ops, Record<string, string>> = {
    apiKeys: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'FORBIDDEN', ORGANISATION: 'FORBIDDEN', VOLUNTEER: 'FORBIDDEN' },
    apiKeyCreate: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'FORBIDDEN', ORGANISATION: 'FORBIDDEN', VOLUNTEER: 'FORBIDDEN' },
    auditTrail: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'ok', ORGANISATION: 'ok', VOLUNTEER: 'FORBIDDEN' },
    viewer: { PUBLIC: 'ok', AUTHORITY: 'ok', SUPERVISOR: 'ok', COMMITTEE: 'ok', ORGANISATION: 'ok', VOLUNTEER: 'ok' },
    organisations: { PUBLIC: 'ok', AUTHORITY: 'ok', SUPERVISOR: 'ok', COMMITTEE: 'ok', ORGANISATION: 'ok', VOLUNTEER: 'ok' },
    organisationRegister: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'FORBIDDEN', ORGANISATION: 'FORBIDDEN', VOLUNTEER: 'FORBIDDEN' },
    supervisoryUnitCreate: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'FORBIDDEN', ORGANISATION: 'FORBIDDEN', VOLUNTEER: 'FORBIDDEN' },
    revocationCandidates: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'FORBIDDEN', ORGANISATION: 'FORBIDDEN', VOLUNTEER: 'FORBIDDEN' },
    jurisdictionSettingSet: { PUBLIC: 'UNAUTHENTICATED', AUTHORITY: 'ok', SUPERVISOR: 'FORBIDDEN', COMMITTEE: 'FORBIDDEN', ORGANISATION: 'FORBIDDEN', VOLUNTEER: 'FORBIDDEN' },
  };
  for (const [op, byRole] of Object.entries(expected)) {
    for (const [role, outcome] of Object.entries(byRole)) {
      it(`${role} × ${op} → ${outcome}`, async () => {
        const c = claims[role];
        const token = c ? await t.token(c) : undefined;
        const r = await ops[op as keyof typeof ops](token);
        if (outcome === 'ok') expect(r.errors).toBeUndefined();
        else expect(r.errors?.[0]?.extensions?.code).toBe(outcome);
      });
    }
  }
});
