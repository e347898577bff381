import { describe, expect, it } from 'vitest';
import { bulkUuidv7 } from './ids.js';

describe('bulkUuidv7', () => {
  it('is a v7 UUID whose first 48 bits are the time, distinct on every call', () => {
    const now = Date.UTC(2026, 5, 1);
    const ids = Array.from({ length: 1000 }, () => bulkUuidv7(now));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(now);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
