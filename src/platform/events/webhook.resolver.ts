/**
 * Webhooks over GraphQL: an AUTHORITY creates one for a partner key of its jurisdiction
 * (the signing secret shown once), reads them with their delivery log, and re-enables one
 * that was disabled after repeated failures.
 */
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { randomBytes } from 'node:crypto';
import type { Context } from '../graphql/context.js';
import { checkVersion, inTransaction } from '../graphql/context.js';
import { BusinessRuleError, Payload, errors, withUserErrors } from '../graphql/errors.js';
import { ConnectionArgs, Node, buildConnection, connectionType, localId, pageWindow, toGlobalId, uuidv7 } from '../graphql/relay.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Role } from '../auth/viewer.js';
import { assertJurisdiction, subtreeRange } from '../auth/scope.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { PII_SERVICE, type PiiCipher } from '../crypto/pii.js';
import { Webhook } from './webhook.entity.js';
import { assertTargetAllowed } from './webhooks.js';
import { RegistryEventFilter } from './events.resolver.js';

@ObjectType({ implements: Node, description: '合作应用的 Webhook / a partner\'s webhook' })
export class WebhookType extends Node {
  readonly __typename = 'Webhook';
  localId!: string;
  @Field({ description: '接收地址 / target URL' })
  url!: string;
  @Field(() => ID, { description: '所属 API 密钥 / the API key it belongs to' })
  apiKeyId!: string;
  @Field(() => GraphQLJSONObject, { description: '事件筛选 / event filter' })
  filter!: Record<string, unknown>;
  @Field({ description: '是否启用 / enabled' })
  enabled!: boolean;
  @Field(() => Int, { description: '连续失败次数 / consecutive failures' })
  consecutiveFailures!: number;
  @Field(() => String, { nullable: true, description: '停用原因 / why it was disabled' })
  disabledReason!: string | null;
  @Field(() => Int)
  version!: number;

  static from(w: Webhook): WebhookType {
    return Object.assign(new WebhookType(), {
      id: toGlobalId('Webhook', w.id), localId: w.id, url: w.url, apiKeyId: toGlobalId('ApiKey', w.apiKeyId), filter: w.filter,
      enabled: w.enabled, consecutiveFailures: w.consecutiveFailures, disabledReason: w.disabledReason ?? null, version: w.version,
    });
  }
}

@ObjectType({ description: 'Webhook 投递记录 / one delivery of an event to a webhook' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: '事件标识（接收方据此去重） / the event id (receivers de-duplicate by it)' })
  eventId!: string;
  @Field({ description: 'PENDING 待投递 | DELIVERED 已送达 | FAILED 已放弃 / status' })
  status!: string;
  @Field(() => Int, { description: '尝试次数 / attempts' })
  attempts!: number;
  @Field(() => Int, { nullable: true, description: '最后一次 HTTP 状态码 / last HTTP status' })
  lastStatusCode!: number | null;
  @Field(() => String, { nullable: true, description: '最后一次错误 / last error' })
  lastError!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: '送达时间 / delivered at' })
  deliveredAt!: Date | null;
  @Field(() => DateTimeScalar, { description: '下次尝试 / next attempt' })
  nextAttemptAt!: Date;
}

const DeliveryConnection = connectionType(WebhookDeliveryType, 'WebhookDelivery', 'Webhook 投递');

@InputType({ description: '创建 Webhook / create a webhook for a partner key' })
class WebhookCreateInput {
  @Field(() => ID, { description: '合作应用的 API 密钥 / the partner\'s API key' })
  apiKeyId!: string;
  @Field({ description: '接收地址（https） / target URL' })
  url!: string;
  @Field(() => RegistryEventFilter, { nullable: true, description: '事件筛选（在密钥范围内） / filter, within the key\'s scope' })
  filter?: RegistryEventFilter | null;
}

@ObjectType()
class WebhookCreatePayload extends Payload {
  @Field(() => WebhookType, { nullable: true })
  webhook?: WebhookType | null;
  @Field(() => String, { nullable: true, description: '签名密钥，仅此一次显示 / the signing secret, shown only this once' })
  secret?: string | null;
}

@InputType({ description: '重新启用 Webhook / re-enable a webhook' })
class WebhookEnableInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType()
class WebhookPayload extends Payload {
  @Field(() => WebhookType, { nullable: true })
  webhook?: WebhookType | null;
}

@Resolver(() => WebhookType)
export class WebhookResolver {
  @Authorized(Role.AUTHORITY)
  @Query(() => [WebhookType], { description: '本辖区的 Webhook / the webhooks of your jurisdiction' })
  async webhooks(@Ctx() ctx: Context): Promise<WebhookType[]> {
    const range = subtreeRange(ctx.viewer.regionCode!);
    const found = await ctx.em.find(Webhook, range ? { regionCode: { $gte: range[0], $lt: range[1] } } : {}, { orderBy: { createdAt: 'asc' } });
    return found.map(WebhookType.from);
  }

