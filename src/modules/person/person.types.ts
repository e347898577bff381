import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/relay.js';
import { Payload } from '../../platform/graphql/errors.js';
import { DateScalar, DateTimeScalar } from '../../platform/graphql/scalars.js';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(Sex, {
  name: 'Sex',
  description: '性别（由公民身份号码第17位得出） / sex, as read from digit 17 of the citizen ID number',
  valuesConfig: {
    MALE: { description: '男 / male' },
    FEMALE: { description: '女 / female' },
  },
});

/**
 * The plain row a Person is presented from (read paths use SQL, not the ORM). The cipher
 * columns are decrypted only when presenting, never logged.
 */
export interface PersonRow {
  id: string;
  name: string;
  region_code: string;
  birth_date: string;
  sex: string;
  id_number_cipher: string;
  phone_cipher: string | null;
  address_cipher: string | null;
  version: number;
  created_at: Date;
}

@ObjectType({
  implements: Node,
  description:
    '自然人（法定代表人、委员会成员、志愿者、社会工作者等共用的人员登记） / a natural person, registered once and reused as legal representative, committee member, volunteer or social worker (R-VOL-1). ' +
    '公民身份号码、电话与住址仅对有权查看者完整显示，对其他人脱敏 / ID number, phone and address are shown in full only to those entitled (R-ORG-8)',
})
export class Person extends Node {
  readonly __typename = 'Person';

  @Field({ description: '姓名 / real name' })
  name!: string;

  @Field({ description: '公民身份号码（GB 11643）；无权查看者看到脱敏值，如 3101**********123X / citizen ID number (GB 11643); masked for those not entitled, e.g. 3101**********123X' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: '联系电话；无权查看者看到脱敏值，如 138****5678 / phone; masked for those not entitled, e.g. 138****5678' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '住址；仅对有权查看者显示 / address; null for those not entitled' })
  address!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '出生日期（由公民身份号码得出）；仅对有权查看者显示，否则脱敏号码可被还原 / date of birth, from the ID number; null for those not entitled, since with it a masked number could be reconstructed',
  })
  birthDate!: string | null;

  @Field(() => Sex, { description: '性别 / sex' })
  sex!: Sex;

  @Field({ description: '登记机关所在区划（个人信息管辖） / region of the registering authority, whose jurisdiction the personal data is in' })
  regionCode!: string;

  @Field({ description: '当前调用者是否可见完整个人信息 / whether the caller sees the full personal data' })
  personalDataVisible!: boolean;

  @Field(() => Int, { description: '版本（乐观并发） / version, for optimistic concurrency' })
  version!: number;

  @Field(() => DateTimeScalar, { description: '登记时间 / registered at' })
  createdAt!: Date;
}

@InputType({ description: '登记自然人 / register a natural person' })
export class PersonRegisterInput {
  @Field({ description: '姓名（2–50 字） / real name, 2–50 characters' })
  name!: string;

  @Field({ description: '公民身份号码（18 位，GB 11643） / citizen ID number, 18 characters (GB 11643)' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: '联系电话（手机或座机） / phone, mobile or landline' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '住址 / address' })
  address?: string | null;

  @Field({ description: '登记机关所在区划（须在本机关辖区内） / region of the registering authority, within your jurisdiction' })
  regionCode!: string;
}

@InputType({ description: '修改自然人信息（公民身份号码不可在此修改） / change a person\'s details; the ID number is changed only by personCorrectIdNumber' })
export class PersonUpdateInput {
  @Field(() => ID, { description: '人员的全局标识 / the person\'s global id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: '姓名；不填则不变 / real name; omit to keep' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话；不填则不变，空字符串为清除 / phone; omit to keep, empty string to clear' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '住址；不填则不变，空字符串为清除 / address; omit to keep, empty string to clear' })
  address?: string | null;
}

@InputType({ description: '更正公民身份号码（登记管理机关，须说明理由） / correct a wrongly registered ID number (authority only, with a reason)' })
export class PersonCorrectIdNumberInput {
  @Field(() => ID, { description: '人员的全局标识 / the person\'s global id' })
  id!: string;

  @Field(() => Int, { description: '期望的版本 / the version you last saw' })
  expectedVersion!: number;

  @Field({ description: '正确的公民身份号码 / the correct citizen ID number' })
  idNumber!: string;

  @Field({ description: '更正理由（记入审计） / why it is corrected; recorded in the audit trail' })
  reason!: string;
}

@ObjectType({ description: '登记自然人的结果 / result of personRegister' })
export class PersonRegisterPayload extends Payload {
  @Field(() => Person, {
    nullable: true,
    description: '登记的人员；号码已登记时为已有人员（可直接引用） / the registered person; when the ID number is already registered (PERSON_ALREADY_REGISTERED), the existing person, to reuse',
  })
  person?: Person | null;
}

@ObjectType({ description: '修改自然人信息的结果 / result of personUpdate' })
export class PersonUpdatePayload extends Payload {
  @Field(() => Person, { nullable: true, description: '修改后的人员 / the person as changed' })
  person?: Person | null;
}

@ObjectType({ description: '更正公民身份号码的结果 / result of personCorrectIdNumber' })
export class PersonCorrectIdNumberPayload extends Payload {
  @Field(() => Person, { nullable: true, description: '更正后的人员 / the person as corrected' })
  person?: Person | null;
}
