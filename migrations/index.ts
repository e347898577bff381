/**
 * Every migration, in order. Migrations are the only way the database schema changes;
 * `npm run migration:create` writes a new one and adds it here, `npm run migration:check`
 * proves entities and migrations agree.
 */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124035753_search_bounds } from './Migration20261124035753_search_bounds.js';
import { Migration20261124032524_deadline_event_key } from './Migration20261124032524_deadline_event_key.js';
import { Migration20261124025831_sweep_lean } from './Migration20261124025831_sweep_lean.js';
import { Migration20261123231225_sort_indexes } from './Migration20261123231225_sort_indexes.js';
import { Migration20261123230703_search_tiers } from './Migration20261123230703_search_tiers.js';
import { Migration20261123225838_certificate_record } from './Migration20261123225838_certificate_record.js';
import { Migration20261123220145_rating } from './Migration20261123220145_rating.js';
import { Migration20261123213245_import_checkpoint } from './Migration20261123213245_import_checkpoint.js';
import { Migration20261123211344_webhooks } from './Migration20261123211344_webhooks.js';
import { Migration20261123210548_inspection } from './Migration20261123210548_inspection.js';
import { Migration20261123203745_organisation } from './Migration20261123203745_organisation.js';
import { Migration20261123201703_initial } from './Migration20261123201703_initial.js';
import { Migration20261123203625_person } from './Migration20261123203625_person.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123201703_initial', class: Migration20261123201703_initial },
  { name: 'Migration20261123203625_person', class: Migration20261123203625_person },
  { name: 'Migration20261123203745_organisation', class: Migration20261123203745_organisation },
  { name: 'Migration20261123210548_inspection', class: Migration20261123210548_inspection },
  { name: 'Migration20261123211344_webhooks', class: Migration20261123211344_webhooks },
  { name: 'Migration20261123213245_import_checkpoint', class: Migration20261123213245_import_checkpoint },
  { name: 'Migration20261123220145_rating', class: Migration20261123220145_rating },
  { name: 'Migration20261123225838_certificate_record', class: Migration20261123225838_certificate_record },
  { name: 'Migration20261123230703_search_tiers', class: Migration20261123230703_search_tiers },
  { name: 'Migration20261123231225_sort_indexes', class: Migration20261123231225_sort_indexes },
  { name: 'Migration20261124025831_sweep_lean', class: Migration20261124025831_sweep_lean },
  { name: 'Migration20261124032524_deadline_event_key', class: Migration20261124032524_deadline_event_key },
  { name: 'Migration20261124035753_search_bounds', class: Migration20261124035753_search_bounds },
];
