/**
 * A streaming XLSX writer with real backpressure, for exports of a million rows.
 *
 * Why not exceljs' WorkbookWriter: it buffers the worksheet without limit while its zip
 * stream falls behind (measured: 2.6 GB for 1,000,000 rows of 26 columns). Here the sheet
 * XML goes through one raw-deflate stream straight into the file, and `write` waits whenever
 * the deflater or the file cannot take more, so memory stays flat. The workbook is the
 * minimum Excel, WPS and LibreOffice open: sheets of inline strings and numbers, in a zip
 * with data descriptors (sizes follow the data). Without ZIP64, so up to 4 GiB of sheet XML.
 *
 * A sheet holds at most 1,048,576 rows in Excel and WPS; a longer export continues on
 * "名称 (2)", "名称 (3)" … each starting with the header row again, so nothing is cut off
 * when a clerk opens the whole register.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import zlib from 'node:zlib';

export type XlsxCell = string | number | null | undefined;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's and WPS's row limit per worksheet. */
export const XLSX_MAX_ROWS = 1_048_576;

const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

const staticParts = (sheetNames: string[]): [string, string][] => [
  ['[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetNames.map((_n, i) => `<Override PartName="/${sheetPath(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`],
  ['_rels/.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetNames.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join('')}</sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${sheetNames.map((_n, i) => `<Relationship Id="rId${i + 2}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`],
  ['xl/styles.xml', `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`],
];

/** The name of the n-th sheet (0-based): the name, then "name (2)" …, within Excel's 31 characters. */
export function sheetNameOf(base: string, n: number): string {
  if (n === 0) return Array.from(base).slice(0, 31).join('');
  const suffix = ` (${n + 1})`;
  return Array.from(base).slice(0, 31 - suffix.length).join('') + suffix;
}

/** Escapes text for XML, dropping the control characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellXml(ref: string, v: XlsxCell): string {
  if (v == null || v === '') return '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"><v>${v}</v></c>`;
  const text = escapeXml(String(v));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
  flags: number;
}

/** DOS time and date of now (zip headers). */
function dosDateTime(d = new Date()): [number, number] {
  return [(d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1), ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()];
}

function localHeader(e: Entry, time: number, date: number): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(e.flags, 6);
  b.writeUInt16LE(8, 8); // deflate
  b.writeUInt16LE(time, 10);
  b.writeUInt16LE(date, 12);
  b.writeUInt32LE(e.crc >>> 0, 14);
  b.writeUInt32LE(e.compressed, 18);
  b.writeUInt32LE(e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, e.name]);
}

