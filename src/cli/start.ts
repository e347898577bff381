/**
 * `npm start`: the registry with demo data. Without DATABASE_URL it starts an embedded
 * PostgreSQL. Prints the URL and one development token per role. SIGTERM/SIGINT shut down
 * in order: stop accepting, finish in-flight requests, close subscriptions (1001), close the
 * ORM and pools, stop the embedded database.
 */
import { bootApp } from '../app.js';
import { usesDevelopmentSecrets } from '../platform/config.js';
import { devTokens } from './dev-tokens.js';

async function main(): Promise<void> {
  const started = Date.now();
  const app = await bootApp();
  const { log, config } = app;
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    app.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  const lines = [
    '',
    `civic-registry is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  GraphQL + GraphiQL:  http://localhost:${app.port}/graphql`,
    `  subscriptions (ws):  ws://localhost:${app.port}/graphql`,
    `  health:              http://localhost:${app.port}/healthz  /readyz  /metrics`,
    `  database:            ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL (${config.embeddedDataDir})`}`,
  ];
  if (config.env !== 'production' && config.jwtSecret) {
    lines.push('', 'Development tokens (12 h; paste into GraphiQL headers as {"Authorization": "Bearer <token>"}):');
    for (const t of await devTokens(app.sql, config.jwtSecret)) lines.push(`  ${t.label}`, `    ${t.token}`);
  }
  if (usesDevelopmentSecrets(config)) lines.push('', 'WARNING: development secrets in use (JWT_SECRET, PII_KEY); never in production.');
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((err) => {
  console.error('启动失败 / failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
