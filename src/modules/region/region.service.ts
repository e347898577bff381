/** Reading the region tree. Regions change by migration or import, not by mutation. */
import type { Context } from '../../platform/graphql/context.js';
import { buildConnection, pageWindow, type Connection } from '../../platform/graphql/relay.js';
import { subtreeCondition } from '../../platform/auth/scope.js';
import { Region, type RegionRow, type RegionsArgs } from './region.types.js';
import { REGION_COLUMNS, regionByCode } from './region.loaders.js';

/** The ancestors of a region, root first (walks parent codes through the loader). */
export async function ancestorsOf(ctx: Context, region: Region): Promise<Region[]> {
  const out: Region[] = [];
  let parent = region.parentCode;
  while (parent) {
    const r = await regionByCode(ctx).load(parent);
    if (!r) break;
    out.unshift(r);
    parent = r.parentCode;
  }
  return out;
}

/** A page of regions filtered by parent, level and subtree, ordered by code. */
export async function listRegions(ctx: Context, args: RegionsArgs): Promise<Connection<Region>> {
  const window = pageWindow(args);
  const params: unknown[] = [];
  const where: string[] = [];
  if (args.parentCode) where.push(`parent_code = $${params.push(args.parentCode)}`);
  if (args.level) where.push(`level = $${params.push(args.level)}`);
  if (args.within) where.push(subtreeCondition('code', args.within, params));
  const filter = where.length ? where.join(' and ') : 'true';
  const countParams = [...params];
  let keyset = 'true';
  if (window.cursor) keyset = window.direction === 'forward' ? `code > $${params.push(String(window.cursor[0]))}` : `code < $${params.push(String(window.cursor[0]))}`;
  const order = window.direction === 'forward' ? 'asc' : 'desc';
    const rows = await ctx.db.query<RegionRow>(`select ${REGION_COLUMNS} from region where ${filter} and ${keyset} order by code ${order} limit ${window.limit + 1}`, params);
  const count = () => ctx.db.query<{ n: number }>(`select count(*) as n from region where ${filter}`, countParams).then((r) => r[0]!.n);
  return buildConnection(rows, window, (r) => [r.code], Region.fromRow, count);
}
