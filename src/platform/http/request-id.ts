/**
 * Request correlation and access logging. Every request gets an id (the caller's, when it is
 * safe to echo back and to log, or a fresh UUID), carried in `res.locals.requestId`, the
 * `x-request-id` response header, the access log line and, through the GraphQL context, the
 * audit records and outbox events the request writes.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Short and free of anything that could break a log line or a header. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The incoming id if it is safe, otherwise a fresh one. */
export function chooseRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Sets `res.locals.requestId` and the `x-request-id` response header. Mount first. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = chooseRequestId(req.headers[REQUEST_ID_HEADER]);
    res.locals.requestId = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/**
 * Logs one line per request at info level once the response is done: method, path (never
 * the query string, which may carry a token or a personal query), status, duration in
 * milliseconds and request id. A request the client abandoned is logged with `aborted: true`.
 * Mount after {@link requestId}.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      logger.info(
        {
          method: req.method,
          path: req.originalUrl.split('?', 1)[0],
          status: res.statusCode,
          durationMs,
          requestId: res.locals.requestId as string | undefined,
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
    });
    next();
  };
}
