import DataLoader from 'dataloader';
import type { Context } from '../../platform/graphql/context.js';
import { isUuid } from '../../platform/graphql/relay.js';
import { ORGANISATION_COLUMNS, Organisation, OrganisationChangeEntry, type OrganisationRow } from './organisation.types.js';


/** Organisations by local id, one statement per batch. The register is public (R-ORG-8). */
export function organisationById(ctx: Context): DataLoader<string, Organisation | null> {
  return ctx.loader('organisation.byId', () =>
    new DataLoader<string, Organisation | null>(async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length ? await ctx.db.query<OrganisationRow>(`select ${ORGANISATION_COLUMNS} from organisation where id = any($1::uuid[])`, [valid]) : [];
      const byId = new Map(rows.map((r) => [r.id, Organisation.fromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/** Organisations by unified social credit code. */
export function organisationByCode(ctx: Context): DataLoader<string, Organisation | null> {
  return ctx.loader('organisation.byCode', () =>
    new DataLoader<string, Organisation | null>(async (codes) => {
      const rows = await ctx.db.query<OrganisationRow>(`select ${ORGANISATION_COLUMNS} from organisation where uscc = any($1)`, [[...codes]]);
      const byCode = new Map(rows.map((r) => [r.uscc!, Organisation.fromRow(r)]));
      return codes.map((c) => byCode.get(c) ?? null);
    }),
  );
}

/** Change records of organisations, oldest first. */
export function organisationHistory(ctx: Context): DataLoader<string, OrganisationChangeEntry[]> {
  return ctx.loader('organisation.history', () =>
    new DataLoader<string, OrganisationChangeEntry[]>(async (ids) => {
      const rows = await ctx.db.query<{ id: string; organisation_id: string; action: string; effective_date: string; decision_number: string | null; reason: string | null; changes: Record<string, unknown>; recorded_at: Date }>(
        `select id, organisation_id, action, effective_date, decision_number, reason, changes, recorded_at from organisation_change
          where organisation_id = any($1::uuid[]) order by effective_date, recorded_at`,
        [ids],
      );
      const out = new Map<string, OrganisationChangeEntry[]>(ids.map((i) => [i, []]));
      for (const r of rows)
        out.get(r.organisation_id)?.push(Object.assign(new OrganisationChangeEntry(), {
          id: r.id, action: r.action, effectiveDate: r.effective_date, decisionNumber: r.decision_number, reason: r.reason, changes: r.changes, recordedAt: r.recorded_at,
        }));
      return ids.map((i) => out.get(i)!);
    }),
  );
}
