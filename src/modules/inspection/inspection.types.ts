/**
 * GraphQL types of annual inspections and reports (年检 / 年报): the filing, its report, filters,
 * inputs, payloads and statistics. Objects are built from plain rows.
 */
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, Node, connectionType, toGlobalId } from '../../platform/graphql/relay.js';
import { DateScalar, DateTimeScalar, FenScalar } from '../../platform/graphql/scalars.js';
import { Payload } from '../../platform/graphql/errors.js';
import { FILING_STATUSES, FILING_STATUS_LABELS } from './domain/filing-lifecycle.js';
import { INSPECTION_RESULTS, INSPECTION_RESULT_LABELS } from './domain/results.js';

export const FilingStatus = Object.fromEntries(FILING_STATUSES.map((s) => [s, s])) as { [K in (typeof FILING_STATUSES)[number]]: K };
registerEnumType(FilingStatus, {
  name: 'FilingStatus',
  description: '年检（年报）状态 / status of an annual filing',
  valuesConfig: Object.fromEntries(FILING_STATUSES.map((s) => [s, { description: FILING_STATUS_LABELS[s] }])),
});

export enum FilingForm {
  INSPECTION = 'INSPECTION',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
}
registerEnumType(FilingForm, {
  name: 'FilingForm',
  description: '年度报送形式 / form of the annual filing (R-INSP-1)',
  valuesConfig: { INSPECTION: { description: '年检 / annual inspection' }, ANNUAL_REPORT: { description: '年度报告（年报） / public annual report' } },
});

export const InspectionResult = Object.fromEntries(INSPECTION_RESULTS.map((s) => [s, s])) as { [K in (typeof INSPECTION_RESULTS)[number]]: K };
registerEnumType(InspectionResult, {
  name: 'InspectionResult',
  description: '年检结论 / result of the inspection (R-INSP-4)',
  valuesConfig: Object.fromEntries(INSPECTION_RESULTS.map((s) => [s, { description: INSPECTION_RESULT_LABELS[s] }])),
});

/** The row the read paths select. */
export interface FilingRow {
  id: string;
  organisation_id: string;
  year: number;
  form: string;
  status: string;
  region_code: string;
  supervisory_unit_id: string | null;
  direct_registration: boolean;
  supervisor_due_on: string | null;
  authority_due_on: string;
  extended_due_on: string | null;
  effective_due_on: string;
  rectification_reasons: string[];
  income_fen: number | null;
  expenditure_fen: number | null;
  net_assets_fen: number | null;
  audited: boolean | null;
  activities: string | null;
  full_time_staff: number | null;
  volunteers: number | null;
  party_organisation: boolean | null;
  major_changes: string | null;
  rectification_report: string | null;
  declaration_signed: boolean;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  late: boolean | null;
  supervisor_decision: string | null;
  supervisor_reasons: string | null;
  supervisor_reviewed_at: Date | null;
  return_reasons: string | null;
  result: string | null;
  findings: string | null;
  concluded_on: string | null;
  rectification_due_on: string | null;
  rectification_reported_on: string | null;
  rectification_outcome: string | null;
  rectification_verified_on: string | null;
  version: number;
  updated_at: Date;
}

export const FILING_COLUMNS = `id, organisation_id, year, form, status, region_code, supervisory_unit_id, direct_registration,
  supervisor_due_on, authority_due_on, extended_due_on, effective_due_on, rectification_reasons, income_fen, expenditure_fen,
  net_assets_fen, audited, activities, full_time_staff, volunteers, party_organisation, major_changes, rectification_report,
  declaration_signed, first_submitted_at, submitted_at, late, supervisor_decision, supervisor_reasons, supervisor_reviewed_at,
  return_reasons, result, findings, concluded_on, rectification_due_on, rectification_reported_on, rectification_outcome,
  rectification_verified_on, version, updated_at`;

