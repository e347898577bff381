import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, Node, connectionType, toGlobalId } from '../../platform/graphql/relay.js';

export enum RegionLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  TOWNSHIP = 'TOWNSHIP',
  COMMUNITY = 'COMMUNITY',
}

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '行政区划层级 / level of an administrative division (R-REGION-1)',
  valuesConfig: {
    NATIONAL: { description: '全国（民政部） / national (the ministry)' },
    PROVINCE: { description: '省级 / province, autonomous region or municipality' },
    CITY: { description: '地市级 / prefecture-level city' },
    DISTRICT: { description: '县级（县、区） / county or district' },
    TOWNSHIP: { description: '乡级（乡镇、街道） / township, town or street' },
    COMMUNITY: { description: '村级（社区、村） / community or village' },
  },
});

/** The plain row a Region object is built from (no ORM entity on read paths). */
export interface RegionRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  population: number | null;
  urban_population: number | null;
  demo: boolean;
}

@ObjectType({ implements: Node, description: '行政区划 / an administrative division (R-REGION-1)' })
export class Region extends Node {
  readonly __typename = 'Region';

  @Field({ description: '区划代码（县级以上 6 位，乡级 9 位，村级 12 位） / division code: 6 digits down to county level, 9 for townships, 12 for communities and villages' })
  code!: string;

  @Field({ description: '名称 / name' })
  name!: string;

  @Field(() => RegionLevel, { description: '层级 / level' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: '上级区划代码 / the parent division\'s code' })
  parentCode!: string | null;

  @Field(() => Int, { nullable: true, description: '常住人口 / resident population' })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: '城镇常住人口 / urban resident population' })
  urbanPopulation!: number | null;

  @Field({ description: '是否为演示代码（乡级及以下的演示数据） / whether the code is a made-up demo code' })
  demo!: boolean;

  static fromRow(r: RegionRow): Region {
    return Object.assign(new Region(), {
      id: toGlobalId('Region', r.code),
      code: r.code,
      name: r.name,
      level: r.level as RegionLevel,
      parentCode: r.parent_code,
      population: r.population,
      urbanPopulation: r.urban_population,
      demo: r.demo,
    });
  }
}

export const RegionConnection = connectionType(Region, 'Region', '行政区划');

@ArgsType()
export class RegionsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '上级区划代码：只列其直接下级 / only the direct children of this division' })
  parentCode?: string | null;

  @Field(() => RegionLevel, { nullable: true, description: '层级 / only divisions of this level' })
  level?: RegionLevel | null;

  @Field(() => String, { nullable: true, description: '在此区划（含）之下 / only divisions in this subtree (inclusive)' })
  within?: string | null;
}
