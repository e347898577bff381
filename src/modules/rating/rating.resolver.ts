/** Ratings' root queries and mutations (adapt only), and Organisation.currentRating / ratings. */
import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { errors, withUserErrors } from '../../platform/graphql/errors.js';
import { buildConnection, localId, pageWindow, toGlobalId } from '../../platform/graphql/relay.js';
import { readableSubtree, subtreeCondition } from '../../platform/auth/scope.js';
import { Role } from '../../platform/auth/viewer.js';
import { dateInZone } from '../../platform/time/calendar.js';
import { DateScalar } from '../../platform/graphql/scalars.js';
import { registerNodeType } from '../../platform/graphql/node.js';
import { GRADES } from './domain/grades.js';
import { Organisation } from '../organisation/organisation.types.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import {
  RATING_COLUMNS, RATING_FROM, RatingApplyInput, RatingChangeInput, RatingConnection, RatingGrantInput, RatingPayload, RatingPubliciseInput,
  RatingReviewDecideInput, RatingReviewRequestInput, RatingRoundOpenInput, RatingRoundPayload, RatingRoundType, RatingScoreInput, RatingStats,
  RatingType, RatingsArgs, RatingGradeCount, type RatingRow,
} from './rating.types.js';
import type { RatingRound } from './rating.entity.js';
import * as service from './rating.service.js';
import { holding } from './rating.holding.js';

const todayOf = (ctx: Context) => dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);

async function payload(ctx: Context, id: string) {
  const rows = await ctx.db.query<RatingRow>(`select ${RATING_COLUMNS} from ${RATING_FROM} where r.id = $1`, [id]);
  return { rating: rows[0] ? RatingType.fromRow(rows[0], ctx.viewer) : null };
}
const act = (ctx: Context, work: () => Promise<{ id: string }>) => withUserErrors(() => new RatingPayload(), async () => payload(ctx, (await work()).id));
const roundType = (r: RatingRound | { id: string; year: number; region_code?: string; regionCode?: string; status: string; opened_on?: string; openedOn?: string }) =>
  Object.assign(new RatingRoundType(), { id: toGlobalId('RatingRound', r.id), year: r.year, regionCode: 'regionCode' in r ? r.regionCode : (r as { region_code: string }).region_code, status: r.status, openedOn: 'openedOn' in r ? r.openedOn : (r as { opened_on: string }).opened_on });

@Resolver(() => RatingType)
export class RatingResolver {
  @Query(() => RatingConnection, { description: '评估等级（等级公开） / ratings (grades are public)' })
  async ratings(@Args() args: RatingsArgs, @Ctx() ctx: Context) {
    const window = pageWindow(args);
    const f = args.filter;
    const params: unknown[] = [];
    const c: string[] = ['true'];
    const subtree = readableSubtree(ctx.viewer, f?.regionCode);
    if (subtree) c.push(subtreeCondition('r.region_code', subtree, params));
    if (f?.grade) c.push(`r.grade = $${params.push(f.grade)}`);
    if (f?.validOn) c.push(holding(params, f.validOn));
    if (f?.organisationId) c.push(`r.organisation_id = $${params.push(localId(f.organisationId, 'Organisation', 'filter.organisationId'))}`);
    const where = c.join(' and ');
    const whereParams = [...params];
    const forward = window.direction === 'forward';
    let keyset = 'true';
    if (window.cursor) {
      if (window.cursor.length !== 1) throw errors.badInput('分页游标无效 / invalid cursor', 'after');
      keyset = `r.id ${forward ? '<' : '>'} $${params.push(window.cursor[0])}::uuid`;
    }
    const dir = forward ? 'desc' : 'asc';
    const rows = await ctx.db.query<RatingRow>(`select ${RATING_COLUMNS} from ${RATING_FROM} where ${where} and ${keyset} order by r.id ${dir} limit ${window.limit + 1}`, params);
    return buildConnection(rows, window, (r) => [r.id], (r) => RatingType.fromRow(r, ctx.viewer), () =>
      ctx.db.query<{ n: number }>(`select count(*)::int as n from ${RATING_FROM} where ${where}`, whereParams).then((r) => r[0]!.n));
  }