@ObjectType({ description: '年度财务摘要（单位：分） / financial summary of the year, in fen' })
export class FinancialSummary {
  @Field(() => FenScalar, { nullable: true, description: '收入 / income' })
  incomeFen!: number | null;
  @Field(() => FenScalar, { nullable: true, description: '支出 / expenditure' })
  expenditureFen!: number | null;
  @Field(() => FenScalar, { nullable: true, description: '净资产 / net assets' })
  netAssetsFen!: number | null;
  @Field(() => Boolean, { nullable: true, description: '是否经审计 / audited' })
  audited!: boolean | null;
}

@ObjectType({ description: '年度工作报告内容（仅登记管理机关、业务主管单位和本组织可见） / the report (authority, supervisory unit and the organisation only)' })
export class FilingReport {
  @Field(() => FinancialSummary, { description: '财务摘要 / financial summary' })
  financial!: FinancialSummary;
  @Field(() => String, { nullable: true, description: '开展活动情况 / activities' })
  activities!: string | null;
  @Field(() => Int, { nullable: true, description: '专职工作人员数 / full-time staff' })
  fullTimeStaff!: number | null;
  @Field(() => Int, { nullable: true, description: '志愿者人数 / volunteers' })
  volunteers!: number | null;
  @Field(() => Boolean, { nullable: true, description: '党组织建立情况 / a Party organisation is established' })
  partyOrganisation!: boolean | null;
  @Field(() => String, { nullable: true, description: '重大事项变动 / major changes' })
  majorChanges!: string | null;
  @Field(() => String, { nullable: true, description: '整改报告或情况说明 / rectification report or explanation (R-INSP-4)' })
  rectificationReport!: string | null;
  @Field({ description: '法定代表人已签署承诺书 / the legal representative\'s declaration is signed (R-INSP-1)' })
  declarationSigned!: boolean;
  @Field(() => String, { nullable: true, description: '业务主管单位初审意见 / the supervisory unit\'s reasons' })
  supervisorReasons!: string | null;
  @Field(() => String, { nullable: true, description: '退回理由 / reasons of the last return' })
  returnReasons!: string | null;
}

@ObjectType({ implements: Node, description: '年检（年报） / an annual filing: inspection (年检) or annual report (年报)' })
export class Filing extends Node {
  readonly __typename = 'Filing';
  localId!: string;
  row!: FilingRow;

  @Field(() => Int, { description: '年度（所报告的年度） / the reporting year' })
  year!: number;
  @Field(() => FilingForm, { description: '形式 / form (R-INSP-1)' })
  form!: string;
  @Field(() => FilingStatus, { description: '状态 / status' })
  status!: string;
  @Field({ description: '登记管理机关区划 / region of the registration authority' })
  regionCode!: string;
  @Field({ description: '直接登记，无业务主管单位初审 / no supervisory step (direct registration)' })
  directRegistration!: boolean;
  @Field(() => DateScalar, { nullable: true, description: '报业务主管单位法定截止日 / statutory date to the supervisory unit (R-INSP-2)' })
  supervisorDueOn!: string | null;
  @Field(() => DateScalar, { description: '报登记管理机关法定截止日 / statutory date to the authority (R-INSP-2)' })
  authorityDueOn!: string;
  @Field(() => DateScalar, { nullable: true, description: '延期至 / extended to (R-INSP-2)' })
  extendedDueOn!: string | null;
  @Field(() => DateScalar, { description: '本组织有效报送截止日（法定或延期） / the organisation\'s effective due date' })
  effectiveDueOn!: string;
  @Field(() => [String], { description: '须附整改报告的原因 / why a rectification report is owed (R-INSP-4)' })
  rectificationReasons!: string[];
  @Field(() => DateTimeScalar, { nullable: true, description: '提交时间 / last submitted at' })
  submittedAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: '是否逾期报送（延期内报送不算逾期） / late (never late when on time under an extension)' })
  late!: boolean | null;
  @Field(() => InspectionResult, { nullable: true, description: '结论 / result (R-INSP-4)' })
  result!: string | null;
  @Field(() => String, { nullable: true, description: '结论意见 / findings' })
  findings!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '办结日期 / concluded on' })
  concludedOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '整改期限 / rectification due (R-INSP-4)' })
  rectificationDueOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '整改报告提交日期 / rectification reported on' })
  rectificationReportedOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '整改核实日期 / rectification verified on' })
  rectificationVerifiedOn!: string | null;
  @Field(() => Int, { description: '版本 / version' })
  version!: number;

  static fromRow(r: FilingRow): Filing {
    return Object.assign(new Filing(), {
      id: toGlobalId('Filing', r.id), localId: r.id, row: r, year: r.year, form: r.form, status: r.status, regionCode: r.region_code,
      directRegistration: r.direct_registration, supervisorDueOn: r.supervisor_due_on, authorityDueOn: r.authority_due_on,
      extendedDueOn: r.extended_due_on, effectiveDueOn: r.effective_due_on, rectificationReasons: r.rectification_reasons,
      submittedAt: r.submitted_at, late: r.late, result: r.result, findings: r.findings, concludedOn: r.concluded_on,
      rectificationDueOn: r.rectification_due_on, rectificationReportedOn: r.rectification_reported_on,
      rectificationVerifiedOn: r.rectification_verified_on, version: r.version,
    });
  }
}

