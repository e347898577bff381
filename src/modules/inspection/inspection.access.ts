/**
 * Who sees and acts on which filing. Authorities: their region subtree; supervisory units: the
 * organisations they supervise; organisations: their own. The public sees concluded filings
 * only (year, form, result, date: the result is a registry fact like the rating), never the
 * report itself, which may hold financial detail the organisation has not published.
 */
import { Role, type Viewer } from '../../platform/auth/viewer.js';
import { inSubtree, subtreeCondition } from '../../platform/auth/scope.js';
import { errors } from '../../platform/graphql/errors.js';
import type { FilingActor } from './domain/filing-lifecycle.js';

export interface FilingScope {
  organisation_id: string;
  region_code: string;
  supervisory_unit_id: string | null;
}

/** True when the viewer may read the whole filing (the report included). */
export function canReadFiling(viewer: Viewer, f: FilingScope): boolean {
  switch (viewer.role) {
    case Role.AUTHORITY:
      return !!viewer.regionCode && inSubtree(viewer.regionCode, f.region_code);
    case Role.SUPERVISOR:
      return !!viewer.supervisoryUnitId && viewer.supervisoryUnitId === f.supervisory_unit_id;
    case Role.ORGANISATION:
      return viewer.organisationId === f.organisation_id;
    default:
      return false;
  }
}

/** Refuses a viewer who is not the actor the state machine names for this step. */
export function assertActor(viewer: Viewer, actor: FilingActor, f: FilingScope): void {
  const role = actor === 'ORGANISATION' ? Role.ORGANISATION : actor === 'SUPERVISORY_UNIT' ? Role.SUPERVISOR : Role.AUTHORITY;
  if (viewer.role !== role || !canReadFiling(viewer, f))
    throw errors.forbidden(`此步骤须由${actor === 'ORGANISATION' ? '本组织' : actor === 'SUPERVISORY_UNIT' ? '业务主管单位' : '登记管理机关'}办理 / this step is for the ${actor.toLowerCase().replace('_', ' ')} of this filing`);
}

/** SQL condition: filings the viewer may list; the public (and others) see concluded ones only. */
export function filingScopeSql(viewer: Viewer, params: unknown[], alias = ''): string {
  const c = (col: string) => `${alias}${col}`;
  switch (viewer.role) {
    case Role.AUTHORITY:
      return subtreeCondition(c('region_code'), viewer.regionCode ?? '-', params);
    case Role.SUPERVISOR:
      return `${c('supervisory_unit_id')} = $${params.push(viewer.supervisoryUnitId ?? null)}`;
    case Role.ORGANISATION:
      return `(${c('organisation_id')} = $${params.push(viewer.organisationId ?? null)} or ${c('status')} = 'CONCLUDED')`;
    default:
      return `${c('status')} = 'CONCLUDED'`;
  }
}
