/**
 * Bulk import of an authority's existing register (issue: "Registration authorities arrive
 * with their existing register in spreadsheets"): the columns it reads, Chinese first with
 * English aliases, and the validation of each row with the same domain rules as the
 * `organisationRegister` mutation — validateUscc (R-USCC-1 … R-USCC-4), checkRegistration
 * (R-ORG-1 … R-ORG-5) with the LOCAL settings in force for the row's authority on its
 * registration date, and the person module's ID number and phone rules. Every problem of a
 * row is reported at once, naming its column. Writing is in organisation.import-write.ts.
 */
import type { ColumnSpec, SourceRow } from '../../platform/bulk/table-reader.js';
import { parseBoolCell, parseCountCell, parseDateCell } from '../../platform/bulk/cells.js';
import type { Sql } from '../../platform/db/sql.js';
import type { Problem } from '../../platform/graphql/errors.js';
import { yuanToFen } from '../../platform/money.js';
import { ancestorCodesOf, isInSubtree, REGION_LEVEL_LABELS, REGION_LEVELS, regionLevelOf, type RegionLevel } from '../../platform/regions/region-code.js';
import type { SettingsService } from '../../platform/settings/settings.service.js';
import { validatePersonCells, type PersonImport } from '../person/person.import.js';
import { normalizePhone, validatePhone } from '../person/domain/id-number.js';
import type { RegionCodes } from '../region/region.codes.js';
import { ORGANISATION_STATUS_LABELS, type OrganisationStatus } from './domain/lifecycle.js';
import { basicFactProblems, checkRegistration, FIELDS_OF_ACTIVITY, type FieldOfActivity, type Fundraising, type OrganisationType, type RegistrationSettings } from './domain/organisation-rules.js';
import { directRegistrationCategoriesSetting, minimumFundsSetting } from './domain/settings.js';
import { normalizeUscc, validateUscc } from './domain/uscc.js';
import { certificatePeriodProblems } from './domain/certificate.js';

const c = (key: string, headers: string[], required = false): ColumnSpec => ({ key, headers, required });

/** The columns of the register's spreadsheet; the first header of each is the one exports write. */
export const ORGANISATION_IMPORT_COLUMNS: ColumnSpec[] = [
  c('code', ['统一社会信用代码', '信用代码', 'uscc', 'code', 'credit code'], true),
  c('name', ['名称', '组织名称', '社会组织名称', 'name'], true),
  c('type', ['类型', '组织类型', '社会组织类型', 'type'], true),
  c('fundraising', ['基金会类型', '公募/非公募', 'fundraising']),
  c('regionCode', ['登记管理机关区划代码', '登记管理机关代码', '区划代码', 'region code', 'regionCode'], true),
  c('activityArea', ['活动地域', 'activity area', 'activityAreaLevel']),
  c('domicile', ['住所', '地址', 'domicile', 'address'], true),
  c('domicileRegionCode', ['住所所在区划代码', '住所区划代码', 'domicile region code', 'domicileRegionCode']),
  c('repName', ['法定代表人', '法定代表人姓名', 'legal representative', 'legalRepresentative'], true),
  c('repIdNumber', ['法定代表人身份证号', '法定代表人身份证号码', '法定代表人公民身份号码', 'legal representative id number', 'legalRepresentativeIdNumber'], true),
  c('repPhone', ['法定代表人电话', '法定代表人联系电话', '法定代表人手机', 'legal representative phone', 'legalRepresentativePhone']),
  c('scope', ['业务范围', 'business scope', 'businessScope'], true),
  c('supervisoryUnit', ['业务主管单位', 'supervisory unit', 'supervisoryUnit']),
  c('supervisoryApproval', ['业务主管单位批准文号', '批准文号', 'supervisory approval', 'supervisoryApproval']),
  c('fields', ['业务领域', '领域', 'fields', 'fields of activity'], true),
  c('funds', ['注册资金(元)', '注册资金', '开办资金(元)', '活动资金(元)', '原始基金(元)', 'registered funds (yuan)', 'registeredFundsYuan', 'funds'], true),
  c('fundsInCash', ['原始基金为货币资金', 'funds in cash', 'fundsInCash']),
  c('individualMembers', ['个人会员数', 'individual members', 'individualMembers']),
  c('unitMembers', ['单位会员数', 'unit members', 'unitMembers']),
  c('registrationDate', ['成立登记日期', '登记日期', '成立日期', 'registration date', 'registrationDate'], true),
  c('certificateNumber', ['登记证书编号', '证书编号', 'certificate number', 'certificateNumber'], true),
  c('certificateValidUntil', ['证书有效期至', '登记证书有效期至', 'certificate valid until', 'certificateValidUntil']),
  c('status', ['状态', '登记状态', 'status']),
  c('suspendedUntil', ['限期停止活动至', 'suspended until', 'suspendedUntil']),
  c('endedOn', ['注销（撤销）日期', '注销日期', '撤销日期', 'ended on', 'endedOn']),
  c('contactName', ['联系人', 'contact name', 'contactName']),
  c('contactPhone', ['联系电话', '办公电话', 'contact phone', 'contactPhone']),
  c('englishName', ['英文名称', 'english name', 'englishName']),
];

