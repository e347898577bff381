/**
 * Who sees what of an organisation (R-ORG-8): registry facts are public; funds, members,
 * Party-building, contacts and the full legal representative are for the authority of the
 * subtree, the organisation's supervisory unit and the organisation itself.
 */
import { Role, type Viewer } from '../../platform/auth/viewer.js';
import { inSubtree } from '../../platform/auth/scope.js';
import type { OrganisationRow } from './organisation.types.js';

export function canSeeDetails(viewer: Viewer, row: Pick<OrganisationRow, 'id' | 'region_code' | 'supervisory_unit_id'>): boolean {
  switch (viewer.role) {
    case Role.AUTHORITY:
      return !!viewer.regionCode && inSubtree(viewer.regionCode, row.region_code);
    case Role.SUPERVISOR:
      return !!viewer.supervisoryUnitId && viewer.supervisoryUnitId === row.supervisory_unit_id;
    case Role.ORGANISATION:
      return viewer.organisationId === row.id;
    default:
      return false;
  }
}
