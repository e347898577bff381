/**
 * Personal data at rest: AES-256-GCM with a random IV per value (ciphertext, IV and tag in
 * one base64 string, prefixed with a key version for rotation), and a keyed HMAC-SHA256 of the
 * normalised value for exact lookup and de-duplication without decrypting. Keys derive from
 * PII_KEY with HKDF, one per purpose. Plain values are never logged.
 */
import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

export const PII_SERVICE = 'platform.pii';
const VERSION = 'v1';

function parseKey(raw: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('PII_KEY must be 32 bytes, as 64 hex characters or base64');
  return key;
}

/**
 * A fresh random 96-bit GCM nonce. Drawn from a pool the CSPRNG fills 1,024 nonces at a time:
 * one `randomBytes` call per value cost ~8 µs here (a system call), 1.6 s of an import of
 * 100,000 people. A refill allocates a new pool, so a nonce handed out is never overwritten.
 */
const IV_BYTES = 12;
let ivPool = Buffer.alloc(0);
let ivAt = 0;
function nextIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * 1024);
    ivAt = 0;
  }
  ivAt += IV_BYTES;
  return ivPool.subarray(ivAt - IV_BYTES, ivAt);
}

export class PiiCipher {
  // KeyObjects, not Buffers: a Buffer key is re-imported on every call (5× slower HMACs in bulk imports).
  private readonly encKey: KeyObject;
  private readonly macKey: KeyObject;

  constructor(rawKey: string) {
    const master = parseKey(rawKey);
    this.encKey = createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'civic-registry pii encryption', 32)));
    this.macKey = createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'civic-registry pii lookup hash', 32)));
  }

  /** Encrypts a value; null stays null. */
  encrypt(plain: string | null | undefined): string | null {
    if (plain == null) return null;
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** Decrypts a value written by `encrypt`; throws when it was tampered with. */
  decrypt(stored: string | null | undefined): string | null {
    if (stored == null) return null;
    const [version, data] = stored.split(':', 2);
    if (version !== VERSION || !data) throw new Error('unknown personal-data cipher version');
    const buf = Buffer.from(data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, buf.subarray(0, 12));
    decipher.setAuthTag(buf.subarray(12, 28));
    return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Keyed hash for exact lookup (the caller normalises: trim, upper-case ID numbers). */
  hash(value: string | null | undefined): string | null {
    if (value == null) return null;
    return createHmac('sha256', this.macKey).update(value, 'utf8').digest('hex');
  }
}