  @Query(() => [RatingRoundType], { description: '评估工作 / evaluation rounds' })
  async ratingRounds(@Arg('regionCode', () => String, { nullable: true }) regionCode: string | null, @Ctx() ctx: Context) {
    const params: unknown[] = [];
    const subtree = readableSubtree(ctx.viewer, regionCode);
    const rows = await ctx.db.query<{ id: string; year: number; region_code: string; status: string; opened_on: string }>(
      `select id, year, region_code, status, opened_on::text as opened_on from rating_round where ${subtree ? subtreeCondition('region_code', subtree, params) : 'true'} order by year desc, region_code`, params);
    return rows.map(roundType);
  }

  @Query(() => RatingStats, { description: '评估统计：各等级数量和规范化建设获评等级率 / counts by grade and the share of registered organisations holding a valid grade' })
  async ratingStats(@Arg('regionCode') regionCode: string, @Arg('date', () => DateScalar, { nullable: true }) date: string | null, @Ctx() ctx: Context) {
    const on = date ?? todayOf(ctx);
    const p1: unknown[] = [];
    const rows = await ctx.db.query<{ grade: string; n: number }>(
      `select r.grade, count(distinct r.organisation_id)::int as n from rating r where ${subtreeCondition('r.region_code', regionCode, p1)} and ${holding(p1, on)} group by r.grade`, p1);
    const p2: unknown[] = [];
    const rated = (await ctx.db.query<{ n: number }>(`select count(distinct r.organisation_id)::int as n from rating r where ${subtreeCondition('r.region_code', regionCode, p2)} and ${holding(p2, on)}`, p2))[0]!.n;
    const p3: unknown[] = [];
    const registered = (await ctx.db.query<{ n: number }>(
      `select count(*)::int as n from organisation where ${subtreeCondition('region_code', regionCode, p3)} and registration_date <= $${p3.push(on)}::date and (ended_on is null or ended_on > $${p3.push(on)}::date)`, p3))[0]!.n;
    const by = new Map(rows.map((r) => [r.grade, r.n]));
    return Object.assign(new RatingStats(), {
      regionCode, date: on, rated, registered, ratedShare: registered ? rated / registered : 0,
      byGrade: [...GRADES].reverse().map((g) => Object.assign(new RatingGradeCount(), { grade: g, count: by.get(g) ?? 0 })),
    });
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '社会组织 / the organisation' })
  organisation(@Root() r: RatingType, @Ctx() ctx: Context) {
    return organisationById(ctx).load(r.organisationLocalId);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingRoundPayload, { description: '开启评估工作（可重复调用） / open an evaluation round (idempotent)' })
  ratingRoundOpen(@Arg('input') input: RatingRoundOpenInput, @Ctx() ctx: Context) {
    return withUserErrors(() => new RatingRoundPayload(), async () => ({ round: roundType(await service.openRound(ctx, input)) }));
  }

  @Authorized(Role.AUTHORITY, Role.ORGANISATION)
  @Mutation(() => RatingPayload, { description: '申请评估（不符合条件时列出全部理由） / apply for evaluation, refused with every reason (R-RATE-2)' })
  ratingApply(@Arg('input') input: RatingApplyInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.apply(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingPayload, { description: '评估打分，得出拟评等级 / record scores and the proposed grade (R-RATE-3)' })
  ratingScore(@Arg('input') input: RatingScoreInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.score(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingPayload, { description: '公示拟评等级 / publish the proposed grade (R-RATE-4)' })
  ratingPublicise(@Arg('input') input: RatingPubliciseInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.publicise(ctx, input));
  }

  @Authorized(Role.ORGANISATION)
  @Mutation(() => RatingPayload, { description: '申请复核（公示期内） / ask for review within the publicity period (R-RATE-4)' })
  ratingReviewRequest(@Arg('input') input: RatingReviewRequestInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.requestReview(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingPayload, { description: '复核决定（15日内） / decide the review within 15 days (R-RATE-4)' })
  ratingReviewDecide(@Arg('input') input: RatingReviewDecideInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.decideReview(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingPayload, { description: '授予评估等级 / grant the grade (R-RATE-1, R-RATE-5)' })
  ratingGrant(@Arg('input') input: RatingGrantInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.grant(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingPayload, { description: '降低一级 / lower the grade one level (R-RATE-6)' })
  ratingDowngrade(@Arg('input') input: RatingChangeInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.change(ctx, input, 'DOWNGRADE'));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => RatingPayload, { description: '取消评估等级 / cancel the grade (R-RATE-6)' })
  ratingCancel(@Arg('input') input: RatingChangeInput, @Ctx() ctx: Context) {
    return act(ctx, () => service.change(ctx, input, 'CANCEL'));
  }
}

/** Ratings as Nodes (`node(id:)`): grades public, scores as RatingType decides. */
export function registerRatingNodes(): void {
  registerNodeType('Rating', async (ctx, ids) => {
    const rows = await ctx.db.query<RatingRow>(`select ${RATING_COLUMNS} from ${RATING_FROM} where r.id = any($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, RatingType.fromRow(r, ctx.viewer)]));
    return ids.map((i) => byId.get(i) ?? null);
  });
}

function ratingsByOrganisation(ctx: Context) {
  return ctx.loader('rating.byOrganisation', () => new DataLoader<string, RatingRow[]>(async (ids) => {
    const rows = await ctx.db.query<RatingRow>(`select ${RATING_COLUMNS} from ${RATING_FROM} where r.organisation_id = any($1::uuid[]) order by ro.year desc, r.applied_on desc`, [ids]);
    const out = new Map<string, RatingRow[]>(ids.map((i) => [i, []]));
    for (const r of rows) out.get(r.organisation_id)?.push(r);
    return ids.map((i) => out.get(i)!);
  }));
}

/**
 * The grade each organisation holds today: a granted (or changed) grade valid today, the latest
 * announced. One statement per batch that reads only those rows (`distinct on` over the
 * (organisation_id, announced_on) index), not every evaluation of every organisation.
 */
function currentRatingByOrganisation(ctx: Context) {
  return ctx.loader('rating.currentByOrganisation', () => new DataLoader<string, RatingRow | null>(async (ids) => {
    const rows = await ctx.db.query<RatingRow>(
      `select distinct on (r.organisation_id) ${RATING_COLUMNS} from ${RATING_FROM}
        where r.organisation_id = any($1::uuid[]) and r.grade is not null and r.status in ('GRANTED', 'CHANGED')
          and r.valid_from <= $2::date and r.valid_until >= $2::date
        order by r.organisation_id, r.announced_on desc, ro.year desc, r.applied_on desc`,
      [ids, todayOf(ctx)],
      { prepare: true },
    );
    const byOrg = new Map(rows.map((r) => [r.organisation_id, r]));
    return ids.map((i) => byOrg.get(i) ?? null);
  }));
}

/** Organisation.currentRating and Organisation.ratings (grades public; scores as RatingType decides). */
@Resolver(() => Organisation)
export class OrganisationRatingResolver {
  @FieldResolver(() => RatingType, { nullable: true, description: '当前有效的评估等级 / the grade held and valid today' })
  async currentRating(@Root() org: Organisation, @Ctx() ctx: Context) {
    const held = await currentRatingByOrganisation(ctx).load(org.localId);
    return held ? RatingType.fromRow(held, ctx.viewer) : null;
  }

  @FieldResolver(() => [RatingType], { description: '评估记录，新在前 / its evaluations, newest first' })
  async ratings(@Root() org: Organisation, @Ctx() ctx: Context) {
    return (await ratingsByOrganisation(ctx).load(org.localId)).map((r) => RatingType.fromRow(r, ctx.viewer));
  }
}