/** The canonical (Chinese) header of a column, for reports. */
export const COLUMN_LABEL: Record<string, string> = Object.fromEntries(ORGANISATION_IMPORT_COLUMNS.map((col) => [col.key, col.headers[0]!]));

/** Chinese names of the fields of activity; the first is written by exports. */
export const FIELD_NAMES: Record<FieldOfActivity, string[]> = {
  PUBLIC_BENEFIT_CHARITY: ['公益慈善', '公益', '慈善'],
  SCIENCE_TECHNOLOGY: ['科技', '科学技术', '科技类'],
  COMMUNITY_SERVICE: ['城乡社区服务', '社区服务', '社区'],
  INDUSTRY_ASSOCIATION: ['行业协会商会', '行业协会', '商会'],
  EDUCATION: ['教育'],
  CULTURE: ['文化'],
  SPORT: ['体育'],
  HEALTH: ['卫生健康', '卫生', '健康', '医疗卫生'],
  ENVIRONMENT: ['生态环境', '环境', '环保'],
  ELDERLY_CARE: ['养老'],
  SOCIAL_WELFARE: ['社会福利', '福利'],
  LAW: ['法律'],
  AGRICULTURE: ['农业农村', '农业'],
  OTHER: ['其他'],
};

/** Short Chinese type names, as registers write them (R-ORG-1). */
export const TYPE_NAMES: Record<OrganisationType, string> = { SOCIAL_GROUP: '社会团体', SERVICE_INSTITUTION: '社会服务机构', FOUNDATION: '基金会' };
export const FUNDRAISING_NAMES: Record<Fundraising, string> = { PUBLIC: '公募', NON_PUBLIC: '非公募' };

const STATUS_SYNONYMS: Record<string, OrganisationStatus> = {
  成立: 'REGISTERED', 登记: 'REGISTERED', 已登记: 'REGISTERED', 存续: 'REGISTERED', 正常: 'REGISTERED',
  停止活动: 'SUSPENDED', 注销: 'DEREGISTERED', 撤销: 'REVOKED', 筹备: 'PREPARING',
};

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function parseType(text: string): OrganisationType | undefined {
  const s = norm(text);
  if (/^(SOCIAL_GROUP|SERVICE_INSTITUTION|FOUNDATION)$/i.test(s)) return s.toUpperCase() as OrganisationType;
  if (s.includes('基金会')) return 'FOUNDATION';
  if (s.includes('社会团体') || s === '社团') return 'SOCIAL_GROUP';
  if (s.includes('社会服务机构') || s.includes('民办非企业')) return 'SERVICE_INSTITUTION';
  return undefined;
}

export function parseFundraising(text: string): Fundraising | undefined {
  const s = norm(text).toUpperCase();
  if (s === 'PUBLIC' || s === '公募' || s === '公募基金会') return 'PUBLIC';
  if (s === 'NON_PUBLIC' || s === '非公募' || s === '非公募基金会') return 'NON_PUBLIC';
  return undefined;
}

export function parseStatus(text: string): OrganisationStatus | undefined {
  const s = norm(text);
  const code = Object.keys(ORGANISATION_STATUS_LABELS).find((k) => k === s.toUpperCase() || ORGANISATION_STATUS_LABELS[k as OrganisationStatus] === s);
  return (code as OrganisationStatus | undefined) ?? STATUS_SYNONYMS[s.replace(/^已/, '')] ?? STATUS_SYNONYMS[s];
}

