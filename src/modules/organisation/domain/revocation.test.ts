import { describe, expect, it } from 'vitest';
import { nextRevocationStep, zombieCandidate } from './revocation.js';

const TWO = { consecutiveYears: 2, publicNoticeDays: 0 };
const THREE_WITH_NOTICE = { consecutiveYears: 3, publicNoticeDays: 60 };

describe('R-ORG-7: zombie organisations', () => {
  it('R-ORG-7: two consecutive years not filed or failed make a candidate, listing the years', () => {
    const a = zombieCandidate({ 2022: 'PASS', 2023: 'NOT_FILED', 2024: 'FAILED' }, TWO);
    expect(a.candidate).toBe(true);
    expect(a.years).toEqual([2023, 2024]);
    expect(a.reason).toContain('2023、2024');
    expect(a.reason).toContain('(2023, 2024)');
  });

  it('R-ORG-7: one bad year is not enough', () => {
    const a = zombieCandidate({ 2023: 'PASS', 2024: 'NOT_FILED' }, TWO);
    expect(a).toMatchObject({ candidate: false, years: [2024], required: 2 });
  });

  it('R-ORG-7: a basic pass or a pass interrupts the run', () => {
    expect(zombieCandidate({ 2022: 'NOT_FILED', 2023: 'BASIC_PASS', 2024: 'FAILED' }, TWO).candidate).toBe(false);
    expect(zombieCandidate({ 2021: 'NOT_FILED', 2022: 'FAILED', 2023: 'PASS', 2024: 'PASS' }, TWO)).toMatchObject({ candidate: false, years: [] });
  });

  it('R-ORG-7: a submitted filing awaiting its result shows the organisation is alive', () => {
    expect(zombieCandidate({ 2023: 'NOT_FILED', 2024: 'SUBMITTED' }, TWO).candidate).toBe(false);
  });

  it('R-ORG-7: years not owed are skipped, neither counting nor breaking the run', () => {
    const a = zombieCandidate([{ year: 2022, outcome: 'NOT_FILED' }, { year: 2023, outcome: 'NOT_FILED' }, { year: 2024, outcome: 'NOT_OWED' }], TWO);
    expect(a).toMatchObject({ candidate: true, years: [2022, 2023] });
  });

  it('R-ORG-7: a year missing from the history breaks the run (never propose on a guess)', () => {
    expect(zombieCandidate({ 2021: 'NOT_FILED', 2023: 'NOT_FILED' }, TWO)).toMatchObject({ candidate: false, years: [2023] });
  });

  it('R-ORG-7: where 3 years are required, 2 are not enough and 3 are', () => {
    expect(zombieCandidate({ 2023: 'FAILED', 2024: 'NOT_FILED' }, THREE_WITH_NOTICE).candidate).toBe(false);
    expect(zombieCandidate({ 2022: 'FAILED', 2023: 'FAILED', 2024: 'NOT_FILED' }, THREE_WITH_NOTICE).candidate).toBe(true);
  });

  it('R-ORG-7: an empty history is not a candidate', () => {
    expect(zombieCandidate({}, TWO)).toMatchObject({ candidate: false, years: [] });
  });

  it('R-ORG-7: without a notice rule a candidate is proposed at once', () => {
    const a = zombieCandidate({ 2023: 'NOT_FILED', 2024: 'NOT_FILED' }, TWO);
    expect(nextRevocationStep(a, TWO, '2025-07-01')).toEqual({ step: 'PROPOSE' });
  });

  it('R-ORG-7: with a 60-day notice: publish, wait through the last notice day, then propose', () => {
    const a = zombieCandidate({ 2022: 'NOT_FILED', 2023: 'NOT_FILED', 2024: 'NOT_FILED' }, THREE_WITH_NOTICE);
    expect(nextRevocationStep(a, THREE_WITH_NOTICE, '2025-07-01')).toEqual({ step: 'PUBLISH_NOTICE' });
    expect(nextRevocationStep(a, THREE_WITH_NOTICE, '2025-08-30', '2025-07-01')).toEqual({ step: 'NOTICE_RUNNING', lastNoticeDay: '2025-08-30' });
    expect(nextRevocationStep(a, THREE_WITH_NOTICE, '2025-08-31', '2025-07-01')).toEqual({ step: 'PROPOSE' });
  });

  it('R-ORG-7: a non-candidate has no revocation step', () => {
    const a = zombieCandidate({ 2024: 'PASS' }, TWO);
    expect(nextRevocationStep(a, TWO, '2025-07-01')).toEqual({ step: 'NOT_A_CANDIDATE' });
  });
});
