/**
 * Prometheus metrics on a registry of our own (never prom-client's global default, so two
 * servers in one test process do not share counters): GraphQL operations by name and type,
 * errors by code, open subscriptions, event delivery lag, HTTP requests, and the default
 * process metrics prefixed `civic_`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Longest operation name kept as a label value; longer ones are counted as {@link OTHER}. */
export const MAX_OPERATION_NAME_LENGTH = 64;
/** Distinct operation names kept as label values; later newcomers are counted as {@link OTHER}. */
export const MAX_OPERATION_NAMES = 200;
const OTHER = 'other';
const ANONYMOUS = 'anonymous';

/**
 * Apollo's codes for a request that could not be parsed or validated. The server's
 * `formatError` answers them as BAD_USER_INPUT, so they are counted under that code too:
 * the metric and the response agree.
 */
const REQUEST_SHAPE_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'operation_name' | 'operation_type'>;
  requests: Counter<'operation_name' | 'operation_type'>;
  errors: Counter<'code'>;
  openSubscriptions: Gauge;
  eventLag: Histogram;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  /** Folds an operation name into a bounded label value. */
  operationLabel(name: string | null | undefined): string;
  /** Serves the text exposition format (mount at `/metrics`). */
  handler(): RequestHandler;
  /**
   * Counts every HTTP request in `http_requests_total` on finish. `routes` bounds the
   * `route` label: a path equal to or under one of them is labelled with it, anything else
   * `other`.
   */
  httpMiddleware(routes?: readonly string[]): RequestHandler;
}

const DEFAULT_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/graphiql-assets'];

/** Creates the registry and every metric on it. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'civic_' });
  const registers = [registry];

  const requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation time from request start to response, by operation',
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations received, by operation',
    labelNames: ['operation_name', 'operation_type'] as const,
    registers,
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'] as const,
    registers,
  });
  const openSubscriptions = new Gauge({
    name: 'graphql_open_subscriptions',
    help: 'GraphQL subscriptions currently open over WebSocket',
    registers,
  });
  const eventLag = new Histogram({
    name: 'registry_event_lag_seconds',
    help: 'Time from a registry event occurring to its delivery to subscribers',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers,
  });
  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });

  const seenNames = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return ANONYMOUS;
    if (name.length > MAX_OPERATION_NAME_LENGTH) return OTHER;
    if (seenNames.has(name)) return name;
    if (seenNames.size >= MAX_OPERATION_NAMES) return OTHER;
    seenNames.add(name);
    return name;
  };

  return {
    registry,
    requestDuration,
    requests,
    errors,
    openSubscriptions,
    eventLag,
    httpRequests,
    operationLabel,
    handler: () => async (_req, res) => {
      res.set('Content-Type', registry.contentType);
      res.send(await registry.metrics());
    },
    httpMiddleware: (routes = DEFAULT_ROUTES) => (req, res, next) => {
      res.once('finish', () => {
        const path = req.originalUrl.split('?', 1)[0]!;
        const route = routes.find((r) => path === r || path.startsWith(`${r}/`)) ?? OTHER;
        httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    },
  };
}

/** A bounded error-code label: known shape, request-shape codes folded into BAD_USER_INPUT. */
function errorCodeLabel(code: unknown): string {
  if (typeof code !== 'string' || code === '') return 'INTERNAL_SERVER_ERROR';
  if (REQUEST_SHAPE_CODES.has(code)) return 'BAD_USER_INPUT';
  return /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : OTHER;
}

/**
 * Times every operation (request start to response), counts it by operation name and type,
 * and counts its errors by `extensions.code`. An operation that never resolved (parse or
 * validation failure) is labelled `anonymous` / `unknown`, so client-chosen names of broken
 * requests never reach the label set.
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors(rc) {
          for (const error of rc.errors) metrics.errors.inc({ code: errorCodeLabel(error.extensions?.code) });
        },
        async willSendResponse(rc) {
          const labels = {
            operation_name: rc.operation ? metrics.operationLabel(rc.operationName) : ANONYMOUS,
            operation_type: rc.operation?.operation ?? 'unknown',
          };
          metrics.requests.inc(labels);
          metrics.requestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
