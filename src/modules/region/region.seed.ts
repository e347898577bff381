/**
 * Demo regions: the districts the plans come from (real GB/T 2260 codes down to county
 * level), with a few townships/streets and communities/villages under each. Codes below the
 * district level are DEMO codes that follow the prefix rule (R-REGION-1), marked `demo`.
 * Populations: 7th census (2020), rounded; urban population estimated for the demo.
 */
import type { Seeder } from '../seed.js';

type Row = [code: string, name: string, level: string, parent: string | null, population?: number, urban?: number];

const REAL: Row[] = [
  ['100000', '中华人民共和国民政部', 'NATIONAL', null],
  ['310000', '上海市', 'PROVINCE', '100000', 24_870_895, 22_209_380],
  ['310100', '上海市市辖区', 'CITY', '310000', 24_870_895, 22_209_380],
  ['310114', '嘉定区', 'DISTRICT', '310100', 1_834_258, 1_655_000],
  ['310110', '杨浦区', 'DISTRICT', '310100', 1_242_548, 1_242_548],
  ['230000', '黑龙江省', 'PROVINCE', '100000', 31_850_088, 20_900_000],
  ['230300', '鸡西市', 'CITY', '230000', 1_502_060, 960_000],
  ['330000', '浙江省', 'PROVINCE', '100000', 64_567_588, 46_600_000],
  ['330400', '嘉兴市', 'CITY', '330000', 5_400_868, 3_800_000],
  ['330402', '南湖区', 'DISTRICT', '330400', 620_000, 520_000],
];

/** Demo townships and communities: [township code, name, [community suffix, name][]]. */
const DEMO: [string, string, [string, string][]][] = [
  ['310114001', '新成路街道', [['001', '迎园社区居民委员会'], ['002', '桃园社区居民委员会']]],
  ['310114002', '真新街道', [['001', '丰庄社区居民委员会'], ['002', '金鹤社区居民委员会']]],
  ['310114101', '南翔镇', [['001', '永丰村村民委员会'], ['002', '红翔社区居民委员会']]],
  ['310114102', '安亭镇', [['001', '向阳村村民委员会'], ['002', '安亭社区居民委员会']]],
  ['310110001', '定海路街道', [['001', '定海社区居民委员会'], ['002', '怀德社区居民委员会']]],
  ['310110002', '五角场街道', [['001', '国定社区居民委员会'], ['002', '政立社区居民委员会']]],
  ['310110003', '控江路街道', [['001', '控江社区居民委员会']]],
  ['230302001', '鸡冠区向阳街道', [['001', '南山社区居民委员会'], ['002', '东风社区居民委员会']]],
  ['230303001', '恒山区桦木林街道', [['001', '桦木林社区居民委员会']]],
  ['230321100', '鸡东县鸡东镇', [['001', '永安村村民委员会'], ['002', '新华村村民委员会']]],
  ['330402001', '建设街道', [['001', '禾兴社区居民委员会'], ['002', '紫阳社区居民委员会']]],
  ['330402002', '新兴街道', [['001', '新兴社区居民委员会']]],
  ['330402101', '凤桥镇', [['001', '联丰村村民委员会'], ['002', '永红村村民委员会']]],
];

/** Jixi's districts and county are real codes (the demo townships hang under them). */
const JIXI_COUNTIES: Row[] = [
  ['230302', '鸡冠区', 'DISTRICT', '230300', 330_000, 310_000],
  ['230303', '恒山区', 'DISTRICT', '230300', 110_000, 100_000],
  ['230321', '鸡东县', 'DISTRICT', '230300', 200_000, 90_000],
];

export const seedRegions: Seeder = async (db) => {
  const rows: { code: string; name: string; level: string; parent: string | null; pop: number | null; urban: number | null; demo: boolean }[] = [];
  for (const [code, name, level, parent, pop, urban] of [...REAL, ...JIXI_COUNTIES])
    rows.push({ code, name, level, parent, pop: pop ?? null, urban: urban ?? null, demo: false });
  for (const [tcode, tname, communities] of DEMO) {
    const parent = tcode.slice(0, 6);
    rows.push({ code: tcode, name: tname, level: 'TOWNSHIP', parent, pop: null, urban: null, demo: true });
    for (const [suffix, cname] of communities)
      rows.push({ code: tcode + suffix, name: cname.replace(/(居民|村民)委员会$/, ''), level: 'COMMUNITY', parent: tcode, pop: null, urban: null, demo: true });
  }
  await db.query(
    `insert into region (code, name, level, parent_code, population, urban_population, demo)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::bool[])
     on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,
       population = excluded.population, urban_population = excluded.urban_population, demo = excluded.demo`,
    [
      rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.level), rows.map((r) => r.parent),
      rows.map((r) => r.pop), rows.map((r) => r.urban), rows.map((r) => r.demo),
    ],
  );
};