function centralHeader(e: Entry, time: number, date: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(e.flags, 8);
  b.writeUInt16LE(8, 10);
  b.writeUInt16LE(time, 12);
  b.writeUInt16LE(date, 14);
  b.writeUInt32LE(e.crc >>> 0, 16);
  b.writeUInt32LE(e.compressed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

export interface XlsxOptions {
  /** Rows per sheet before continuing on the next one (default Excel's limit). */
  maxRowsPerSheet?: number;
  /** Repeat the first row written (the header) at the top of every further sheet (default true). */
  repeatHeader?: boolean;
}

/** Writes rows to `file` as an XLSX workbook, continuing on a new sheet at the row limit. */
export class XlsxStreamWriter {
  private readonly out: fs.WriteStream;
  private readonly entries: Entry[] = [];
  private readonly sheetNames: string[] = [];
  private readonly time: number;
  private readonly date: number;
  private readonly maxRows: number;
  private readonly repeatHeader: boolean;
  private header: XlsxCell[] | undefined;
  private offset = 0;
  private deflate!: zlib.DeflateRaw;
  private sheet!: Entry;
  private rowNumber = 0;
  private pending = '';
  private sheetDone!: Promise<void>;

  constructor(file: string, private readonly sheetName = 'Sheet1', opts: XlsxOptions = {}) {
    this.out = fs.createWriteStream(file);
    [this.time, this.date] = dosDateTime();
    this.maxRows = opts.maxRowsPerSheet ?? XLSX_MAX_ROWS;
    this.repeatHeader = opts.repeatHeader ?? true;
    if (!(this.maxRows >= 2)) throw new RangeError('maxRowsPerSheet must be at least 2');
    this.openSheet();
  }

  private openSheet(): void {
    const index = this.sheetNames.length;
    this.sheetNames.push(sheetNameOf(this.sheetName, index));
    this.deflate = zlib.createDeflateRaw({ level: 6 });
    this.sheet = { name: Buffer.from(sheetPath(index)), offset: 0, crc: 0, compressed: 0, size: 0, flags: 0x0808 };
    this.rowNumber = 0;
    this.pending = '';
    this.sheetDone = this.startSheet(this.sheet, this.deflate);
  }

  private async raw(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    if (!this.out.write(buf)) await once(this.out, 'drain');
  }

  /** Opens the streamed sheet entry and pumps the deflater's output into the file. */
  private async startSheet(sheet: Entry, deflate: zlib.DeflateRaw): Promise<void> {
    sheet.offset = this.offset;
    await this.raw(localHeader(sheet, this.time, this.date));
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      sheet.compressed += chunk.length;
      await this.raw(chunk);
    }
  }

  private async sheetText(text: string): Promise<void> {
    const buf = Buffer.from(text, 'utf8');
    this.sheet.crc = zlib.crc32(buf, this.sheet.crc);
    this.sheet.size += buf.length;
    if (!this.deflate.write(buf)) await once(this.deflate, 'drain');
  }

  /** Ends the current sheet's XML and its zip entry. */
  private async finishSheet(): Promise<void> {
    if (this.rowNumber === 0) this.pending += `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
    await this.sheetText(`${this.pending}</sheetData></worksheet>`);
    this.pending = '';
    this.deflate.end();
    await this.sheetDone;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(this.sheet.crc >>> 0, 4);
    descriptor.writeUInt32LE(this.sheet.compressed, 8);
    descriptor.writeUInt32LE(this.sheet.size, 12);
    await this.raw(descriptor);
    this.entries.push(this.sheet);
  }

  private async row(cells: XlsxCell[]): Promise<void> {
    if (this.rowNumber === 0) this.pending += `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
    const r = ++this.rowNumber;
    this.pending += `<row r="${r}">${cells.map((v, i) => cellXml(`${columnName(i)}${r}`, v)).join('')}</row>`;
    if (this.pending.length >= 65_536) {
      const text = this.pending;
      this.pending = '';
      await this.sheetText(text);
    }
  }

  /** Adds a row; resolves when the deflater and the file can take more. */
  async write(cells: XlsxCell[]): Promise<void> {
    if (this.header === undefined) this.header = this.repeatHeader ? [...cells] : [];
    else if (this.rowNumber >= this.maxRows) {
      await this.finishSheet();
      this.openSheet();
      if (this.repeatHeader) await this.row(this.header);
    }
    await this.row(cells);
  }

  /** Sheets written so far (their names). */
  get sheets(): readonly string[] {
    return this.sheetNames;
  }

  /** Finishes the sheet, writes the other parts and the zip directory. */
  async close(): Promise<void> {
    await this.finishSheet();
    for (const [name, xml] of staticParts(this.sheetNames)) {
      const data = Buffer.from(xml, 'utf8');
      const body = zlib.deflateRawSync(data);
      const e: Entry = { name: Buffer.from(name), offset: this.offset, crc: zlib.crc32(data), compressed: body.length, size: data.length, flags: 0x0800 };
      await this.raw(localHeader(e, this.time, this.date));
      await this.raw(body);
      this.entries.push(e);
    }
    const cdOffset = this.offset;
    for (const e of this.entries) await this.raw(centralHeader(e, this.time, this.date));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - cdOffset, 12);
    end.writeUInt32LE(cdOffset, 16);
    await this.raw(end);
    this.out.end();
    await once(this.out, 'finish');
  }
}
