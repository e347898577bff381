import DataLoader from 'dataloader';
import type { Context } from '../../platform/graphql/context.js';
import { isUuid } from '../../platform/graphql/relay.js';
import { SupervisoryUnitType, type SupervisoryUnitRow } from './supervisory-unit.types.js';

/** The columns the loader selects (also brought along by a registry page, organisation.page.ts). */
export const SUPERVISORY_UNIT_COLUMNS = 'id, name, region_code, uscc, contact_office';

/** Supervisory units by id, one statement per batch (public facts: R-ORG-8). */
export function supervisoryUnitById(ctx: Context): DataLoader<string, SupervisoryUnitType | null> {
  return ctx.loader('supervisoryUnit.byId', () =>
    new DataLoader<string, SupervisoryUnitType | null>(async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length
        ? await ctx.db.query<SupervisoryUnitRow>(`select ${SUPERVISORY_UNIT_COLUMNS} from supervisory_unit where id = any($1::uuid[])`, [valid], { prepare: true })
        : [];
      const byId = new Map(rows.map((r) => [r.id, SupervisoryUnitType.fromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}
