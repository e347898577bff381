import { describe, expect, it } from 'vitest';
import { FILING_ACTIONS, allowedFilingActions, filingTransition } from './filing-lifecycle.js';

const dual = { directlyRegistered: false };
const direct = { directlyRegistered: true };

describe('R-INSP-2: filing lifecycle', () => {
  it('R-INSP-2: with a supervisory unit: draft → submitted → supervisor approved → concluded', () => {
    expect(filingTransition('DRAFT', 'SUBMIT', dual)).toEqual({ ok: true, to: 'SUBMITTED', actor: 'ORGANISATION' });
    expect(filingTransition('SUBMITTED', 'SUPERVISOR_APPROVE', dual)).toEqual({ ok: true, to: 'SUPERVISOR_APPROVED', actor: 'SUPERVISORY_UNIT' });
    expect(filingTransition('SUPERVISOR_APPROVED', 'CONCLUDE', dual)).toEqual({ ok: true, to: 'CONCLUDED', actor: 'AUTHORITY' });
  });

  it('R-INSP-2: the authority cannot conclude before the supervisor step', () => {
    const r = filingTransition('SUBMITTED', 'CONCLUDE', dual);
    expect(r).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(!r.ok && r.message).toBe('该年检（年报）当前状态为“已提交”，不能作出结论 / the filing is submitted and cannot be concluded');
  });

  it('R-INSP-2: directly registered: the supervisor step is skipped', () => {
    expect(filingTransition('SUBMITTED', 'CONCLUDE', direct)).toEqual({ ok: true, to: 'CONCLUDED', actor: 'AUTHORITY' });
    const r = filingTransition('SUBMITTED', 'SUPERVISOR_APPROVE', direct);
    expect(!r.ok && r.message).toMatch(/直接登记.* \/ .*registered directly/);
  });

  it('R-INSP-2: the supervisor returns a submitted filing; the authority returns after approval', () => {
    expect(filingTransition('SUBMITTED', 'RETURN', dual)).toEqual({ ok: true, to: 'RETURNED', actor: 'SUPERVISORY_UNIT' });
    expect(filingTransition('SUBMITTED', 'RETURN', direct)).toEqual({ ok: true, to: 'RETURNED', actor: 'AUTHORITY' });
    expect(filingTransition('SUPERVISOR_APPROVED', 'RETURN', dual)).toEqual({ ok: true, to: 'RETURNED', actor: 'AUTHORITY' });
  });

  it('R-INSP-2: a returned filing is resubmitted and reviewed again from the first step', () => {
    expect(filingTransition('RETURNED', 'SUBMIT', dual)).toEqual({ ok: true, to: 'SUBMITTED', actor: 'ORGANISATION' });
    expect(allowedFilingActions('SUBMITTED', dual)).toEqual(['SUPERVISOR_APPROVE', 'RETURN']);
  });

  it('R-INSP-2: a draft cannot be approved, returned or concluded', () => {
    expect(allowedFilingActions('DRAFT', dual)).toEqual(['SUBMIT']);
    expect(allowedFilingActions('DRAFT', direct)).toEqual(['SUBMIT']);
  });

  it('R-INSP-2: a concluded filing is final', () => {
    for (const a of FILING_ACTIONS) expect(filingTransition('CONCLUDED', a, dual).ok).toBe(false);
    const r = filingTransition('CONCLUDED', 'SUBMIT', dual);
    expect(!r.ok && r.message).toContain('“已办结”');
  });
});