/** Fields separated by 、，,；;/| or spaces, by code or Chinese name. */
export function parseFields(text: string): { fields: FieldOfActivity[]; unknown: string[] } {
  const fields = new Set<FieldOfActivity>();
  const unknown: string[] = [];
  for (const part of text.normalize('NFKC').split(/[、,;/|\s]+/).filter(Boolean)) {
    const f = FIELDS_OF_ACTIVITY.find((k) => k === part.toUpperCase() || FIELD_NAMES[k].includes(part));
    if (f) fields.add(f);
    else unknown.push(part);
  }
  return { fields: [...fields], unknown };
}

export function parseLevel(text: string): RegionLevel | undefined {
  const s = norm(text);
  const byLabel: Record<string, RegionLevel> = { 全国: 'NATIONAL', 省: 'PROVINCE', 省级: 'PROVINCE', 市: 'CITY', 地市级: 'CITY', 市级: 'CITY', 县: 'DISTRICT', 区: 'DISTRICT', 县级: 'DISTRICT', '县(区)': 'DISTRICT', 县区: 'DISTRICT' };
  return REGION_LEVELS.find((l) => l === s.toUpperCase() || REGION_LEVEL_LABELS[l] === s) ?? byLabel[s];
}

/** What one row says, as far as it could be read; `bad` names the columns that could not be. */
export interface Draft {
  rowNumber: number;
  code: string;
  type?: OrganisationType;
  fundraising?: Fundraising;
  name: string;
  englishName?: string;
  regionCode: string;
  activityAreaLevel?: RegionLevel;
  domicile: string;
  domicileRegionCode?: string;
  rep?: PersonImport;
  scope: string;
  supervisoryUnitName?: string;
  supervisoryApproval?: string;
  fields: FieldOfActivity[];
  fundsFen?: number;
  fundsInCash: boolean;
  individualMembers?: number;
  unitMembers?: number;
  registrationDate?: string;
  certificateNumber: string;
  certificateValidUntil?: string;
  status?: OrganisationStatus;
  suspendedUntil?: string;
  endedOn?: string;
  contactName?: string;
  contactPhone?: string;
  problems: Problem[];
}

function problem(code: string, key: string, zh: string, en: string): Problem {
  return { code, field: COLUMN_LABEL[key] ?? key, message: `${zh} / ${en}` };
}

const FUNDS_MESSAGES: Record<string, [string, string]> = {
  EMPTY: ['请填写注册资金（元）', 'the registered funds (yuan) are required'],
  MALFORMED: ['注册资金应为以元计的金额，如 30000 或 12345.67', 'registered funds must be an amount of yuan such as 30000 or 12345.67'],
  TOO_PRECISE: ['注册资金最多精确到分（两位小数）', 'registered funds have at most two decimals (fen)'],
  TOO_LARGE: ['注册资金数额过大', 'the registered funds are too large'],
};

/** Reads the date cells, noting the unreadable. */
function dates(v: Record<string, string>, d: Draft): void {
  for (const key of ['registrationDate', 'certificateValidUntil', 'suspendedUntil', 'endedOn'] as const) {
    const parsed = parseDateCell(v[key]);
    if (parsed === null) d.problems.push(problem('INVALID_DATE', key, `日期“${v[key]}”无效，请写作 2026-03-01`, `"${v[key]}" is not a date; write it as 2026-03-01`));
    else if (parsed) d[key] = parsed;
  }
  if (!d.registrationDate && !v.registrationDate) d.problems.push(problem('INVALID_DATE', 'registrationDate', '请填写成立登记日期', 'the registration date is required'));
}

/** Reads counts, money and yes/no cells. */
function numbers(v: Record<string, string>, d: Draft): void {
  const funds = yuanToFen(v.funds ?? '');
  if (funds.ok) d.fundsFen = funds.fen;
  else d.problems.push(problem('INVALID_FUNDS', 'funds', ...FUNDS_MESSAGES[funds.problem]!));
  for (const key of ['individualMembers', 'unitMembers'] as const) {
    const n = parseCountCell(v[key]);
    if (n === null) d.problems.push(problem('ORG_MEMBERS_INVALID', key, '会员数须为非负整数', 'member counts must be non-negative whole numbers'));
    else if (n !== undefined) d[key] = n;
  }
  const cash = parseBoolCell(v.fundsInCash);
  if (cash === null) d.problems.push(problem('INVALID_BOOLEAN', 'fundsInCash', '请填写“是”或“否”', 'write 是 (yes) or 否 (no)'));
  // A registered foundation's record attests its fund was paid in cash; a clerk may say otherwise.
  d.fundsInCash = cash ?? true;
}

