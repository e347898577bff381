/**
 * Field resolvers of Organisation: relations through per-request DataLoaders (one statement
 * per relation level), and the non-public facts behind one access rule (R-ORG-8).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { FenScalar } from '../../platform/graphql/scalars.js';
import { ConnectionArgs, toGlobalId } from '../../platform/graphql/relay.js';
import { Region } from '../region/region.types.js';
import { regionByCode } from '../region/region.loaders.js';
import { Person } from '../person/person.types.js';
import { personRefsByIds, personsByIds } from '../person/person.loaders.js';
import { SupervisoryUnitType } from '../supervisory-unit/supervisory-unit.types.js';
import { supervisoryUnitById } from '../supervisory-unit/supervisory-unit.loaders.js';
import { Organisation, OrganisationChangeEntry, OrganisationConnection, TimelineEntry } from './organisation.types.js';
import { organisationHistory } from './organisation.loaders.js';
import { canSeeDetails } from './organisation.access.js';
import { timelineOf } from './organisation.timeline.js';
import { listOrganisations } from './organisation.query.js';
import type { PageRelations } from './organisation.page.js';
import { connectionNodeFields } from '../../platform/graphql/lookahead.js';

function details<T>(ctx: Context, org: Organisation, value: T): T | null {
  return canSeeDetails(ctx.viewer, org.row) ? value : null;
}

@Resolver(() => Organisation)
export class OrganisationFieldResolver {
  @FieldResolver(() => Region, { description: '登记管理机关所在区划 / region of the registration authority' })
  region(@Root() org: Organisation, @Ctx() ctx: Context) {
    return regionByCode(ctx).load(org.regionCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: '住所所在区划 / region of the domicile' })
  domicileRegion(@Root() org: Organisation, @Ctx() ctx: Context) {
    return regionByCode(ctx).load(org.row.domicile_region_code);
  }

  @FieldResolver(() => SupervisoryUnitType, { nullable: true, description: '业务主管单位 / supervisory unit' })
  supervisoryUnit(@Root() org: Organisation, @Ctx() ctx: Context) {
    return org.row.supervisory_unit_id ? supervisoryUnitById(ctx).load(org.row.supervisory_unit_id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '法定代表人姓名（公开） / the legal representative\'s name (public)' })
  legalRepresentativeName(@Root() org: Organisation, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const brought = (org.row as PageRelations).legal_representative_name;
    if (brought !== undefined) return brought; // a registry page brought it along
    return personRefsByIds(ctx).load(org.row.legal_representative_id).then((p) => p?.name ?? null);
  }

  @FieldResolver(() => Person, { nullable: true, description: '法定代表人（身份号码、电话按权限脱敏） / the legal representative, personal data masked unless entitled' })
  legalRepresentative(@Root() org: Organisation, @Ctx() ctx: Context) {
    return personsByIds(ctx).load(org.row.legal_representative_id);
  }

  @FieldResolver(() => [OrganisationChangeEntry], { description: '变更记录（旧→新） / the change record, oldest first' })
  history(@Root() org: Organisation, @Ctx() ctx: Context) {
    return organisationHistory(ctx).load(org.localId);
  }

  @FieldResolver(() => [TimelineEntry], { description: '合规时间线：登记、变更、年检年报、结论、评估、信用、处罚（按日期） / the compliance timeline, in date order, each entry with its legal basis' })
  timeline(@Root() org: Organisation, @Ctx() ctx: Context) {
    return timelineOf(ctx, org.localId);
  }

  @FieldResolver(() => FenScalar, { nullable: true, description: '注册资金（分；仅登记机关、业务主管单位和本组织可见） / registered funds in fen (authority, supervisory unit and the organisation only)' })
  registeredFundsFen(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, Number(org.row.registered_funds_fen));
  }

  @FieldResolver(() => Int, { nullable: true, description: '个人会员数 / individual members (R-ORG-5; not public)' })
  individualMembers(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.individual_members);
  }

  @FieldResolver(() => Int, { nullable: true, description: '单位会员数 / unit members (R-ORG-5; not public)' })
  unitMembers(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.unit_members);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '已建立党组织 / a Party organisation is established (not public)' })
  partyOrganisation(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.party_organisation);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '章程载明党建内容 / Party-building in the charter (not public)' })
  partyBuildingInCharter(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.party_building_in_charter);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '行业协会商会已脱钩 / decoupled industry association (脱钩; not public)' })
  decoupled(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.decoupled);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系人 / contact person (not public)' })
  contactName(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.contact_name);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 / contact phone (not public)' })
  contactPhone(@Root() org: Organisation, @Ctx() ctx: Context) {
    return details(ctx, org, org.row.contact_phone);
  }
}

@Resolver(() => SupervisoryUnitType)
export class SupervisoryUnitOrganisationsResolver {
  @FieldResolver(() => OrganisationConnection, { description: '所主管的社会组织 / the organisations it supervises' })
  organisations(@Root() unit: SupervisoryUnitType, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listOrganisations(ctx, { ...args, filter: { supervisoryUnitId: toGlobalId('SupervisoryUnit', unit.localId) } }, connectionNodeFields(info));
  }
}