export const FilingConnection = connectionType(Filing, 'Filing', '年检（年报）');

@InputType({ description: '年检（年报）筛选 / which filings' })
export class FilingFilter {
  @Field(() => Int, { nullable: true, description: '年度 / reporting year' })
  year?: number | null;
  @Field(() => [FilingStatus], { nullable: true, description: '状态 / statuses' })
  statuses?: string[] | null;
  @Field(() => FilingForm, { nullable: true, description: '形式 / form' })
  form?: string | null;
  @Field(() => Boolean, { nullable: true, description: '已逾期未报送 / past the effective due date and never submitted' })
  overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: '区划（含下级） / region subtree' })
  regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: '业务主管单位 / supervisory unit' })
  supervisoryUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: '社会组织 / organisation' })
  organisationId?: string | null;
}

@ArgsType()
export class FilingsArgs extends ConnectionArgs {
  @Field(() => FilingFilter, { nullable: true })
  filter?: FilingFilter | null;
}

@InputType({ description: '开启年检（年报）周期 / open the yearly filing cycle' })
export class FilingCycleOpenInput {
  @Field(() => Int, { description: '所报告的年度 / reporting year' })
  year!: number;
  @Field({ description: '区划（含下级，须在辖区内） / region subtree, within your jurisdiction' })
  regionCode!: string;
}

@ObjectType({ description: '开启周期的结果 / what opening the cycle did' })
export class FilingCycleOpenPayload extends Payload {
  @Field(() => Int, { nullable: true, description: '新建的年检（年报） / filings created now' })
  created?: number | null;
  @Field(() => Int, { nullable: true, description: '该区划该年度的年检（年报）总数 / filings for the year in the region in all' })
  total?: number | null;
}

@InputType({ description: '年度工作报告内容 / the report content' })
export class FilingReportInput {
  @Field(() => FenScalar, { nullable: true, description: '收入（分） / income in fen' })
  incomeFen?: number | null;
  @Field(() => FenScalar, { nullable: true, description: '支出（分） / expenditure in fen' })
  expenditureFen?: number | null;
  @Field(() => FenScalar, { nullable: true, description: '净资产（分，可为负） / net assets in fen' })
  netAssetsFen?: number | null;
  @Field(() => Boolean, { nullable: true, description: '是否经审计 / audited' })
  audited?: boolean | null;
  @Field(() => String, { nullable: true, description: '开展活动情况 / activities' })
  activities?: string | null;
  @Field(() => Int, { nullable: true, description: '专职工作人员数 / full-time staff' })
  fullTimeStaff?: number | null;
  @Field(() => Int, { nullable: true, description: '志愿者人数 / volunteers' })
  volunteers?: number | null;
  @Field(() => Boolean, { nullable: true, description: '已建立党组织 / a Party organisation is established' })
  partyOrganisation?: boolean | null;
  @Field(() => String, { nullable: true, description: '重大事项变动 / major changes' })
  majorChanges?: string | null;
  @Field(() => String, { nullable: true, description: '整改报告或情况说明 / rectification report or explanation (R-INSP-4)' })
  rectificationReport?: string | null;
  @Field(() => Boolean, { nullable: true, description: '法定代表人签署承诺书 / the legal representative signs the declaration' })
  declarationSigned?: boolean | null;
}