/** Reads type, fundraising, status, fields and area of activity. */
function codes(v: Record<string, string>, d: Draft): void {
  d.type = parseType(v.type ?? '');
  if (!d.type) d.problems.push(problem('INVALID_TYPE', 'type', `类型“${v.type ?? ''}”应为社会团体、社会服务机构或基金会`, `type "${v.type ?? ''}" must be 社会团体, 社会服务机构 or 基金会`));
  if (v.fundraising) {
    d.fundraising = parseFundraising(v.fundraising);
    if (!d.fundraising) d.problems.push(problem('INVALID_FUNDRAISING', 'fundraising', '基金会类型应为“公募”或“非公募”', 'the foundation type must be 公募 (public) or 非公募 (non-public)'));
  }
  if (v.status) {
    d.status = parseStatus(v.status);
    if (!d.status) d.problems.push(problem('INVALID_STATUS', 'status', `状态“${v.status}”无法识别（正常、限期停止活动、已注销、已撤销）`, `unknown status "${v.status}"`));
  }
  const f = parseFields(v.fields ?? '');
  d.fields = f.fields;
  if (f.unknown.length) d.problems.push(problem('INVALID_FIELD', 'fields', `无法识别的业务领域：${f.unknown.join('、')}`, `unknown fields of activity: ${f.unknown.join(', ')}`));
  if (v.activityArea) {
    d.activityAreaLevel = parseLevel(v.activityArea);
    if (!d.activityAreaLevel) d.problems.push(problem('INVALID_ACTIVITY_AREA', 'activityArea', `活动地域“${v.activityArea}”应为全国、省级、地市级或县级`, `area of activity "${v.activityArea}" must be national, province, city or county level`));
  }
}

/** Reads one row; `today` bounds birth dates in ID numbers. */
export function readRow(row: SourceRow, today: string): Draft {
  const v = row.values;
  const d: Draft = {
    rowNumber: row.rowNumber, code: normalizeUscc(v.code ?? ''), name: (v.name ?? '').trim(), regionCode: norm(v.regionCode ?? ''), domicile: v.domicile ?? '',
    domicileRegionCode: v.domicileRegionCode ? norm(v.domicileRegionCode) : undefined, scope: v.scope ?? '', supervisoryUnitName: v.supervisoryUnit || undefined,
    supervisoryApproval: v.supervisoryApproval || undefined, certificateNumber: v.certificateNumber ?? '', contactName: v.contactName || undefined,
    contactPhone: v.contactPhone ? normalizePhone(v.contactPhone) : undefined, englishName: v.englishName || undefined, fields: [], fundsInCash: true, problems: [],
  };
  codes(v, d);
  numbers(v, d);
  dates(v, d);
  const person = validatePersonCells(
    { name: v.repName ?? '', idNumber: v.repIdNumber ?? '', phone: v.repPhone, regionCode: d.regionCode },
    { name: COLUMN_LABEL.repName!, idNumber: COLUMN_LABEL.repIdNumber!, phone: COLUMN_LABEL.repPhone! },
    today,
  );
  d.rep = person.person;
  d.problems.push(...person.problems);
  const phoneProblem = d.contactPhone ? validatePhone(d.contactPhone, COLUMN_LABEL.contactPhone) : undefined;
  if (phoneProblem) d.problems.push(phoneProblem);
  return d;
}

/** The LOCAL registration settings in force per authority and day, resolved once per period in which they cannot change. */
export class RegistrationSettingsCache {
  private changePoints: Promise<string[]> | undefined;
  private readonly memo = new Map<string, Promise<RegistrationSettings>>();
  constructor(private readonly settings: SettingsService, private readonly db: Sql) {}

  /** The days any value of either setting starts or stops applying, anywhere. */
  private points(): Promise<string[]> {
    return (this.changePoints ??= this.db
      .query<{ d: string }>(`select distinct effective_from::text as d from jurisdiction_setting where key = any($1)`, [[directRegistrationCategoriesSetting.key, minimumFundsSetting.key]])
      .then((rows) => [...rows.map((r) => r.d), ...[directRegistrationCategoriesSetting, minimumFundsSetting].flatMap((s) => (s.history ?? []).map((h) => h.until))].sort()));
  }

