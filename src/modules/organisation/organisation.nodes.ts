import { registerNodeType } from '../../platform/graphql/node.js';
import { organisationById } from './organisation.loaders.js';
import { supervisoryUnitById } from '../supervisory-unit/supervisory-unit.loaders.js';

const clean = <T>(xs: (T | Error | null)[]) => xs.map((x) => (x instanceof Error ? null : x));

/** The register is public (R-ORG-8): organisations and supervisory units by global id. */
export function registerOrganisationNodes(): void {
  registerNodeType('Organisation', async (ctx, ids) => clean(await organisationById(ctx).loadMany(ids)));
  registerNodeType('SupervisoryUnit', async (ctx, ids) => clean(await supervisoryUnitById(ctx).loadMany(ids)));
}
