import { describe, expect, it } from 'vitest';
import { gradeEffectState, publicityLastDay, reviewDecisionDue, reviewRequestInTime } from './procedure.js';

describe('R-RATE-4: publicity, review, effect', () => {
  it('R-RATE-4: a 7-day publicity published on 1 June runs to 8 June', () => {
    expect(publicityLastDay('2026-06-01', 7)).toBe('2026-06-08');
  });

  it('R-RATE-4: a review may be requested within the publicity period only', () => {
    expect(reviewRequestInTime('2026-06-01', '2026-06-01', 7)).toBe(true);
    expect(reviewRequestInTime('2026-06-08', '2026-06-01', 7)).toBe(true);
    expect(reviewRequestInTime('2026-06-09', '2026-06-01', 7)).toBe(false);
    expect(reviewRequestInTime('2026-05-31', '2026-06-01', 7)).toBe(false);
  });

  it('R-RATE-4: the review is decided within 15 days', () => {
    expect(reviewDecisionDue('2026-06-05')).toBe('2026-06-20');
  });

  it('R-RATE-4: no effect during publicity; effect the day after it ends', () => {
    const p = { publishedOn: '2026-06-01', publicityDays: 7 };
    expect(gradeEffectState(p, '2026-06-08')).toEqual({ mayTakeEffect: false, waitingFor: 'PUBLICITY', until: '2026-06-08' });
    expect(gradeEffectState(p, '2026-06-09')).toEqual({ mayTakeEffect: true, from: '2026-06-09' });
  });

  it('R-RATE-4: a pending review holds the grade back until decided', () => {
    const p = { publishedOn: '2026-06-01', publicityDays: 7, review: { requestedOn: '2026-06-05' } };
    expect(gradeEffectState(p, '2026-06-12')).toEqual({ mayTakeEffect: false, waitingFor: 'REVIEW_DECISION', until: '2026-06-20' });
    expect(gradeEffectState({ ...p, review: { requestedOn: '2026-06-05', decidedOn: '2026-06-15' } }, '2026-06-15')).toEqual({ mayTakeEffect: true, from: '2026-06-15' });
  });

  it('R-RATE-4: a review decided during publicity still waits for publicity to end', () => {
    const p = { publishedOn: '2026-06-01', publicityDays: 7, review: { requestedOn: '2026-06-02', decidedOn: '2026-06-04' } };
    expect(gradeEffectState(p, '2026-06-05').mayTakeEffect).toBe(false);
    expect(gradeEffectState(p, '2026-06-09')).toEqual({ mayTakeEffect: true, from: '2026-06-09' });
  });
});
