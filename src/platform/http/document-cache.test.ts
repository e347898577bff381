import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from './document-cache.js';

const schema = buildSchema('type Query { a: Int } type Subscription { tick(n: Int): Int }');

describe('DocumentCache (subscription documents)', () => {
  it('parses and validates a query text once: the same text gives the same document', () => {
    const cache = new DocumentCache(schema, 10);
    const a = cache.get('subscription { tick(n: 1) }');
    const b = cache.get('subscription { tick(n: 1) }');
    expect('document' in a && 'document' in b && a.document === b.document).toBe(true);
    expect(cache.size).toBe(1);
  });

  it('keeps syntax and validation errors, so a bad text is refused the same way every time', () => {
    const cache = new DocumentCache(schema, 10);
    const syntax = cache.get('subscription { tick(');
    expect('errors' in syntax && syntax.errors[0]!.message).toMatch(/Syntax Error/);
    const invalid = cache.get('subscription { nope }');
    expect('errors' in invalid && invalid.errors[0]!.message).toMatch(/Cannot query field "nope"/);
  });

  it('drops the least recently used text when full', () => {
    const cache = new DocumentCache(schema, 2);
    const first = cache.get('subscription { tick(n: 1) }');
    cache.get('subscription { tick(n: 2) }');
    cache.get('subscription { tick(n: 1) }'); // used again: now the most recent
    cache.get('subscription { tick(n: 3) }'); // evicts n: 2
    expect(cache.size).toBe(2);
    const again = cache.get('subscription { tick(n: 1) }');
    expect('document' in first && 'document' in again && first.document === again.document).toBe(true);
    const reparsed = cache.get('subscription { tick(n: 2) }');
    expect('document' in reparsed).toBe(true);
    expect(cache.size).toBe(2);
  });
});
