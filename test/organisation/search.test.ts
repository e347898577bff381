/**
 * RELEVANCE order of a name search, read tier by tier (organisation.search.ts): exact name,
 * then prefix, then contains, then former name only; by name (code-point order) within a
 * tier. Cursors carry (tier, name, id), so pages cross tier boundaries without repeats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../support/harness.js';
import { OrganisationAmendDocument, OrganisationRegisterDocument, OrganisationsBeforeDocument, OrganisationsDocument } from '../generated/graphql.js';
import { serviceInstitutionFacts, uscc } from './factories.js';
import { searchTuning } from '../../src/modules/organisation/organisation.search.js';

let t: TestApp;

// 燚 and 犇 appear in no demo name. Names with a space or lower-case Latin differ from their
// normalised form ("燚 犇乐园协会" ranks as a prefix of 燚犇乐园).
const NAMES = ['嘉定区燚犇乐园服务中心', '燚犇乐园服务社', '燚犇乐园', '燚犇乐园ab会', '上海燚犇乐园中心', '燚 犇乐园协会', '燚犇乐园 之家', '燚犇乐园旧名中心'];
const RENAMED_TO = '上海市嘉定区新名服务中心';

/** The order for 燚犇乐园: exact; prefix (space < Latin < CJK); contains; former name only. */
const BY_RELEVANCE = ['燚犇乐园', '燚 犇乐园协会', '燚犇乐园 之家', '燚犇乐园ab会', '燚犇乐园服务社', '上海燚犇乐园中心', '嘉定区燚犇乐园服务中心', RENAMED_TO];
/** The order for 燚犇 (the grams path): no exact name, so prefixes first. */
const BY_RELEVANCE_2 = ['燚 犇乐园协会', '燚犇乐园', '燚犇乐园 之家', '燚犇乐园ab会', '燚犇乐园服务社', '上海燚犇乐园中心', '嘉定区燚犇乐园服务中心', RENAMED_TO];

beforeAll(async () => {
  t = await startTestApp();
  const jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
  const ids: Record<string, string> = {};
  for (const [i, name] of NAMES.entries()) {
    const r = await t.ok(OrganisationRegisterDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts({ name }), code: uscc('52'), registrationDate: '2026-03-10', certificateNumber: `s${i}`, decisionNumber: `s${i}` },
    }, jiading);
    expect(r.organisationRegister.userErrors).toEqual([]);
    ids[name] = r.organisationRegister.organisation!.id;
  }
  await t.ok(OrganisationAmendDocument, { input: { id: ids['燚犇乐园旧名中心']!, effectiveDate: '2026-06-01', decisionNumber: 'r', name: RENAMED_TO } }, jiading);
});
afterAll(() => t?.stop());

/** Every name of a search, page by page (forward). */
async function pages(name: string, first: number): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let after: string | null | undefined;
  for (let n = 1; ; n++) {
    const r = await t.ok(OrganisationsDocument, { filter: { name }, first, after });
    names.push(...r.organisations.nodes.map((o) => o.name));
    if (!r.organisations.pageInfo.hasNextPage) return { names, pages: n };
    after = r.organisations.pageInfo.endCursor;
  }
}

// The same expectations through each strategy: all matches ranked at once (few matches),
// tier by tier with the contains tier through the trigram / grams index after a window,
// and tier by tier walking the name order (broad terms).
const DEFAULTS = structuredClone(searchTuning);
const STRATEGIES = {
  'few matches': DEFAULTS,
  'tiers, trigram index after a window': { few: 0, window: { trigram: 2, grams: 2 }, broad: Number.MAX_SAFE_INTEGER },
  'tiers, walking the name order': { few: 0, window: { trigram: 2, grams: 2 }, broad: 0 },
};

