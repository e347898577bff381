import { describe, expect, it } from 'vitest';
import { dueThresholdsReached, effectiveDue, isLate, statutoryDueDates } from './deadlines.js';
import { dueDatesSetting, dueLeadDaysSetting } from './settings.js';

const rule = dueDatesSetting.nationalDefault;
const lead = dueLeadDaysSetting.nationalDefault;

describe('R-INSP-2: due dates', () => {
  it('R-INSP-2: social groups and service institutions: supervisor 31 March, authority 31 May of the next year', () => {
    for (const type of ['SOCIAL_GROUP', 'SERVICE_INSTITUTION'] as const)
      expect(statutoryDueDates(2025, { type, isCharity: false, directlyRegistered: false }, rule)).toEqual({ supervisor: '2026-03-31', authority: '2026-05-31' });
  });

  it('R-INSP-2: foundations and charities are due by 31 March', () => {
    expect(statutoryDueDates(2025, { type: 'FOUNDATION', isCharity: false, directlyRegistered: false }, rule)).toEqual({ supervisor: '2026-03-31', authority: '2026-03-31' });
    expect(statutoryDueDates(2025, { type: 'SOCIAL_GROUP', isCharity: true, directlyRegistered: true }, rule)).toEqual({ authority: '2026-03-31' });
  });

  it('R-INSP-2: directly registered organisations skip the supervisor step', () => {
    expect(statutoryDueDates(2025, { type: 'SOCIAL_GROUP', isCharity: false, directlyRegistered: true }, rule)).toEqual({ authority: '2026-05-31' });
  });

  it('R-INSP-2: LOCAL dates replace the national ones', () => {
    const local = { ...rule, standard: { supervisor: '04-15', authority: '06-30' } };
    expect(statutoryDueDates(2025, { type: 'SERVICE_INSTITUTION', isCharity: false, directlyRegistered: false }, local)).toEqual({ supervisor: '2026-04-15', authority: '2026-06-30' });
  });

  it('R-INSP-2: an extension moves the effective due date, never back', () => {
    expect(effectiveDue('2026-05-31')).toBe('2026-05-31');
    expect(effectiveDue('2026-05-31', '2026-06-30')).toBe('2026-06-30');
    expect(effectiveDue('2026-05-31', '2026-05-01')).toBe('2026-05-31');
  });

  it('R-INSP-2: the due day is on time, the day after is late', () => {
    expect(isLate('2026-05-31', '2026-05-31')).toBe(false);
    expect(isLate('2026-06-01', '2026-05-31')).toBe(true);
  });

  it('R-INSP-2: a filing on time under an extension is not late; after the extension it is', () => {
    expect(isLate('2026-06-20', '2026-05-31', '2026-06-30')).toBe(false);
    expect(isLate('2026-06-30', '2026-05-31', '2026-06-30')).toBe(false);
    expect(isLate('2026-07-01', '2026-05-31', '2026-06-30')).toBe(true);
    expect(isLate('2026-06-01', '2026-05-31', null)).toBe(true);
  });
});

describe('R-INSP-5: due-date threshold events', () => {
  const due = '2026-05-31';

  it('R-INSP-5: nothing 31 days before; DUE_IN_30 on the 30th day before', () => {
    expect(dueThresholdsReached('2026-04-30', due, lead, [])).toEqual([]);
    expect(dueThresholdsReached('2026-05-01', due, lead, [])).toEqual(['DUE_IN_30']);
  });

  it('R-INSP-5: DUE_IN_7 and DUE_IN_1 on their days, each once', () => {
    expect(dueThresholdsReached('2026-05-23', due, lead, ['DUE_IN_30'])).toEqual([]);
    expect(dueThresholdsReached('2026-05-24', due, lead, ['DUE_IN_30'])).toEqual(['DUE_IN_7']);
    expect(dueThresholdsReached('2026-05-25', due, lead, ['DUE_IN_30', 'DUE_IN_7'])).toEqual([]);
    expect(dueThresholdsReached('2026-05-30', due, lead, ['DUE_IN_30', 'DUE_IN_7'])).toEqual(['DUE_IN_1']);
  });

  it('R-INSP-5: OVERDUE the day after the due date, exactly once', () => {
    const emitted = ['DUE_IN_30', 'DUE_IN_7', 'DUE_IN_1'];
    expect(dueThresholdsReached('2026-05-31', due, lead, emitted)).toEqual([]);
    expect(dueThresholdsReached('2026-06-01', due, lead, emitted)).toEqual(['OVERDUE']);
    expect(dueThresholdsReached('2026-06-02', due, lead, [...emitted, 'OVERDUE'])).toEqual([]);
  });

  it('R-INSP-5: replaying a whole season with its own output emits each event exactly once', () => {
    const emitted = new Set<string>();
    const log: string[] = [];
    for (let d = 0; d < 60; d++) {
      const today = new Date(Date.UTC(2026, 3, 15 + d)).toISOString().slice(0, 10);
      for (let run = 0; run < 2; run++)
        for (const e of dueThresholdsReached(today, due, lead, emitted)) {
          emitted.add(e);
          log.push(`${today} ${e}`);
        }
    }
    expect(log).toEqual(['2026-05-01 DUE_IN_30', '2026-05-24 DUE_IN_7', '2026-05-30 DUE_IN_1', '2026-06-01 OVERDUE']);
  });

  it('R-INSP-5: uses the effective due date under an extension', () => {
    expect(dueThresholdsReached('2026-06-01', '2026-06-30', lead, ['DUE_IN_30', 'DUE_IN_7', 'DUE_IN_1'])).toEqual([]);
    expect(dueThresholdsReached('2026-07-01', '2026-06-30', lead, ['DUE_IN_30', 'DUE_IN_7', 'DUE_IN_1'])).toEqual(['OVERDUE']);
  });

  it('R-INSP-5: the lead days are LOCAL', () => {
    expect(dueThresholdsReached('2026-05-17', due, [14, 3], [])).toEqual(['DUE_IN_14']);
    expect(dueThresholdsReached('2026-05-17', due, lead, [])).toEqual(['DUE_IN_30']);
  });
});