@InputType({ description: '保存草稿 / save the filing as a draft' })
export class FilingSaveDraftInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => FilingReportInput)
  report!: FilingReportInput;
}

@InputType({ description: '提交年检（年报） / submit the filing' })
export class FilingSubmitInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => FilingReportInput, { nullable: true, description: '提交前最后修改（可选） / last changes to the report, if any' })
  report?: FilingReportInput | null;
}

@InputType({ description: '对年检（年报）的一个步骤 / one step on a filing' })
export class FilingStepInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: '意见或理由 / reasons' })
  reasons?: string | null;
}

@InputType({ description: '作出年检结论 / conclude the filing' })
export class FilingConcludeInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => InspectionResult, { description: '结论 / result' })
  result!: string;
  @Field({ description: '结论意见 / findings' })
  findings!: string;
}

@InputType({ description: '延期 / extend the due date' })
export class FilingExtendInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '延期至 / new effective due date' })
  until!: string;
  @Field({ description: '理由 / reason' })
  reason!: string;
}

@InputType({ description: '报告整改情况 / report the rectification' })
export class FilingRectificationReportInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field({ description: '整改情况 / what was rectified' })
  report!: string;
}

@InputType({ description: '核实整改 / verify the rectification' })
export class FilingRectificationVerifyInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field({ description: '核实意见 / outcome of the verification' })
  outcome!: string;
}

@ObjectType({ description: '年检（年报）事项的结果 / result of a filing action' })
export class FilingPayload extends Payload {
  @Field(() => Filing, { nullable: true })
  filing?: Filing | null;
}

@ObjectType({ description: '年检（年报）统计 / participation and pass rates' })
export class FilingStats {
  @Field()
  regionCode!: string;
  @Field(() => Int)
  year!: number;
  @Field(() => Int, { description: '应报 / filings owed' })
  owed!: number;
  @Field(() => Int, { description: '已报送 / submitted at least once' })
  submitted!: number;
  @Field(() => Int, { description: '逾期报送 / submitted late' })
  late!: number;
  @Field(() => Int, { description: '逾期未报 / overdue, never submitted' })
  overdue!: number;
  @Field(() => Int, { description: '已办结 / concluded' })
  concluded!: number;
  @Field(() => Int, { description: '合格 / passed' })
  pass!: number;
  @Field(() => Int, { description: '基本合格 / basic pass' })
  basicPass!: number;
  @Field(() => Int, { description: '不合格 / failed' })
  fail!: number;
  @Field(() => Float, { description: '参检率 = 已报送 / 应报 / participation rate' })
  participationRate!: number;
  @Field(() => Float, { description: '合格率 = 合格 / 已办结 / pass rate' })
  passRate!: number;
}

@ObjectType({ description: '社会组织当前须办理的事项 / something the organisation owes now' })
export class Obligation {
  @Field({ description: 'FILING 待报送、RETURNED 被退回、RECTIFICATION 待整改、CERTIFICATE_RENEWAL 登记证书将到期或已到期须换发 / kind' })
  kind!: string;
  @Field(() => Filing, { nullable: true, description: '相关年检（年报）；证书换发时为空 / the filing it concerns (none for a certificate renewal)' })
  filing!: Filing | null;
  @Field(() => String, { nullable: true, description: '登记证书编号（证书换发时） / the certificate number (for a certificate renewal, R-ORG-9)' })
  certificateNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '登记证书有效期限至（证书换发时） / the certificate is valid until (for a certificate renewal, R-ORG-9)' })
  certificateValidUntil?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '截止日 / due on' })
  dueOn!: string | null;
  @Field(() => Int, { nullable: true, description: '剩余天数（负数为已逾期） / days left (negative when overdue)' })
  daysLeft!: number | null;
}

export { ConnectionArgs };
