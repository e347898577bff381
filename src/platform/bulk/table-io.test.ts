import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { HeaderError, readTable, type ColumnSpec } from './table-reader.js';
import { createTableWriter, csvField } from './table-writer.js';
import { columnName, escapeXml, sheetNameOf, XlsxStreamWriter } from './xlsx-writer.js';
import { parseBoolCell, parseCountCell, parseDateCell } from './cells.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'table-io-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const columns: ColumnSpec[] = [{ key: 'name', headers: ['名称', 'name'], required: true }, { key: 'code', headers: ['代码', 'code'] }];
const all = async <T>(it: AsyncIterable<T>) => { const out: T[] = []; for await (const x of it) out.push(x); return out; };

describe('reading spreadsheets', () => {
  it('reads CSV saved by Chinese Excel (GB18030), finds columns by Chinese or English header, numbers rows as the sheet does', async () => {
    const file = path.join(dir, 'gbk.csv');
    // 名称,代码 / 测试,1 / (blank) / 示例 in GB18030
    fs.writeFileSync(file, Buffer.concat([Buffer.from('C3FBB3C62CB4FAC2EB0D0AB2E2CAD42C310D0A2C0D0A', 'hex'), Buffer.from('CABEC0FD2C320D0A', 'hex')]));
    expect(await all(readTable(file, columns))).toEqual([{ rowNumber: 2, values: { name: '测试', code: '1' } }, { rowNumber: 4, values: { name: '示例', code: '2' } }]);
    const en = path.join(dir, 'en.csv');
    fs.writeFileSync(en, '\uFEFFCode , NAME\r\nx,"a, b"\r\n');
    expect(await all(readTable(en, columns))).toEqual([{ rowNumber: 2, values: { name: 'a, b', code: 'x' } }]);
  });

  it('names the required columns a header lacks', async () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, '代码\r\n1\r\n');
    await expect(all(readTable(file, columns))).rejects.toThrow(HeaderError);
    await expect(all(readTable(file, columns))).rejects.toThrow(/名称/);
  });
});

describe('writing spreadsheets', () => {
  it('quotes CSV fields and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=cmd()')).toBe("'=cmd()");
    expect(csvField('-12')).toBe('-12');
    expect(csvField(null)).toBe('');
  });

  it('writes an XLSX that spreadsheet readers open, with strings, numbers and blanks', async () => {
    expect([0, 25, 26, 701].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ']);
    expect(escapeXml('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
    const file = path.join(dir, 'out.xlsx');
    const w = createTableWriter('xlsx', file, ['名称', '金额', '备注'], '社会组织');
    await w.write(['嘉定区<测试>协会', 1234.5, null]);
    await w.write([' 前后空格 ', 0, '第三列']);
    await w.close();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('社会组织')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '名称', '金额', '备注']);
    expect(sheet.getRow(2).values).toEqual([undefined, '嘉定区<测试>协会', 1234.5]);
    expect(sheet.getRow(3).values).toEqual([undefined, ' 前后空格 ', 0, '第三列']);
  });

  it('continues on a new sheet with the header again past the row limit, so a spreadsheet shows every row', async () => {
    expect(sheetNameOf('社会组织', 0)).toBe('社会组织');
    expect(sheetNameOf('社会组织', 2)).toBe('社会组织 (3)');
    expect(Array.from(sheetNameOf('一'.repeat(40), 1))).toHaveLength(31);
    const file = path.join(dir, 'rolled.xlsx');
    const w = new XlsxStreamWriter(file, '社会组织', { maxRowsPerSheet: 3 });
    await w.write(['名称', '金额']);
    for (let i = 1; i <= 5; i++) await w.write([`组织${i}`, i]);
    await w.close();
    expect(w.sheets).toEqual(['社会组织', '社会组织 (2)', '社会组织 (3)']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows = (name: string) => book.getWorksheet(name)!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows('社会组织')).toEqual([['名称', '金额'], ['组织1', 1], ['组织2', 2]]);
    expect(rows('社会组织 (2)')).toEqual([['名称', '金额'], ['组织3', 3], ['组织4', 4]]);
    expect(rows('社会组织 (3)')).toEqual([['名称', '金额'], ['组织5', 5]]);
  });
});

describe('cells', () => {
  it('reads dates as clerks write them', () => {
    for (const s of ['2026-03-01', '2026/3/1', '2026.03.01', '2026年3月1日', '20260301', '46082']) expect(parseDateCell(s)).toBe('2026-03-01');
    expect(parseDateCell('')).toBeUndefined();
    expect(parseDateCell('2026-02-30')).toBeNull();
    expect(parseDateCell('下周')).toBeNull();
  });

  it('reads counts and yes/no', () => {
    expect(parseCountCell('1,200')).toBe(1200);
    expect(parseCountCell('-1')).toBeNull();
    expect(parseBoolCell('是')).toBe(true);
    expect(parseBoolCell('否')).toBe(false);
    expect(parseBoolCell('也许')).toBeNull();
  });
});