  async get(regionCode: string, date: string): Promise<RegistrationSettings> {
    const period = (await this.points()).filter((p) => p <= date).length;
    const key = `${regionCode}|${period}`;
    let v = this.memo.get(key);
    if (!v) {
      v = Promise.all([this.settings.get(directRegistrationCategoriesSetting, regionCode, date), this.settings.get(minimumFundsSetting, regionCode, date)]).then(
        ([directRegistrationCategories, minimumFunds]) => ({ directRegistrationCategories, minimumFunds }),
      );
      this.memo.set(key, v);
    }
    return v;
  }
}

/** Supervisory units by name, each name looked up once; the nearest unit up the row's region tree wins. */
export class SupervisoryUnitNames {
  private readonly byName = new Map<string, { id: string; region_code: string }[]>();
  constructor(private readonly db: Sql) {}

  async load(names: Iterable<string>): Promise<void> {
    const missing = [...new Set(names)].filter((n) => n && !this.byName.has(n));
    if (!missing.length) return;
    for (const n of missing) this.byName.set(n, []);
    for (const r of await this.db.query<{ id: string; name: string; region_code: string }>('select id, name, region_code from supervisory_unit where name = any($1)', [missing]))
      this.byName.get(r.name)!.push(r);
  }

  resolve(name: string, regionCode: string): { id: string } | Problem {
    const units = this.byName.get(name) ?? [];
    for (const code of [regionCode, ...ancestorCodesOf(regionCode).reverse()]) {
      const here = units.filter((u) => u.region_code === code);
      if (here.length === 1) return { id: here[0]!.id };
      if (here.length > 1) return problem('SUPERVISORY_UNIT_AMBIGUOUS', 'supervisoryUnit', `“${name}”有多个同名业务主管单位，请先核对`, `several supervisory units are named "${name}"`);
    }
    return problem('SUPERVISORY_UNIT_NOT_FOUND', 'supervisoryUnit', `业务主管单位“${name}”不存在（请先导入业务主管单位）`, `no supervisory unit "${name}" (import the supervisory units first)`);
  }
}

/** The lookups a batch needs, loaded for all its rows at once. */
export interface Lookups {
  regions: RegionCodes;
  units: SupervisoryUnitNames;
  settings: RegistrationSettingsCache;
}

export async function loadLookups(l: Lookups, drafts: Draft[]): Promise<void> {
  await Promise.all([
    l.regions.load(drafts.flatMap((d) => [d.regionCode, d.domicileRegionCode ?? d.regionCode])),
    l.units.load(drafts.flatMap((d) => (d.supervisoryUnitName ? [d.supervisoryUnitName] : []))),
  ]);
}

/** The existing record's values a row may leave blank (blank optional cells keep them). */
export interface Existing {
  type: string;
  status: string;
  supervisory_unit_id: string | null;
  fundraising: string | null;
  activity_area_level: string;
  individual_members: number | null;
  unit_members: number | null;
}

/** Maps a domain problem's field to the column it comes from. */
const DOMAIN_FIELD: Record<string, string> = {
  fundsFen: 'funds', authorityLevel: 'regionCode', activityAreaLevel: 'activityArea', fieldsOfActivity: 'fields', supervisoryUnit: 'supervisoryUnit',
  fundraising: 'fundraising', fundsInCash: 'fundsInCash', individualMembers: 'individualMembers', unitMembers: 'unitMembers',
};

/** What the validated row will store, beyond the draft. */
export interface Checked {
  supervisoryUnitId: string | null;
  directRegistration: boolean;
  activityAreaLevel: RegionLevel;
  status: OrganisationStatus;
}

/** The basic facts the mutation checks before the registration rules (organisation.service.ts). */
function basicProblems(d: Draft): Problem[] {
  const column: Record<string, string> = { businessScope: 'scope' };
  const out: Problem[] = basicFactProblems({ ...d, businessScope: d.scope }).map((p) => ({ ...p, field: COLUMN_LABEL[column[p.field!] ?? p.field!] ?? p.field }));
  if (!d.certificateNumber.trim()) out.push(problem('CERTIFICATE_REQUIRED', 'certificateNumber', '请填写登记证书编号', 'the certificate number is required'));
  return out;
}

