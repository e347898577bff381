/**
 * `viewer` (who am I) and partner API keys: created and revoked by an AUTHORITY within its
 * subtree, the key shown once, stored as a hash, every change audited and evented.
 */
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKey } from './api-key.entity.js';
import { Role } from './viewer.js';
import { newApiKeySecret } from './api-keys.js';
import { assertJurisdiction, subtreeRange } from './scope.js';
import { inTransaction, checkVersion, type Context } from '../graphql/context.js';
import { BusinessRuleError, Payload, errors, withUserErrors } from '../graphql/errors.js';
import { Node, toGlobalId, localId, uuidv7 } from '../graphql/relay.js';
import { DateTimeScalar } from '../graphql/scalars.js';

@ObjectType({ description: '当前调用者 / who is calling' })
export class ViewerInfo {
  @Field(() => Role, { description: '角色 / role' })
  role!: Role;
  @Field({ description: '主体标识 / subject (identity provider id, or apikey:<id>)' })
  sub!: string;
  @Field(() => String, { nullable: true, description: '姓名或名称 / name' })
  name!: string | null;
  @Field(() => String, { nullable: true, description: '所辖区划 / the region subtree the caller acts for' })
  regionCode!: string | null;
  @Field(() => ID, { nullable: true, description: '所属社会组织 / the organisation the caller works for' })
  organisationId!: string | null;
  @Field(() => ID, { nullable: true, description: '所属居（村）委会 / the committee the caller works for' })
  committeeId!: string | null;
  @Field(() => ID, { nullable: true, description: '所属业务主管单位 / the supervisory unit the caller works for' })
  supervisoryUnitId!: string | null;
  @Field(() => [String], { description: '可接收的事件类型（空 = 全部） / event types it may receive (empty = all)' })
  eventTypes!: string[];
}

@ObjectType({ implements: Node, description: '合作应用 API 密钥 / a partner app\'s API key (the secret is never shown again)' })
export class ApiKeyType extends Node {
  readonly __typename = 'ApiKey';
  @Field({ description: '名称 / name' })
  name!: string;
  @Field({ description: '可见区划（含下级） / region subtree it may see' })
  regionCode!: string;
  @Field(() => [String], { description: '可接收的事件类型（空 = 全部） / event types (empty = all)' })
  eventTypes!: string[];
  @Field(() => DateTimeScalar, { description: '创建时间 / created at' })
  createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: '吊销时间 / revoked at' })
  revokedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: '最近使用时间 / last used at' })
  lastUsedAt!: Date | null;
  @Field(() => Int, { description: '版本（乐观并发） / version, for optimistic concurrency' })
  version!: number;

  static from(k: ApiKey): ApiKeyType {
    return Object.assign(new ApiKeyType(), {
      id: toGlobalId('ApiKey', k.id), name: k.name, regionCode: k.regionCode, eventTypes: k.eventTypes,
      createdAt: k.createdAt, revokedAt: k.revokedAt ?? null, lastUsedAt: k.lastUsedAt ?? null, version: k.version,
    });
  }
}

@InputType({ description: '创建 API 密钥 / create an API key' })
class ApiKeyCreateInput {
  @Field({ description: '名称（合作应用） / name of the partner app' })
  name!: string;
  @Field({ description: '可见区划（须在本机关辖区内） / region subtree, within your jurisdiction' })
  regionCode!: string;
  @Field(() => [String], { nullable: true, description: '可接收的事件类型（空 = 全部） / event types (empty = all)' })
  eventTypes?: string[] | null;
}

@ObjectType()
class ApiKeyCreatePayload extends Payload {
  @Field(() => ApiKeyType, { nullable: true })
  apiKey?: ApiKeyType | null;
  @Field(() => String, { nullable: true, description: '密钥全文，仅此一次显示 / the key itself, shown only this once' })
  key?: string | null;
}

@InputType({ description: '吊销 API 密钥 / revoke an API key' })
class ApiKeyRevokeInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
}

