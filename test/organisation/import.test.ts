import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { JurisdictionSettingSetDocument, OrganisationByCodeDocument, OrganisationByIdDocument } from '../generated/graphql.js';
import { PII_SERVICE, type PiiCipher } from '../../src/platform/crypto/pii.js';
import { csvLine } from '../../src/platform/bulk/table-writer.js';
import { HeaderError } from '../../src/platform/bulk/table-reader.js';
import { importFile, importOrganisations, type ImportFileOptions } from '../../src/modules/bulk-import.js';
import { exportOrganisations, EXPORT_HEADERS } from '../../src/modules/organisation/organisation.export.js';
import { makeUscc } from '../../src/modules/organisation/domain/uscc.js';
import { makeIdNumber } from '../../src/modules/person/domain/id-number.js';

let t: TestApp;
let pii: PiiCipher;
let dir: string;
let jiading: string;
let files = 0;

const HEADERS = ['统一社会信用代码', '名称', '类型', '基金会类型', '登记管理机关区划代码', '住所', '法定代表人', '法定代表人身份证号', '法定代表人电话', '业务范围', '业务主管单位', '业务领域', '注册资金(元)', '个人会员数', '单位会员数', '成立登记日期', '登记证书编号', '状态'];
type Row = Partial<Record<(typeof HEADERS)[number], string>>;

let seq = 0;
/** A valid code of this test file (organisation codes T…, which neither demo data nor factories use). */
const code = (prefix: '51' | '52' | '53', division = '310114') => makeUscc(prefix, division, `T${String(++seq).padStart(7, '0')}`);
/** A valid ID number from a region no demo person comes from. */
const idNo = () => makeIdNumber('440305', '1972-03-04', ++seq % 1000);

function serviceRow(over: Row = {}): Row {
  const n = ++seq;
  return {
    统一社会信用代码: code('52'), 名称: `嘉定区导入测试服务中心${n}号`, 类型: '社会服务机构', 登记管理机关区划代码: '310114', 住所: `上海市嘉定区城中路${n}号`,
    法定代表人: '周立波', 法定代表人身份证号: idNo(), 法定代表人电话: '13912345678', 业务范围: '社区服务', 业务领域: '城乡社区服务、养老',
    '注册资金(元)': '50,000', 成立登记日期: '2021-03-15', 登记证书编号: `沪嘉民证字第T${n}号`, 状态: '正常', ...over,
  };
}

function writeCsv(rows: Row[], headers = HEADERS): string {
  const file = path.join(dir, `import-${++files}.csv`);
  fs.writeFileSync(file, '\uFEFF' + csvLine(headers) + rows.map((r) => csvLine(headers.map((h) => r[h] ?? ''))).join(''));
  return file;
}

const run = (file: string, opts: Partial<ImportFileOptions> = {}) =>
  importOrganisations({ db: t.app.sql, pii, file, clock: t.clock, reportFile: path.join(dir, `report-${++files}.csv`), ...opts });

function readReport(file: string | null): { 行号: string; 标识: string; 字段: string; 错误代码: string; 说明: string }[] {
  return file ? parse(fs.readFileSync(file), { columns: true, bom: true }) : [];
}

const count = async (sql: string, params: unknown[] = []) => (await t.app.sql.query<{ n: number }>(sql, params))[0]!.n;

