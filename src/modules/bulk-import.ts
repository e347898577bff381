/**
 * The bulk imports the CLI offers (`npm run import -- <kind> FILE`), assembled from the
 * modules' import kinds and the platform's import loop. Tests call these functions directly.
 */
import type { SqlPool } from '../platform/db/sql.js';
import type { PiiCipher } from '../platform/crypto/pii.js';
import { runImport, type ImportKind, type ImportSummary, type Progress } from '../platform/bulk/runner.js';
import { SettingsService } from '../platform/settings/settings.service.js';
import { dateInZone } from '../platform/time/calendar.js';
import { systemClock, type Clock } from '../platform/time/clock.js';
import { RegionCodes } from './region/region.codes.js';
import { peopleImport } from './person/person.import.js';
import { supervisoryUnitImport } from './supervisory-unit/supervisory-unit.import.js';
import { RegistrationSettingsCache, SupervisoryUnitNames } from './organisation/organisation.import.js';
import { organisationImport } from './organisation/organisation.import-write.js';

export const IMPORT_KINDS = ['organisations', 'supervisory-units', 'people'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export interface ImportFileOptions {
  /** A migrated database. */
  db: SqlPool;
  pii: PiiCipher;
  file: string;
  /** Recorded in audit records and change records; default `cli:import`. */
  actor?: string;
  batchSize?: number;
  reportFile?: string;
  /** Stop after committing this many batches (simulates a crash; tests). */
  stopAfterBatches?: number;
  signal?: AbortSignal;
  clock?: Clock;
  timeZone?: string;
  onProgress?: (p: Progress) => void;
  onHeader?: (h: { unknown: string[] }) => void;
}

function kindOf(name: ImportKindName, opts: ImportFileOptions, today: string): ImportKind {
  const regions = new RegionCodes(opts.db);
  switch (name) {
    case 'people':
      return peopleImport({ pii: opts.pii, today, regions });
    case 'supervisory-units':
      return supervisoryUnitImport({ regions });
    case 'organisations':
      return organisationImport({
        pii: opts.pii, today,
        lookups: { regions, units: new SupervisoryUnitNames(opts.db), settings: new RegistrationSettingsCache(new SettingsService(opts.db), opts.db) },
      });
  }
}

/** Imports a .csv or .xlsx file of `kind` (see platform/bulk/runner.ts for the guarantees). */
export function importFile(kind: ImportKindName, opts: ImportFileOptions): Promise<ImportSummary> {
  const clock = opts.clock ?? systemClock;
  const today = dateInZone(clock.now(), opts.timeZone ?? 'Asia/Shanghai');
  return runImport(kindOf(kind, opts, today), {
    pool: opts.db.pool, file: opts.file, actor: { sub: opts.actor ?? 'cli:import', role: 'SYSTEM', name: '批量导入 / bulk import' }, now: () => clock.now(),
    batchSize: opts.batchSize, reportFile: opts.reportFile, stopAfterBatches: opts.stopAfterBatches, signal: opts.signal, onProgress: opts.onProgress, onHeader: opts.onHeader,
  });
}

/** `npm run import -- organisations FILE`. */
export const importOrganisations = (opts: ImportFileOptions) => importFile('organisations', opts);
