import { describe, expect, it } from 'vitest';
import { PiiCipher } from './pii.js';

const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

describe('personal data at rest', () => {
  const pii = new PiiCipher(KEY);

  it('round-trips a value and never stores it in the clear', () => {
    const stored = pii.encrypt('31011419900307123X')!;
    expect(stored).not.toContain('31011419900307123X');
    expect(pii.decrypt(stored)).toBe('31011419900307123X');
  });

  it('encrypts the same value differently each time (random IV), but hashes it the same', () => {
    expect(pii.encrypt('13812345678')).not.toBe(pii.encrypt('13812345678'));
    expect(pii.hash('13812345678')).toBe(pii.hash('13812345678'));
    expect(pii.hash('13812345678')).not.toBe(pii.hash('13812345679'));
  });

  it('gives every value its own nonce, across refills of the nonce pool, and each decrypts', () => {
    const values = Array.from({ length: 3000 }, (_, i) => `1381234${String(i).padStart(4, '0')}`);
    const stored = values.map((v) => pii.encrypt(v)!);
    const nonces = new Set(stored.map((s) => Buffer.from(s.split(':')[1]!, 'base64').subarray(0, 12).toString('hex')));
    expect(nonces.size).toBe(values.length);
    expect(stored.map((s) => pii.decrypt(s))).toEqual(values);
  });

  it('detects tampering', () => {
    const stored = pii.encrypt('13812345678')!;
    const tampered = stored.slice(0, -4) + (stored.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => pii.decrypt(tampered)).toThrow();
  });

  it('hashes depend on the key, so a leaked table cannot be matched without it', () => {
    const other = new PiiCipher('ff'.repeat(32));
    expect(other.hash('13812345678')).not.toBe(pii.hash('13812345678'));
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new PiiCipher('abcd')).toThrow(/32 bytes/);
  });
});