beforeAll(async () => {
  t = await startTestApp();
  pii = t.app.services.get<PiiCipher>(PII_SERVICE);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-import-'));
  jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
  // 杨浦 sets a lower start-up fund minimum for service institutions (R-ORG-4 LOCAL): 5,000 yuan.
  const yangpu = await t.token({ role: Role.AUTHORITY, regionCode: '310110' });
  const set = await t.ok(JurisdictionSettingSetDocument, {
    input: {
      regionCode: '310110', key: 'organisation.minimumFunds', effectiveFrom: '2000-01-01', basis: '杨民规〔2000〕1号',
      value: { socialGroupNational: 10_000_000, socialGroupLocal: 3_000_000, foundationNationalPublic: 800_000_000, foundationLocalPublic: 400_000_000, foundationNonPublic: 200_000_000, serviceInstitution: 500_000 },
    },
  }, yangpu);
  expect(set.jurisdictionSettingSet.userErrors).toEqual([]);
});
afterAll(async () => {
  await t?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('organisation import (CSV)', () => {
  const good = {
    service: serviceRow(),
    group: serviceRow({ 统一社会信用代码: code('51'), 名称: '嘉定区导入测试摄影协会', 类型: '社会团体', 业务主管单位: '上海市嘉定区文化和旅游局', 业务领域: '文化', '注册资金(元)': '30000', 个人会员数: '80' }),
    yangpu: serviceRow({ 统一社会信用代码: code('52', '310110'), 名称: '杨浦区导入测试睦邻中心', 登记管理机关区划代码: '310110', '注册资金(元)': '12345.67' }),
    foundation: serviceRow({ 统一社会信用代码: code('53', '310000'), 名称: '上海导入测试公益基金会', 类型: '基金会', 基金会类型: '非公募', 登记管理机关区划代码: '310000', 业务领域: '公益慈善', '注册资金(元)': '2,000,000.00' }),
  };
  const wrongCheck = serviceRow();
  wrongCheck.统一社会信用代码 = wrongCheck.统一社会信用代码!.slice(0, 17) + (wrongCheck.统一社会信用代码!.endsWith('0') ? '1' : '0');
  const bad = {
    wrongCheck,
    typeMismatch: serviceRow({ 统一社会信用代码: code('51') }),
    lowFunds: serviceRow({ '注册资金(元)': '1000' }),
    badId: serviceRow(),
    several: serviceRow({ '注册资金(元)': '12.345', 业务范围: '', 成立登记日期: '2021-02-30' }),
  };
  const id = bad.badId.法定代表人身份证号!;
  bad.badId.法定代表人身份证号 = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
  let file: string;
  let first: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    file = writeCsv([good.service, bad.wrongCheck, good.group, bad.typeMismatch, bad.lowFunds, good.yangpu, bad.badId, good.foundation, bad.several]);
    first = await run(file);
  });

  it('R-USCC-2, R-USCC-4, R-ORG-4, R-VOL-1: imports the good rows and reports every bad row with its row number and all its reasons', async () => {
    expect(first).toMatchObject({ rows: 9, inserted: 4, updated: 0, unchanged: 0, rejected: 5, stopped: false });
    const report = readReport(first.reportFile);
    const byRow = (n: number) => report.filter((r) => r.行号 === String(n)).map((r) => r.错误代码);
    expect(byRow(3)).toContain('USCC_CHECK_CHARACTER');
    expect(byRow(5)).toEqual(['USCC_TYPE_MISMATCH']);
    expect(byRow(6)).toEqual(['ORG_FUNDS_BELOW_MINIMUM']);
    expect(byRow(8)).toEqual(['ID_CHECK_CHARACTER']);
    expect(byRow(10)).toEqual(expect.arrayContaining(['INVALID_FUNDS', 'SCOPE_REQUIRED', 'INVALID_DATE']));
    expect(report.find((r) => r.行号 === '6')).toMatchObject({ 标识: bad.lowFunds.统一社会信用代码, 字段: '注册资金(元)', 说明: expect.stringMatching(/低于最低要求.*\/.*below the minimum/) });
    for (const n of [2, 4, 7, 9]) expect(byRow(n)).toEqual([]);
    // the name search's trigram bounds follow imported names too (a trigger on the table)
    expect(await count(`select count(*)::int as n from organisation_search_bound where gram = '导入测' and first_name <= $1 and last_name >= $1`, [good.service.名称])).toBe(1);
  });

  it('stores the good rows as the mutations would: registered, direct or supervised, legal representative registered once', async () => {
    const org = (await t.ok(OrganisationByCodeDocument, { code: good.group.统一社会信用代码! })).organisationByCode!;
    expect(org).toMatchObject({ name: '嘉定区导入测试摄影协会', type: 'SOCIAL_GROUP', status: 'REGISTERED', directRegistration: false, legalRepresentativeName: '周立波', registrationDate: '2021-03-15' });
    expect(org.supervisoryUnit?.name).toBe('上海市嘉定区文化和旅游局');
    const full = (await t.ok(OrganisationByIdDocument, { id: org.id }, jiading)).organisation!;
    expect(full).toMatchObject({ registeredFundsFen: 3_000_000, individualMembers: 80 });
    expect(full.legalRepresentative).toMatchObject({ idNumber: good.group.法定代表人身份证号, phone: '13912345678' });
    expect(full.history.map((h) => h.action)).toEqual(['IMPORT']);
    expect(full.timeline[0]).toMatchObject({ date: '2021-03-15', kind: 'REGISTRATION' });
    const service = (await t.ok(OrganisationByCodeDocument, { code: good.service.统一社会信用代码! })).organisationByCode!;
    expect(service).toMatchObject({ directRegistration: true, fields: ['COMMUNITY_SERVICE', 'ELDERLY_CARE'] });
    const foundation = (await t.ok(OrganisationByCodeDocument, { code: good.foundation.统一社会信用代码! })).organisationByCode!;
    expect(foundation).toMatchObject({ type: 'FOUNDATION', fundraising: 'NON_PUBLIC', regionCode: '310000' });
  });

  it('R-ORG-4: converts yuan to whole fen exactly (12345.67 → 1234567), judged by the LOCAL minimum in force', async () => {
    const rows = await t.app.sql.query<{ registered_funds_fen: number }>('select registered_funds_fen from organisation where uscc = $1', [good.yangpu.统一社会信用代码]);
    expect(rows[0]!.registered_funds_fen).toBe(1_234_567);
  });

  it('writes one audit record (organisationImport) and one OrganisationImported event per organisation, in the same transaction', async () => {
    const codes = Object.values(good).map((g) => g.统一社会信用代码);
    expect(await count(`select count(*) as n from audit_record a join organisation o on o.id::text = a.entity_id where o.uscc = any($1) and a.operation = 'organisationImport' and a.actor_sub = 'cli:import'`, [codes])).toBe(4);
    expect(await count(`select count(*) as n from registry_event e join organisation o on o.id = e.organisation_id where o.uscc = any($1) and e.type = 'OrganisationImported'`, [codes])).toBe(4);
    const personAudit = await t.app.sql.query<{ changes: Record<string, { after: unknown }> }>(`select changes from audit_record where operation = 'personImport' limit 1`);
    expect(personAudit[0]!.changes.idNumber!.after).toBe('[redacted]');
  });

  it('running the same file again changes nothing: same versions, no new audit records, events or change records', async () => {
    const state = () => t.app.sql.query<{ uscc: string; version: number; updated_at: Date }>('select uscc, version, updated_at from organisation where uscc = any($1) order by uscc', [Object.values(good).map((g) => g.统一社会信用代码)]);
    const before = await state();
    const totals = () => Promise.all(['audit_record', 'registry_event', 'organisation_change', 'person'].map((tbl) => count(`select count(*) as n from ${tbl}`)));
    const totalsBefore = await totals();
    const again = await run(file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, rejected: 5, skippedBatches: 0 });
    expect(await state()).toEqual(before);
    expect(await totals()).toEqual(totalsBefore);
  });

  it('R-ORG-6: an amended row updates the record, keeps the old name as a former name, and is audited once', async () => {
    const changed = { ...good.service, 名称: '嘉定区导入测试颐养服务中心', 住所: '上海市嘉定区沪宜公路1号' };
    const r = await run(writeCsv([changed]));
    expect(r).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, rejected: 0 });
    const org = (await t.ok(OrganisationByCodeDocument, { code: good.service.统一社会信用代码! })).organisationByCode!;
    expect(org).toMatchObject({ name: '嘉定区导入测试颐养服务中心', formerNames: [good.service.名称], domicile: '上海市嘉定区沪宜公路1号', version: 2 });
    const history = (await t.ok(OrganisationByIdDocument, { id: org.id }, jiading)).organisation!.history;
    expect(history.map((h) => h.action)).toEqual(['IMPORT', 'IMPORT']);
    expect(Object.keys(history[1]!.changes).sort()).toEqual(['domicile', 'name']);
  });

  it('R-ORG-6: an import never moves a lifecycle: a status change is refused for that row', async () => {
    const r = await run(writeCsv([{ ...good.group, 状态: '已撤销' }]));
    expect(r).toMatchObject({ updated: 0, rejected: 1 });
    expect(readReport(r.reportFile).map((x) => x.错误代码)).toEqual(['IMPORT_STATUS_CHANGE']);
  });

  it('R-ORG-9: a certificate ending on or before the registration date is refused for that row, as the mutation refuses it', async () => {
    const headers = [...HEADERS, '证书有效期至'];
    const r = await run(writeCsv([serviceRow({ 证书有效期至: '2021-03-15' } as Row), serviceRow({ 证书有效期至: '2026-03-14' } as Row)], headers));
    expect(r).toMatchObject({ inserted: 1, rejected: 1 });
    expect(readReport(r.reportFile)).toEqual([expect.objectContaining({ 行号: '2', 错误代码: 'CERTIFICATE_PERIOD_INVALID', 字段: '证书有效期至' })]);
  });

  it('refuses a code repeated within the file, naming the first row', async () => {
    const row = serviceRow();
    const r = await run(writeCsv([row, { ...row, 名称: '嘉定区另一个导入测试中心' }]));
    expect(r).toMatchObject({ inserted: 1, rejected: 1 });
    expect(readReport(r.reportFile)[0]).toMatchObject({ 行号: '3', 错误代码: 'DUPLICATE_IN_FILE', 说明: expect.stringContaining('第 2 行') });
  });

  it('names the required columns a file lacks, accepting English headers', async () => {
    const english = ['code', 'name', 'type', 'region code', 'domicile'];
    await expect(run(writeCsv([], english))).rejects.toBeInstanceOf(HeaderError);
    await expect(run(writeCsv([], english))).rejects.toThrow(/法定代表人.*业务范围/);
  });
});

