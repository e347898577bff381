/** Structured JSON logs (pino). Personal data is never passed to the logger. */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the root logger; request loggers are children carrying the request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'civic-registry' },
    redact: { paths: ['*.idNumber', '*.phone', '*.authorization', 'req.headers.authorization'], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
