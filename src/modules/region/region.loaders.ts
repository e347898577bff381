import DataLoader from 'dataloader';
import type { Context } from '../../platform/graphql/context.js';
import { Region, type RegionRow } from './region.types.js';

const COLUMNS = 'code, name, level, parent_code, population, urban_population, demo';

/** Regions by code, one query per batch. */
export function regionByCode(ctx: Context): DataLoader<string, Region | null> {
  return ctx.loader('region.byCode', () =>
    new DataLoader<string, Region | null>(async (codes) => {
      const rows = await ctx.db.query<RegionRow>(`select ${COLUMNS} from region where code = any($1)`, [[...codes]], { prepare: true });
      const byCode = new Map(rows.map((r) => [r.code, Region.fromRow(r)]));
      return codes.map((c) => byCode.get(c) ?? null);
    }),
  );
}

/** Direct children of regions, ordered by code, one query per batch. */
export function regionChildren(ctx: Context): DataLoader<string, Region[]> {
  return ctx.loader('region.children', () =>
    new DataLoader<string, Region[]>(async (codes) => {
      const rows = await ctx.db.query<RegionRow>(`select ${COLUMNS} from region where parent_code = any($1) order by code`, [[...codes]]);
      const out = new Map<string, Region[]>(codes.map((c) => [c, []]));
      for (const r of rows) out.get(r.parent_code!)?.push(Region.fromRow(r));
      return codes.map((c) => out.get(c)!);
    }),
  );
}

export { COLUMNS as REGION_COLUMNS };
