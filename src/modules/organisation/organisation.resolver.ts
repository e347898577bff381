import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { withUserErrors } from '../../platform/graphql/errors.js';
import { fromGlobalId } from '../../platform/graphql/relay.js';
import { connectionNodeFields } from '../../platform/graphql/lookahead.js';
import { Role } from '../../platform/auth/viewer.js';
import { normalizeUscc } from './domain/uscc.js';
import {
  Organisation, OrganisationConnection, OrganisationPayload, OrganisationStats, OrganisationsArgs, OrganisationStatus, StatsGroupBy,
  type OrganisationRow,
} from './organisation.types.js';
import {
  OrganisationAmendInput, OrganisationCertificateRenewInput, OrganisationDeregisterInput, OrganisationPrepareInput, OrganisationRecordFactsInput,
  OrganisationRegisterInput, OrganisationResumeInput, OrganisationRevokeInput, OrganisationSuspendInput,
  OrganisationCharityRecogniseInput, OrganisationFundraisingGrantInput, OrganisationFundraisingRevokeInput,
} from './organisation.inputs.js';
import { recordFacts } from './organisation.record.js';
import { renewCertificate } from './organisation.certificate.js';
import { grantFundraising, recogniseCharity, revokeFundraising } from './organisation.charity.js';
import { organisationByCode, organisationById } from './organisation.loaders.js';
import { listOrganisations, organisationStats } from './organisation.query.js';
import * as service from './organisation.service.js';
import { RevocationCandidate, revocationCandidates } from './organisation.revocation.js';
import { assertJurisdiction } from '../../platform/auth/scope.js';
import type { Organisation as OrganisationEntity } from './organisation.entity.js';
import { ORGANISATION_COLUMNS } from './organisation.types.js';

/** Re-reads the organisation a mutation changed, as the API shows it. */
async function payloadOf(ctx: Context, org: OrganisationEntity): Promise<{ organisation: Organisation }> {
  const rows = await ctx.db.query<OrganisationRow>(`select ${ORGANISATION_COLUMNS} from organisation where id = $1`, [org.id]);
  return { organisation: Organisation.fromRow(rows[0]!) };
}

function act(ctx: Context, run: () => Promise<OrganisationEntity>) {
  return withUserErrors(() => new OrganisationPayload(), async () => payloadOf(ctx, await run()));
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: '按标识查询社会组织（已终止的也可查） / an organisation by id (ended ones stay readable)' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const g = fromGlobalId(id);
    return g?.type === 'Organisation' ? organisationById(ctx).load(g.id) : null;
  }

  @Query(() => Organisation, { nullable: true, description: '按统一社会信用代码查询 / an organisation by its unified social credit code' })
  organisationByCode(@Arg('code') code: string, @Ctx() ctx: Context) {
    return organisationByCode(ctx).load(normalizeUscc(code));
  }

  @Query(() => OrganisationConnection, { description: '社会组织名录：筛选、排序、分页、名称搜索 / the register: filter, order, page, search by name' })
  organisations(@Args() args: OrganisationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listOrganisations(ctx, args, connectionNodeFields(info));
  }

  @Query(() => OrganisationStats, { description: '社会组织统计（默认只计正常和停止活动的） / organisation statistics (by default of registered and suspended organisations)' })
  organisationStats(
    @Arg('regionCode') regionCode: string,
    @Arg('groupBy', () => StatsGroupBy) groupBy: StatsGroupBy,
    @Arg('statuses', () => [OrganisationStatus], { nullable: true }) statuses: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return organisationStats(ctx, regionCode, groupBy, statuses);
  }

  @Authorized(Role.AUTHORITY)
  @Query(() => [RevocationCandidate], { description: '符合撤销条件的“名存实亡”组织（由登记管理机关决定） / organisations meeting R-ORG-7, for the authority to decide' })
  revocationCandidates(@Arg('regionCode') regionCode: string, @Ctx() ctx: Context) {
    assertJurisdiction(ctx.viewer, regionCode);
    return revocationCandidates(ctx, regionCode);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '社会团体筹备（批准筹备） / approve a social group\'s preparation (筹备)' })
  organisationPrepare(@Arg('input') input: OrganisationPrepareInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.prepare(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '成立登记 / register an organisation (成立登记)' })
  organisationRegister(@Arg('input') input: OrganisationRegisterInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.register(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '变更登记 / amend the registration (变更登记)' })
  organisationAmend(@Arg('input') input: OrganisationAmendInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.amend(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '限期停止活动 / suspend activities for a period' })
  organisationSuspend(@Arg('input') input: OrganisationSuspendInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.suspend(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '恢复活动 / resume activities' })
  organisationResume(@Arg('input') input: OrganisationResumeInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.resume(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '注销登记 / deregister (注销)' })
  organisationDeregister(@Arg('input') input: OrganisationDeregisterInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.deregister(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '撤销登记（行政处罚） / revoke the registration (a penalty)' })
  organisationRevoke(@Arg('input') input: OrganisationRevokeInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.revoke(ctx, input));
  }

  @Authorized(Role.AUTHORITY, Role.ORGANISATION)
  @Mutation(() => OrganisationPayload, { description: '更新备案事项（基本信息，不涉及变更登记）：登记管理机关或本组织 / keep the basic record current without a registration change: the authority or the organisation itself (R-ORG-9)' })
  organisationRecordFacts(@Arg('input') input: OrganisationRecordFactsInput, @Ctx() ctx: Context) {
    return act(ctx, () => recordFacts(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '换发登记证书 / renew the registration certificate (换发登记证书, R-ORG-9)' })
  organisationCertificateRenew(@Arg('input') input: OrganisationCertificateRenewInput, @Ctx() ctx: Context) {
    return act(ctx, () => renewCertificate(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '认定为慈善组织 / recognise as a charity (慈善组织认定): it then files the charity form by the charity dates (R-INSP-1, R-INSP-2)' })
  organisationCharityRecognise(@Arg('input') input: OrganisationCharityRecogniseInput, @Ctx() ctx: Context) {
    return act(ctx, () => recogniseCharity(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '准予公开募捐资格 / grant the public-fundraising qualification (《慈善法》第二十二条)' })
  organisationFundraisingGrant(@Arg('input') input: OrganisationFundraisingGrantInput, @Ctx() ctx: Context) {
    return act(ctx, () => grantFundraising(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => OrganisationPayload, { description: '撤销公开募捐资格 / revoke the public-fundraising qualification' })
  organisationFundraisingRevoke(@Arg('input') input: OrganisationFundraisingRevokeInput, @Ctx() ctx: Context) {
    return act(ctx, () => revokeFundraising(ctx, input));
  }
}
