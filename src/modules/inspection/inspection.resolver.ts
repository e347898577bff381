import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { withUserErrors } from '../../platform/graphql/errors.js';
import { fromGlobalId } from '../../platform/graphql/relay.js';
import { Role } from '../../platform/auth/viewer.js';
import { Organisation } from '../organisation/organisation.types.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import {
  Filing, FilingConcludeInput, FilingConnection, FilingCycleOpenInput, FilingCycleOpenPayload, FilingExtendInput, FilingPayload,
  FilingRectificationReportInput, FilingRectificationVerifyInput, FilingReport, FilingSaveDraftInput, FilingStats, FilingStepInput,
  FilingSubmitInput, FilingsArgs, FinancialSummary, Obligation,
} from './inspection.types.js';
import { filingById, filingStats, filingsByIds, filingsByOrganisation, listFilings, obligationsOf } from './inspection.query.js';
import { registerNodeType } from '../../platform/graphql/node.js';
import { canReadFiling } from './inspection.access.js';
import { openCycle } from './inspection.cycle.js';
import * as service from './inspection.service.js';
import type { Filing as FilingEntity } from './filing.entity.js';
import { certificateRenewalDue } from '../organisation/organisation.certificate.js';

function act(ctx: Context, run: () => Promise<FilingEntity>) {
  return withUserErrors(() => new FilingPayload(), async () => ({ filing: await filingById(ctx, (await run()).id) }));
}

@Resolver(() => Filing)
export class FilingResolver {
  @Query(() => Filing, { nullable: true, description: '年检（年报） / a filing by id' })
  filing(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const g = fromGlobalId(id);
    return g?.type === 'Filing' ? filingById(ctx, g.id) : null;
  }

  @Query(() => FilingConnection, { description: '年检（年报）列表：登记管理机关见辖区、业务主管单位见所主管、组织见本组织；公众仅见已办结的结论 / filings: authorities their subtree, supervisory units their organisations, organisations their own; the public concluded results only' })
  filings(@Args() args: FilingsArgs, @Ctx() ctx: Context) {
    return listFilings(ctx, args);
  }

  @Authorized(Role.AUTHORITY, Role.SUPERVISOR)
  @Query(() => FilingStats, { description: '年检（年报）统计：参检率、合格率 / participation and pass rates' })
  filingStats(@Arg('regionCode') regionCode: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return filingStats(ctx, regionCode, year);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => FilingCycleOpenPayload, { description: '开启年检（年报）周期：为辖区内应报组织各建一份（可重复调用） / open the cycle: one filing per organisation that owes one (idempotent; R-INSP-1, R-INSP-3)' })
  filingCycleOpen(@Arg('input') input: FilingCycleOpenInput, @Ctx() ctx: Context) {
    return withUserErrors(() => new FilingCycleOpenPayload(), () => openCycle(ctx, input));
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => FilingPayload, { description: '保存年度报告草稿 / save the report as a draft' })
  filingSaveDraft(@Arg('input') input: FilingSaveDraftInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.saveDraft(ctx, input));
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => FilingPayload, { description: '提交年检（年报） / submit the filing' })
  filingSubmit(@Arg('input') input: FilingSubmitInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.submit(ctx, input));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => FilingPayload, { description: '业务主管单位初审同意 / the supervisory unit approves' })
  filingSupervisorApprove(@Arg('input') input: FilingStepInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.supervisorApprove(ctx, input));
  }

  @Authorized(Role.SUPERVISOR, Role.AUTHORITY)
  @Mutation(() => FilingPayload, { description: '退回补正（须说明理由） / return the filing to the organisation, with reasons' })
  filingReturn(@Arg('input') input: FilingStepInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.returnFiling(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => FilingPayload, { description: '作出年检结论：合格、基本合格、不合格 / conclude: pass, basic pass or fail (R-INSP-4)' })
  filingConclude(@Arg('input') input: FilingConcludeInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.conclude(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => FilingPayload, { description: '延期报送（法定截止日不变） / grant an extension (the statutory date stays; R-INSP-2)' })
  filingExtend(@Arg('input') input: FilingExtendInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.extend(ctx, input));
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => FilingPayload, { description: '报告整改情况 / report the rectification (R-INSP-4)' })
  filingRectificationReport(@Arg('input') input: FilingRectificationReportInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.reportRectification(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => FilingPayload, { description: '核实整改 / verify the rectification (R-INSP-4, R-CREDIT-3)' })
  filingRectificationVerify(@Arg('input') input: FilingRectificationVerifyInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.verifyRectification(ctx, input));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '社会组织 / the organisation' })
  organisation(@Root() f: Filing, @Ctx() ctx: Context) {
    return organisationById(ctx).load(f.row.organisation_id);
  }

  @FieldResolver(() => FilingReport, { nullable: true, description: '报告内容（仅登记管理机关、业务主管单位和本组织可见） / the report (authority, supervisory unit and the organisation only)' })
  report(@Root() f: Filing, @Ctx() ctx: Context): FilingReport | null {
    const r = f.row;
    if (!canReadFiling(ctx.viewer, r)) return null;
    return Object.assign(new FilingReport(), {
      financial: Object.assign(new FinancialSummary(), { incomeFen: r.income_fen, expenditureFen: r.expenditure_fen, netAssetsFen: r.net_assets_fen, audited: r.audited }),
      activities: r.activities, fullTimeStaff: r.full_time_staff, volunteers: r.volunteers, partyOrganisation: r.party_organisation, majorChanges: r.major_changes,
      rectificationReport: r.rectification_report, declarationSigned: r.declaration_signed, supervisorReasons: r.supervisor_reasons, returnReasons: r.return_reasons,
    });
  }
}

/** Organisation.filings and Organisation.obligations, through the per-request loader. */
@Resolver(() => Organisation)
export class OrganisationFilingsResolver {
  @FieldResolver(() => [Filing], { description: '年检（年报），新年度在前（按权限） / its filings, newest year first, as far as you may see them' })
  filings(@Root() org: Organisation, @Ctx() ctx: Context) {
    return filingsByOrganisation(ctx).load(org.localId);
  }

  @FieldResolver(() => [Obligation], { nullable: true, description: '当前须办理的事项：待报送、被退回、待整改、登记证书换发（仅本组织、业务主管单位和登记管理机关） / what it owes now: open filings, returned ones, rectifications, a certificate renewal (R-ORG-9)' })
  async obligations(@Root() org: Organisation, @Ctx() ctx: Context) {
    if (!canReadFiling(ctx.viewer, { organisation_id: org.localId, region_code: org.regionCode, supervisory_unit_id: org.row.supervisory_unit_id })) return null;
    const [filings, renewal] = await Promise.all([obligationsOf(ctx, org.localId), certificateRenewalDue(ctx, org)]);
    if (!renewal) return filings;
    const certificate = Object.assign(new Obligation(), {
      kind: 'CERTIFICATE_RENEWAL', filing: null, dueOn: renewal.dueOn, daysLeft: renewal.daysLeft, certificateNumber: renewal.certificateNumber, certificateValidUntil: renewal.dueOn,
    });
    return [...filings, certificate].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  }
}

/** Filings as Nodes (`node(id:)`), with the visibility of `filing(id)` and `filings`. */
export function registerFilingNodes(): void {
  registerNodeType('Filing', filingsByIds);
}
