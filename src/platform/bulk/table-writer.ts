/**
 * Writes a spreadsheet row by row in constant memory: CSV (UTF-8 with a byte-order mark, so
 * Excel shows Chinese correctly) or XLSX (xlsx-writer.ts), both waiting for the file to
 * drain when it falls behind.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { XlsxStreamWriter } from './xlsx-writer.js';

export type TableFormat = 'csv' | 'xlsx';
export type Cell = string | number | null | undefined;

export interface TableWriter {
  /** Adds a row; resolves when the output can take more (backpressure). */
  write(cells: Cell[]): Promise<void>;
  /** Finishes the file. */
  close(): Promise<void>;
}

/**
 * One CSV field: quoted when it holds a separator, quote or line break; text that a
 * spreadsheet would run as a formula (=, +, @, or - before a non-digit) gets a leading
 * apostrophe (CSV injection).
 */
export function csvField(cell: Cell): string {
  if (cell == null) return '';
  let s = String(cell);
  if (typeof cell === 'string' && /^([=+@\t\r]|-[^\d.])/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (CRLF, as RFC 4180 and Excel expect). */
export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function csvWriter(file: string, headers: string[]): TableWriter {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  let buffer = `\uFEFF${csvLine(headers)}`;
  const flush = async () => {
    if (!buffer) return;
    const ok = out.write(buffer);
    buffer = '';
    if (!ok) await once(out, 'drain');
  };
  return {
    async write(cells) {
      buffer += csvLine(cells);
      if (buffer.length >= 65_536) await flush();
    },
    async close() {
      await flush();
      out.end();
      await once(out, 'finish');
    },
  };
}

function xlsxWriter(file: string, headers: string[], sheetName: string): TableWriter {
  const book = new XlsxStreamWriter(file, sheetName);
  const header = book.write(headers);
  return {
    async write(cells) {
      await header;
      await book.write(cells);
    },
    async close() {
      await header;
      await book.close();
    },
  };
}

/** Opens a CSV or XLSX writer with the header row written. */
export function createTableWriter(format: TableFormat, file: string, headers: string[], sheetName = 'Sheet1'): TableWriter {
  return format === 'csv' ? csvWriter(file, headers) : xlsxWriter(file, headers, sheetName);
}
