/**
 * The per-operation context: who asks, a fresh EntityManager fork, per-operation DataLoaders,
 * the clock, and the unit of work that makes every change audited and evented in one
 * transaction. Subscriptions build a fresh context per event (STYLE habit 7).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';
import type { Sql } from '../db/sql.js';
import type { Clock } from '../time/clock.js';
import type { Viewer } from '../auth/viewer.js';
import { recordAudit, type Actor, type AuditEntry } from '../audit/audit.js';
import { addEvent, notifyPending, type DomainEvent } from '../events/outbox.js';
import { errors } from './errors.js';

/** Shared, process-wide services a context can reach (settings, crypto …), registered by name. */
export interface AppServices {
  config: Config;
  clock: Clock;
  db: Sql;
  log: Logger;
  /** Module-provided singletons, looked up by key (the platform knows none of them). */
  get<T>(key: string): T;
}

export interface Context {
  requestId: string;
  viewer: Viewer;
  em: EntityManager;
  /** Plain parameterised SQL for read paths (no entity hydration). */
  db: Sql;
  clock: Clock;
  log: Logger;
  app: AppServices;
  /** Per-operation memo: DataLoaders and other request-scoped helpers, created on first use. */
  loader<T>(key: string, create: () => T): T;
  /** Cost of the operation, set by the complexity plugin and reported in `extensions`. */
  cost?: number;
  /**
   * A fresh EntityManager fork and fresh loaders: subscriptions call it per event, since
   * graphql-ws builds the context once per subscription (STYLE habit 7).
   */
  renew(): void;
}

/** The transaction a use case runs in: the change, its audit records and its events commit together. */
export interface UnitOfWork {
  em: EntityManager;
  now: Date;
  actor: Actor;
  audit(entry: AuditEntry): void;
  emit(event: DomainEvent): void;
}

export function createContext(input: { requestId: string; viewer: Viewer; em: EntityManager; app: AppServices }): Context {
  let memo = new Map<string, unknown>();
  const ctx: Context = {
    requestId: input.requestId,
    viewer: input.viewer,
    em: input.em,
    db: input.app.db,
    clock: input.app.clock,
    log: input.app.log.child({ requestId: input.requestId }),
    app: input.app,
    loader<T>(key: string, create: () => T): T {
      let v = memo.get(key) as T | undefined;
      if (v === undefined) memo.set(key, (v = create()));
      return v;
    },
    renew() {
      memo = new Map();
      ctx.em = input.em.fork();
    },
  };
  return ctx;
}

/** The actor recorded in audits and events for this context's viewer. */
export function actorOf(ctx: Pick<Context, 'viewer'>): Actor {
  return { sub: ctx.viewer.sub, role: ctx.viewer.role, name: ctx.viewer.name };
}

/**
 * Runs `work` in one transaction on a fork of the context's EntityManager; audit records and
 * events written through the UnitOfWork commit with it. A stale `version` becomes CONFLICT.
 */
export async function inTransaction<T>(ctx: Context, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const now = ctx.clock.now();
  const actor = actorOf(ctx);
  try {
    return await ctx.em.fork().transactional(async (em) => {
      let evented = false;
      const uow: UnitOfWork = {
        em,
        now,
        actor,
        audit: (entry) => recordAudit(em, actor, ctx.requestId, now, entry),
        emit: (event) => {
          addEvent(em, event, now, actor.sub, ctx.requestId);
          evented = true;
        },
      };
      const result = await work(uow);
      await em.flush();
      if (evented) await notifyPending(em);
      return result;
    });
  } catch (e) {
    if (e instanceof OptimisticLockError) throw errors.conflict();
    if ((e as { code?: string }).code === '40001') throw errors.conflict('并发冲突，请重试 / a concurrent change interfered; try again');
    throw e;
  }
}

/** Fails with CONFLICT when the client's expected version is stale (optimistic concurrency). */
export function checkVersion(entity: { version: number }, expected: number | null | undefined, what: string): void {
  if (expected != null && entity.version !== expected)
    throw errors.conflict(`${what}已被他人修改（当前版本 ${entity.version}，提交版本 ${expected}），请刷新后重试 / the ${what} was changed by someone else (version ${entity.version}, you sent ${expected}); reload and try again`, {
      currentVersion: entity.version,
      expectedVersion: expected,
    });
}
