/**
 * Reading the cells of a spreadsheet as clerks fill them in: dates in the usual Chinese
 * notations (or Excel's day numbers), whole numbers, yes/no. Each parser returns undefined
 * for a blank cell and `null` for one it cannot read.
 */
import { addDays, formatDate, isValidDate } from '../time/calendar.js';

const EXCEL_EPOCH = '1899-12-30';

/**
 * A calendar date from '2026-03-01', '2026/3/1', '2026.3.1', '2026年3月1日', '20260301' or an
 * Excel day number (45717).
 */
export function parseDateCell(text: string | undefined): string | undefined | null {
  const s = (text ?? '').normalize('NFKC').trim();
  if (!s) return undefined;
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const d = formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return isValidDate(d) ? d : null;
  }
  m = /^(\d{5})(?:\.0+)?$/.exec(s);
  if (m) return addDays(EXCEL_EPOCH, Number(m[1]));
  return null;
}

/** A non-negative whole number ('1,200' allowed). */
export function parseCountCell(text: string | undefined): number | undefined | null {
  const s = (text ?? '').normalize('NFKC').replace(/[\s,]/g, '');
  if (!s) return undefined;
  return /^\d{1,9}$/.test(s) ? Number(s) : null;
}

/** 是/否, true/false, yes/no, 1/0, Y/N. */
export function parseBoolCell(text: string | undefined): boolean | undefined | null {
  const s = (text ?? '').normalize('NFKC').trim().toLowerCase();
  if (!s) return undefined;
  if (['是', 'true', 'yes', 'y', '1', '有'].includes(s)) return true;
  if (['否', 'false', 'no', 'n', '0', '无'].includes(s)) return false;
  return null;
}
