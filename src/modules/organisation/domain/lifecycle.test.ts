import { describe, expect, it } from 'vitest';
import {
  ENDED_STATUSES,
  ORGANISATION_ACTIONS,
  ORGANISATION_STATUSES,
  ORGANISATION_STATUS_LABELS,
  allowedActions,
  isEnded,
  transition,
  type OrganisationStatus,
} from './lifecycle.js';

describe('R-ORG-6: organisation lifecycle', () => {
  it('R-ORG-6: a social group prepares, then registers', () => {
    expect(transition(null, 'PREPARE', 'SOCIAL_GROUP')).toEqual({ ok: true, to: 'PREPARING' });
    expect(transition('PREPARING', 'REGISTER', 'SOCIAL_GROUP')).toEqual({ ok: true, to: 'REGISTERED' });
  });

  it('R-ORG-6: a social group cannot register without preparation', () => {
    const r = transition(null, 'REGISTER', 'SOCIAL_GROUP');
    expect(r).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(!r.ok && r.message).toMatch(/筹备.* \/ .*preparation/);
  });

  it('R-ORG-6: service institutions and foundations register directly and never prepare', () => {
    for (const type of ['SERVICE_INSTITUTION', 'FOUNDATION'] as const) {
      expect(transition(null, 'REGISTER', type)).toEqual({ ok: true, to: 'REGISTERED' });
      expect(transition(null, 'PREPARE', type).ok).toBe(false);
    }
  });

  it('R-ORG-6: a preparation that runs out lapses and is final', () => {
    expect(transition('PREPARING', 'LAPSE', 'SOCIAL_GROUP')).toEqual({ ok: true, to: 'PREPARATION_LAPSED' });
    expect(allowedActions('PREPARATION_LAPSED', 'SOCIAL_GROUP')).toEqual([]);
  });

  it('R-ORG-6: amendments any number of times keep the status REGISTERED', () => {
    let status: OrganisationStatus = 'REGISTERED';
    for (let i = 0; i < 3; i++) {
      const r = transition(status, 'AMEND', 'FOUNDATION');
      expect(r).toEqual({ ok: true, to: 'REGISTERED' });
      if (r.ok) status = r.to;
    }
  });

  it('R-ORG-6: suspension for a period, then resumption', () => {
    expect(transition('REGISTERED', 'SUSPEND', 'SERVICE_INSTITUTION')).toEqual({ ok: true, to: 'SUSPENDED' });
    expect(transition('SUSPENDED', 'RESUME', 'SERVICE_INSTITUTION')).toEqual({ ok: true, to: 'REGISTERED' });
    expect(transition('SUSPENDED', 'SUSPEND', 'SERVICE_INSTITUTION').ok).toBe(false);
    expect(transition('REGISTERED', 'RESUME', 'SERVICE_INSTITUTION').ok).toBe(false);
  });

  it('R-ORG-6: a suspended organisation may amend (to rectify) and stays suspended', () => {
    expect(transition('SUSPENDED', 'AMEND', 'SOCIAL_GROUP')).toEqual({ ok: true, to: 'SUSPENDED' });
  });

  it('R-ORG-6: deregistration and revocation from REGISTERED or SUSPENDED', () => {
    for (const from of ['REGISTERED', 'SUSPENDED'] as const) {
      expect(transition(from, 'DEREGISTER', 'SOCIAL_GROUP')).toEqual({ ok: true, to: 'DEREGISTERED' });
      expect(transition(from, 'REVOKE', 'SOCIAL_GROUP')).toEqual({ ok: true, to: 'REVOKED' });
    }
  });

  it('R-ORG-6: a preparing social group can be neither amended nor deregistered', () => {
    expect(transition('PREPARING', 'AMEND', 'SOCIAL_GROUP').ok).toBe(false);
    expect(transition('PREPARING', 'DEREGISTER', 'SOCIAL_GROUP').ok).toBe(false);
  });

  it('R-ORG-6: ended statuses are terminal for every action', () => {
    for (const ended of ENDED_STATUSES)
      for (const action of ORGANISATION_ACTIONS) expect(transition(ended, action, 'SOCIAL_GROUP').ok, `${ended} ${action}`).toBe(false);
    expect(isEnded('REVOKED')).toBe(true);
    expect(isEnded('SUSPENDED')).toBe(false);
  });

  it('R-ORG-6: the refusal names the current status in Chinese and English', () => {
    expect(transition('DEREGISTERED', 'AMEND', 'SOCIAL_GROUP')).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      field: 'status',
      message: '该组织当前状态为“已注销”，不能办理变更登记 / the organisation is deregistered and cannot be amended',
    });
    const revoked = transition('REVOKED', 'RESUME', 'FOUNDATION');
    expect(!revoked.ok && revoked.message).toBe('该组织当前状态为“已撤销”，不能办理恢复活动 / the organisation is revoked and cannot resume activities');
  });

  it('R-ORG-6: lists the allowed actions per status', () => {
    expect(allowedActions(null, 'SOCIAL_GROUP')).toEqual(['PREPARE']);
    expect(allowedActions(null, 'FOUNDATION')).toEqual(['REGISTER']);
    expect(allowedActions('REGISTERED', 'FOUNDATION')).toEqual(['AMEND', 'SUSPEND', 'DEREGISTER', 'REVOKE']);
    expect(allowedActions('SUSPENDED', 'FOUNDATION')).toEqual(['AMEND', 'RESUME', 'DEREGISTER', 'REVOKE']);
  });

  it('every status has a Chinese label', () => {
    for (const s of ORGANISATION_STATUSES) expect(ORGANISATION_STATUS_LABELS[s]).toMatch(/[\u4e00-\u9fff]/);
  });
});
