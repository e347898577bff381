/**
 * Relations a registry page brings along in its own statement (PERFORMANCE.md "one registry
 * page"): when the caller selected them, each row carries its region and supervisory unit (the
 * loaders' own columns, as JSON) and its legal representative's public name, and the loaders
 * are primed with them. The page then costs one round trip where it cost one per relation.
 * Scalar subqueries on the page's own rows, so the page's filter, order and index walk stay as
 * they are, and PostgreSQL evaluates them only for the rows the limit keeps.
 */
import type { Context } from '../../platform/graphql/context.js';
import { REGION_COLUMNS, regionByCode } from '../region/region.loaders.js';
import { Region, type RegionRow } from '../region/region.types.js';
import { SUPERVISORY_UNIT_COLUMNS, supervisoryUnitById } from '../supervisory-unit/supervisory-unit.loaders.js';
import { SupervisoryUnitType, type SupervisoryUnitRow } from '../supervisory-unit/supervisory-unit.types.js';

/** What a page row may carry beside the organisation's own columns. */
export interface PageRelations {
  page_region?: RegionRow | null;
  page_supervisory_unit?: SupervisoryUnitRow | null;
  /** Present (null when there is none) when the page brought it along. */
  legal_representative_name?: string | null;
}

/** Extra select-list items for the fields `wanted` on the page's nodes ('' for none). */
export function pageRelationColumns(wanted: ReadonlySet<string> | undefined): string {
  if (!wanted) return '';
  const cols: string[] = [];
  if (wanted.has('region'))
    cols.push(`(select to_json(x) from (select ${REGION_COLUMNS} from region where code = organisation.region_code) x) as page_region`);
  if (wanted.has('supervisoryUnit'))
    cols.push(`(select to_json(x) from (select ${SUPERVISORY_UNIT_COLUMNS} from supervisory_unit where id = organisation.supervisory_unit_id) x) as page_supervisory_unit`);
  if (wanted.has('legalRepresentativeName'))
    cols.push('(select name from person where id = organisation.legal_representative_id) as legal_representative_name');
  return cols.length ? `, ${cols.join(', ')}` : '';
}

/** Primes the region and supervisory-unit loaders with what the page rows brought along. */
export function primePageRelations(ctx: Context, rows: readonly PageRelations[]): void {
  const first = rows[0];
  if (!first) return;
  if (first.page_region !== undefined) {
    const loader = regionByCode(ctx);
    for (const r of rows) if (r.page_region) loader.prime(r.page_region.code, Region.fromRow(r.page_region));
  }
  if (first.page_supervisory_unit !== undefined) {
    const loader = supervisoryUnitById(ctx);
    for (const r of rows) if (r.page_supervisory_unit) loader.prime(r.page_supervisory_unit.id, SupervisoryUnitType.fromRow(r.page_supervisory_unit));
  }
}
