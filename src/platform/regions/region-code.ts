/** PLACEHOLDER until the domain helper lands: significant prefix of a division code. */
export function subtreePrefix(code: string): string {
  if (code === '100000') return '';
  if (code.length === 6) {
    if (code.endsWith('0000')) return code.slice(0, 2);
    if (code.endsWith('00')) return code.slice(0, 4);
  }
  return code;
}

/** PLACEHOLDER: ancestors of a code, root (100000) first. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  let c = code;
  for (;;) {
    let p: string | undefined;
    if (c.length === 12) p = c.slice(0, 9);
    else if (c.length === 9) p = c.slice(0, 6);
    else if (c === '100000') p = undefined;
    else if (!c.endsWith('00')) p = c.slice(0, 4) + '00';
    else if (!c.endsWith('0000')) p = c.slice(0, 2) + '0000';
    else p = '100000';
    if (!p) break;
    out.unshift(p);
    c = p;
  }
  return out;
}
