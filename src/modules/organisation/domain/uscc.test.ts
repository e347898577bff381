import { describe, expect, it } from 'vitest';
import {
  CIVIL_AFFAIRS_CATEGORIES,
  USCC_CHARSET,
  isValidUscc,
  makeUscc,
  normalizeUscc,
  orgCodeCheckCharacter,
  usccCheckCharacter,
  usccParts,
  usccPrefixesFor,
  validateUscc,
  validateUsccFormat,
} from './uscc.js';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('R-USCC-1: charset and structure', () => {
  it('R-USCC-1: uses 31 characters without I, O, S, V, Z', () => {
    expect(USCC_CHARSET).toHaveLength(31);
    for (const ch of 'IOSVZ') expect(USCC_CHARSET).not.toContain(ch);
  });

  it('R-USCC-1: accepts the rulebook\'s valid civil-affairs codes', () => {
    expect(validateUscc('53100000500021676K')).toEqual([]);
    expect(validateUscc('53100000500019795A')).toEqual([]);
  });

  it('R-USCC-1: normalises spaces, lower case and full-width input', () => {
    expect(normalizeUscc(' 53100000500021676k ')).toBe('53100000500021676K');
    expect(validateUscc(' 531000005000 21676k\n')).toEqual([]);
    expect(validateUscc('５３100000500021676K')).toEqual([]);
  });

  it('R-USCC-1: reports a wrong length with the length given', () => {
    const p = validateUscc('53100000500021676');
    expect(codes(p)).toEqual(['USCC_LENGTH']);
    expect(p[0]!.message).toContain('17');
    expect(p[0]!.field).toBe('uscc');
  });

  it('R-USCC-1: names each character that is not allowed and its position', () => {
    const p = validateUscc('5310000050002167OI');
    expect(codes(p)).toEqual(['USCC_CHARSET']);
    expect(p[0]!.message).toContain('第17位“O”');
    expect(p[0]!.message).toContain('"I" at position 18');
  });

  it('R-USCC-1: reports length and charset together when both are wrong', () => {
    expect(codes(validateUscc('5310000S'))).toEqual(['USCC_LENGTH', 'USCC_CHARSET']);
  });

  it('R-USCC-1: a valid enterprise code is not a civil-affairs code (department 9)', () => {
    expect(validateUsccFormat('91350100M000100Y43')).toEqual([]);
    const p = validateUscc('91350100M000100Y43');
    expect(codes(p)).toEqual(['USCC_DEPARTMENT']);
    expect(p[0]!.message).toMatch(/应为“5”.*实际为“9”/);
  });

  it('R-USCC-1: rejects an unknown category under department 5', () => {
    const code = makeUscc('57', '310114', '50002167');
    const p = validateUscc(code);
    expect(codes(p)).toEqual(['USCC_CATEGORY']);
    expect(p[0]!.message).toContain('“7”');
  });

  it('R-USCC-1: rejects a registrar division that is not a county-level-or-above code', () => {
    expect(codes(validateUscc(makeUscc('51', '310014', '50002167')))).toEqual(['USCC_DIVISION']);
    expect(codes(validateUscc(makeUscc('51', '000000', '50002167')))).toEqual(['USCC_DIVISION']);
    expect(validateUscc(makeUscc('51', '310114', '50002167'))).toEqual([]);
  });

  it('R-USCC-1: keeps the category table as data, committees (54/55) marked unsure', () => {
    expect(CIVIL_AFFAIRS_CATEGORIES.map((c) => c.category)).toEqual(['1', '2', '3', '4', '5', '9']);
    expect(CIVIL_AFFAIRS_CATEGORIES.filter((c) => c.unsure).map((c) => c.category)).toEqual(['4', '5']);
    expect(usccPrefixesFor('COMMITTEE')).toEqual(['54', '55']);
    expect(validateUscc(makeUscc('54', '330402', '12345678'), 'COMMITTEE')).toEqual([]);
    expect(validateUscc(makeUscc('55', '330402', '12345678'), 'COMMITTEE')).toEqual([]);
  });

  it('R-USCC-1: splits a code into its parts', () => {
    expect(usccParts('53100000500021676K')).toEqual({ department: '5', category: '3', divisionCode: '100000', orgCode: '500021676', check: 'K' });
  });
});

