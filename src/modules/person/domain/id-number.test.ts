import { describe, expect, it } from 'vitest';
import {
  idCheckCharacter,
  makeIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  phoneKind,
  validateIdNumber,
  validatePhone,
} from './id-number.js';

const TODAY = '2026-03-01';
const problemCodes = (r: ReturnType<typeof validateIdNumber>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('R-VOL-1: GB 11643 identity numbers', () => {
  it('R-VOL-1: accepts a well-known valid number and reads birth date, sex and region', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
      regionCode: '110105',
    });
  });

  it('R-VOL-1: computes the mod-11 check character, X for 10', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    // Sum 0 → remainder 0 → '1'.
    expect(idCheckCharacter('00000000000000000')).toBe('1');
  });

  it('R-VOL-1: normalises a lower-case x, spaces and full-width digits', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(validateIdNumber('１１0105194912310０2x', TODAY).ok).toBe(true);
  });

  it('R-VOL-1: odd sequence is male, even is female', () => {
    const male = validateIdNumber(makeIdNumber('310114', '1990-03-07', 123), TODAY);
    const female = validateIdNumber(makeIdNumber('310114', '1990-03-07', 122), TODAY);
    expect(male.ok && male.sex).toBe('MALE');
    expect(female.ok && female.sex).toBe('FEMALE');
  });

  it('R-VOL-1: rejects a wrong check character and names the expected one', () => {
    const r = validateIdNumber('110105194912310021', TODAY);
    expect(problemCodes(r)).toEqual(['ID_CHECK_CHARACTER']);
    expect(!r.ok && r.problems[0]!.message).toContain('应为“X”，实际为“1”');
  });

  it('R-VOL-1: rejects a wrong length or characters', () => {
    expect(problemCodes(validateIdNumber('1101051949123100', TODAY))).toEqual(['ID_LENGTH']);
    expect(problemCodes(validateIdNumber('11010519491231002Y', TODAY))).toEqual(['ID_CHARSET']);
    expect(problemCodes(validateIdNumber('1101051949123X002X', TODAY))).toEqual(['ID_CHARSET']);
  });

  it('R-VOL-1: rejects an impossible birth date (31 February, 1870)', () => {
    const bad = '110105' + '19900231' + '123';
    expect(problemCodes(validateIdNumber(bad + idCheckCharacter(bad), TODAY))).toEqual(['ID_BIRTH_DATE']);
    const old = '110105' + '18700101' + '123';
    expect(problemCodes(validateIdNumber(old + idCheckCharacter(old), TODAY))).toEqual(['ID_BIRTH_DATE']);
  });

  it('R-VOL-1: a birth date today is accepted, tomorrow is in the future', () => {
    expect(validateIdNumber(makeIdNumber('310114', '2026-03-01', 1), TODAY).ok).toBe(true);
    expect(problemCodes(validateIdNumber(makeIdNumber('310114', '2026-03-02', 1), TODAY))).toEqual(['ID_BIRTH_DATE_FUTURE']);
  });

  it('R-VOL-1: rejects an unknown province prefix, and reports every problem at once', () => {
    const body = '990105' + '20300101' + '123';
    const r = validateIdNumber(body + '0', TODAY, 'volunteer.idNumber');
    const codes = problemCodes(r);
    expect(codes).toContain('ID_REGION');
    expect(codes).toContain('ID_BIRTH_DATE_FUTURE');
    expect(!r.ok && r.problems.every((p) => p.field === 'volunteer.idNumber')).toBe(true);
  });

  it('R-VOL-1: makeIdNumber refuses malformed parts', () => {
    expect(() => makeIdNumber('31011', '1990-01-01', 1)).toThrow();
    expect(() => makeIdNumber('310114', '1990-02-30', 1)).toThrow();
    expect(() => makeIdNumber('310114', '1990-01-01', 1000)).toThrow();
  });
});

describe('R-ORG-8: private numbers are masked', () => {
  it('R-ORG-8: an ID number keeps its first and last 4 characters', () => {
    expect(maskIdNumber('31011419900307123X')).toBe('3101**********123X');
    expect(maskIdNumber('31011419900307123x')).toBe('3101**********123X');
    expect(maskIdNumber('1234567')).toBe('*******');
  });

  it('R-ORG-8: a mobile keeps its first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it('R-ORG-8: a landline keeps its area code and last 4 digits', () => {
    expect(maskPhone('021-12345678')).toBe('021-****5678');
    expect(maskPhone('0379-6123456')).toBe('0379-***3456');
    expect(maskPhone('abc')).toBe('***');
  });
});

describe('phone numbers', () => {
  it('recognises Chinese mobiles (1[3-9] + 9 digits)', () => {
    expect(phoneKind('13812345678')).toBe('MOBILE');
    expect(phoneKind('19912345678')).toBe('MOBILE');
    expect(phoneKind('0086-138-1234-5678')).toBe('MOBILE');
    expect(phoneKind('12812345678')).toBeUndefined();
    expect(phoneKind('1381234567')).toBeUndefined();
  });

  it('recognises landlines with 3- and 4-digit area codes', () => {
    expect(phoneKind('021-12345678')).toBe('LANDLINE');
    expect(phoneKind('02112345678')).toBe('LANDLINE');
    expect(phoneKind('010-6512345')).toBe('LANDLINE');
    expect(phoneKind('(0379)61234567')).toBe('LANDLINE');
    expect(phoneKind('021-12345678-801')).toBe('LANDLINE');
    expect(phoneKind('12345678')).toBeUndefined();
    expect(phoneKind('021-123456')).toBeUndefined();
  });

  it('normalises to a canonical form', () => {
    expect(normalizePhone('138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('(021)12345678')).toBe('021-12345678');
    expect(normalizePhone('02112345678')).toBe('021-12345678');
  });

  it('explains a malformed phone number', () => {
    expect(validatePhone('13812345678')).toBeUndefined();
    const p = validatePhone('12345', 'contactPhone')!;
    expect(p).toMatchObject({ code: 'PHONE_INVALID', field: 'contactPhone' });
    expect(p.message).toMatch(/^电话号码.* \/ the phone number/);
  });
});
