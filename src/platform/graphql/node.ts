/**
 * `node(id:)` and `nodes(ids:)`: modules register a batch fetcher per Node type; the
 * platform decodes global ids and dispatches, knowing no module.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { Node, fromGlobalId } from './relay.js';

type NodeFetcher = (ctx: Context, ids: readonly string[]) => Promise<(Node | null)[]>;
const fetchers = new Map<string, NodeFetcher>();

/** Registers how to fetch nodes of `type` (already scoped to what the viewer may see). */
export function registerNodeType(type: string, fetch: NodeFetcher): void {
  fetchers.set(type, fetch);
}

async function fetchNodes(ctx: Context, ids: readonly string[]): Promise<(Node | null)[]> {
  const byType = new Map<string, { index: number; id: string }[]>();
  ids.forEach((gid, index) => {
    const g = fromGlobalId(gid);
    if (!g || !fetchers.has(g.type)) return;
    const list = byType.get(g.type) ?? [];
    list.push({ index, id: g.id });
    byType.set(g.type, list);
  });
  const out: (Node | null)[] = ids.map(() => null);
  await Promise.all(
    [...byType].map(async ([type, items]) => {
      const found = await fetchers.get(type)!(ctx, items.map((i) => i.id));
      items.forEach((item, k) => (out[item.index] = found[k] ?? null));
    }),
  );
  return out;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: '按全局标识获取对象 / fetch any object by its global id' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return (await fetchNodes(ctx, [id]))[0] ?? null;
  }

  @Query(() => [Node], { nullable: 'items', description: '按全局标识批量获取（最多 100 个） / fetch objects by global ids (at most 100)' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    return fetchNodes(ctx, ids.slice(0, 100));
  }
}
