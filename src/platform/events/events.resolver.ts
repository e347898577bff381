/**
 * The event stream for partner apps and clients: `registryEvents` (graphql-ws subscription,
 * replay after a cursor then live, with no gap and no duplicate at the seam) and `events`
 * (the same stream as a paginated query for apps that poll).
 */
import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../graphql/context.js';
import { errors } from '../graphql/errors.js';
import { toGlobalId, fromGlobalId, MAX_PAGE_SIZE } from '../graphql/relay.js';
import { Role } from '../auth/viewer.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { EVENT_COLUMNS, toDelivered, type DeliveredEvent } from './relay.js';
import { eventFilterSql, type EventFilter } from './visibility.js';
import { registerEventSubscription } from './fanout.js';
import { decodeEventCursor, encodeEventCursor } from './cursor.js';

export { decodeEventCursor, encodeEventCursor };

export const RELAY_SERVICE = 'events.relay';
@ObjectType('RegistryEvent', { description: '登记事件（已提交的领域事件） / a committed registry event' })
export class RegistryEventType {
  @Field(() => ID, { description: '事件的稳定标识（用于去重） / stable event id, for de-duplication' })
  id!: string;
  @Field({ description: '续传游标：从此之后继续 / cursor to resume after this event' })
  cursor!: string;
  @Field({ description: '事件类型（过去时），如 OrganisationRegistered / past-tense event type' })
  type!: string;
  @Field(() => DateTimeScalar, { description: '发生时间 / when it happened' })
  occurredAt!: Date;
  @Field(() => ID, { description: '相关记录的全局标识 / global id of the affected record' })
  subjectId!: string;
  @Field({ description: '相关记录的类型 / type of the affected record' })
  subjectType!: string;
  @Field(() => String, { nullable: true, description: '所属行政区划代码 / region of the affected record' })
  regionCode!: string | null;
  @Field(() => GraphQLJSONObject, { description: '事件要素（不含个人信息） / the facts of the event (never personal data)' })
  data!: Record<string, unknown>;

  static from(e: DeliveredEvent): RegistryEventType {
    return Object.assign(new RegistryEventType(), {
      id: e.id,
      cursor: encodeEventCursor(e.position),
      type: e.type,
      occurredAt: e.occurredAt,
      subjectId: toGlobalId(e.entityType, e.entityId),
      subjectType: e.entityType,
      regionCode: e.regionCode,
      data: e.payload,
    });
  }
}

@InputType({ description: '事件筛选 / which events' })
export class RegistryEventFilter {
  @Field(() => [String], { nullable: true, description: '事件类型 / event types' })
  types?: string[] | null;
  @Field(() => String, { nullable: true, description: '区划（含下级） / region subtree' })
  regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: '社会组织（全局标识） / one organisation (global id)' })
  organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: '居（村）委会（全局标识） / one committee (global id)' })
  committeeId?: string | null;
}

@ArgsType()
class RegistryEventsArgs {
  @Field(() => RegistryEventFilter, { nullable: true })
  filter?: RegistryEventFilter | null;
  @Field(() => String, { nullable: true, description: '从此游标之后开始（先补发，再实时） / replay after this cursor, then continue live' })
  after?: string | null;
}

@ArgsType()
class EventsArgs extends RegistryEventsArgs {
  @Field(() => Int, { nullable: true, description: `每页数量（最多 ${MAX_PAGE_SIZE}） / page size (at most ${MAX_PAGE_SIZE})` })
  first?: number | null;
}

@ObjectType({ description: '事件分页 / a page of events' })
class EventPage {
  @Field(() => [RegistryEventType])
  nodes!: RegistryEventType[];
  @Field(() => String, { nullable: true, description: '下一页从此游标之后读取 / read the next page after this cursor' })
  endCursor!: string | null;
  @Field({ description: '是否已读到当前末尾 / whether more events follow now' })
  hasNextPage!: boolean;
}

