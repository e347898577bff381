import { describe, expect, it } from 'vitest';
import { LARGE_FINE_FEN, abnormalClockCompletesOn, isMinorPenalty, listingForPenalty, shouldEscalate, type CreditAct } from './listing.js';

const YUAN = 100;

describe('R-CREDIT-1: penalties that list on the abnormal activities list', () => {
  it('R-CREDIT-1: a first warning lists on the abnormal list', () => {
    expect(listingForPenalty({ decidedOn: '2026-03-10', warning: true }, [])).toEqual({ list: 'ABNORMAL', reasons: ['WARNING_OR_SMALL_FINE'], listedOn: '2026-03-10' });
  });

  it('R-CREDIT-1: a first fine of 49,999.99 yuan lists on the abnormal list', () => {
    expect(listingForPenalty({ decidedOn: '2026-03-10', fineFen: LARGE_FINE_FEN - 1 }, [])?.list).toBe('ABNORMAL');
  });

  it('R-CREDIT-1: a decision with no listable sanction lists nothing', () => {
    expect(listingForPenalty({ decidedOn: '2026-03-10' }, [])).toBeUndefined();
    expect(listingForPenalty({ decidedOn: '2026-03-10', fineFen: 0 }, [])).toBeUndefined();
  });
});

describe('R-CREDIT-2: penalties that list on the serious list', () => {
  it('R-CREDIT-2: a fine of exactly 50,000 yuan is serious ("5万元以上" includes 50,000)', () => {
    expect(listingForPenalty({ decidedOn: '2026-03-10', fineFen: 50_000 * YUAN }, [])).toEqual({ list: 'SERIOUS', reasons: ['LARGE_FINE'], listedOn: '2026-03-10' });
    expect(isMinorPenalty({ decidedOn: '2026-03-10', warning: true, fineFen: 50_000 * YUAN })).toBe(false);
  });

  it('R-CREDIT-2: suspension and revocation are serious', () => {
    expect(listingForPenalty({ decidedOn: '2026-03-10', suspension: true }, [])?.reasons).toEqual(['SUSPENSION_PENALTY']);
    expect(listingForPenalty({ decidedOn: '2026-03-10', revocation: true }, [])?.reasons).toEqual(['REGISTRATION_REVOKED']);
  });

  it('R-CREDIT-2: the second warning or small fine within 3 years is serious', () => {
    const history = [{ decidedOn: '2023-03-10', fineFen: 1_000 * YUAN }];
    expect(listingForPenalty({ decidedOn: '2026-03-10', warning: true }, history)).toEqual({ list: 'SERIOUS', reasons: ['REPEATED_MINOR_PENALTIES'], listedOn: '2026-03-10' });
  });

  it('R-CREDIT-2: a minor penalty more than 3 years earlier does not count', () => {
    const history = [{ decidedOn: '2023-03-09', warning: true }];
    expect(listingForPenalty({ decidedOn: '2026-03-10', warning: true }, history)?.list).toBe('ABNORMAL');
  });

  it('R-CREDIT-2: an earlier heavy penalty is not a minor one', () => {
    const history = [{ decidedOn: '2025-01-01', suspension: true }];
    expect(listingForPenalty({ decidedOn: '2026-03-10', warning: true }, history)?.list).toBe('ABNORMAL');
  });
});

