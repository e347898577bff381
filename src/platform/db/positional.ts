/** MikroORM's raw execute takes `?` placeholders; our SQL is written with `$n` like the read path. */
export function positional(sql: string, params: unknown[]): [string, unknown[]] {
  const out: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
    out.push(params[Number(n) - 1]);
    return '?';
  });
  return [text, out];
}