describe.each(Object.entries(STRATEGIES))('RELEVANCE tiers: %s', (_, tuning) => {
  beforeAll(() => void Object.assign(searchTuning, structuredClone(tuning)));
  afterAll(() => void Object.assign(searchTuning, structuredClone(DEFAULTS)));

  it('orders exact, prefix (also of a name with a space or lower-case Latin), contains, then former name only', async () => {
    const r = await t.ok(OrganisationsDocument, { filter: { name: '燚犇乐园' }, first: 20 });
    expect(r.organisations.nodes.map((n) => n.name)).toEqual(BY_RELEVANCE);
    expect(r.organisations.totalCount).toBe(8);
    expect(r.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('pages across every tier boundary with after, one and three at a time, without repeats or gaps', async () => {
    expect(await pages('燚犇乐园', 1)).toEqual({ names: BY_RELEVANCE, pages: 8 });
    expect(await pages('燚犇乐园', 3)).toEqual({ names: BY_RELEVANCE, pages: 3 });
  });

  it('pages the 1–2 character (grams) search the same way', async () => {
    expect(await pages('燚犇', 20)).toEqual({ names: BY_RELEVANCE_2, pages: 1 });
    expect(await pages('燚犇', 2)).toEqual({ names: BY_RELEVANCE_2, pages: 4 });
  });

  it('finds an organisation by its former name only, last, and pages to it from the contains tier', async () => {
    const former = await t.ok(OrganisationsDocument, { filter: { name: '燚犇乐园旧名' }, first: 5 });
    expect(former.organisations.nodes.map((n) => n.name)).toEqual([RENAMED_TO]);
    const contains = await t.ok(OrganisationsDocument, { filter: { name: '燚犇乐园' }, first: 7 });
    const rest = await t.ok(OrganisationsDocument, { filter: { name: '燚犇乐园' }, first: 7, after: contains.organisations.pageInfo.endCursor });
    expect(rest.organisations.nodes.map((n) => n.name)).toEqual([RENAMED_TO]);
    expect(rest.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('pages backwards with last/before across tiers', async () => {
    const names: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const r = await t.ok(OrganisationsBeforeDocument, { filter: { name: '燚犇乐园' }, last: 3, before });
      names.unshift(...r.organisations.nodes.map((o) => o.name));
      if (!r.organisations.pageInfo.hasPreviousPage) break;
      before = r.organisations.pageInfo.startCursor;
    }
    expect(names).toEqual(BY_RELEVANCE);
  });

  it('refuses a cursor of another order', async () => {
    const byName = await t.ok(OrganisationsDocument, { filter: { name: '燚犇乐园' }, orderBy: 'NAME', first: 1 });
    const r = await t.gql(OrganisationsDocument, { filter: { name: '燚犇乐园' }, first: 1, after: byName.organisations.pageInfo.endCursor });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the contains tier starts at its trigram bound (OrganisationSearchBound)', () => {
  const bound = async (gram: string) =>
    (await t.app.sql.query<{ first_name: string; last_name: string }>('select first_name, last_name from organisation_search_bound where gram = $1', [gram]))[0];

  it('keeps, for each trigram of the normalised names, the first and last name in name order, through registration and renaming', async () => {
    // 燚犇乐 is in the normalised form of each name above ("燚 犇乐园协会" too): first and last in code-point order
    expect(await bound('燚犇乐')).toEqual({ first_name: '上海燚犇乐园中心', last_name: '燚犇乐园服务社' });
    const jiading = await t.token({ role: Role.AUTHORITY, regionCode: '310114' });
    const register = async (name: string) => (await t.ok(OrganisationRegisterDocument, {
      input: { type: 'SERVICE_INSTITUTION', facts: serviceInstitutionFacts({ name }), code: uscc('52'), registrationDate: '2026-03-10', certificateNumber: 'b', decisionNumber: 'b' },
    }, jiading)).organisationRegister.organisation!.id;
    await register('乙鑫犇燚服务中心');
    const renamed = await register('丙鑫犇燚服务中心');
    expect(await bound('鑫犇燚')).toEqual({ first_name: '丙鑫犇燚服务中心', last_name: '乙鑫犇燚服务中心' });
    // a rename to a name earlier in the order moves the bound; the old name's entry only widens it
    await t.ok(OrganisationAmendDocument, { input: { id: renamed, effectiveDate: '2026-06-01', decisionNumber: 'r', name: '一鑫犇燚服务中心' } }, jiading);
    expect(await bound('鑫犇燚')).toEqual({ first_name: '一鑫犇燚服务中心', last_name: '乙鑫犇燚服务中心' });
  });

  for (const [label, tuning] of Object.entries(STRATEGIES)) {
    it(`finds every contains match from the bound, forwards and backwards (${label})`, async () => {
      Object.assign(searchTuning, structuredClone(tuning));
      try {
        expect((await pages('鑫犇燚', 1)).names).toEqual(['一鑫犇燚服务中心', '乙鑫犇燚服务中心']);
        const back = await t.ok(OrganisationsBeforeDocument, { filter: { name: '鑫犇燚' }, last: 1 });
        expect(back.organisations.nodes.map((o) => o.name)).toEqual(['乙鑫犇燚服务中心']);
        // a term with a trigram in no name has no contains match, but still finds a former name (tier 3)
        expect((await pages('丙鑫犇燚', 5)).names).toEqual(['一鑫犇燚服务中心']);
        expect((await pages('鑫犇燚乐', 5)).names).toEqual([]);
      } finally {
        Object.assign(searchTuning, structuredClone(DEFAULTS));
      }
    });
  }
});