@ObjectType()
class ApiKeyRevokePayload extends Payload {
  @Field(() => ApiKeyType, { nullable: true })
  apiKey?: ApiKeyType | null;
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerInfo, { description: '当前调用者 / who the caller is: role, region, scopes' })
  viewer(@Ctx() ctx: Context): ViewerInfo {
    const v = ctx.viewer;
    return Object.assign(new ViewerInfo(), {
      role: v.role, sub: v.sub, name: v.name ?? null, regionCode: v.regionCode ?? null,
      organisationId: v.organisationId ? toGlobalId('Organisation', v.organisationId) : null,
      committeeId: v.committeeId ? toGlobalId('Committee', v.committeeId) : null,
      supervisoryUnitId: v.supervisoryUnitId ? toGlobalId('SupervisoryUnit', v.supervisoryUnitId) : null,
      eventTypes: v.eventTypes ?? [],
    });
  }

  @Authorized(Role.AUTHORITY)
  @Query(() => [ApiKeyType], { description: '本辖区的 API 密钥 / the API keys of your jurisdiction' })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyType[]> {
    const range = subtreeRange(ctx.viewer.regionCode!);
    const where = range ? { regionCode: { $gte: range[0], $lt: range[1] } } : {};
    const keys = await ctx.em.find(ApiKey, where, { orderBy: { createdAt: 'asc' } });
    return keys.map(ApiKeyType.from);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => ApiKeyCreatePayload, { description: '为合作应用创建 API 密钥（仅显示一次） / create a partner API key (shown once)' })
  apiKeyCreate(@Arg('input') input: ApiKeyCreateInput, @Ctx() ctx: Context): Promise<ApiKeyCreatePayload> {
    return withUserErrors(() => new ApiKeyCreatePayload(), async () => {
      assertJurisdiction(ctx.viewer, input.regionCode);
      const name = input.name.trim();
      if (!name) throw new BusinessRuleError([{ code: 'NAME_REQUIRED', field: 'input.name', message: '请填写名称 / a name is required' }]);
      return inTransaction(ctx, async (uow) => {
        const id = uuidv7();
        const { key, secretHash } = newApiKeySecret(id);
        const k = uow.em.create(ApiKey, {
          id, name, secretHash, regionCode: input.regionCode, eventTypes: input.eventTypes ?? [],
          createdBy: uow.actor.sub, createdAt: uow.now, version: 1,
        });
        uow.audit({ operation: 'apiKeyCreate', entityType: 'ApiKey', entityId: id, regionCode: k.regionCode, after: { name, regionCode: k.regionCode, eventTypes: k.eventTypes, secretHash } });
        uow.emit({ type: 'ApiKeyCreated', entityType: 'ApiKey', entityId: id, regionCode: k.regionCode, payload: { name, eventTypes: k.eventTypes } });
        await uow.em.flush();
        return { apiKey: ApiKeyType.from(k), key };
      });
    });
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => ApiKeyRevokePayload, { description: '吊销 API 密钥（其订阅立即断开） / revoke an API key; its subscriptions are cut off at once' })
  apiKeyRevoke(@Arg('input') input: ApiKeyRevokeInput, @Ctx() ctx: Context): Promise<ApiKeyRevokePayload> {
    return withUserErrors(() => new ApiKeyRevokePayload(), async () => {
      const id = localId(input.id, 'ApiKey', 'input.id');
      return inTransaction(ctx, async (uow) => {
        const k = await uow.em.findOne(ApiKey, { id });
        if (!k) throw errors.notFound('API 密钥', input.id);
        assertJurisdiction(ctx.viewer, k.regionCode);
        checkVersion(k, input.expectedVersion, 'API 密钥 / API key');
        if (k.revokedAt) throw new BusinessRuleError([{ code: 'ALREADY_REVOKED', field: 'input.id', message: '该密钥已被吊销 / the key is already revoked' }]);
        k.revokedAt = uow.now;
        uow.audit({ operation: 'apiKeyRevoke', entityType: 'ApiKey', entityId: id, regionCode: k.regionCode, before: { revokedAt: null }, after: { revokedAt: uow.now.toISOString() } });
        uow.emit({ type: 'ApiKeyRevoked', entityType: 'ApiKey', entityId: id, regionCode: k.regionCode, payload: { apiKeyId: id } });
        await uow.em.flush();
        return { apiKey: ApiKeyType.from(k) };
      });
    });
  }
}
