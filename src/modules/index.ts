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
import { ImportCheckpoint } from '../platform/bulk/checkpoint.entity.js';
import { AuthResolver } from '../platform/auth/auth.resolver.js';
import { AuditResolver } from '../platform/audit/audit.resolver.js';
import { ConvenienceSubscriptionsResolver, EventsResolver } from '../platform/events/events.resolver.js';
import { NodeResolver } from '../platform/graphql/node.js';
import { Webhook, WebhookDelivery } from '../platform/events/webhook.entity.js';
import { WebhookResolver } from '../platform/events/webhook.resolver.js';
import { SettingsResolver } from '../platform/settings/settings.resolver.js';
import { Region } from './region/region.entity.js';
import { RegionResolver } from './region/region.resolver.js';
import { registerRegionNodes } from './region/region.nodes.js';
import { Person } from './person/person.entity.js';
import { PersonResolver } from './person/person.resolver.js';
import { registerPersonNodes } from './person/person.nodes.js';
import { PII_SERVICE, PiiCipher } from '../platform/crypto/pii.js';
import { Organisation, OrganisationChange, OrganisationMark, OrganisationSearchBound } from './organisation/organisation.entity.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';
import { OrganisationFieldResolver, SupervisoryUnitOrganisationsResolver } from './organisation/organisation.fields.js';
import { registerOrganisationNodes } from './organisation/organisation.nodes.js';
import { OrganisationRecordFieldResolver } from './organisation/organisation.record.js';
import { SupervisoryUnit } from './supervisory-unit/supervisory-unit.entity.js';
import { SupervisoryUnitResolver } from './supervisory-unit/supervisory-unit.resolver.js';
// Every module's LOCAL rules, so the settings API lists and validates all of them.
import './organisation/domain/settings.js';
import './inspection/domain/settings.js';
import './credit/domain/settings.js';
import './rating/domain/settings.js';
import type { Seeder } from './seed.js';
import { Filing, FilingDeadlineEvent } from './inspection/filing.entity.js';
import { FilingResolver, OrganisationFilingsResolver, registerFilingNodes } from './inspection/inspection.resolver.js';
import { registerInspectionTimeline } from './inspection/inspection.timeline.js';
import { filingHistory } from './inspection/inspection.query.js';
import { startSweeper, sweep, type SweepOptions } from './inspection/sweeper.js';
import { CreditListing, Penalty } from './credit/credit.entity.js';
import { CreditResolver, OrganisationCreditResolver, registerCreditNodes } from './credit/credit.resolver.js';
import { registerCreditTimeline } from './credit/credit.timeline.js';
import { registerFilingHistorySource } from './organisation/organisation.revocation.js';
import { SettingsService } from '../platform/settings/settings.service.js';
import { seedRegions } from './region/region.seed.js';
import { seedOrganisations } from './organisation/organisation.seed.js';
import { Rating, RatingMark, RatingRound } from './rating/rating.entity.js';
import { OrganisationRatingResolver, RatingResolver, registerRatingNodes } from './rating/rating.resolver.js';
import { ratingSweep, startRatingSweeper } from './rating/rating.sweeper.js';
import { organisationSweep, startOrganisationSweeper } from './organisation/organisation.sweeper.js';

export const entities: Constructor<object>[] = [AuditRecord, RegistryEvent, JurisdictionSetting, ApiKey, ImportCheckpoint, Webhook, WebhookDelivery, Region, Person, SupervisoryUnit, Organisation, OrganisationChange, OrganisationMark, OrganisationSearchBound, Filing, FilingDeadlineEvent, CreditListing, Penalty, RatingRound, Rating, RatingMark];

export const resolvers: NonEmptyArray<Function> = [NodeResolver, AuthResolver, AuditResolver, EventsResolver, ConvenienceSubscriptionsResolver, WebhookResolver, SettingsResolver, RegionResolver, PersonResolver, SupervisoryUnitResolver, OrganisationResolver, OrganisationFieldResolver, OrganisationRecordFieldResolver, SupervisoryUnitOrganisationsResolver, FilingResolver, OrganisationFilingsResolver, CreditResolver, OrganisationCreditResolver, RatingResolver, OrganisationRatingResolver];

/** Demo data loaders, in dependency order. */
export const seeders: Seeder[] = [seedRegions, seedOrganisations];

/** Registers Node fetchers of every module (for `node(id:)`). */
export function registerNodes(): void {
  registerRegionNodes();
  registerPersonNodes();
  registerOrganisationNodes();
  registerRatingNodes();
  registerFilingNodes();
  registerCreditNodes();
}

export interface ServiceDeps {
  config: import('../platform/config.js').Config;
  log: import('../platform/logger.js').Logger;
  clock: import('../platform/time/clock.js').Clock;
  sql: import('../platform/db/sql.js').SqlPool;
}

/** Registers module singletons (settings, personal-data crypto …) by key. */
export function registerServices(registry: Map<string, unknown>, deps: ServiceDeps): void {
  registry.set(PII_SERVICE, new PiiCipher(deps.config.piiKey));
  // modules add theirs here
  registerInspectionTimeline();
  registerCreditTimeline();
  registerFilingHistorySource(filingHistory);
  registry.set(SWEEPER_SERVICE, { run: (opts?: SweepOptions) => sweep(sweepDeps(deps), opts) });
  registry.set(RATING_SWEEPER_SERVICE, { run: (opts?: { lock?: boolean }) => ratingSweep(sweepDeps(deps), opts) });
  registry.set(ORGANISATION_SWEEPER_SERVICE, { run: (opts?: { lock?: boolean }) => organisationSweep(sweepDeps(deps), opts) });
}

/** The deadline sweeper as a service: tests and the CLI call `run()` (inspection/sweeper.ts). */
export const SWEEPER_SERVICE = 'inspection.sweeper';
/** The rating sweep (automatic downgrades R-RATE-6, expiry R-RATE-7) as a service: rating/rating.sweeper.ts. */
export const RATING_SWEEPER_SERVICE = 'rating.sweeper';
/** The certificate expiry sweep (R-ORG-9) as a service: organisation/organisation.sweeper.ts. */
export const ORGANISATION_SWEEPER_SERVICE = 'organisation.sweeper';

function sweepDeps(deps: ServiceDeps) {
  return { pool: deps.sql.pool, settings: new SettingsService(deps.sql), clock: deps.clock, timeZone: deps.config.defaultTimeZone, log: deps.log };
}

/** Starts module background work (the deadline sweeper every `sweepIntervalMs`; 0 = off); returns its stop. */
export function startBackground(deps: ServiceDeps): () => Promise<void> {
  const stops = [startSweeper(sweepDeps(deps), deps.config.sweepIntervalMs), startRatingSweeper(sweepDeps(deps), deps.config.sweepIntervalMs), startOrganisationSweeper(sweepDeps(deps), deps.config.sweepIntervalMs)];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
