/**
 * Who may see which event: the same rule in memory (live fan-out) and in SQL (replay and
 * polling), so a subscriber sees exactly what its scope allows either way.
 */
import { Role, type Viewer } from '../auth/viewer.js';
import { inSubtree, subtreeCondition } from '../auth/scope.js';
import type { DeliveredEvent } from './relay.js';

export interface EventFilter {
  types?: string[];
  regionCode?: string;
  organisationId?: string;
  committeeId?: string;
}

/** True when `viewer` may see `e`. */
export function canSee(viewer: Viewer, e: DeliveredEvent): boolean {
  switch (viewer.role) {
    case Role.AUTHORITY:
      return !!viewer.regionCode && !!e.regionCode && inSubtree(viewer.regionCode, e.regionCode);
    case Role.PARTNER:
      return (
        !!viewer.regionCode && !!e.regionCode && inSubtree(viewer.regionCode, e.regionCode) &&
        (!viewer.eventTypes?.length || viewer.eventTypes.includes(e.type))
      );
    case Role.ORGANISATION:
      return !!viewer.organisationId && e.organisationId === viewer.organisationId;
    case Role.COMMITTEE:
      return !!viewer.committeeId && e.committeeId === viewer.committeeId;
    case Role.SUPERVISOR:
      return !!viewer.supervisoryUnitId && e.payload.supervisoryUnitId === viewer.supervisoryUnitId;
    case Role.VOLUNTEER:
      return !!viewer.personId && e.payload.personId === viewer.personId;
    default:
      return false;
  }
}

/** True when `e` matches the subscriber's own filter. */
export function matchesFilter(e: DeliveredEvent, f: EventFilter): boolean {
  if (f.types?.length && !f.types.includes(e.type)) return false;
  if (f.regionCode && !(e.regionCode && inSubtree(f.regionCode, e.regionCode))) return false;
  if (f.organisationId && e.organisationId !== f.organisationId) return false;
  if (f.committeeId && e.committeeId !== f.committeeId) return false;
  return true;
}

/** The same rule and filter as a SQL condition on `registry_event`. */
export function eventFilterSql(viewer: Viewer, f: EventFilter, params: unknown[]): string {
  const c: string[] = [];
  switch (viewer.role) {
    case Role.AUTHORITY:
      c.push(subtreeCondition('region_code', viewer.regionCode ?? '-', params));
      break;
    case Role.PARTNER:
      c.push(subtreeCondition('region_code', viewer.regionCode ?? '-', params));
      if (viewer.eventTypes?.length) c.push(`type = any($${params.push(viewer.eventTypes)})`);
      break;
    case Role.ORGANISATION:
      c.push(`organisation_id = $${params.push(viewer.organisationId ?? null)}`);
      break;
    case Role.COMMITTEE:
      c.push(`committee_id = $${params.push(viewer.committeeId ?? null)}`);
      break;
    case Role.SUPERVISOR:
      c.push(`payload->>'supervisoryUnitId' = $${params.push(viewer.supervisoryUnitId ?? null)}`);
      break;
    case Role.VOLUNTEER:
      c.push(`payload->>'personId' = $${params.push(viewer.personId ?? null)}`);
      break;
    default:
      c.push('false');
  }
  if (f.types?.length) c.push(`type = any($${params.push(f.types)})`);
  if (f.regionCode) c.push(subtreeCondition('region_code', f.regionCode, params));
  if (f.organisationId) c.push(`organisation_id = $${params.push(f.organisationId)}`);
  if (f.committeeId) c.push(`committee_id = $${params.push(f.committeeId)}`);
  return c.join(' and ');
}
