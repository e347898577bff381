/**
 * R-ORG-9: the basic record beyond the registration facts (备案事项) — its use case
 * `organisationRecordFacts`, and its fields on Organisation. These facts are not public
 * (R-ORG-8 keeps the public set limited): the authority of the subtree, the supervisory unit
 * and the organisation itself see them, everyone else reads null. They are read through their
 * own loader, so the register's hot pages do not carry them.
 */
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError } from '../../platform/graphql/errors.js';
import { DateScalar } from '../../platform/graphql/scalars.js';
import { dateInZone } from '../../platform/time/calendar.js';
import type { Organisation as OrganisationEntity } from './organisation.entity.js';
import { Organisation } from './organisation.types.js';
import { DomicileSource, type OrganisationRecordFactsInput } from './organisation.inputs.js';
import { canSeeDetails } from './organisation.access.js';
import { changesBetween, loadForChange, problem, record, recordOf } from './organisation.service.js';
import { mergeRecord, recordProblems, type RecordFacts } from './domain/record.js';
import { isEnded, ORGANISATION_STATUS_LABELS, type OrganisationStatus } from './domain/lifecycle.js';

/** What the record holds, audited before and after. */
function recordSnapshot(o: OrganisationEntity): Record<string, unknown> {
  return { englishName: o.englishName ?? null, ...recordOf(o) };
}

/** 备案事项: keeps the basic record current without a registration change; audited, evented. */
export function recordFacts(ctx: Context, input: OrganisationRecordFactsInput) {
  return inTransaction(ctx, async (uow) => {
    const org = await loadForChange(uow, ctx, input.id, input.expectedVersion, true);
    const status = org.status as OrganisationStatus;
    if (isEnded(status))
      throw new BusinessRuleError([problem('ORGANISATION_ENDED', 'input.id', `该组织当前状态为“${ORGANISATION_STATUS_LABELS[status]}”，不能更新备案事项`, `the organisation is ${status.toLowerCase()}: its record is closed`)]);
    const before = recordSnapshot(org);
    const given: RecordFacts = {
      industryCode: input.industryCode, fundsCurrency: input.fundsCurrency, fundsSource: input.fundsSource, domicileSource: input.domicileSource,
      charterApprovedOn: input.charterApprovedOn, fullTimeStaff: input.fullTimeStaff, partTimeStaff: input.partTimeStaff,
      councilMembers: input.councilMembers, supervisors: input.supervisors, standingCouncilMembers: input.standingCouncilMembers,
    };
    const merged = mergeRecord(recordOf(org), given);
    const today = dateInZone(uow.now, ctx.app.config.defaultTimeZone);
    const problems = recordProblems(merged, today).map((p) => ({ ...p, field: `input.${p.field}` }));
    if (problems.length) throw new BusinessRuleError(problems);
    Object.assign(org, merged);
    if (input.englishName !== undefined) org.englishName = input.englishName?.trim() || null;
    const changed = Object.keys(changesBetween(before, recordSnapshot(org)));
    if (changed.length === 0) throw new BusinessRuleError([problem('NOTHING_CHANGED', 'input', '没有需要更新的备案事项', 'nothing would change')]);
    org.updatedAt = uow.now;
    // the event names the fields only: their values are not public (R-ORG-8)
    record(uow, org, 'RECORD_FACTS', 'OrganisationRecordUpdated', before, { date: today, extra: { fields: changed } }, { snap: recordSnapshot, operation: 'organisationRecordFacts', history: false });
    return org;
  });
}

interface RecordRow {
  id: string;
  region_code: string;
  supervisory_unit_id: string | null;
  industry_code: string | null;
  funds_currency: string;
  funds_source: string | null;
  domicile_source: string | null;
  charter_approved_on: string | null;
  full_time_staff: number | null;
  part_time_staff: number | null;
  council_members: number | null;
  supervisors: number | null;
  standing_council_members: number | null;
  activity_area_level: string;
  supervisory_approval: string | null;
  charity_recognised_on: string | null;
  certificate_issued_on: string | null;
}

/** The record facts of organisations by local id, one statement per batch. */
function recordById(ctx: Context): DataLoader<string, RecordRow | null> {
  return ctx.loader('organisation.record', () =>
    new DataLoader<string, RecordRow | null>(async (ids) => {
      const rows = await ctx.db.query<RecordRow>(
        `select id, region_code, supervisory_unit_id, industry_code, funds_currency, funds_source, domicile_source, charter_approved_on, full_time_staff,
                part_time_staff, council_members, supervisors, standing_council_members, activity_area_level, supervisory_approval, charity_recognised_on,
                certificate_issued_on
           from organisation where id = any($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

async function detail<K extends keyof RecordRow>(ctx: Context, org: Organisation, key: K): Promise<RecordRow[K] | null> {
  if (!canSeeDetails(ctx.viewer, org.row)) return null;
  return (await recordById(ctx).load(org.localId))?.[key] ?? null;
}

/** The R-ORG-9 record fields of Organisation (not public). */
@Resolver(() => Organisation)
export class OrganisationRecordFieldResolver {
  @FieldResolver(() => String, { nullable: true, description: '国民经济行业分类代码 / industry classification code (GB/T 4754; not public)' })
  industryCode(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'industry_code');
  }

  @FieldResolver(() => String, { nullable: true, description: '注册资金币种 / currency of the registered funds (ISO 4217; not public)' })
  fundsCurrency(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'funds_currency');
  }

  @FieldResolver(() => String, { nullable: true, description: '资金来源 / source of funds (not public)' })
  fundsSource(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'funds_source');
  }

  @FieldResolver(() => DomicileSource, { nullable: true, description: '住所来源 / source of the domicile (not public)' })
  domicileSource(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'domicile_source');
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: '章程核准日期 / charter approved on (not public)' })
  charterApprovedOn(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'charter_approved_on');
  }

  @FieldResolver(() => Int, { nullable: true, description: '专职工作人员数 / full-time staff (not public)' })
  fullTimeStaff(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'full_time_staff');
  }

  @FieldResolver(() => Int, { nullable: true, description: '兼职工作人员数 / part-time staff (not public)' })
  partTimeStaff(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'part_time_staff');
  }

  @FieldResolver(() => Int, { nullable: true, description: '理事人数 / council members (理事; not public)' })
  councilMembers(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'council_members');
  }

  @FieldResolver(() => Int, { nullable: true, description: '监事人数 / supervisors (监事; not public)' })
  supervisors(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'supervisors');
  }

  @FieldResolver(() => Int, { nullable: true, description: '常务理事人数 / standing council members (常务理事; not public)' })
  standingCouncilMembers(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'standing_council_members');
  }

  @FieldResolver(() => String, { nullable: true, description: '活动地域层级 / level of the area of activity (活动地域; not public)' })
  activityAreaLevel(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'activity_area_level');
  }

  @FieldResolver(() => String, { nullable: true, description: '业务主管单位批准文号 / the supervisory unit\'s approval number (not public)' })
  supervisoryApproval(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'supervisory_approval');
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: '慈善组织认定日期 / recognised as a charity on (not public)' })
  charityRecognisedOn(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'charity_recognised_on');
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: '登记证书发证日期 / the certificate in force was issued on (not public)' })
  certificateIssuedOn(@Root() org: Organisation, @Ctx() ctx: Context) {
    return detail(ctx, org, 'certificate_issued_on');
  }
}
