import { describe, expect, it } from 'vitest';
import { isRemovalDueOn, removalDue } from './removal.js';

const opts = { automaticRemovalMonths: 6 };

describe('R-CREDIT-3: removal from the abnormal list', () => {
  const late = { list: 'ABNORMAL' as const, listedOn: '2026-03-10', reasons: ['ANNUAL_FILING_LATE' as const] };

  it('R-CREDIT-3: a listing that needs rectification waits for verification', () => {
    expect(removalDue(late, {}, opts)).toEqual({ kind: 'AWAITING_RECTIFICATION' });
    expect(isRemovalDueOn({ kind: 'AWAITING_RECTIFICATION' }, '2030-01-01')).toBe(false);
  });

  it('R-CREDIT-3: after verified rectification: removal within 5 working days', () => {
    // Verified Friday 2026-04-10 → Fri 2026-04-17.
    expect(removalDue(late, { rectificationVerifiedOn: '2026-04-10' }, opts)).toEqual({ kind: 'REMOVE_BY', dueBy: '2026-04-17' });
  });

  it('R-CREDIT-3: the 5 working days skip public holidays', () => {
    const calendar = { holidays: new Set(['2026-04-13']) };
    expect(removalDue(late, { rectificationVerifiedOn: '2026-04-10' }, { ...opts, calendar })).toEqual({ kind: 'REMOVE_BY', dueBy: '2026-04-20' });
  });

  it('R-CREDIT-3: nothing to rectify (a warning): automatic the day after 6 full months [unsure]', () => {
    const warning = { list: 'ABNORMAL' as const, listedOn: '2026-03-10', reasons: ['WARNING_OR_SMALL_FINE' as const] };
    const due = removalDue(warning, {}, opts);
    expect(due).toEqual({ kind: 'AUTOMATIC', on: '2026-09-11' });
    expect(isRemovalDueOn(due, '2026-09-10')).toBe(false);
    expect(isRemovalDueOn(due, '2026-09-11')).toBe(true);
  });

  it('R-CREDIT-3: a new listable act restarts the 6 months', () => {
    const warning = { list: 'ABNORMAL' as const, listedOn: '2026-03-10', reasons: ['WARNING_OR_SMALL_FINE' as const] };
    expect(removalDue(warning, { lastListableActOn: '2026-05-20' }, opts)).toEqual({ kind: 'AUTOMATIC', on: '2026-11-21' });
  });

  it('R-CREDIT-3: one reason needing rectification keeps the listing waiting', () => {
    const both = { list: 'ABNORMAL' as const, listedOn: '2026-03-10', reasons: ['WARNING_OR_SMALL_FINE' as const, 'UNREACHABLE_AT_DOMICILE' as const] };
    expect(removalDue(both, {}, opts)).toEqual({ kind: 'AWAITING_RECTIFICATION' });
  });

  it('R-CREDIT-3: an authority that switched automatic removal off waits for verification', () => {
    const warning = { list: 'ABNORMAL' as const, listedOn: '2026-03-10', reasons: ['WARNING_OR_SMALL_FINE' as const] };
    expect(removalDue(warning, {}, { automaticRemovalMonths: null })).toEqual({ kind: 'AWAITING_RECTIFICATION' });
  });
});

describe('R-CREDIT-3: removal from the serious list', () => {
  const serious = { list: 'SERIOUS' as const, listedOn: '2026-03-10', reasons: ['LARGE_FINE' as const] };

  it('R-CREDIT-3: on application after 2 clean years (from the day after the anniversary)', () => {
    const due = removalDue(serious, {}, opts);
    expect(due).toEqual({ kind: 'ON_APPLICATION', eligibleFrom: '2028-03-11' });
    expect(isRemovalDueOn(due, '2028-03-10')).toBe(false);
    expect(isRemovalDueOn(due, '2028-03-11')).toBe(true);
  });

  it('R-CREDIT-3: a new listable act while listed restarts the 2 years', () => {
    expect(removalDue(serious, { lastListableActOn: '2027-01-15' }, opts)).toEqual({ kind: 'ON_APPLICATION', eligibleFrom: '2029-01-16' });
  });

  it('R-CREDIT-3: on deregistration', () => {
    const due = removalDue(serious, { deregisteredOn: '2026-12-01' }, opts);
    expect(due).toEqual({ kind: 'ON_DEREGISTRATION', on: '2026-12-01' });
    expect(isRemovalDueOn(due, '2026-12-01')).toBe(true);
  });
});
