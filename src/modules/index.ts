/**
 * The composition root's list of what exists: entities, resolvers, demo seeders. Platform
 * code never imports a module; this file is where they meet.
 */
import type { NonEmptyArray } from 'type-graphql';
import type { Constructor } from '@mikro-orm/core';
import { AuditRecord } from '../platform/audit/audit.entity.js';
import { RegistryEvent } from '../platform/events/event.entity.js';
import { JurisdictionSetting } from '../platform/settings/setting.entity.js';
import { ApiKey } from '../platform/auth/api-key.entity.js';
import { AuthResolver } from '../platform/auth/auth.resolver.js';
import { AuditResolver } from '../platform/audit/audit.resolver.js';
import { EventsResolver } from '../platform/events/events.resolver.js';
import { NodeResolver } from '../platform/graphql/node.js';
import { SettingsResolver } from '../platform/settings/settings.resolver.js';
import { Region } from './region/region.entity.js';
import { RegionResolver } from './region/region.resolver.js';
import { registerRegionNodes } from './region/region.nodes.js';
import type { Seeder } from './seed.js';
import { seedRegions } from './region/region.seed.js';

export const entities: Constructor<object>[] = [AuditRecord, RegistryEvent, JurisdictionSetting, ApiKey, Region];

export const resolvers: NonEmptyArray<Function> = [NodeResolver, AuthResolver, AuditResolver, EventsResolver, SettingsResolver, RegionResolver];

/** Demo data loaders, in dependency order. */
export const seeders: Seeder[] = [seedRegions];

/** Registers Node fetchers of every module (for `node(id:)`). */
export function registerNodes(): void {
  registerRegionNodes();
}

export interface ServiceDeps {
  config: import('../platform/config.js').Config;
  log: import('../platform/logger.js').Logger;
  clock: import('../platform/time/clock.js').Clock;
  sql: import('../platform/db/sql.js').SqlPool;
}

/** Registers module singletons (settings, personal-data crypto …) by key. */
export function registerServices(_registry: Map<string, unknown>, _deps: ServiceDeps): void {
  // modules add theirs here
}