  @FieldResolver(() => DeliveryConnection, { description: '投递记录（新→旧） / the delivery log, newest first' })
  async deliveries(@Root() w: WebhookType, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const window = pageWindow({ first: args.first, after: args.after });
    const params: unknown[] = [w.localId];
    const keyset = window.cursor ? `and (created_at, id) < ($${params.push(window.cursor[0])}::timestamptz, $${params.push(window.cursor[1])}::uuid)` : '';
    const rows = await ctx.db.query<{ id: string; event_id: string; status: string; attempts: number; last_status_code: number | null; last_error: string | null; delivered_at: Date | null; next_attempt_at: Date; created_at: Date }>(
      `select id, event_id, status, attempts, last_status_code, last_error, delivered_at, next_attempt_at, created_at from webhook_delivery
        where webhook_id = $1 ${keyset} order by created_at desc, id desc limit ${window.limit + 1}`,
      params,
    );
    const count = () => ctx.db.query<{ n: number }>('select count(*) as n from webhook_delivery where webhook_id = $1', [w.localId]).then((r) => r[0]!.n);
    return buildConnection(rows, window, (r) => [r.created_at.toISOString(), r.id], (r) => Object.assign(new WebhookDeliveryType(), {
      id: r.id, eventId: r.event_id, status: r.status, attempts: r.attempts, lastStatusCode: r.last_status_code, lastError: r.last_error, deliveredAt: r.delivered_at, nextAttemptAt: r.next_attempt_at,
    }), count);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => WebhookCreatePayload, { description: '为合作应用创建 Webhook（签名密钥仅显示一次） / create a webhook for a partner key (the secret is shown once)' })
  webhookCreate(@Arg('input') input: WebhookCreateInput, @Ctx() ctx: Context): Promise<WebhookCreatePayload> {
    return withUserErrors(() => new WebhookCreatePayload(), async () => {
      const keyId = localId(input.apiKeyId, 'ApiKey', 'input.apiKeyId');
      try {
        await assertTargetAllowed(input.url, ctx.app.config.webhookAllowPrivate);
      } catch (e) {
        throw new BusinessRuleError([{ code: 'WEBHOOK_TARGET_REFUSED', field: 'input.url', message: (e as Error).message }]);
      }
      return inTransaction(ctx, async (uow) => {
        const key = await uow.em.findOne(ApiKey, { id: keyId });
        if (!key) throw errors.notFound('API 密钥', input.apiKeyId);
        assertJurisdiction(ctx.viewer, key.regionCode);
        if (key.revokedAt) throw new BusinessRuleError([{ code: 'KEY_REVOKED', field: 'input.apiKeyId', message: '该密钥已被吊销 / the key is revoked' }]);
        const secret = randomBytes(32).toString('base64url');
        const head = await ctx.db.query<{ p: number | null }>('select max(position) as p from registry_event');
        const f = input.filter ?? {};
        const filter = Object.fromEntries(Object.entries({ types: f.types, regionCode: f.regionCode, organisationId: f.organisationId ? localId(f.organisationId, 'Organisation', 'input.filter.organisationId') : undefined }).filter(([, v]) => v != null));
        const w = uow.em.create(Webhook, {
          id: uuidv7(), apiKeyId: key.id, regionCode: key.regionCode, url: input.url, filter, secretCipher: ctx.app.get<PiiCipher>(PII_SERVICE).encrypt(secret)!,
          enabled: true, consecutiveFailures: 0, startPosition: String(head[0]?.p ?? 0), createdBy: uow.actor.sub, createdAt: uow.now, version: 1,
        });
        uow.audit({ operation: 'webhookCreate', entityType: 'Webhook', entityId: w.id, regionCode: w.regionCode, after: { url: w.url, filter, apiKeyId: key.id } });
        uow.emit({ type: 'WebhookCreated', entityType: 'Webhook', entityId: w.id, regionCode: w.regionCode, payload: { webhookId: w.id, apiKeyId: key.id } });
        return { webhook: WebhookType.from(w), secret };
      });
    });
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => WebhookPayload, { description: '重新启用被停用的 Webhook（失败计数清零，积压的投递继续） / re-enable a disabled webhook' })
  webhookEnable(@Arg('input') input: WebhookEnableInput, @Ctx() ctx: Context): Promise<WebhookPayload> {
    return withUserErrors(() => new WebhookPayload(), async () =>
      inTransaction(ctx, async (uow) => {
        const w = await uow.em.findOne(Webhook, { id: localId(input.id, 'Webhook', 'input.id') });
        if (!w) throw errors.notFound('Webhook', input.id);
        assertJurisdiction(ctx.viewer, w.regionCode);
        checkVersion(w, input.expectedVersion, 'Webhook');
        if (w.enabled) throw new BusinessRuleError([{ code: 'ALREADY_ENABLED', field: 'input.id', message: '该 Webhook 已启用 / the webhook is already enabled' }]);
        Object.assign(w, { enabled: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
        uow.audit({ operation: 'webhookEnable', entityType: 'Webhook', entityId: w.id, regionCode: w.regionCode, before: { enabled: false }, after: { enabled: true } });
        uow.emit({ type: 'WebhookEnabled', entityType: 'Webhook', entityId: w.id, regionCode: w.regionCode, payload: { webhookId: w.id } });
        await uow.em.flush();
        return { webhook: WebhookType.from(w) };
      }),
    );
  }
}
