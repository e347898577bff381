import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A natural person (自然人), registered once and reused as legal representative, committee
 * member, volunteer or social worker (R-VOL-1). The ID number, phone and address are stored
 * only encrypted (AES-256-GCM, src/platform/crypto/pii.ts); the ID number and phone also as a
 * keyed hash for exact lookup and de-duplication. People are never deleted.
 */
@Entity({ tableName: 'person' })
@Index({ properties: ['phoneHash'] })
@Index({ properties: ['regionCode'] })
export class Person {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Real name (姓名), trimmed. */
  @Property({ type: 'text' })
  name!: string;

  /** The normalised ID number (公民身份号码), encrypted. */
  @Property({ type: 'text' })
  idNumberCipher!: string;

  /** Keyed hash of the normalised ID number: one person per number. */
  @Property({ type: 'text', unique: true })
  idNumberHash!: string;

  @Property({ type: 'text', nullable: true })
  phoneCipher?: string | null;

  /** Keyed hash of the normalised phone, for exact lookup. */
  @Property({ type: 'text', nullable: true })
  phoneHash?: string | null;

  @Property({ type: 'text', nullable: true })
  addressCipher?: string | null;

  /** Derived from the ID number (digits 7–14), 'YYYY-MM-DD'. */
  @Property({ type: 'date' })
  birthDate!: string;

  /** Derived from the ID number (digit 17: odd MALE, even FEMALE). */
  @Property({ type: 'text' })
  sex!: string;

  /** The registering authority's region: whose personal-data jurisdiction this person is in. */
  @Property({ type: 'text' })
  regionCode!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
