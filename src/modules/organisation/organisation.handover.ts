/**
 * A new supervisory unit (变更业务主管单位, by organisationAmend or by an import) takes over what
 * the organisation has open: the filings it has not yet submitted (the new unit pre-reviews and
 * sees them; a filing opened as directly registered keeps that form for its year) and its
 * active credit listings (which the new unit may see). Filings and listings carry the unit so
 * that scoping and the deadline sweeper read one table; filings already submitted stay with the
 * unit reviewing them. Every record moved gets its own audit record.
 */
import type { AuditEntry } from '../../platform/audit/audit.js';

/** `$1` the organisations (uuid[]), `$2` the instant: moves their open records to their current unit, one row per record moved. */
export const HAND_OVER_SQL = `
  with f as (update filing f set supervisory_unit_id = o.supervisory_unit_id, updated_at = $2, version = f.version + 1
               from organisation o, filing old
              where o.id = any($1::uuid[]) and f.organisation_id = o.id and old.id = f.id and f.first_submitted_at is null
                and f.supervisory_unit_id is distinct from o.supervisory_unit_id
          returning 'Filing' as entity_type, f.id, f.organisation_id, f.region_code, old.supervisory_unit_id as before, f.supervisory_unit_id as after),
       l as (update credit_listing l set supervisory_unit_id = o.supervisory_unit_id, updated_at = $2, version = l.version + 1
               from organisation o, credit_listing old
              where o.id = any($1::uuid[]) and l.organisation_id = o.id and old.id = l.id and l.removed_on is null
                and l.supervisory_unit_id is distinct from o.supervisory_unit_id
          returning 'CreditListing' as entity_type, l.id, l.organisation_id, l.region_code, old.supervisory_unit_id as before, l.supervisory_unit_id as after)
  select * from f union all select * from l`;

export interface MovedRecord {
  entity_type: 'Filing' | 'CreditListing';
  id: string;
  organisation_id: string;
  region_code: string;
  before: string | null;
  after: string | null;
}

/** Audits each record moved; returns how many of each kind moved (for the amendment's event). */
export function auditHandOver(audit: (e: AuditEntry) => void, moved: MovedRecord[]): { filingsMoved: number; listingsMoved: number } {
  for (const m of moved)
    audit({ operation: 'supervisoryUnitHandOver', entityType: m.entity_type, entityId: m.id, regionCode: m.region_code, organisationId: m.organisation_id, before: { supervisoryUnitId: m.before }, after: { supervisoryUnitId: m.after } });
  return { filingsMoved: moved.filter((m) => m.entity_type === 'Filing').length, listingsMoved: moved.filter((m) => m.entity_type === 'CreditListing').length };
}