describe('organisation import (XLSX)', () => {
  it('imports a workbook: dates, numbers and text cells as Excel writes them', async () => {
    const rows = [serviceRow(), serviceRow({ '注册资金(元)': '45678.9' }), serviceRow()];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('登记');
    sheet.addRow(HEADERS);
    for (const r of rows)
      sheet.addRow(HEADERS.map((h) => (h === '成立登记日期' ? new Date(Date.UTC(2019, 6, 1)) : h === '注册资金(元)' ? Number(r[h]!.replace(/,/g, '')) : r[h] ?? null)));
    const file = path.join(dir, 'import.xlsx');
    await book.xlsx.writeFile(file);
    const r = await run(file);
    expect(r).toMatchObject({ rows: 3, inserted: 3, rejected: 0 });
    const stored = await t.app.sql.query<{ registered_funds_fen: number; registration_date: string }>('select registered_funds_fen, registration_date from organisation where uscc = $1', [rows[1]!.统一社会信用代码]);
    expect(stored[0]).toEqual({ registered_funds_fen: 4_567_890, registration_date: '2019-07-01' });
  });
});

describe('resuming after a crash', () => {
  it('commits in batches; a re-run after a crash resumes after the last committed batch and ends with every row imported once', async () => {
    const rows = Array.from({ length: 25 }, () => serviceRow());
    const file = writeCsv(rows);
    const codes = rows.map((r) => r.统一社会信用代码);
    const crashed = await run(file, { batchSize: 10, stopAfterBatches: 1 });
    expect(crashed).toMatchObject({ stopped: true, inserted: 10 });
    expect(await count('select count(*) as n from organisation where uscc = any($1)', [codes])).toBe(10);
    expect(await count('select count(*) as n from import_checkpoint')).toBe(1);

    const resumed = await run(file, { batchSize: 10 });
    expect(resumed).toMatchObject({ stopped: false, skippedBatches: 1, rows: 25, inserted: 25, rejected: 0 });
    expect(await count('select count(*) as n from organisation where uscc = any($1)', [codes])).toBe(25);
    expect(await count(`select count(*) as n from organisation_change c join organisation o on o.id = c.organisation_id where o.uscc = any($1)`, [codes])).toBe(25);
    expect(await count(`select count(*) as n from audit_record a join organisation o on o.id::text = a.entity_id where o.uscc = any($1)`, [codes])).toBe(25);
    expect(await count('select count(*) as n from import_checkpoint')).toBe(0);
  });
});

