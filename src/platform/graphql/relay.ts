/**
 * Relay conventions: opaque global ids for `Node`s, and connections with keyset cursors,
 * `first/after/last/before`, a capped page size and `totalCount` (GitHub and Shopify).
 */
import { randomBytes } from 'node:crypto';
import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { errors } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Opaque global id: base64url("Type:localId"). */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; undefined when it is not one of ours. */
export function fromGlobalId(globalId: string): { type: string; id: string } | undefined {
  let raw: string;
  try {
    raw = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return undefined;
  }
  const i = raw.indexOf(':');
  if (i <= 0 || i === raw.length - 1) return undefined;
  return { type: raw.slice(0, i), id: raw.slice(i + 1) };
}

/** Decodes a global id that must name `type`; BAD_USER_INPUT otherwise. */
export function localId(globalId: string, type: string, field = 'id'): string {
  const g = fromGlobalId(globalId);
  if (!g || g.type !== type) throw errors.badInput(`标识符无效 / "${globalId}" is not a valid ${type} id`, field);
  return g.id;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for a well-formed uuid. Loaders keep ids from forged global ids out of `::uuid[]`
 * casts with it (a malformed id names no record; it must not fail the whole batch).
 */
export function isUuid(id: string): boolean {
  return UUID_RE.test(id);
}

/** Time-ordered UUID (v7): ids sort by creation, which keeps B-tree inserts local. */
export function uuidv7(now = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

@InterfaceType({
  description: '可按全局标识获取的对象 / an object that can be fetched by its global id (Relay Node)',
  resolveType: (value: { __typename?: string; constructor?: { name: string } }) => value.__typename ?? value.constructor?.name,
})
export abstract class Node {
  @Field(() => ID, { description: '全局唯一、不透明的标识 / opaque global id' })
  id!: string;
}

@ObjectType({ description: '分页信息 / pagination information' })
export class PageInfo {
  @Field({ description: '之后是否还有 / whether more items follow' })
  hasNextPage!: boolean;
  @Field({ description: '之前是否还有 / whether items precede' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: '第一项的游标 / cursor of the first item' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: '最后一项的游标 / cursor of the last item' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `前 N 项（最多 ${MAX_PAGE_SIZE}） / the first N items (at most ${MAX_PAGE_SIZE})` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: '此游标之后 / items after this cursor' })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `后 N 项（最多 ${MAX_PAGE_SIZE}） / the last N items (at most ${MAX_PAGE_SIZE})` })
  last?: number | null;
  @Field(() => String, { nullable: true, description: '此游标之前 / items before this cursor' })
  before?: string | null;
}

/** A page request resolved from connection args: direction, size and the keyset cursor. */
export interface PageWindow {
  limit: number;
  /** 'forward' = natural order after `cursor`; 'backward' = reversed order before `cursor`. */
  direction: 'forward' | 'backward';
  cursor?: unknown[];
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw errors.badInput(`分页游标无效 / invalid cursor`, field);
}

/** Validates `first/after/last/before` and caps the page size. */
export function pageWindow(args: ConnectionArgs): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw errors.badInput('first 与 last 不能同时使用 / use either first or last, not both', 'first');
  for (const [name, n] of [['first', first], ['last', last]] as const) {
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE))
      throw errors.badInput(`每页最多 ${MAX_PAGE_SIZE} 项 / ${name} must be between 0 and ${MAX_PAGE_SIZE}`, name);
  }
  if (last != null || (before != null && first == null)) {
    return { limit: last ?? DEFAULT_PAGE_SIZE, direction: 'backward', cursor: before ? decodeCursor(before, 'before') : undefined };
  }
  return { limit: first ?? DEFAULT_PAGE_SIZE, direction: 'forward', cursor: after ? decodeCursor(after, 'after') : undefined };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/**
 * Builds a connection from `limit + 1` rows fetched in the window's direction, so
 * "is there more" costs no extra query. `totalCount` is supplied (or computed lazily by the
 * caller's field resolver).
 */
export function buildConnection<R, T>(
  rows: R[],
  window: PageWindow,
  keyOf: (row: R) => unknown[],
  toNode: (row: R) => T,
  totalCount: number | (() => Promise<number>),
): Connection<T> {
  const more = rows.length > window.limit;
  const page = rows.slice(0, window.limit);
  if (window.direction === 'backward') page.reverse();
  const edges = page.map((r) => ({ cursor: encodeCursor(keyOf(r)), node: toNode(r) }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: window.direction === 'forward' ? more : window.cursor !== undefined,
    hasPreviousPage: window.direction === 'backward' ? more : window.cursor !== undefined,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  const conn = { edges, nodes: edges.map((e) => e.node), pageInfo } as Connection<T>;
  if (typeof totalCount === 'number') conn.totalCount = totalCount;
  else {
    // Counting can cost more than the page: run it only when the field is selected.
    let counted: Promise<number> | undefined;
    Object.defineProperty(conn, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) });
  }
  return conn;
}

/** Creates the `XConnection` and `XEdge` object types for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, chinese: string) {
  @ObjectType(`${name}Edge`, { description: `${chinese}（边） / an edge in a ${name} connection` })
  class Edge {
    @Field({ description: '游标 / cursor' })
    cursor!: string;
    @Field(() => node, { description: '节点 / the item' })
    node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `${chinese}列表 / a page of ${name} items` })
  class ConnectionType {
    @Field(() => [Edge], { description: '边 / edges' })
    edges!: Edge[];
    @Field(() => [node], { description: '本页节点 / the items of this page' })
    nodes!: T[];
    @Field(() => PageInfo, { description: '分页信息 / page information' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: '符合条件的总数 / how many items match in all' })
    totalCount!: number;
  }
  return ConnectionType;
}
