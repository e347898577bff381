/**
 * Event fan-out for subscriptions: one execution per distinct (document, arguments, caller's
 * scope) and one serialisation per group, instead of one per subscriber (PERFORMANCE.md:
 * graphql-ws's documented setup executes the subscription once per socket and stalls the
 * server while it fans out).
 *
 * - Every event subscription field registers how its arguments become an event filter
 *   ({@link registerEventSubscription}); the group key is the document, those arguments
 *   (except the resume cursor) and the viewer's scope, so members of a group see exactly
 *   the same events and the same result.
 * - The one result object is shared by every member; graphql-ws only wraps it in each
 *   socket's message (JSON.rawJSON cannot splice pre-serialised objects, and a small
 *   payload costs microseconds to stringify, far less than executing it per socket).
 * - Members are fed in chunks with a turn of the event loop between them, so other requests
 *   are not stalled by a large fan-out.
 * - A member that falls more than `buffer` events behind (or whose socket buffers too much)
 *   is completed with an error telling it to resume from its last cursor.
 * - A member resuming `after` a cursor replays from the database first (its own scope, in
 *   SQL), then continues live with no gap and no duplicate at the seam.
 */
import { GraphQLError, execute, getOperationAST, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FieldNode, type GraphQLSchema } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { Logger } from '../logger.js';
import type { Context } from '../graphql/context.js';
import type { Viewer } from '../auth/viewer.js';
import { ErrorCode } from '../graphql/errors.js';
import type { DeliveredEvent, EventRelay } from './relay.js';
import { canSee, matchesFilter, type EventFilter } from './visibility.js';
import { encodeEventCursor } from './cursor.js';

/** How an event subscription field's arguments select events. */
export interface EventSubscriptionSpec {
  /** Refuses callers who may not subscribe (throw a GraphQLError), and turns arguments into a filter. */
  select(args: Record<string, unknown>, viewer: Viewer): { filter: EventFilter; predicate?: (e: DeliveredEvent) => boolean; after?: number };
  /** Replays events after `position` up to `upTo` for this viewer and filter (SQL scoping). */
  replay(ctx: Context, after: number, upTo: number, filter: EventFilter): Promise<DeliveredEvent[]>;
}

const specs = new Map<string, EventSubscriptionSpec>();

/** Declares a Subscription field served by the fan-out. */
export function registerEventSubscription(field: string, spec: EventSubscriptionSpec): void {
  specs.set(field, spec);
}

type Prepared = ExecutionResult & { position?: number };

/** One subscriber: an async iterator fed by its group (and first by its own replay). */
export class Member {
  private queue: Prepared[] = [];
  private wake: (() => void) | undefined;
  private ended = false;
  last = 0;

  constructor(readonly buffer: number, private readonly bufferedBytes: () => number) {}

  push(p: Prepared): void {
    if (this.ended || (p.position ?? 0) <= this.last) return;
    this.queue.push(p);
    if (this.queue.length > this.buffer || this.bufferedBytes() > 8 * 1024 * 1024) this.overflow();
    this.wake?.();
  }

  private overflow(): void {
    const cursor = encodeEventCursor(this.last);
    this.queue = [
      {
        errors: [
          new GraphQLError(`接收过慢，请从游标 ${cursor} 之后重新订阅 / you fell too far behind; subscribe again with after: "${cursor}"`, {
            extensions: { code: ErrorCode.RATE_LIMITED, resumeAfter: cursor },
          }),
        ],
      },
    ];
    this.ended = true;
  }

  /**
   * The subscriber's stream. Its `return()` (graphql-ws calls it when the socket closes, and
   * awaits it before onDisconnect/onClose) first wakes a member waiting for an event: an async
   * generator suspended in an `await` would otherwise handle `return()` only at its next event,
   * so a closed subscriber whose filter matched nothing stayed attached (and counted) for ever.
   */
  iterate(replay: () => AsyncGenerator<Prepared>, onEnd: () => void): AsyncGenerator<Prepared> {
    const stream = this.stream(replay, onEnd);
    const close = stream.return.bind(stream);
    stream.return = (value) => {
      this.ended = true;
      this.wake?.();
      return close(value);
    };
    return stream;
  }

  private async *stream(replay: () => AsyncGenerator<Prepared>, onEnd: () => void): AsyncGenerator<Prepared> {
    try {
      for await (const p of replay()) {
        this.last = p.position ?? this.last;
        yield p;
      }
      for (;;) {
        const next = this.queue.shift();
        if (!next) {
          if (this.ended) return;
          await new Promise<void>((r) => (this.wake = r));
          this.wake = undefined;
          continue;
        }
        if (next.position !== undefined) {
          if (next.position <= this.last) continue;
          this.last = next.position;
        }
        yield next;
      }
    } finally {
      this.ended = true;
      onEnd();
    }
  }
}

interface Group {
  key: string;
  field: string;
  viewer: Viewer;
  filter: EventFilter;
  predicate?: (e: DeliveredEvent) => boolean;
  args: ExecutionArgs;
  members: Set<Member>;
}

