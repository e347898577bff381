import { describe, expect, it } from 'vitest';
import {
  NATIONAL_CODE,
  ancestorCodesOf,
  isInSubtree,
  isRegionCode,
  isValidChildCode,
  levelRank,
  parentCodeOf,
  regionCodeProblem,
  regionLevelOf,
  subtreePrefix,
} from './region-code.js';

describe('R-REGION-1: levels from the code', () => {
  it('R-REGION-1: reads the level from length and zero suffix', () => {
    expect(regionLevelOf('100000')).toBe('NATIONAL');
    expect(regionLevelOf('310000')).toBe('PROVINCE');
    expect(regionLevelOf('310100')).toBe('CITY');
    expect(regionLevelOf('310114')).toBe('DISTRICT');
    expect(regionLevelOf('310114001')).toBe('TOWNSHIP');
    expect(regionLevelOf('310114001001')).toBe('COMMUNITY');
    expect(regionLevelOf('230300')).toBe('CITY');
    expect(regionLevelOf('330402')).toBe('DISTRICT');
  });

  it('R-REGION-1: rejects malformed codes', () => {
    for (const bad of ['', '31', '3101140', '000000', '310014', '310114000', '310114001000', '31011400100', 'abcdef', '31011400100A', '3101140010011'])
      expect(regionLevelOf(bad), bad).toBeUndefined();
    expect(isRegionCode('310114')).toBe(true);
    expect(isRegionCode('310014')).toBe(false);
  });

  it('R-REGION-1: a township or community under a malformed parent is malformed', () => {
    expect(regionLevelOf('310014001')).toBeUndefined();
    expect(regionLevelOf('310014001001')).toBeUndefined();
  });

  it('R-REGION-1: levels are ordered from the ministry down', () => {
    expect(levelRank('NATIONAL')).toBeLessThan(levelRank('PROVINCE'));
    expect(levelRank('DISTRICT')).toBeLessThan(levelRank('TOWNSHIP'));
  });
});

describe('R-REGION-1: the tree', () => {
  it('R-REGION-1: finds each parent up to the national root', () => {
    expect(parentCodeOf('310114001001')).toBe('310114001');
    expect(parentCodeOf('310114001')).toBe('310114');
    expect(parentCodeOf('310114')).toBe('310100');
    expect(parentCodeOf('310100')).toBe('310000');
    expect(parentCodeOf('310000')).toBe(NATIONAL_CODE);
    expect(parentCodeOf(NATIONAL_CODE)).toBeUndefined();
    expect(parentCodeOf('bad')).toBeUndefined();
  });

  it('R-REGION-1: a county under a province-administered pseudo-city (429004 仙桃) has parent 429000', () => {
    expect(parentCodeOf('429004')).toBe('429000');
    expect(regionLevelOf('429000')).toBe('CITY');
  });

  it('R-REGION-1: a township of a district-less city (东莞 441900) hangs under the city', () => {
    expect(parentCodeOf('441900003')).toBe('441900');
    expect(isValidChildCode('441900', '441900003')).toBe(true);
  });

  it('R-REGION-1: lists ancestors root first', () => {
    expect(ancestorCodesOf('310114001001')).toEqual(['100000', '310000', '310100', '310114', '310114001']);
    expect(ancestorCodesOf(NATIONAL_CODE)).toEqual([]);
  });

  it('R-REGION-1: a child is one level below and starts with its parent', () => {
    expect(isValidChildCode('310000', '310100')).toBe(true);
    expect(isValidChildCode('310100', '310114')).toBe(true);
    expect(isValidChildCode('310114', '310114001')).toBe(true);
    expect(isValidChildCode('310114001', '310114001001')).toBe(true);
    expect(isValidChildCode(NATIONAL_CODE, '310000')).toBe(true);
  });

  it('R-REGION-1: rejects grandchildren, strangers and the code itself as children', () => {
    expect(isValidChildCode('310000', '310114')).toBe(false);
    expect(isValidChildCode('310100', '310114001')).toBe(false);
    expect(isValidChildCode('310114', '310115001')).toBe(false);
    expect(isValidChildCode('310114', '310114')).toBe(false);
    expect(isValidChildCode('310114', '310014001')).toBe(false);
  });
});

describe('R-REGION-1: authorities see their own subtree', () => {
  it('R-REGION-1: subtree prefixes for an indexed LIKE filter', () => {
    expect(subtreePrefix(NATIONAL_CODE)).toBe('');
    expect(subtreePrefix('310000')).toBe('31');
    expect(subtreePrefix('310100')).toBe('3101');
    expect(subtreePrefix('310114')).toBe('310114');
    expect(subtreePrefix('310114001')).toBe('310114001');
    expect(subtreePrefix('310114001001')).toBe('310114001001');
    expect(subtreePrefix('3101')).toBeUndefined();
  });

  it('R-REGION-1: the national code covers every region', () => {
    for (const code of ['310000', '310114', '230300', '310114001001', NATIONAL_CODE]) expect(isInSubtree(NATIONAL_CODE, code)).toBe(true);
  });

  it('R-REGION-1: a district sees itself and below, not its neighbour', () => {
    expect(isInSubtree('310114', '310114')).toBe(true);
    expect(isInSubtree('310114', '310114001001')).toBe(true);
    expect(isInSubtree('310114', '310115')).toBe(false);
    expect(isInSubtree('310114', '310110001')).toBe(false);
    expect(isInSubtree('310114', '310100')).toBe(false);
  });

  it('R-REGION-1: a province sees its cities, a city does not see another city', () => {
    expect(isInSubtree('310000', '310114')).toBe(true);
    expect(isInSubtree('230000', '230300')).toBe(true);
    expect(isInSubtree('230300', '230400')).toBe(false);
    expect(isInSubtree('310000', '320100')).toBe(false);
  });

  it('R-REGION-1: malformed codes are in no subtree', () => {
    expect(isInSubtree('310114', '3101140')).toBe(false);
    expect(isInSubtree('bad', '310114')).toBe(false);
  });

  it('R-REGION-1: explains a malformed code to the clerk', () => {
    expect(regionCodeProblem('310114')).toBeUndefined();
    expect(regionCodeProblem('31011', 'domicileRegion')).toMatchObject({ code: 'REGION_CODE_INVALID', field: 'domicileRegion' });
    expect(regionCodeProblem('31011')!.message).toMatch(/^区划代码.* \/ division code/);
  });
});
