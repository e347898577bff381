import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './money.js';

describe('yuan ↔ fen (STYLE 12: money in fen, never floats)', () => {
  it('converts yuan strings to whole fen exactly', () => {
    expect(yuanToFen('12345.67')).toEqual({ ok: true, fen: 1_234_567 });
    expect(yuanToFen('0.29')).toEqual({ ok: true, fen: 29 }); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(yuanToFen('1.1')).toEqual({ ok: true, fen: 110 });
    expect(yuanToFen('30,000')).toEqual({ ok: true, fen: 3_000_000 });
    expect(yuanToFen('１２３４５．６７元')).toEqual({ ok: true, fen: 1_234_567 });
    expect(yuanToFen('¥ 8,000,000.00')).toEqual({ ok: true, fen: 800_000_000 });
    expect(yuanToFen('100.500')).toEqual({ ok: true, fen: 10_050 });
    expect(yuanToFen('007')).toEqual({ ok: true, fen: 700 });
  });

  it('refuses what is not an amount of yuan and fen', () => {
    expect(yuanToFen('')).toEqual({ ok: false, problem: 'EMPTY' });
    expect(yuanToFen('-5')).toEqual({ ok: false, problem: 'MALFORMED' });
    expect(yuanToFen('1e5')).toEqual({ ok: false, problem: 'MALFORMED' });
    expect(yuanToFen('三万')).toEqual({ ok: false, problem: 'MALFORMED' });
    expect(yuanToFen('1.234')).toEqual({ ok: false, problem: 'TOO_PRECISE' });
    expect(yuanToFen('99999999999999999')).toEqual({ ok: false, problem: 'TOO_LARGE' });
  });

  it('writes fen as plain yuan with two decimals', () => {
    expect(fenToYuan(1_234_567)).toBe('12345.67');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(3_000_000)).toBe('30000.00');
    for (const s of ['0.01', '12345.67', '4000000.00']) expect(fenToYuan((yuanToFen(s) as { fen: number }).fen)).toBe(s);
  });
});
