/**
 * MikroORM for PostgreSQL. Entities and migrations are handed in by the composition root
 * (src/modules/index.ts, migrations/index.ts): the platform knows no domain.
 */
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor, MigrationObject } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

export type Orm = MikroORM;

export interface OrmInput {
  url: string;
  entities: Constructor<object>[];
  migrations: MigrationObject[];
  poolMax?: number;
  debug?: boolean;
}

/** The one ORM configuration used by the server, the CLI and the tests. */
export function ormOptions(input: OrmInput): Options {
  return defineConfig({
    clientUrl: input.url,
    entities: input.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: input.poolMax ?? 20 },
    debug: input.debug ?? false,
    migrations: {
      migrationsList: input.migrations as unknown as { name: string; class: Constructor<Migration> }[],
      path: 'migrations',
      pathTs: 'migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      silent: true,
      allOrNothing: true,
      tableName: 'mikro_orm_migrations',
    },
  });
}

/** Connects the ORM. */
export async function openOrm(input: OrmInput): Promise<Orm> {
  return MikroORM.init(ormOptions(input));
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}

/** True when every known migration has been applied (for /readyz). */
export async function migrationsApplied(orm: Orm): Promise<boolean> {
  const pending = await orm.migrator.getPending();
  return pending.length === 0;
}