/** Normalises a filter: global ids to local ids. */
function localFilter(f: RegistryEventFilter | null | undefined): EventFilter {
  const orgId = f?.organisationId ? fromGlobalId(f.organisationId)?.id : undefined;
  const comId = f?.committeeId ? fromGlobalId(f.committeeId)?.id : undefined;
  return { types: f?.types ?? undefined, regionCode: f?.regionCode ?? undefined, organisationId: orgId ?? f?.organisationId ?? undefined, committeeId: comId ?? f?.committeeId ?? undefined };
}

async function readPage(ctx: Context, after: number, upTo: number | undefined, filter: EventFilter, limit: number): Promise<DeliveredEvent[]> {
  const params: unknown[] = [after];
  const conds = ['position > $1'];
  if (upTo !== undefined) conds.push(`position <= $${params.push(upTo)}`);
  conds.push(eventFilterSql(ctx.viewer, filter, params));
  const rows = await ctx.db.query(`select ${EVENT_COLUMNS} from registry_event where ${conds.join(' and ')} order by position limit ${limit}`, params);
  return (rows as unknown as Parameters<typeof toDelivered>[0][]).map(toDelivered);
}

registerEventSubscription('registryEvents', {
  select(args, viewer) {
    if (viewer.role === Role.PUBLIC) throw errors.unauthenticated('订阅事件需要登录或 API 密钥 / subscribing to events needs a token or an API key');
    const after = typeof args.after === 'string' ? decodeEventCursor(args.after) : undefined;
    return { filter: localFilter(args.filter as RegistryEventFilter | undefined), after };
  },
  replay: (ctx, after, upTo, filter) => readPage(ctx, after, upTo, filter, 500),
});

@Resolver()
export class EventsResolver {
  @Subscription(() => RegistryEventType, {
    // Served by the fan-out (fanout.ts), which groups subscribers and executes once per group.
    subscribe: () => served(),
    description: '登记事件实时推送：可见范围内的事件；给出 after 时先补发再实时推送，无遗漏、无重复 / live registry events you may see; with `after`, missed events first, then live, with no gap and no duplicate',
  })
  registryEvents(@Root() event: DeliveredEvent, @Args() _args: RegistryEventsArgs, @Ctx() ctx: Context): RegistryEventType {
    ctx.renew(); // each event resolves with a fresh fork and fresh loaders
    return RegistryEventType.from(event);
  }

  @Query(() => EventPage, { description: '按游标分页读取事件（与订阅相同的游标） / the event stream as pages, with the same cursors as the subscription' })
  async events(@Args() args: EventsArgs, @Ctx() ctx: Context): Promise<EventPage> {
    if (ctx.viewer.role === Role.PUBLIC) throw errors.unauthenticated('读取事件需要登录或 API 密钥 / reading events needs a token or an API key');
    const first = Math.min(Math.max(args.first ?? 50, 1), MAX_PAGE_SIZE);
    const after = args.after ? decodeEventCursor(args.after) : 0;
    const rows = await readPage(ctx, after, undefined, localFilter(args.filter), first + 1);
    const page = rows.slice(0, first);
    return Object.assign(new EventPage(), {
      nodes: page.map(RegistryEventType.from),
      endCursor: page.length ? encodeEventCursor(page[page.length - 1]!.position) : args.after ?? null,
      hasNextPage: rows.length > first,
    });
  }
}

/** Convenience subscriptions: the common partner cases as fixed event filters. */
const CONVENIENCE: Record<string, { types: string[]; describe: string }> = {
  filingDeadlines: {
    types: ['FilingDue', 'FilingOverdue', 'RectificationDue', 'RectificationOverdue'],
    describe: '年检（年报）和整改的期限提醒与逾期 / filing and rectification deadlines: due soon and overdue',
  },
  filingResults: { types: ['FilingConcluded', 'RectificationOpened'], describe: '年检（年报）结论 / filing results and the rectifications they open' },
  ratingChanges: {
    types: ['RatingProposed', 'RatingGranted', 'RatingChanged', 'RatingExpiring', 'RatingExpired'],
    describe: '评估等级的公示、授予、变化与到期 / rating proposals, grants, changes and expiry',
  },
  creditListings: { types: ['CreditListed', 'CreditRemoved'], describe: '信用名单的列入与移出 / credit listings and removals' },
  certificateExpiry: {
    types: ['CertificateExpiring', 'CertificateExpired', 'CertificateRenewed'],
    describe: '登记证书到期提醒、到期与换发 / registration certificates: expiring soon, expired and renewed (R-ORG-9)',
  },
};

