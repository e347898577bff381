import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { withUserErrors } from '../../platform/graphql/errors.js';
import { buildConnection, localId, pageWindow, toGlobalId } from '../../platform/graphql/relay.js';
import { subtreeCondition } from '../../platform/auth/scope.js';
import { errors } from '../../platform/graphql/errors.js';
import { Role } from '../../platform/auth/viewer.js';
import { Organisation } from '../organisation/organisation.types.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import {
  CREDIT_LISTING_COLUMNS, CreditListInput, CreditListingConnection, CreditListingPayload, CreditListingType, CreditListingsArgs, CreditRemoveInput,
  PenaltyPayload, PenaltyRecordInput, PenaltyType, type CreditListingRow,
} from './credit.types.js';
import * as service from './credit.service.js';
import { registerNodeType } from '../../platform/graphql/node.js';

async function listingPayload(ctx: Context, id: string) {
  const rows = await ctx.db.query<CreditListingRow>(`select ${CREDIT_LISTING_COLUMNS} from credit_listing where id = $1`, [id]);
  return { listing: rows[0] ? CreditListingType.fromRow(rows[0]) : null };
}

@Resolver(() => CreditListingType)
export class CreditResolver {
  @Query(() => CreditListingConnection, { description: '信用名录（公开）：活动异常名录、严重违法失信名单 / the credit lists (public, R-ORG-8)' })
  async creditListings(@Args() args: CreditListingsArgs, @Ctx() ctx: Context) {
    const window = pageWindow(args);
    const f = args.filter;
    const params: unknown[] = [];
    const c: string[] = ['true'];
    if (f?.regionCode) c.push(subtreeCondition('region_code', f.regionCode, params));
    if (f?.organisationId) c.push(`organisation_id = $${params.push(localId(f.organisationId, 'Organisation', 'filter.organisationId'))}`);
    if (f?.list) c.push(`list = $${params.push(f.list)}`);
    if (f?.active != null) c.push(f.active ? 'removed_on is null' : 'removed_on is not null');
    const where = c.join(' and ');
    const whereParams = [...params];
    const forward = window.direction === 'forward';
    let keyset = 'true';
    if (window.cursor) {
      if (window.cursor.length !== 2) throw errors.badInput('分页游标无效 / invalid cursor', 'after');
      keyset = `(listed_on, id) ${forward ? '<' : '>'} ($${params.push(window.cursor[0])}::date, $${params.push(window.cursor[1])}::uuid)`;
    }
    const dir = forward ? 'desc' : 'asc';
    const rows = await ctx.db.query<CreditListingRow>(`select ${CREDIT_LISTING_COLUMNS} from credit_listing where ${where} and ${keyset} order by listed_on ${dir}, id ${dir} limit ${window.limit + 1}`, params);
    return buildConnection(rows, window, (r) => [r.listed_on, r.id], CreditListingType.fromRow, () =>
      ctx.db.query<{ n: number }>(`select count(*)::int as n from credit_listing where ${where}`, whereParams).then((r) => r[0]!.n));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '社会组织 / the organisation' })
  organisation(@Root() l: CreditListingType, @Ctx() ctx: Context) {
    return organisationById(ctx).load(l.organisationLocalId);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => CreditListingPayload, { description: '列入信用名录（须说明理由） / list an organisation, with reasons (R-CREDIT-1, R-CREDIT-2)' })
  creditList(@Arg('input') input: CreditListInput, @Ctx() ctx: Context) {
    return withUserErrors(() => new CreditListingPayload(), async () => listingPayload(ctx, (await service.list(ctx, input)).id));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => CreditListingPayload, { description: '移出信用名录（须说明理由） / remove a listing, with a reason (R-CREDIT-3)' })
  creditRemove(@Arg('input') input: CreditRemoveInput, @Ctx() ctx: Context) {
    return withUserErrors(() => new CreditListingPayload(), async () => listingPayload(ctx, (await service.remove(ctx, input)).id));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => PenaltyPayload, { description: '记录行政处罚（并据此列入信用名录） / record a penalty decision, listing the organisation as the rules say' })
  penaltyRecord(@Arg('input') input: PenaltyRecordInput, @Ctx() ctx: Context) {
    return withUserErrors(() => new PenaltyPayload(), async () => {
      const p = await service.recordPenalty(ctx, input);
      return { penalty: Object.assign(new PenaltyType(), { id: toGlobalId('Penalty', p.id), kinds: p.kinds, fineFen: Number(p.fineFen), decisionNumber: p.decisionNumber, decidedOn: p.decidedOn, legalBasis: p.legalBasis }) };
    });
  }
}

/** Organisation.creditListings: public (R-ORG-8). */
@Resolver(() => Organisation)
export class OrganisationCreditResolver {
  @FieldResolver(() => [CreditListingType], { description: '信用名录记录（公开） / its credit listings (public)' })
  async creditListings(@Root() org: Organisation, @Ctx() ctx: Context) {
    const loader = ctx.loader('credit.byOrganisation', () => new DataLoader<string, CreditListingType[]>(async (ids) => {
      const rows = await ctx.db.query<CreditListingRow>(`select ${CREDIT_LISTING_COLUMNS} from credit_listing where organisation_id = any($1::uuid[]) order by listed_on`, [ids]);
      const out = new Map<string, CreditListingType[]>(ids.map((i) => [i, []]));
      for (const r of rows) out.get(r.organisation_id)?.push(CreditListingType.fromRow(r));
      return ids.map((i) => out.get(i)!);
    }));
    return loader.load(org.localId);
  }
}

/** Credit listings as Nodes (`node(id:)`): the lists are public (R-ORG-8). */
export function registerCreditNodes(): void {
  registerNodeType('CreditListing', async (ctx, ids) => {
    const rows = await ctx.db.query<CreditListingRow>(`select ${CREDIT_LISTING_COLUMNS} from credit_listing where id = any($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, CreditListingType.fromRow(r)]));
    return ids.map((i) => byId.get(i) ?? null);
  });
}
