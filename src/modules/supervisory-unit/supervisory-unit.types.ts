import { Field, InputType, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../platform/graphql/relay.js';
import { Payload } from '../../platform/graphql/errors.js';

export interface SupervisoryUnitRow {
  id: string;
  name: string;
  region_code: string;
  uscc: string | null;
  contact_office: string | null;
}

@ObjectType({ implements: Node, description: '业务主管单位 / a business supervisory unit (R-ORG-3)' })
export class SupervisoryUnitType extends Node {
  readonly __typename = 'SupervisoryUnit';
  localId!: string;
  @Field({ description: '名称 / name' })
  name!: string;
  @Field({ description: '所在区划 / region' })
  regionCode!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码 / credit code' })
  code!: string | null;
  @Field(() => String, { nullable: true, description: '联系处室 / contact office' })
  contactOffice!: string | null;

  static fromRow(r: SupervisoryUnitRow): SupervisoryUnitType {
    return Object.assign(new SupervisoryUnitType(), {
      id: toGlobalId('SupervisoryUnit', r.id), localId: r.id, name: r.name, regionCode: r.region_code, code: r.uscc, contactOffice: r.contact_office,
    });
  }
}

@InputType({ description: '登记业务主管单位 / record a supervisory unit' })
export class SupervisoryUnitCreateInput {
  @Field({ description: '名称 / name' })
  name!: string;
  @Field({ description: '所在区划（须在辖区内） / region, within your jurisdiction' })
  regionCode!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码 / credit code' })
  code?: string | null;
  @Field(() => String, { nullable: true, description: '联系处室 / contact office' })
  contactOffice?: string | null;
}

@ObjectType()
export class SupervisoryUnitPayload extends Payload {
  @Field(() => SupervisoryUnitType, { nullable: true })
  supervisoryUnit?: SupervisoryUnitType | null;
}