describe('R-CREDIT-2: escalation from the abnormal list', () => {
  const listing = { listedOn: '2024-03-10', reasons: ['ANNUAL_FILING_LATE' as const] };

  it('R-CREDIT-2: not yet on the second anniversary; escalated the day after (two full years)', () => {
    expect(shouldEscalate(listing, '2026-03-10', [])).toEqual({ escalate: false, twoYearsCompleteOn: '2026-03-11' });
    expect(shouldEscalate(listing, '2026-03-11', [])).toEqual({ escalate: true, reasons: ['ABNORMAL_TWO_YEARS'], metOn: '2026-03-11' });
  });

  it('R-CREDIT-2: a new listable act while listed restarts the clock', () => {
    const acts: CreditAct[] = [{ kind: 'LISTABLE_ACT', date: '2025-06-01', reason: 'ANNUAL_FILING_LATE' }];
    expect(abnormalClockCompletesOn(listing, acts, '2026-03-11')).toBe('2027-06-02');
    expect(shouldEscalate(listing, '2026-03-11', acts)).toEqual({ escalate: false, twoYearsCompleteOn: '2027-06-02' });
    expect(shouldEscalate(listing, '2027-06-02', acts)).toMatchObject({ escalate: true, reasons: ['ABNORMAL_TWO_YEARS'] });
  });

  it('R-CREDIT-2: acts before the listing or in the future do not restart the clock', () => {
    const acts: CreditAct[] = [
      { kind: 'LISTABLE_ACT', date: '2024-01-01', reason: 'ANNUAL_FILING_LATE' },
      { kind: 'LISTABLE_ACT', date: '2026-05-01', reason: 'ANNUAL_FILING_LATE' },
    ];
    expect(abnormalClockCompletesOn(listing, acts, '2026-03-11')).toBe('2026-03-11');
  });

  it('R-CREDIT-2: a dishonest-judgment-debtor listing escalates at once', () => {
    const acts: CreditAct[] = [{ kind: 'DISHONEST_JUDGMENT_DEBTOR', date: '2024-09-01' }];
    expect(shouldEscalate(listing, '2024-09-01', acts)).toEqual({ escalate: true, reasons: ['DISHONEST_JUDGMENT_DEBTOR'], metOn: '2024-09-01' });
  });

  it('R-CREDIT-2: a large fine or a suspension while listed escalates', () => {
    expect(shouldEscalate(listing, '2025-01-01', [{ kind: 'PENALTY', penalty: { decidedOn: '2024-12-01', fineFen: 60_000 * YUAN } }])).toMatchObject({ escalate: true, reasons: ['LARGE_FINE'] });
    expect(shouldEscalate(listing, '2025-01-01', [{ kind: 'PENALTY', penalty: { decidedOn: '2024-12-01', suspension: true } }])).toMatchObject({ escalate: true, reasons: ['SUSPENSION_PENALTY'] });
  });

  it('R-CREDIT-2: a second small fine within 3 years escalates, counting one from before the listing', () => {
    const acts: CreditAct[] = [
      { kind: 'PENALTY', penalty: { decidedOn: '2023-06-01', warning: true } },
      { kind: 'PENALTY', penalty: { decidedOn: '2025-02-01', fineFen: 2_000 * YUAN } },
    ];
    expect(shouldEscalate(listing, '2025-03-01', acts)).toEqual({ escalate: true, reasons: ['REPEATED_MINOR_PENALTIES'], metOn: '2025-02-01' });
  });

  it('R-CREDIT-2: an old penalty from before the listing triggers nothing by itself', () => {
    expect(shouldEscalate(listing, '2025-03-01', [{ kind: 'PENALTY', penalty: { decidedOn: '2023-06-01', suspension: true } }])).toMatchObject({ escalate: false });
  });

  it('R-CREDIT-2: returns every reason met, with the first day one held', () => {
    const acts: CreditAct[] = [
      { kind: 'AMENDMENT_REVOKED_FOR_FRAUD', date: '2025-05-01' },
      { kind: 'DISHONEST_JUDGMENT_DEBTOR', date: '2025-04-01' },
    ];
    const d = shouldEscalate(listing, '2026-04-01', acts);
    expect(d).toEqual({ escalate: true, reasons: ['AMENDMENT_REVOKED_FOR_FRAUD', 'DISHONEST_JUDGMENT_DEBTOR', 'ABNORMAL_TWO_YEARS'], metOn: '2025-04-01' });
  });
});
