import { describe, expect, it } from 'vitest';
import { gradeForScore, ratingTotal } from './scoring.js';
import { scoreBandsSetting, type ScoreBandsRule } from './settings.js';

const luoyang = scoreBandsSetting.nationalDefault;
/** Anhui (documented example): 5A ≥950, 4A 901–950 (950 itself is 5A), 3A 851–900, 2A 801–850, 1A 701–800. */
const anhui: ScoreBandsRule = scoreBandsSetting.validate({
  bands: [
    { grade: 'A5', min: 950 },
    { grade: 'A4', min: 901 },
    { grade: 'A3', min: 851 },
    { grade: 'A2', min: 801 },
    { grade: 'A1', min: 701 },
  ],
  partyOrganisationRequiredFor5A: false,
});

describe('R-RATE-3: score bands', () => {
  it('R-RATE-3: Luoyang (default): both sides of every boundary', () => {
    const g = (s: number) => gradeForScore(s, luoyang, true).grade;
    expect([g(1000), g(900), g(899.5), g(800), g(799), g(700), g(699.9), g(600), g(599), g(0)]).toEqual(['A5', 'A5', 'A4', 'A4', 'A3', 'A3', 'A2', 'A2', 'A1', 'A1']);
  });

  it('R-RATE-3: Anhui: 950 is 5A, 949 is 4A, 901 is 4A, 900 is 3A, 701 is 1A, 700 earns no grade', () => {
    const g = (s: number) => gradeForScore(s, anhui, true).grade;
    expect([g(950), g(949), g(901), g(900), g(851), g(850), g(801), g(800), g(701)]).toEqual(['A5', 'A4', 'A4', 'A3', 'A3', 'A2', 'A2', 'A1', 'A1']);
    expect(gradeForScore(700, anhui, true)).toEqual({ withheld5A: false });
  });

  it('R-RATE-3: a score between published ranges takes the lower band (Anhui 900.5 → 3A)', () => {
    expect(gradeForScore(900.5, anhui, true).grade).toBe('A3');
  });

  it('R-RATE-3: where 5A requires a Party organisation, none means 4A', () => {
    const party = { ...luoyang, partyOrganisationRequiredFor5A: true };
    expect(gradeForScore(950, party, false)).toEqual({ grade: 'A4', withheld5A: true });
    expect(gradeForScore(950, party, true)).toEqual({ grade: 'A5', withheld5A: false });
    expect(gradeForScore(850, party, false)).toEqual({ grade: 'A4', withheld5A: false });
    expect(gradeForScore(950, luoyang, false).grade).toBe('A5');
  });

  it('R-RATE-3: total = sum of groups + bonus, to two decimals', () => {
    expect(ratingTotal([180.5, 250.2, 300.1, 150.1], 12)).toEqual({ ok: true, total: 892.9 });
    expect(ratingTotal([0.1, 0.2])).toEqual({ ok: true, total: 0.3 });
    expect(ratingTotal([1000], 100)).toEqual({ ok: true, total: 1100 });
  });

  it('R-RATE-3: bonus above 100, groups above 1000 or negative scores are refused, all at once', () => {
    const r = ratingTotal([600, 400.5, -1], 101);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((x) => x.code)).toEqual(['RATING_SCORE_INVALID', 'RATING_BONUS_INVALID']);
    const over = ratingTotal([600, 400.5], 0);
    expect(!over.ok && over.problems.map((x) => x.code)).toEqual(['RATING_SCORE_OVER_MAXIMUM']);
    expect(ratingTotal([500], -1).ok).toBe(false);
  });
});
