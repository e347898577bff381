/**
 * LOCAL rules of annual inspections and annual reports (R-INSP-1 … R-INSP-5) as settings. Domain
 * functions receive the resolved values; nothing here is read at run time by the rules.
 */
import { defineSetting } from '../../../platform/settings/definition.js';
import { isValidMonthDay, type MonthDay } from '../../../platform/time/calendar.js';
import { validateLeadDays } from '../../../platform/time/thresholds.js';
import type { OrganisationType } from '../../organisation/domain/organisation-rules.js';

/** The two forms an annual filing takes: inspection (年检) or public annual report (年报). */
export type FilingForm = 'INSPECTION' | 'ANNUAL_REPORT';
export const FILING_FORMS: readonly FilingForm[] = ['INSPECTION', 'ANNUAL_REPORT'];

/** R-INSP-1: which form each type files; recognised charities file their own form. */
export interface FilingFormRule {
  readonly byType: Readonly<Record<OrganisationType, FilingForm>>;
  /** Form for organisations recognised as charities (慈善组织), whatever their type. */
  readonly charity: FilingForm;
}

/** Statutory due dates of one kind of filing, as 'MM-DD' of the year after the reporting year. */
export interface StepDueDates {
  /** Review by the supervisory unit (业务主管单位初审); skipped when directly registered. */
  readonly supervisor: MonthDay;
  /** Submission to the registration authority. */
  readonly authority: MonthDay;
}

/** R-INSP-2: due dates for ordinary organisations and for foundations and charities. */
export interface DueDatesRule {
  readonly standard: StepDueDates;
  readonly foundationOrCharity: StepDueDates;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function form(value: unknown, what: string): FilingForm {
  if (!FILING_FORMS.includes(value as FilingForm))
    throw new Error(`${what}的年度报送形式须为 INSPECTION（年检）或 ANNUAL_REPORT（年报） / the filing form for ${what} must be INSPECTION or ANNUAL_REPORT`);
  return value as FilingForm;
}

function monthDay(value: unknown, zh: string, en = zh): MonthDay {
  if (typeof value !== 'string' || !isValidMonthDay(value)) throw new Error(`${zh}须为“MM-DD”格式的日期 / ${en} must be a day of the year written MM-DD`);
  return value;
}

function stepDueDates(value: unknown, what: string): StepDueDates {
  if (!isRecord(value)) throw new Error(`${what}须为对象 / ${what} must be an object`);
  const supervisor = monthDay(value.supervisor, `${what}.supervisor`);
  const authority = monthDay(value.authority, `${what}.authority`);
  if (supervisor > authority) throw new Error(`${what}：业务主管单位初审截止日不能晚于登记管理机关截止日 / ${what}: the supervisory review cannot be due after the authority's date`);
  return { supervisor, authority };
}

/** R-INSP-1: the filing form by type, charities apart. */
export const filingFormSetting = defineSetting<FilingFormRule>({
  key: 'inspection.filingForm',
  rules: ['R-INSP-1'],
  description:
    '年度报送形式：年检（INSPECTION）或年报（ANNUAL_REPORT），按组织类型设定；认定为慈善组织的报送年报 / the annual filing form, inspection or annual report, by organisation type; recognised charities file an annual report',
  nationalDefault: {
    byType: { SOCIAL_GROUP: 'INSPECTION', SERVICE_INSTITUTION: 'INSPECTION', FOUNDATION: 'INSPECTION' },
    charity: 'ANNUAL_REPORT',
  },
  validate: (value) => {
    if (!isRecord(value) || !isRecord(value.byType)) throw new Error('报送形式规则须含 byType 和 charity / the rule needs byType and charity');
    const byType = value.byType;
    return {
      byType: { SOCIAL_GROUP: form(byType.SOCIAL_GROUP, 'SOCIAL_GROUP'), SERVICE_INSTITUTION: form(byType.SERVICE_INSTITUTION, 'SERVICE_INSTITUTION'), FOUNDATION: form(byType.FOUNDATION, 'FOUNDATION') },
      charity: form(value.charity, 'charity'),
    };
  },
});

/** R-INSP-2: statutory due dates per step. */
export const dueDatesSetting = defineSetting<DueDatesRule>({
  key: 'inspection.dueDates',
  rules: ['R-INSP-2'],
  description:
    '年检（年报）截止日（次年）：社会团体、社会服务机构报业务主管单位3月31日、报登记管理机关5月31日；基金会和慈善组织3月31日 / statutory due dates in the following year: social groups and service institutions to the supervisory unit by 31 March and to the authority by 31 May; foundations and charities by 31 March',
  nationalDefault: {
    standard: { supervisor: '03-31', authority: '05-31' },
    foundationOrCharity: { supervisor: '03-31', authority: '03-31' },
  },
  validate: (value) => {
    if (!isRecord(value)) throw new Error('截止日规则须为对象 / the due-date rule must be an object');
    return { standard: stepDueDates(value.standard, 'standard'), foundationOrCharity: stepDueDates(value.foundationOrCharity, 'foundationOrCharity') };
  },
});

/** R-INSP-3: organisations registered after this day of a year owe nothing for that year. */
export const newRegistrationCutoffSetting = defineSetting<MonthDay>({
  key: 'inspection.newRegistrationCutoff',
  rules: ['R-INSP-3'],
  description: '当年登记晚于此日（默认6月30日）的组织不参加当年度年检 / organisations registered after this day (30 June by default) owe no filing for that year',
  nationalDefault: '06-30',
  validate: (value) => monthDay(value, '新登记组织截止日', 'the cut-off day for new registrations'),
});

/** R-INSP-4: days allowed to rectify after a result other than pass. */
export const rectificationDaysSetting = defineSetting<number>({
  key: 'inspection.rectificationDays',
  rules: ['R-INSP-4'],
  description: '年检基本合格或不合格后的整改期限（天），默认90天 / days to rectify after a basic pass or a fail, 90 by default',
  nationalDefault: 90,
  validate: (value) => {
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 366)
      throw new Error('整改期限须为 1 到 366 之间的整数天 / the rectification period must be a whole number of days from 1 to 366');
    return value as number;
  },
});

/** R-INSP-5: reminder lead times before a filing is due. */
export const dueLeadDaysSetting = defineSetting<readonly number[]>({
  key: 'inspection.dueLeadDays',
  rules: ['R-INSP-5'],
  description: '年检（年报）到期前提醒的天数，默认30、7、1天 / days before a filing is due to remind, 30, 7 and 1 by default',
  nationalDefault: [30, 7, 1],
  validate: validateLeadDays,
});