describe('supervisory units and people', () => {
  it('imports supervisory units (matched by region and name) and people (by ID number), a second run changing nothing', async () => {
    const units = path.join(dir, 'units.csv');
    fs.writeFileSync(units, csvLine(['名称', '所在区划代码', '联系科室']) + csvLine(['上海市嘉定区导入测试局', '310114', '办公室']) + csvLine(['某局', '999999', '']));
    const u1 = await importFile('supervisory-units', { db: t.app.sql, pii, file: units, clock: t.clock, reportFile: path.join(dir, 'r-units.csv') });
    expect(u1).toMatchObject({ inserted: 1, rejected: 1 });
    expect((await importFile('supervisory-units', { db: t.app.sql, pii, file: units, clock: t.clock, reportFile: path.join(dir, 'r-units2.csv') }))).toMatchObject({ inserted: 0, unchanged: 1 });

    const people = path.join(dir, 'people.csv');
    const id = idNo();
    const other = idNo();
    const wrong = other.slice(0, 17) + (other.endsWith('X') ? '0' : 'X'); // a check character that is not this number's
    fs.writeFileSync(people, csvLine(['姓名', '公民身份号码', '手机号码', '登记区划代码']) + csvLine(['林晓红', id, '13700001111', '310114']) + csvLine(['错号', wrong, '', '310114']));
    const p1 = await importFile('people', { db: t.app.sql, pii, file: people, clock: t.clock, reportFile: path.join(dir, 'r-people.csv') });
    expect(p1).toMatchObject({ inserted: 1, rejected: 1 });
    const p2 = await importFile('people', { db: t.app.sql, pii, file: people, clock: t.clock, reportFile: path.join(dir, 'r-people2.csv') });
    expect(p2).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    // the report never holds a plain ID number
    const report = fs.readFileSync(p2.reportFile!, 'utf8');
    expect(report).toContain('ID_CHECK_CHARACTER');
    expect(report).not.toContain(wrong);
  });
});

