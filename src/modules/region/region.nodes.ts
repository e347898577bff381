import { registerNodeType } from '../../platform/graphql/node.js';
import { regionByCode } from './region.loaders.js';

/** Regions are public (R-ORG-8): any viewer may fetch them by global id. */
export function registerRegionNodes(): void {
  registerNodeType('Region', (ctx, ids) => regionByCode(ctx).loadMany(ids).then((rs) => rs.map((r) => (r instanceof Error ? null : r))));
}
