/**
 * `npm run sweep`: one deadline sweep (R-INSP-5, R-CREDIT-1 … R-CREDIT-3), the rating sweep and the
 * certificate expiry sweep (R-ORG-9) for a cron job, each under the same advisory lock as its
 * in-server sweeper, so running both is safe. Uses DATABASE_URL.
 */
import 'reflect-metadata';
import { loadConfig } from '../platform/config.js';
import { createSqlPool } from '../platform/db/sql.js';
import { SettingsService } from '../platform/settings/settings.service.js';
import { systemClock } from '../platform/time/clock.js';
import { sweep } from '../modules/inspection/sweeper.js';
import { ratingSweep } from '../modules/rating/rating.sweeper.js';
import { organisationSweep } from '../modules/organisation/organisation.sweeper.js';
import '../modules/inspection/domain/settings.js';
import '../modules/credit/domain/settings.js';
import '../modules/rating/domain/settings.js';
import '../modules/organisation/domain/settings.js';

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error('DATABASE_URL is required / 须设置 DATABASE_URL');
    return 2;
  }
  const sql = createSqlPool(config.databaseUrl, 2);
  try {
    const started = Date.now();
    const deps = { pool: sql.pool, settings: new SettingsService(sql), clock: systemClock, timeZone: config.defaultTimeZone };
    const r = await sweep(deps);
    const rating = await ratingSweep(deps);
    const certificates = await organisationSweep(deps);
    console.log(JSON.stringify({ ...r, rating, certificates, ms: Date.now() - started }));
    return 0;
  } finally {
    await sql.end();
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e instanceof Error ? e.stack ?? e.message : e); process.exit(1); });
