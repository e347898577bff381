import type { Sql } from '../../platform/db/sql.js';

/** Which region codes the register knows, each looked up once (bulk jobs check thousands of rows). */
export class RegionCodes {
  private readonly known = new Map<string, boolean>();
  constructor(private readonly db: Sql) {}

  /** Looks up the codes not seen yet, in one statement. */
  async load(codes: Iterable<string>): Promise<void> {
    const missing = [...new Set(codes)].filter((c) => c && !this.known.has(c));
    if (!missing.length) return;
    const found = new Set((await this.db.query<{ code: string }>('select code from region where code = any($1)', [missing])).map((r) => r.code));
    for (const c of missing) this.known.set(c, found.has(c));
  }

  /** True when `code` was loaded and exists. */
  has(code: string): boolean {
    return this.known.get(code) ?? false;
  }
}
