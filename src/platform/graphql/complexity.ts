/**
 * Depth and cost limits, enforced before execution (Apollo plugin for HTTP, and the
 * graphql-ws server for subscriptions). Cost grows with page sizes: a list field asked for
 * `first: 100` costs 100 × its selection. The cost is reported in `extensions.cost`.
 */
import { GraphQLError, Kind, getNullableType, isListType, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator, getComplexity as GetComplexity, simpleEstimator as SimpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './relay.js';
import { ErrorCode } from './errors.js';

// graphql-query-complexity's ESM build imports graphql/index.mjs, while type-graphql and Apollo
// load graphql's CommonJS main: two copies of graphql break its instanceof checks. Its CJS
// build requires the same copy as everyone else.
const complexityLib = createRequire(import.meta.url)('graphql-query-complexity') as {
  getComplexity: typeof GetComplexity;
  simpleEstimator: typeof SimpleEstimator;
};
const { getComplexity, simpleEstimator } = complexityLib;

export interface ComplexityLimits {
  maxDepth: number;
  maxCost: number;
}

/** Assumed size of a list that takes no page arguments (e.g. `region.children`). */
export const UNPAGED_LIST_FACTOR = 10;

/**
 * Paged fields cost their page size times their selection; other lists an assumed
 * UNPAGED_LIST_FACTOR times; a connection's own `nodes`/`edges` are already counted by
 * the page size; everything else 1 + its children.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const child = Math.max(1, childComplexity);
  if ('first' in args || 'last' in args || field.args.some((a) => a.name === 'first')) {
    const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
    return 1 + Math.max(1, size) * child;
  }
  if (field.name === 'nodes' || field.name === 'edges') return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + UNPAGED_LIST_FACTOR * child;
  return undefined;
};

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      if (seen.has(name)) continue;
      const frag = fragments.get(name);
      max = Math.max(max, depthOf(frag?.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Depth of the operation's deepest field (introspection fields excluded). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let depth = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && d.name?.value !== operationName) continue;
    depth = Math.max(depth, depthOf(d.selectionSet, fragments, new Set()));
  }
  return depth;
}

/** Distinct variable sets remembered per document (a client paging through varies `after` only). */
const MEASURES_PER_DOCUMENT = 64;
const MAX_KEY_LENGTH = 2048;

/**
 * Depth and cost by document, operation and variables. Apollo hands every request of the same
 * text the same parsed document from its cache, so a hot page is measured once, not walked
 * with a TypeInfo per request; a document that leaves Apollo's cache leaves this one too.
 */
const measured = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, { depth: number; cost: number }>>>();

function measure(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined) {
  let bySchema = measured.get(schema);
  if (!bySchema) measured.set(schema, (bySchema = new WeakMap()));
  let byKey = bySchema.get(document);
  if (!byKey) bySchema.set(document, (byKey = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  let m = byKey.get(key);
  if (!m) {
    const depth = queryDepth(document, operationName);
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    m = { depth, cost };
    if (key.length > MAX_KEY_LENGTH) return m; // large inputs (mutations) are not worth keeping
    if (byKey.size >= MEASURES_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, m);
  }
  return m;
}

/**
 * Measures the operation and refuses it with QUERY_TOO_COMPLEX (and the numbers) when it is
 * too deep or too costly. Returns its cost.
 */
export function enforceComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  limits: ComplexityLimits,
): number {
  const { depth, cost } = measure(schema, document, variables, operationName);
  if (depth > limits.maxDepth)
    throw new GraphQLError(`查询嵌套过深（${depth} 层，上限 ${limits.maxDepth}） / the query is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, depth, maxDepth: limits.maxDepth },
    });
  if (cost > limits.maxCost)
    throw new GraphQLError(`查询代价过高（${cost}，上限 ${limits.maxCost}），请减少每页数量或字段 / the query costs ${cost}; the limit is ${limits.maxCost}: ask for smaller pages or fewer fields`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, maxCost: limits.maxCost },
    });
  return cost;
}