/** An import cannot move a lifecycle: that is what the lifecycle mutations are for (R-ORG-6). */
function lifecycleProblems(d: Draft, existing: Existing | undefined): Problem[] {
  const status = d.status ?? (existing?.status as OrganisationStatus | undefined) ?? 'REGISTERED';
  if (status === 'PREPARING' || status === 'PREPARATION_LAPSED')
    return [problem('IMPORT_STATUS_UNSUPPORTED', 'status', '筹备中的社会团体没有统一社会信用代码，请通过筹备登记办理', 'a social group in preparation has no credit code yet: record it through the preparation mutation')];
  if (existing && existing.status !== status)
    return [problem('IMPORT_STATUS_CHANGE', 'status', `登记状态“${ORGANISATION_STATUS_LABELS[existing.status as OrganisationStatus]}”不能通过导入改为“${ORGANISATION_STATUS_LABELS[status]}”，请办理相应的登记`, `the status cannot change from ${existing.status} to ${status} by import; use the lifecycle actions`)];
  if (existing && d.type && existing.type !== d.type) return [problem('IMPORT_TYPE_CHANGE', 'type', '组织类型不能通过导入变更', 'the type of an organisation cannot change by import')];
  return [];
}

/**
 * Every problem of a row (R-USCC-1 … R-USCC-4, R-ORG-1 … R-ORG-5, R-ORG-6), with the settings
 * in force for its authority on its registration date. Blank optional cells take the existing
 * record's values, so the rules judge what would be stored.
 */
export async function checkRow(d: Draft, existing: Existing | undefined, l: Lookups, today: string): Promise<{ problems: Problem[]; checked?: Checked }> {
  const problems = [...d.problems, ...basicProblems(d), ...lifecycleProblems(d, existing)];
  const bad = new Set(d.problems.map((p) => p.field));
  // R-ORG-9: the certificate is valid from the registration date
  if (d.registrationDate && d.certificateValidUntil)
    problems.push(...certificatePeriodProblems(d.registrationDate, d.certificateValidUntil, COLUMN_LABEL.certificateValidUntil));
  if (d.type && d.code) problems.push(...validateUscc(d.code, d.type, COLUMN_LABEL.code));
  else if (!d.code) problems.push(problem('USCC_REQUIRED', 'code', '请填写统一社会信用代码', 'the unified social credit code is required'));
  const authorityLevel = regionLevelOf(d.regionCode);
  if (!authorityLevel || !l.regions.has(d.regionCode)) problems.push(problem('INVALID_REGION', 'regionCode', `行政区划代码无效：${d.regionCode}`, `invalid region code ${d.regionCode}`));
  let supervisoryUnitId = existing?.supervisory_unit_id ?? null;
  if (d.supervisoryUnitName) {
    const r = l.units.resolve(d.supervisoryUnitName, d.regionCode);
    if ('id' in r) supervisoryUnitId = r.id;
    else problems.push(r);
  }
  if (!authorityLevel || !d.type) return { problems };
  const activityAreaLevel = d.activityAreaLevel ?? (existing?.activity_area_level as RegionLevel | undefined) ?? authorityLevel;
  const fundraising = d.fundraising ?? (existing?.fundraising as Fundraising | null | undefined) ?? null;
  // An unreadable date or amount is reported already; judge the rest with today's settings and no funds.
  const settings = await l.settings.get(d.regionCode, d.registrationDate ?? today);
  const rules = checkRegistration({
    type: d.type, fundraising, authorityLevel, activityAreaLevel, fieldsOfActivity: d.fields, supervisoryUnit: supervisoryUnitId, fundsFen: d.fundsFen ?? 0,
    fundsInCash: d.fundsInCash, individualMembers: d.individualMembers ?? existing?.individual_members ?? 0, unitMembers: d.unitMembers ?? existing?.unit_members ?? 0,
  }, settings);
  for (const p of rules) {
    const key = (p.field && DOMAIN_FIELD[p.field]) ?? p.field ?? 'name';
    if (!bad.has(COLUMN_LABEL[key])) problems.push({ ...p, field: COLUMN_LABEL[key] ?? key });
  }
  const direct = d.fields.some((f) => settings.directRegistrationCategories.includes(f)) && !supervisoryUnitId;
  const status = d.status ?? (existing?.status as OrganisationStatus | undefined) ?? 'REGISTERED';
  return { problems, checked: problems.length ? undefined : { supervisoryUnitId, directRegistration: direct, activityAreaLevel, status } };
}
