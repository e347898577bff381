import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';

/** Distinct subscription documents kept parsed and validated (partners send a handful each). */
export const DOCUMENT_CACHE_SIZE = 500;

/**
 * Parsed and validated documents by query text. Ten thousand partners subscribing with the same
 * text share one document: parsing and validating once instead of per subscriber saves the CPU
 * at connect storms and the memory of ten thousand identical ASTs, and lets the fan-out group
 * by document identity. Least recently used texts leave first.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { document: DocumentNode } | { errors: readonly GraphQLError[] }>();
  constructor(private readonly schema: GraphQLSchema, private readonly max: number) {}

  get(query: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
    let entry = this.entries.get(query);
    if (entry) {
      this.entries.delete(query); // re-insert: most recently used last
    } else {
      try {
        const document = parse(query);
        const errors = validate(this.schema, document);
        entry = errors.length ? { errors } : { document };
      } catch (e) {
        entry = { errors: [e as GraphQLError] };
      }
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(query, entry);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}
