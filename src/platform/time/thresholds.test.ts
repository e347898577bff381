import { describe, expect, it } from 'vitest';
import { thresholdsReached, validateLeadDays } from './thresholds.js';

const naming = { before: (d: number) => `DUE_IN_${d}`, after: 'OVERDUE' };
const at = (today: string, alreadyEmitted: string[] = []) =>
  thresholdsReached({ today, target: '2026-05-31', leadDays: [30, 7, 1], alreadyEmitted, naming });

describe('thresholdsReached', () => {
  it('emits nothing before the first lead time', () => {
    expect(at('2026-04-30')).toEqual([]); // 31 days left
  });

  it('emits each threshold on the day it is reached', () => {
    expect(at('2026-05-01')).toEqual(['DUE_IN_30']);
    expect(at('2026-05-24')).toEqual(['DUE_IN_7']);
    expect(at('2026-05-30')).toEqual(['DUE_IN_1']);
  });

  it('treats the target day as on time and the day after as past', () => {
    expect(at('2026-05-31', ['DUE_IN_1'])).toEqual([]);
    expect(at('2026-06-01', ['DUE_IN_1'])).toEqual(['OVERDUE']);
  });

  it('is idempotent: an emitted event is not emitted again', () => {
    expect(at('2026-05-02', ['DUE_IN_30'])).toEqual([]);
    expect(at('2026-07-01', ['OVERDUE'])).toEqual([]);
  });

  it('skips looser thresholds when a sweep starts late', () => {
    expect(at('2026-05-28')).toEqual(['DUE_IN_7']);
    expect(at('2026-06-10')).toEqual(['OVERDUE']);
  });

  it('accepts the emitted events as a set', () => {
    expect(thresholdsReached({ today: '2026-05-01', target: '2026-05-31', leadDays: [7, 30], alreadyEmitted: new Set(['DUE_IN_30']), naming })).toEqual([]);
  });
});

describe('validateLeadDays', () => {
  it('sorts from earliest reminder and removes duplicates', () => {
    expect(validateLeadDays([1, 30, 7, 7])).toEqual([30, 7, 1]);
  });

  it('rejects empty lists, zero, fractions and non-numbers', () => {
    for (const bad of [[], [0], [1.5], ['7'], 7, null, [4000]]) expect(() => validateLeadDays(bad)).toThrow(/ \/ /);
  });
});
