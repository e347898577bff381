/**
 * graphql-ws on the GraphQL path. Authentication happens once in `connection_init`
 * (bearer token or API key in the payload); a bad credential closes the socket with 4403.
 * Each subscription gets its own context; the event resolvers renew its EntityManager fork
 * and loaders per event (STYLE habit 7). Depth and cost limits apply as over HTTP.
 */
import { GraphQLError, subscribe as graphqlSubscribe, type GraphQLSchema, type ExecutionArgs } from 'graphql';
import { DOCUMENT_CACHE_SIZE, DocumentCache } from './document-cache.js';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Orm } from '../db/orm.js';
import type { Authenticator } from '../auth/authenticate.js';
import type { Viewer } from '../auth/viewer.js';
import { createContext, type AppServices } from '../graphql/context.js';
import { enforceComplexity } from '../graphql/complexity.js';
import { ErrorCode } from '../graphql/errors.js';
import type { Metrics } from './metrics.js';
import { FanOut } from '../events/fanout.js';
import { RELAY_SERVICE } from '../events/events.resolver.js';
import type { EventRelay } from '../events/relay.js';

export interface SubscriptionDeps {
  config: Config;
  log: Logger;
  schema: GraphQLSchema;
  orm: Orm;
  app: AppServices;
  authenticate: Authenticator;
  metrics: Metrics;
}

export interface SubscriptionServer {
  /** Closes every socket with 1001 (going away) and stops accepting. */
  close(): Promise<void>;
  /** Closes the sockets of a viewer matching `predicate` with 4403 (revoked key, expired token). */
  cutOff(predicate: (viewer: Viewer) => boolean, reason: string): number;
  /** Open sockets. */
  connections(): number;
  /** Event subscribers and the groups they share executions in. */
  fanoutStats(): { members: number; groups: number };
}

interface Extra extends Record<PropertyKey, unknown> {
  viewer?: Viewer;
  expiryTimer?: NodeJS.Timeout;
}

type ConnCtx = WsContext<Record<string, unknown>, Extra & { socket: import('ws').WebSocket }>;

export function attachSubscriptions(wss: WebSocketServer, deps: SubscriptionDeps): SubscriptionServer {
  const { config, log, schema, orm, app, authenticate, metrics } = deps;
  const live = new Set<ConnCtx>();
  let seq = 0;
  const fanout = new FanOut({
    relay: app.get<EventRelay>(RELAY_SERVICE),
    schema,
    log,
    makeContext: (viewer) => createContext({ requestId: `fanout-${process.pid}-${++seq}`, viewer, em: orm.em.fork(), app }),
    buffer: config.subscriberBuffer,
  });
  const documents = new DocumentCache(schema, DOCUMENT_CACHE_SIZE);
  /** Open subscriptions per API key or user, across connections and (per instance) sockets. */
  const perKey = new Map<string, number>();
  const keyOf = (v: Viewer | undefined) => (v ? v.apiKeyId ?? v.sub : 'anonymous');
  const limited = (what: string, max: number) =>
    [new GraphQLError(`订阅数已达上限（${what}最多 ${max} 个） / too many subscriptions: at most ${max} per ${what === '每个连接' ? 'connection' : 'key'}`, {
      extensions: { code: ErrorCode.RATE_LIMITED, max },
    })];

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const p = ctx.connectionParams ?? {};
        const authorization = (p.Authorization ?? p.authorization) as string | undefined;
        const apiKey = (p['x-api-key'] ?? p.apiKey) as string | undefined;
        try {
          const viewer = await authenticate({ authorization, apiKey });
          ctx.extra.viewer = viewer;
          if (viewer.expiresAt) {
            const ms = viewer.expiresAt * 1000 - Date.now();
            ctx.extra.expiryTimer = setTimeout(() => ctx.extra.socket.close(CloseCode.Forbidden, 'token expired'), Math.max(0, ms));
            ctx.extra.expiryTimer.unref();
          }
          live.add(ctx as ConnCtx);
          return true;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      onDisconnect: (ctx) => {
        clearTimeout(ctx.extra.expiryTimer);
        live.delete(ctx as ConnCtx);
      },
      onClose: (ctx) => {
        clearTimeout(ctx.extra.expiryTimer);
        live.delete(ctx as ConnCtx);
      },
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > config.maxSubscriptionsPerConnection) return limited('每个连接', config.maxSubscriptionsPerConnection);
        if ((perKey.get(keyOf(ctx.extra.viewer)) ?? 0) >= config.maxSubscriptionsPerKey) return limited('每个密钥或用户', config.maxSubscriptionsPerKey);
        const checked = documents.get(payload.query);
        if ('errors' in checked) return checked.errors;
        const document = checked.document;
        try {
          enforceComplexity(schema, document, payload.variables ?? undefined, payload.operationName, {
            maxDepth: config.maxQueryDepth,
            maxCost: config.maxQueryCost,
          });
        } catch (e) {
          return [e as GraphQLError];
        }
        // parsed and validated once here; graphql-ws uses these arguments as they are
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
      },
      context: (ctx) =>
        Object.assign(createContext({ requestId: `ws-${process.pid}-${++seq}`, viewer: ctx.extra.viewer!, em: orm.em.fork(), app }), {
          socket: ctx.extra.socket,
        }) as unknown as Record<string, unknown>,
      // Event subscriptions are grouped and executed once per group (events/fanout.ts).
      subscribe: (args) => {
        const socket = (args.contextValue as { socket?: { bufferedAmount: number } }).socket;
        return fanout.subscribe(args, () => socket?.bufferedAmount ?? 0) ?? graphqlSubscribe(args);
      },

      onOperation: (ctx) => {
        metrics.openSubscriptions.inc();
        const k = keyOf(ctx.extra.viewer);
        perKey.set(k, (perKey.get(k) ?? 0) + 1);
      },
      onComplete: (ctx) => {
        metrics.openSubscriptions.dec();
        const k = keyOf(ctx.extra.viewer);
        const n = (perKey.get(k) ?? 1) - 1;
        if (n > 0) perKey.set(k, n);
        else perKey.delete(k);
      },
      onError: (_ctx, _id, _payload, errors) => {
        log.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wss,
  );

  return {
    async close() {
      for (const ctx of live) ctx.extra.socket.close(1001, 'server shutting down');
      await disposable.dispose();
    },
    cutOff(predicate, reason) {
      let n = 0;
      for (const ctx of live) {
        if (ctx.extra.viewer && predicate(ctx.extra.viewer)) {
          ctx.extra.socket.close(CloseCode.Forbidden, reason);
          n++;
        }
      }
      return n;
    },
    connections: () => live.size,
    fanoutStats: () => ({ members: fanout.size(), groups: fanout.groupCount() }),
  };
}

export type { ExecutionArgs };