describe('R-USCC-2: check character', () => {
  it('R-USCC-2: computes the check character of the valid examples', () => {
    expect(usccCheckCharacter('53100000500021676')).toBe('K');
    expect(usccCheckCharacter('53100000500019795')).toBe('A');
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('R-USCC-2: rejects a wrong check character and says which one is expected', () => {
    const p = validateUscc('53100000500020462H');
    expect(codes(p)).toContain('USCC_CHECK_CHARACTER');
    const check = p.find((x) => x.code === 'USCC_CHECK_CHARACTER')!;
    expect(check.message).toMatch(/^统一社会信用代码校验位错误：第18位应为“.”，实际为“H” \/ wrong check character in the unified social credit code/);
  });

  it('R-USCC-2: one changed character breaks the check', () => {
    expect(codes(validateUscc('53100000500021676L'))).toEqual(['USCC_CHECK_CHARACTER']);
    expect(isValidUscc('53100000500021676L')).toBe(false);
  });

  it('R-USCC-2: a remainder of 0 gives check character 0, not 31', () => {
    // Find a body whose weighted sum is a multiple of 31 by trying organisation code bases.
    let found: string | undefined;
    for (let i = 0; i < 2000 && !found; i++) {
      const code = makeUscc('51', '310114', String(10000000 + i));
      if (code.endsWith('0')) found = code;
    }
    expect(found).toBeDefined();
    expect(validateUscc(found!)).toEqual([]);
  });

  it('R-USCC-2: refuses to compute from the wrong number of characters', () => {
    expect(() => usccCheckCharacter('5310000050002167')).toThrow();
    expect(() => usccCheckCharacter('5310000050002167I')).toThrow();
  });
});

describe('R-USCC-3: embedded organisation code', () => {
  it('R-USCC-3: 500021676 is a valid organisation code', () => {
    expect(orgCodeCheckCharacter('50002167')).toBe('6');
  });

  it('R-USCC-3: letters count A=10 … Z=35, 10 → X and 11 → 0', () => {
    // The enterprise example 91350100M000100Y43 embeds M000100Y4: M = 22, Y = 34.
    expect(orgCodeCheckCharacter('M000100Y')).toBe('4');
    // Weighted sum 3·1 + 7·1 = 10 → 11 − 10 = 1.
    expect(orgCodeCheckCharacter('11000000')).toBe('1');
    // 3·3 + 2·1 = 11 → remainder 0 → 11 → '0'.
    expect(orgCodeCheckCharacter('30000001')).toBe('0');
    // 3·4 = 12 → remainder 1 → 10 → 'X'.
    expect(orgCodeCheckCharacter('40000000')).toBe('X');
    // A = 10: 3·10 = 30 → remainder 8 → 3.
    expect(orgCodeCheckCharacter('A0000000')).toBe('3');
  });

  it('R-USCC-3: reports a broken organisation code separately from the final check', () => {
    // Position 17 changed from 6 to 7 and position 18 recomputed: only the organisation code is wrong.
    const body = '53100000500021677';
    const code = body + usccCheckCharacter(body);
    const p = validateUscc(code);
    expect(codes(p)).toEqual(['USCC_ORG_CODE_CHECK']);
    expect(p[0]!.message).toContain('第17位应为“6”，实际为“7”');
  });

  it('R-USCC-3: the invalid rulebook example has a sound organisation code; only position 18 is wrong', () => {
    expect(orgCodeCheckCharacter('50002046')).toBe('2');
    expect(codes(validateUscc('53100000500020462H'))).toEqual(['USCC_CHECK_CHARACTER']);
  });
});

describe('R-USCC-4: the type prefix matches the organisation type', () => {
  it('R-USCC-4: 51 social group, 52 service institution, 53 foundation', () => {
    expect(validateUscc(makeUscc('51', '310114', '50002167'), 'SOCIAL_GROUP')).toEqual([]);
    expect(validateUscc(makeUscc('52', '310114', '50002167'), 'SERVICE_INSTITUTION')).toEqual([]);
    expect(validateUscc('53100000500021676K', 'FOUNDATION')).toEqual([]);
  });

  it('R-USCC-4: a foundation code given for a social group is a mismatch naming the right prefix', () => {
    const p = validateUscc('53100000500021676K', 'SOCIAL_GROUP');
    expect(codes(p)).toEqual(['USCC_TYPE_MISMATCH']);
    expect(p[0]!.message).toContain('应为“51”');
    expect(p[0]!.message).toContain('needs 51');
  });

  it('R-USCC-4: the field name is carried on every problem', () => {
    expect(validateUscc('53100000500020462H', 'SOCIAL_GROUP', 'input.uscc').every((p) => p.field === 'input.uscc')).toBe(true);
  });
});

describe('makeUscc', () => {
  it('builds the rulebook example from its parts', () => {
    expect(makeUscc('53', '100000', '50002167')).toBe('53100000500021676K');
    expect(makeUscc('53', '100000', '50001979')).toBe('53100000500019795A');
  });

  it('produces valid codes for many bases, letters included', () => {
    for (const base of ['MJ4A2B3C', '0000000A', 'XY123456', '99999999']) expect(validateUscc(makeUscc('52', '330402', base)), base).toEqual([]);
  });

  it('refuses malformed parts', () => {
    expect(() => makeUscc('5', '310114', '50002167')).toThrow();
    expect(() => makeUscc('51', '31011', '50002167')).toThrow();
    expect(() => makeUscc('51', '310114', '5000216')).toThrow();
    expect(() => makeUscc('51', '310114', '5000216O')).toThrow();
  });
});
