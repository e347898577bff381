import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A business supervisory unit (业务主管单位): the government department or authorised body
 * that approves and supervises the organisations of its field (R-ORG-3).
 */
@Entity({ tableName: 'supervisory_unit' })
@Index({ properties: ['regionCode', 'name'] })
export class SupervisoryUnit {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The region of the unit (its level is the level of the organisations it supervises). */
  @Property({ type: 'text' })
  regionCode!: string;

  /** Its own unified social credit code (机关 codes start with 1), where known. */
  @Property({ type: 'text', nullable: true, unique: true })
  uscc?: string | null;

  @Property({ type: 'text', nullable: true })
  contactOffice?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
