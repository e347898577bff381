import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { NodeByIdDocument, NodesByIdsDocument, RegionTreeDocument, RegionsDocument } from '../generated/graphql.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

describe('regions', () => {
  it('answers regions(level: DISTRICT) with the demo districts and their real codes', async () => {
    const d = await t.ok(RegionsDocument, { level: 'DISTRICT', first: 50 });
    const codes = d.regions.nodes.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['310114', '310110', '330402']));
    expect(d.regions.nodes.find((r) => r.code === '310114')).toMatchObject({ name: '嘉定区', level: 'DISTRICT', parentCode: '310100', demo: false });
    expect(d.regions.totalCount).toBe(codes.length);
  });

  it('R-REGION-1: every child code starts with its parent\'s significant prefix and sits one level below', async () => {
    const all = await t.ok(RegionsDocument, { first: 100 });
    const byCode = new Map(all.regions.nodes.map((r) => [r.code, r]));
    const order = ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT', 'TOWNSHIP', 'COMMUNITY'];
    for (const r of all.regions.nodes) {
      if (!r.parentCode) continue;
      const p = byCode.get(r.parentCode)!;
      expect(p, r.code).toBeDefined();
      expect(order.indexOf(r.level)).toBe(order.indexOf(p.level) + 1);
      if (p.level !== 'NATIONAL') expect(r.code.startsWith(p.code.replace(/(00)+$/, ''))).toBe(true);
      if (r.level === 'TOWNSHIP') expect(r.code).toHaveLength(9);
      if (r.level === 'COMMUNITY') expect(r.code).toHaveLength(12);
    }
  });

  it('walks the tree: children, parent and ancestors (root first)', async () => {
    const d = await t.ok(RegionTreeDocument, { code: '310114001' });
    expect(d.region?.parent?.code).toBe('310114');
    expect(d.region?.ancestors.map((a) => a.code)).toEqual(['100000', '310000', '310100', '310114']);
    expect(d.region?.children.map((c) => c.code)).toEqual(['310114001001', '310114001002']);
  });

  it('filters a subtree with `within` and pages forward and backward with stable cursors', async () => {
    const first = await t.ok(RegionsDocument, { within: '310114', first: 3 });
    expect(first.regions.nodes.every((r) => r.code.startsWith('310114'))).toBe(true);
    expect(first.regions.pageInfo.hasNextPage).toBe(true);
    const second = await t.ok(RegionsDocument, { within: '310114', first: 3, after: first.regions.pageInfo.endCursor });
    expect(second.regions.nodes[0]!.code > first.regions.nodes[2]!.code).toBe(true);
    const back = await t.ok(RegionsDocument, { within: '310114', last: 3, before: second.regions.pageInfo.startCursor });
    expect(back.regions.nodes.map((r) => r.code)).toEqual(first.regions.nodes.map((r) => r.code));
    expect(first.regions.totalCount).toBe(second.regions.totalCount);
  });

  it('caps the page size at 100 with BAD_USER_INPUT', async () => {
    const r = await t.gql(RegionsDocument, { first: 101 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/每页最多 100 项/);
  });

  it('fetches regions by opaque global id through node and nodes', async () => {
    const d = await t.ok(RegionsDocument, { parentCode: '310100' });
    const ids = d.regions.nodes.map((r) => r.id);
    expect(ids[0]).not.toContain('310');
    const one = await t.ok(NodeByIdDocument, { id: ids[0]! });
    expect(one.node).toMatchObject({ id: ids[0] });
    const many = await t.ok(NodesByIdsDocument, { ids: [...ids, 'bm9wZTox'] });
    expect(many.nodes.slice(0, ids.length).map((n) => n?.id)).toEqual(ids);
    expect(many.nodes[ids.length]).toBeNull();
  });
});