describe('export', () => {
  it('exports a region\'s register to CSV with Chinese headers, funds in yuan, the imported rows included', async () => {
    const out = path.join(dir, 'jiading.csv');
    const r = await exportOrganisations({ db: t.app.sql, format: 'csv', regionCode: '310114', out, fetchSize: 50 });
    const rows = parse(fs.readFileSync(out), { columns: true, bom: true }) as Record<string, string>[];
    expect(r.rows).toBe(rows.length);
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_HEADERS);
    expect(EXPORT_HEADERS).toEqual(expect.arrayContaining(['统一社会信用代码', '名称', '类型', '法定代表人', '注册资金(元)', '成立登记日期', '状态']));
    const group = rows.find((x) => x.名称 === '嘉定区导入测试摄影协会')!;
    expect(group).toMatchObject({ 类型: '社会团体', 状态: '正常', '注册资金(元)': '30000.00', 业务主管单位: '上海市嘉定区文化和旅游局', 法定代表人: '周立波', 业务领域: '文化' });
    expect(rows.every((x) => x.登记管理机关区划代码 === '310114')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/440305\d{12}/); // no ID numbers (R-ORG-8)
  });

  it('exports to XLSX, filtered by status', async () => {
    const out = path.join(dir, 'jiading.xlsx');
    const r = await exportOrganisations({ db: t.app.sql, format: 'xlsx', regionCode: '310114', statuses: ['REVOKED'], out });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    expect(r.rows).toBeGreaterThan(0);
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_HEADERS]);
    expect(sheet.rowCount).toBe(r.rows + 1);
    for (let i = 2; i <= sheet.rowCount; i++) expect(sheet.getRow(i).getCell(6).value).toBe('已撤销');
  });
});
