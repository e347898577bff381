import { registerNodeType } from '../../platform/graphql/node.js';
import { personNodes } from './person.service.js';

/** People by global id, for those entitled to their data only (the rule of `person(id:)`). */
export function registerPersonNodes(): void {
  registerNodeType('Person', personNodes);
}
