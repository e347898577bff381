import { ArrayType } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * How far an import of one file has committed: updated in the same transaction as each batch,
 * so after a crash a re-run of the same file (same kind, same bytes) skips exactly the
 * committed batches. Deleted when the import completes.
 */
@Entity({ tableName: 'import_checkpoint' })
export class ImportCheckpoint {
  /** `<kind>:<sha256 of the file>`. */
  @PrimaryKey({ type: 'text' })
  fingerprint!: string;

  @Property({ type: 'text' })
  kind!: string;

  /** The file as named on the first run (for messages). */
  @Property({ type: 'text' })
  file!: string;

  /** Rows per batch: a resumed run keeps the first run's batch boundaries. */
  @Property({ type: 'integer' })
  batchSize!: number;

  /** The batches committed so far (batches commit concurrently, so not always a prefix). */
  @Property({ type: new ArrayType<number>((i) => Number(i)), columnType: 'int[]' })
  doneBatches: number[] = [];

  /** Cumulative outcome counts of the committed batches. */
  @Property({ type: 'integer' })
  rows!: number;

  @Property({ type: 'integer' })
  inserted!: number;

  @Property({ type: 'integer' })
  updated!: number;

  @Property({ type: 'integer' })
  unchanged!: number;

  @Property({ type: 'integer' })
  rejected!: number;

  /** The rejected-rows report the run writes to; a resumed run appends to it. */
  @Property({ type: 'text', nullable: true })
  reportFile?: string | null;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
