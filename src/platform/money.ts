/**
 * Money in fen (STYLE habit 12): amounts are whole numbers of fen, converted from and to the
 * yuan that clerks type with string arithmetic only, never through floating point.
 */

/** Why a yuan amount was refused. */
export type YuanProblem = 'EMPTY' | 'MALFORMED' | 'TOO_PRECISE' | 'TOO_LARGE';

/**
 * Parses a yuan amount as typed ('12,345.67', '１２３４５．６７元', '30000') into whole fen:
 * '12345.67' → 1234567. At most two decimals; no sign, no exponent.
 */
export function yuanToFen(text: string): { ok: true; fen: number } | { ok: false; problem: YuanProblem } {
  const s = text.normalize('NFKC').replace(/[\s,，]/g, '').replace(/(人民币)?元$/, '').replace(/^[¥￥]/, '');
  if (!s) return { ok: false, problem: 'EMPTY' };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, problem: 'MALFORMED' };
  const decimals = (m[2] ?? '').replace(/0+$/, '');
  if (decimals.length > 2) return { ok: false, problem: 'TOO_PRECISE' };
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  if (whole.length > 13) return { ok: false, problem: 'TOO_LARGE' };
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? { ok: true, fen } : { ok: false, problem: 'TOO_LARGE' };
}

/** Whole fen as a plain yuan amount with two decimals: 1234567 → '12345.67' (no separators). */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