function scopeKey(v: Viewer): string {
  return JSON.stringify([v.role, v.regionCode, v.organisationId, v.committeeId, v.supervisoryUnitId, v.personId, v.eventTypes]);
}

function errorResult(e: unknown): ExecutionResult {
  return { errors: [e instanceof GraphQLError ? e : new GraphQLError((e as Error)?.message ?? String(e))] };
}

/** A result with the position of its event (for the member's seam check; not sent). */
function prepare(result: ExecutionResult, position?: number): Prepared {
  return Object.defineProperty(result, 'position', { value: position, enumerable: false }) as Prepared;
}

export interface FanOutDeps {
  relay: EventRelay;
  schema: GraphQLSchema;
  log: Logger;
  /** A context for executing a group's result (fresh fork and loaders). */
  makeContext: (viewer: Viewer) => Context;
  /** Events buffered per subscriber before it is told to resume. */
  buffer?: number;
  /** Members fed per turn of the event loop. */
  chunk?: number;
}

/** Printed documents by identity: the subscription layer shares one parsed document per query text. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

export class FanOut {
  private readonly groups = new Map<string, Group>();
  private chain: Promise<void> = Promise.resolve();
  private readonly buffer: number;
  private readonly chunk: number;

  constructor(private readonly deps: FanOutDeps) {
    this.buffer = deps.buffer ?? 1000;
    this.chunk = deps.chunk ?? 256;
    // with no subscriber the relay may pass events by unread: one that subscribes later replays them from SQL
    deps.relay.subscribe((batch) => {
      this.chain = this.chain.then(() => this.deliver(batch)).catch((err) => deps.log.error({ err }, 'fan-out failed'));
    }, { wants: () => this.groups.size > 0 });
  }

  /** Subscribers currently attached (for metrics and tests). */
  size(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.members.size;
    return n;
  }

  groupCount(): number {
    return this.groups.size;
  }

  /**
   * graphql-ws's `subscribe`: serves registered event subscriptions; returns undefined for
   * operations it does not serve.
   */
  subscribe(args: ExecutionArgs, bufferedBytes: () => number): AsyncGenerator<Prepared> | ExecutionResult | undefined {
    const op = getOperationAST(args.document, args.operationName);
    const fieldNode = op?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
    const spec = fieldNode ? specs.get(fieldNode.name.value) : undefined;
    if (!op || !fieldNode || !spec) return undefined;
    const ctx = args.contextValue as Context;
    const fieldDef = args.schema.getSubscriptionType()!.getFields()[fieldNode.name.value]!;
    let selection: ReturnType<EventSubscriptionSpec['select']>;
    let fieldArgs: Record<string, unknown>;
    try {
      fieldArgs = getArgumentValues(fieldDef, fieldNode, args.variableValues ?? {});
      selection = spec.select(fieldArgs, ctx.viewer);
    } catch (e) {
      return errorResult(e);
    }
    const { after: _after, ...groupArgs } = fieldArgs;
    const key = JSON.stringify([printed(args.document), args.operationName ?? null, fieldNode.name.value, groupArgs, scopeKey(ctx.viewer)]);
    let group = this.groups.get(key);
    if (!group) {
      group = { key, field: fieldNode.name.value, viewer: ctx.viewer, filter: selection.filter, predicate: selection.predicate, args, members: new Set() };
      this.groups.set(key, group);
    }
    const member = new Member(this.buffer, bufferedBytes);
    const seam = this.deps.relay.position;
    member.last = selection.after ?? seam;
    group.members.add(member);
    const g = group;
    const replay = async function* (this: FanOut): AsyncGenerator<Prepared> {
      if (selection.after === undefined) return;
      let last = selection.after;
      while (last < seam) {
        const page = await spec.replay(ctx, last, seam, selection.filter);
        if (page.length === 0) break;
        for (const e of page) {
          if (selection.predicate && !selection.predicate(e)) continue;
          yield prepare(await this.run(g, e), e.position);
        }
        last = page[page.length - 1]!.position;
      }
    }.bind(this);
    return member.iterate(replay, () => {
      g.members.delete(member);
      if (g.members.size === 0) this.groups.delete(g.key);
    });
  }

  /** Executes a group's selection for one event. */
  private async run(group: Group, event: DeliveredEvent): Promise<ExecutionResult> {
    const contextValue = this.deps.makeContext(group.viewer);
    return execute({ ...group.args, rootValue: event, contextValue });
  }

  private async deliver(batch: DeliveredEvent[]): Promise<void> {
    for (const group of [...this.groups.values()]) {
      for (const e of batch) {
        if (!canSee(group.viewer, e) || !matchesFilter(e, group.filter) || (group.predicate && !group.predicate(e))) continue;
        const prepared = prepare(await this.run(group, e), e.position);
        let i = 0;
        for (const m of [...group.members]) {
          m.push(prepared);
          if (++i % this.chunk === 0) await new Promise((r) => setImmediate(r));
        }
      }
    }
  }
}
