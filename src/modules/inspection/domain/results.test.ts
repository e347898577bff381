import { describe, expect, it } from 'vitest';
import { INSPECTION_RESULT_LABELS, owesRectificationReport, rectificationDueReached, rectificationFor } from './results.js';

describe('R-INSP-4: results and rectification', () => {
  it('R-INSP-4: three results with their Chinese names', () => {
    expect(INSPECTION_RESULT_LABELS).toEqual({ PASS: '合格', BASIC_PASS: '基本合格', FAIL: '不合格' });
  });

  it('R-INSP-4: a pass opens no rectification', () => {
    expect(rectificationFor('PASS', '2026-06-15', 90)).toBeUndefined();
  });

  it('R-INSP-4: a basic pass or a fail opens a rectification due after the LOCAL period', () => {
    expect(rectificationFor('BASIC_PASS', '2026-06-15', 90)).toEqual({ result: 'BASIC_PASS', dueOn: '2026-09-13' });
    expect(rectificationFor('FAIL', '2026-06-15', 30)).toEqual({ result: 'FAIL', dueOn: '2026-07-15' });
  });

  it('R-INSP-4: the next filing owes a rectification report after a result other than pass', () => {
    expect(owesRectificationReport('PASS')).toEqual([]);
    expect(owesRectificationReport('BASIC_PASS')).toEqual(['PREVIOUS_RESULT_NOT_PASS']);
    expect(owesRectificationReport('FAIL')).toEqual(['PREVIOUS_RESULT_NOT_PASS']);
  });

  it('R-INSP-4: …or when last year\'s filing was missed, or a rectification notice was received', () => {
    expect(owesRectificationReport('NOT_FILED')).toEqual(['PREVIOUS_NOT_FILED']);
    expect(owesRectificationReport('PASS', true)).toEqual(['RECTIFICATION_NOTICE']);
    expect(owesRectificationReport('FAIL', true)).toEqual(['PREVIOUS_RESULT_NOT_PASS', 'RECTIFICATION_NOTICE']);
    expect(owesRectificationReport('NOT_OWED')).toEqual([]);
    expect(owesRectificationReport(null)).toEqual([]);
  });
});

describe('R-INSP-5: rectification due event', () => {
  const r = { result: 'FAIL' as const, dueOn: '2026-09-13' };

  it('R-INSP-5: emitted on the due day, not before, exactly once', () => {
    expect(rectificationDueReached('2026-09-12', r, false, new Set())).toEqual([]);
    expect(rectificationDueReached('2026-09-13', r, false, new Set())).toEqual(['RECTIFICATION_DUE']);
    expect(rectificationDueReached('2026-09-20', r, false, new Set(['RECTIFICATION_DUE']))).toEqual([]);
  });

  it('R-INSP-5: not emitted once the rectification is reported', () => {
    expect(rectificationDueReached('2026-09-13', r, true, new Set())).toEqual([]);
  });
});
