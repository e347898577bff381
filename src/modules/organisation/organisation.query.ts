/**
 * Reading the register: filtered, ordered, keyset-paginated pages straight from SQL rows,
 * name search by any substring (grams for 1–2 characters, trigrams for 3+; exact and prefix
 * matches first), and statistics. One statement per page; relations come through loaders.
 */
import type { Context } from '../../platform/graphql/context.js';
import { buildConnection, localId, pageWindow, type Connection } from '../../platform/graphql/relay.js';
import { readableSubtree, subtreeCondition } from '../../platform/auth/scope.js';
import { errors } from '../../platform/graphql/errors.js';
import { regionLevelOf } from '../../platform/regions/region-code.js';
import { escapeLike, searchStrategy } from './domain/name-search.js';
import { relevancePage, type SearchWhere } from './organisation.search.js';
import { pageRelationColumns, primePageRelations, type PageRelations } from './organisation.page.js';
import { dateInZone } from '../../platform/time/calendar.js';
import { holding } from '../rating/rating.holding.js';
import { ORGANISATION_TYPE_LABELS } from './domain/organisation-rules.js';
import { ORGANISATION_STATUS_LABELS, type OrganisationStatus } from './domain/lifecycle.js';
import {
  ORGANISATION_COLUMNS, Organisation, OrganisationOrder, OrganisationStats, OrganisationStatsGroup, StatsGroupBy,
  type OrganisationFilter, type OrganisationRow, type OrganisationsArgs,
} from './organisation.types.js';

interface Where {
  sql: string;
  params: unknown[];
}

/**
 * Organisations register only at county level and above (R-ORG-2), so a district's subtree
 * holds exactly its own code: as an equality, the (region_code, name, id) index returns a
 * district's page already in order, instead of sorting the whole district per page
 * (~700 ms at 300,000 organisations; PERFORMANCE.md "one registry page").
 */
function regionCondition(code: string, params: unknown[]): string {
  return regionLevelOf(code) === 'DISTRICT' ? `region_code = $${params.push(code)}` : subtreeCondition('region_code', code, params);
}

/** The WHERE clause of a filter (scoped to what the viewer may list). */
export function filterWhere(ctx: Context, filter: OrganisationFilter | null | undefined): Where & { search?: SearchWhere['search'] } {
  const params: unknown[] = [];
  const c: string[] = [];
  const subtree = readableSubtree(ctx.viewer, filter?.regionCode);
  if (subtree) c.push(regionCondition(subtree, params));
  if (filter?.types?.length) c.push(`type = any($${params.push(filter.types)})`);
  if (filter?.statuses?.length) c.push(`status = any($${params.push(filter.statuses)})`);
  if (filter?.fields?.length) c.push(`fields && $${params.push(filter.fields)}::text[]`);
  if (filter?.supervisoryUnitId) c.push(`supervisory_unit_id = $${params.push(localId(filter.supervisoryUnitId, 'SupervisoryUnit', 'filter.supervisoryUnitId'))}`);
  if (filter?.directRegistration != null) c.push(`direct_registration = $${params.push(filter.directRegistration)}`);
  if (filter?.registeredFrom) c.push(`registration_date >= $${params.push(filter.registeredFrom)}`);
  if (filter?.registeredTo) c.push(`registration_date <= $${params.push(filter.registeredTo)}`);
  if (filter?.grades?.length) {
    const today = dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
    c.push(`exists (select 1 from rating r where r.organisation_id = organisation.id and r.grade = any($${params.push(filter.grades)}::text[]) and ${holding(params, today)})`);
  }
  if (filter?.creditLists?.length)
    c.push(`exists (select 1 from credit_listing l where l.organisation_id = organisation.id and l.list = any($${params.push(filter.creditLists)}::text[]) and l.removed_on is null)`);
  const search = filter?.name ? searchStrategy(filter.name) : undefined;
  if (search) {
    if (search.kind === 'grams') c.push(`name_grams @> array[$${params.push(search.term)}]::text[]`);
    else c.push(`search_text like $${params.push(`%${escapeLike(search.term)}%`)}`);
  }
  return { sql: c.length ? c.join(' and ') : 'true', params, search };
}

interface Ordering {
  keys: string[];
  desc: boolean;
  keyOf: (r: OrganisationRow) => unknown[];
}

function ordering(order: OrganisationOrder): Ordering {
  switch (order) {
    case OrganisationOrder.REGISTRATION_DATE_DESC:
      return { keys: [`coalesce(registration_date, '0001-01-01'::date)`, 'id'], desc: true, keyOf: (r) => [r.registration_date ?? '0001-01-01', r.id] };
    case OrganisationOrder.CODE:
      return { keys: [`coalesce(uscc, '')`, 'id'], desc: false, keyOf: (r) => [r.uscc ?? '', r.id] };
    case OrganisationOrder.RELEVANCE:
      // with a name search: organisation.search.ts (tiers); without one, by name
      return ordering(OrganisationOrder.NAME);
    default:
      return { keys: ['name', 'id'], desc: false, keyOf: (r) => [r.name, r.id] };
  }
}

