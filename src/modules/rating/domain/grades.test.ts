import { describe, expect, it } from 'vitest';
import { GRADES, GRADE_NAMES, gradeBelow, gradeChangeFor, gradeLevel, hasCertificate, promotionAllowedFrom } from './grades.js';

describe('R-RATE-1: grades', () => {
  it('R-RATE-1: five grades named 1A to 5A, 5A highest', () => {
    expect(GRADES.map((g) => GRADE_NAMES[g])).toEqual(['1A', '2A', '3A', '4A', '5A']);
    expect(gradeLevel('A5')).toBe(5);
    expect(gradeLevel('A1')).toBe(1);
  });

  it('R-RATE-1: certificate and plaque only for 3A and above', () => {
    expect(hasCertificate('A2')).toBe(false);
    expect(hasCertificate('A3')).toBe(true);
    expect(hasCertificate('A5')).toBe(true);
  });
});

describe('R-RATE-6: downgrade, cancellation, promotion', () => {
  it('R-RATE-6: a failed inspection lowers 5A to 4A; the old certificate is returned within 15 days, a new one issued', () => {
    expect(gradeChangeFor('A5', 'INSPECTION_FAILED', '2026-07-01')).toEqual({
      kind: 'DOWNGRADED',
      from: 'A5',
      to: 'A4',
      cause: 'INSPECTION_FAILED',
      certificateReturnDue: '2026-07-16',
      newCertificate: true,
    });
  });

  it('R-RATE-6: 3A downgraded to 2A returns its certificate and gets none', () => {
    const c = gradeChangeFor('A3', 'TWO_BASIC_PASSES', '2026-07-01');
    expect(c).toMatchObject({ to: 'A2', certificateReturnDue: '2026-07-16', newCertificate: false });
  });

  it('R-RATE-6: 2A downgraded has no certificate to return; 1A downgraded has no grade left', () => {
    expect(gradeChangeFor('A2', 'ADMINISTRATIVE_PENALTY', '2026-07-01')).toEqual({ kind: 'DOWNGRADED', from: 'A2', to: 'A1', cause: 'ADMINISTRATIVE_PENALTY', newCertificate: false });
    expect(gradeChangeFor('A1', 'ADMINISTRATIVE_PENALTY', '2026-07-01').to).toBeNull();
    expect(gradeBelow('A1')).toBeNull();
  });

  it('R-RATE-6: fraud, a forged or a lent certificate cancel the grade', () => {
    for (const cause of ['FRAUD', 'FORGED_CERTIFICATE', 'LENT_CERTIFICATE'] as const)
      expect(gradeChangeFor('A4', cause, '2026-07-01')).toEqual({ kind: 'CANCELLED', from: 'A4', to: null, cause, certificateReturnDue: '2026-07-16', newCertificate: false });
  });

  it('R-RATE-6: promotion re-rating from the day after the 2nd anniversary of the award (LOCAL interval)', () => {
    expect(promotionAllowedFrom('2024-06-15', 2)).toBe('2026-06-16');
    expect(promotionAllowedFrom('2024-06-15', 0)).toBe('2024-06-15');
  });
});
