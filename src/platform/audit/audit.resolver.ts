/**
 * `auditTrail(entityId)`: the change history of one record, for authorities within their
 * subtree and for an organisation or committee on its own records.
 */
import { Arg, Args, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../graphql/context.js';
import { ConnectionArgs, buildConnection, connectionType, fromGlobalId, pageWindow } from '../graphql/relay.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Role } from '../auth/viewer.js';
import { subtreeCondition } from '../auth/scope.js';
import { errors } from '../graphql/errors.js';

@ObjectType({ description: '审计记录（只增不改） / an append-only audit record' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;
  @Field(() => DateTimeScalar, { description: '时间 / when' })
  at!: Date;
  @Field({ description: '操作人标识 / who (subject)' })
  actorSub!: string;
  @Field({ description: '操作人角色 / the actor\'s role' })
  actorRole!: string;
  @Field(() => String, { nullable: true, description: '操作人姓名 / the actor\'s name' })
  actorName!: string | null;
  @Field({ description: '操作（变更名称） / the operation, e.g. organisationAmend' })
  operation!: string;
  @Field({ description: '记录类型 / record type' })
  entityType!: string;
  @Field(() => GraphQLJSONObject, { description: '变更的字段：{字段: {before, after}}，个人信息已隐去 / changed fields, personal data redacted' })
  changes!: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: '请求标识 / request id' })
  requestId!: string | null;
}

const AuditConnection = connectionType(AuditEntryType, 'AuditEntry', '审计记录');

interface AuditRow {
  id: string;
  at: Date;
  actor_sub: string;
  actor_role: string;
  actor_name: string | null;
  operation: string;
  entity_type: string;
  changes: Record<string, unknown>;
  request_id: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.AUTHORITY, Role.ORGANISATION, Role.COMMITTEE)
  @Query(() => AuditConnection, { description: '某条记录的审计轨迹（新→旧） / the audit trail of one record, newest first' })
  async auditTrail(@Arg('entityId', () => ID, { description: '记录的全局标识 / global id of the record' }) entityId: string, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const g = fromGlobalId(entityId);
    if (!g) throw errors.badInput('标识符无效 / invalid id', 'entityId');
    const window = pageWindow(args);
    const params: unknown[] = [g.id];
    const conds = ['entity_id = $1'];
    const v = ctx.viewer;
    if (v.role === Role.AUTHORITY) conds.push(subtreeCondition('region_code', v.regionCode!, params));
    else if (v.role === Role.ORGANISATION) conds.push(`organisation_id = $${params.push(v.organisationId)}`);
    else conds.push(`committee_id = $${params.push(v.committeeId)}`);
    const base = conds.join(' and ');
    const countParams = [...params];
    let keyset = 'true';
    if (window.cursor) {
      const [at, id] = window.cursor as [string, string];
      keyset = `(at, id) ${window.direction === 'forward' ? '<' : '>'} ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`;
    }
    const order = window.direction === 'forward' ? 'desc' : 'asc';
    const rows = await ctx.db.query<AuditRow>(
        `select id, at, actor_sub, actor_role, actor_name, operation, entity_type, changes, request_id from audit_record where ${base} and ${keyset} order by at ${order}, id ${order} limit ${window.limit + 1}`,
        params,
      );
    const count = () => ctx.db.query<{ n: number }>(`select count(*) as n from audit_record where ${base}`, countParams).then((r) => r[0]!.n);
    return buildConnection(
      rows,
      window,
      (r) => [r.at.toISOString(), r.id],
      (r) =>
        Object.assign(new AuditEntryType(), {
          id: r.id, at: r.at, actorSub: r.actor_sub, actorRole: r.actor_role, actorName: r.actor_name,
          operation: r.operation, entityType: r.entity_type, changes: r.changes, requestId: r.request_id,
        }),
      count,
    );
  }
}