/**
 * A page of organisations. `totalCount` is counted only when asked for. `wanted`: the fields
 * selected on the nodes, whose relations the page statement then brings along (organisation.page.ts).
 */
export async function listOrganisations(ctx: Context, args: OrganisationsArgs, wanted?: ReadonlySet<string>): Promise<Connection<Organisation>> {
  const window = pageWindow(args);
  const where = filterWhere(ctx, args.filter);
  const count = () => ctx.db.query<{ n: number }>(`select count(*) as n from organisation where ${where.sql}`, where.params).then((r) => r[0]!.n);
  if (where.search && (args.orderBy ?? OrganisationOrder.RELEVANCE) === OrganisationOrder.RELEVANCE) {
    const ranked = await relevancePage(ctx, { ...where, search: where.search }, window);
    return buildConnection(ranked, window, (r) => [r.rank, r.name, r.id], Organisation.fromRow, count);
  }
  const params = [...where.params];
  const order = ordering(args.orderBy ?? OrganisationOrder.NAME);
  const forwardAsc = (window.direction === 'forward') !== order.desc;
  let keyset = 'true';
  if (window.cursor) {
    if (window.cursor.length !== order.keys.length) throw errors.badInput('分页游标与排序不符 / the cursor belongs to another order', 'after');
    const placeholders = window.cursor.map((v) => `$${params.push(v)}`);
    keyset = `(${order.keys.join(', ')}) ${forwardAsc ? '>' : '<'} (${placeholders.join(', ')})`;
  }
  const dir = forwardAsc ? 'asc' : 'desc';
  const select = `select ${ORGANISATION_COLUMNS}${pageRelationColumns(wanted)} from organisation
    where ${where.sql} and ${keyset} order by ${order.keys.map((k) => `${k} ${dir}`).join(', ')} limit ${window.limit + 1}`;
  const rows = await ctx.db.query<OrganisationRow & PageRelations>(select, params);
  primePageRelations(ctx, rows);
  return buildConnection(rows, window, order.keyOf, Organisation.fromRow, count);
}

/** The child-region key of a domicile code, one level below `regionCode`. */
function childRegionExpr(regionCode: string): string {
  switch (regionLevelOf(regionCode)) {
    case 'NATIONAL':
      return `left(domicile_region_code, 2) || '0000'`;
    case 'PROVINCE':
      return `left(domicile_region_code, 4) || '00'`;
    case 'CITY':
      return `left(domicile_region_code, 6)`;
    case 'DISTRICT':
      return `left(domicile_region_code, 9)`;
    default:
      return `left(domicile_region_code, 12)`;
  }
}

/** Counts and fund sums grouped as asked (the plans' figures). */
export async function organisationStats(ctx: Context, regionCode: string, groupBy: StatsGroupBy, statuses?: string[] | null): Promise<OrganisationStats> {
  const where = filterWhere(ctx, { regionCode, statuses: statuses ?? ['REGISTERED', 'SUSPENDED'] });
  const key =
    groupBy === StatsGroupBy.TYPE ? 'type' : groupBy === StatsGroupBy.STATUS ? 'status' : groupBy === StatsGroupBy.FIELD ? 'unnest(fields)' : childRegionExpr(regionCode);
  const [groups, total] = await Promise.all([
    ctx.db.query<{ key: string; n: number; funds: number }>(
      `select ${key} as key, count(*) as n, coalesce(sum(registered_funds_fen), 0) as funds from organisation where ${where.sql} group by 1 order by 1`,
      where.params,
    ),
    ctx.db.query<{ n: number; funds: number }>(`select count(*) as n, coalesce(sum(registered_funds_fen), 0) as funds from organisation where ${where.sql}`, where.params),
  ]);
  let names = new Map<string, string>();
  if (groupBy === StatsGroupBy.CHILD_REGION) {
    const rows = await ctx.db.query<{ code: string; name: string }>('select code, name from region where code = any($1)', [groups.map((g) => g.key)]);
    names = new Map(rows.map((r) => [r.code, r.name]));
  }
  const label = (k: string) =>
    groupBy === StatsGroupBy.TYPE ? ORGANISATION_TYPE_LABELS[k as keyof typeof ORGANISATION_TYPE_LABELS] ?? k
      : groupBy === StatsGroupBy.STATUS ? ORGANISATION_STATUS_LABELS[k as OrganisationStatus] ?? k
        : names.get(k) ?? k;
  return Object.assign(new OrganisationStats(), {
    regionCode,
    total: total[0]!.n,
    fundsFen: Number(total[0]!.funds),
    groups: groups.map((g) => Object.assign(new OrganisationStatsGroup(), { key: g.key, label: label(g.key), count: g.n, fundsFen: Number(g.funds) })),
  });
}