for (const [field, { types }] of Object.entries(CONVENIENCE)) {
  registerEventSubscription(field, {
    select(args, viewer) {
      if (viewer.role === Role.PUBLIC) throw errors.unauthenticated('订阅事件需要登录或 API 密钥 / subscribing to events needs a token or an API key');
      const leadDays = typeof args.leadDays === 'number' ? args.leadDays : undefined;
      return {
        filter: { types, regionCode: (args.regionCode as string | undefined) ?? undefined },
        // a deadline reminder only within the lead time asked for (overdue ones always)
        predicate: leadDays === undefined ? undefined : (e) => typeof e.payload.daysLeft !== 'number' || e.payload.daysLeft <= leadDays || e.type.endsWith('Overdue'),
        after: typeof args.after === 'string' ? decodeEventCursor(args.after) : undefined,
      };
    },
    replay: (ctx, after, upTo, filter) => readPage(ctx, after, upTo, filter, 500),
  });
}

const served = () => {
  throw new Error('served by the event fan-out over graphql-ws');
};

@Resolver()
export class ConvenienceSubscriptionsResolver {
  @Subscription(() => RegistryEventType, { subscribe: served, description: CONVENIENCE.filingDeadlines!.describe })
  filingDeadlines(
    @Root() event: DeliveredEvent,
    @Arg('regionCode', () => String, { nullable: true, description: '区划（含下级） / region subtree' }) _regionCode: string | null,
    @Arg('leadDays', () => Int, { nullable: true, description: '只推送剩余天数不超过此数的提醒 / only reminders with at most this many days left' }) _leadDays: number | null,
    @Arg('after', () => String, { nullable: true, description: '从此游标之后开始 / resume after this cursor' }) _after: string | null,
  ): RegistryEventType {
    return RegistryEventType.from(event);
  }

  @Subscription(() => RegistryEventType, { subscribe: served, description: CONVENIENCE.filingResults!.describe })
  filingResults(
    @Root() event: DeliveredEvent,
    @Arg('regionCode', () => String, { nullable: true }) _regionCode: string | null,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): RegistryEventType {
    return RegistryEventType.from(event);
  }

  @Subscription(() => RegistryEventType, { subscribe: served, description: CONVENIENCE.ratingChanges!.describe })
  ratingChanges(
    @Root() event: DeliveredEvent,
    @Arg('regionCode', () => String, { nullable: true }) _regionCode: string | null,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): RegistryEventType {
    return RegistryEventType.from(event);
  }

  @Subscription(() => RegistryEventType, { subscribe: served, description: CONVENIENCE.creditListings!.describe })
  creditListings(
    @Root() event: DeliveredEvent,
    @Arg('regionCode', () => String, { nullable: true }) _regionCode: string | null,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): RegistryEventType {
    return RegistryEventType.from(event);
  }

  @Subscription(() => RegistryEventType, { subscribe: served, description: CONVENIENCE.certificateExpiry!.describe })
  certificateExpiry(
    @Root() event: DeliveredEvent,
    @Arg('regionCode', () => String, { nullable: true, description: '区划（含下级） / region subtree' }) _regionCode: string | null,
    @Arg('leadDays', () => Int, { nullable: true, description: '只推送剩余天数不超过此数的提醒 / only reminders with at most this many days left' }) _leadDays: number | null,
    @Arg('after', () => String, { nullable: true, description: '从此游标之后开始 / resume after this cursor' }) _after: string | null,
  ): RegistryEventType {
    return RegistryEventType.from(event);
  }
}
