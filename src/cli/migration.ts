/**
 * `npm run migration:create [name]`: diffs the entities against a scratch database built by
 * the existing migrations and writes the next migration (then lists it in migrations/index.ts).
 * `npm run migration:check`: builds a scratch database from the migrations and fails when the
 * entities need any further change.
 * Uses DATABASE_URL's server when set, otherwise the embedded one.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { dropDatabase, ensureDatabase, withDatabase } from '../platform/db/database.js';
import { startEmbedded } from '../platform/db/embedded.js';
import { migrate, openOrm } from '../platform/db/orm.js';
import { entities } from '../modules/index.js';
import { migrationsList } from '../../migrations/index.js';

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  const cfg = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const embedded = cfg.databaseUrl ? undefined : await startEmbedded(path.resolve('.data/postgres-tools'), log);
  const adminUrl = cfg.databaseUrl ?? embedded!.adminUrl;
  const scratch = `civic_migration_${process.pid}`;
  await ensureDatabase(adminUrl, scratch);
  const orm = await openOrm({ url: withDatabase(adminUrl, scratch), entities, migrations: migrationsList });
  try {
    await migrate(orm);
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
    if (command === 'check') {
      if (diff.trim()) {
        console.error(`entities and migrations disagree; run npm run migration:create. Missing SQL:\n${diff}`);
        return 1;
      }
      console.log(`migrations current: ${migrationsList.length} migration(s), entities agree`);
      return 0;
    }
    if (command === 'create') {
      if (!diff.trim()) {
        console.log('no changes: entities and migrations agree');
        return 0;
      }
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      const className = `Migration${stamp}${name ? '_' + name.replace(/\W/g, '_') : ''}`;
      const file = path.join('migrations', `${className}.ts`);
      const statements = diff.split(/;\n/).map((s) => s.trim()).filter(Boolean);
      fs.writeFileSync(
        file,
        `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override async up(): Promise<void> {\n${statements.map((s) => `    this.addSql(${JSON.stringify(s.replace(/;$/, '') + ';')});`).join('\n')}\n  }\n}\n`,
      );
      const index = fs.readFileSync('migrations/index.ts', 'utf8')
        .replace(/(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/, `$1import { ${className} } from './${className}.js';\n`)
        .replace(/(export const migrationsList: MigrationObject\[\] = \[)([^\]]*)\]/, (_m, head, body) => `${head}${body.trim() ? '\n  ' + body.trim().replace(/,$/, '') + ',\n  ' : '\n  '}{ name: '${className}', class: ${className} },\n]`);
      fs.writeFileSync('migrations/index.ts', index);
      console.log(`wrote ${file}; review it, add hand-written SQL (indexes, triggers) as needed`);
      return 0;
    }
    console.error('usage: migration create [name] | migration check');
    return 2;
  } finally {
    await orm.close(true);
    await dropDatabase(adminUrl, scratch);
    await embedded?.stop();
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e instanceof Error ? e.stack ?? e.message : JSON.stringify(e)); process.exit(1); });
