/**
 * The jurisdiction-settings service: the value of a LOCAL rule in force for a region on a
 * day. It looks at the region itself, then each ancestor up to the national level, taking
 * the latest value whose effective date is on or before the day; where none has one, the
 * national default in force that day applies (definition.ts). Every module reads LOCAL rules
 * through here.
 */
import type { Sql } from '../db/sql.js';
import { ancestorCodesOf } from '../regions/region-code.js';
import { nationalDefaultOn, type SettingDefinition } from './definition.js';

export const SETTINGS_SERVICE = 'platform.settings';

/** Where a resolved value came from. */
export interface ResolvedSetting<T> {
  value: T;
  /** The region whose value applies, or null for the national default. */
  regionCode: string | null;
  effectiveFrom: string | null;
  basis: string | null;
}

interface Row {
  region_code: string;
  value: unknown;
  effective_from: string;
  basis: string | null;
}

export class SettingsService {
  constructor(private readonly db: Sql) {}

  /** The value of `def` in force for `regionCode` on `date` (YYYY-MM-DD), with its source. */
  async resolve<T>(def: SettingDefinition<T>, regionCode: string, date: string): Promise<ResolvedSetting<T>> {
    const chain = [regionCode, ...ancestorCodesOf(regionCode).reverse()];
    const rows = await this.db.query<Row>(
      `select distinct on (region_code) region_code, value, effective_from, basis
         from jurisdiction_setting
        where key = $1 and region_code = any($2) and effective_from <= $3
        order by region_code, effective_from desc`,
      [def.key, chain, date],
    );
    const byRegion = new Map(rows.map((r) => [r.region_code, r]));
    for (const code of chain) {
      const r = byRegion.get(code);
      if (r) return { value: def.validate(r.value), regionCode: code, effectiveFrom: r.effective_from, basis: r.basis };
    }
    return { value: nationalDefaultOn(def, date), regionCode: null, effectiveFrom: null, basis: null };
  }

  /** Shorthand for the value alone. */
  async get<T>(def: SettingDefinition<T>, regionCode: string, date: string): Promise<T> {
    return (await this.resolve(def, regionCode, date)).value;
  }
}
