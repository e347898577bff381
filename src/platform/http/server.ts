/**
 * HTTP and WebSocket on one port: GraphQL over HTTP (POST, and GET for queries) and
 * graphql-ws subscriptions on the same path, a self-hosted GraphiQL for browsers, and the
 * operational endpoints /healthz, /readyz and /metrics.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { migrationsApplied } from '../db/orm.js';
import type { Authenticator } from '../auth/authenticate.js';
import { createContext, type AppServices, type Context } from '../graphql/context.js';
import { enforceComplexity } from '../graphql/complexity.js';
import { ErrorCode } from '../graphql/errors.js';
import { graphiqlRouter } from './graphiql.js';
import { createMetrics, metricsPlugin, type Metrics } from './metrics.js';
import { accessLog, requestId } from './request-id.js';
import { attachSubscriptions, type SubscriptionServer } from './subscriptions.js';

export interface ServerDeps {
  config: Config;
  log: Logger;
  schema: GraphQLSchema;
  orm: Orm;
  app: AppServices;
  authenticate: Authenticator;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  metrics: Metrics;
  subscriptions: SubscriptionServer;
  /** Stops accepting, finishes in-flight requests, closes subscriptions (1001). */
  close(): Promise<void>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Codes every error; hides internals (and stack traces outside development). */
export function formatError(config: Config, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST')
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, reason: code, stacktrace: undefined } };
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
      return { ...formatted, extensions: config.env === 'development' ? formatted.extensions : ext };
    }
    if (code === 'BAD_USER_INPUT' || (formatted.message.startsWith('Variable "') && !code)) {
      return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: '服务器内部错误，请稍后再试 / internal server error; please try again later',
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(config.env === 'development' ? { detail: (original as Error)?.message, stacktrace: formatted.extensions?.stacktrace } : {}),
      },
    };
  };
}

/** Depth/cost limits before execution; the cost goes out in `extensions.cost`. */
function complexityPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          rc.contextValue.cost = enforceComplexity(rc.schema, rc.document, rc.request.variables, rc.operationName, {
            maxDepth: config.maxQueryDepth,
            maxCost: config.maxQueryCost,
          });
        },
        async willSendResponse(rc) {
          if (rc.response.body.kind === 'single' && rc.contextValue.cost !== undefined) {
            rc.response.body.singleResult.extensions = { ...rc.response.body.singleResult.extensions, cost: rc.contextValue.cost };
          }
        },
      };
    },
  };
}

/** Starts the HTTP + WebSocket server on `port` (0 = ephemeral). */
export async function startServer(deps: ServerDeps, port: number): Promise<RunningServer> {
  const { config, log, schema, orm, app, authenticate } = deps;
  const metrics = createMetrics();
  const web = express();
  web.disable('x-powered-by');
  const httpServer = http.createServer(web);
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscriptions = attachSubscriptions(wss, { config, log, schema, orm, app, authenticate, metrics });

  const apollo = new ApolloServer<Context>({
    schema,
    // Credentials travel only in headers (no cookies), so a cross-site form cannot act for a user.
    csrfPrevention: false,
    introspection: true,
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: formatError(config, log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default cache-control plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(config),
      metricsPlugin(metrics) as ApolloServerPlugin<Context>,
    ],
  });
  await apollo.start();

  let inFlight = 0;
  web.use((_req, res, next) => {
    inFlight++;
    res.once('close', () => inFlight--);
    next();
  });
  web.use(requestId());
  web.use(accessLog(log));
  web.use(metrics.httpMiddleware());
  web.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  web.get('/readyz', async (_req, res) => {
    try {
      await app.db.query('select 1');
      const migrated = await migrationsApplied(orm);
      res.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'migrations pending', database: 'ok', migrations: migrated ? 'applied' : 'pending' });
    } catch (e) {
      res.status(503).json({ status: 'database unreachable', error: (e as Error).message });
    }
  });
  web.get('/metrics', metrics.handler());
  web.use(graphiqlRouter({ endpoint: '/graphql' }));
  web.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await authenticate({
          authorization: req.headers.authorization,
          apiKey: (req.headers['x-api-key'] as string | undefined) ?? null,
        }).catch((e: unknown) => {
          if (e instanceof GraphQLError) metrics.errors.inc({ code: String(e.extensions.code) });
          throw e;
        });
        return createContext({ requestId: String(res.locals.requestId), viewer, em: orm.em.fork(), app });
      },
    }),
  );

  // A body that is not JSON never reaches Apollo: answer it as GraphQL would, with a code.
  web.use((err: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err?.type === 'entity.parse.failed' || err?.type === 'entity.too.large') {
      metrics.errors.inc({ code: ErrorCode.BAD_USER_INPUT });
      res.status(err.status ?? 400).json({
        errors: [{ message: '请求体不是有效的 JSON / the request body is not valid JSON', extensions: { code: ErrorCode.BAD_USER_INPUT, reason: err.type } }],
      });
      return;
    }
    next(err);
  });

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actual = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actual}/graphql`,
    port: actual,
    httpServer,
    metrics,
    subscriptions,
    async close() {
      // Sockets upgraded to WebSocket keep the HTTP server open: close them (1001) first.
      log.debug('closing subscriptions');
      await subscriptions.close();
      // Stop accepting; let in-flight requests finish (up to 10 s); idle keep-alive
      // sockets are closed at once, so a client holding one cannot delay the shutdown.
      log.debug('draining HTTP');
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      const deadline = Date.now() + 10_000;
      httpServer.closeIdleConnections();
      while (inFlight > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
        httpServer.closeIdleConnections();
      }
      httpServer.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
