/**
 * Name search for Chinese organisation names: any substring must be found, including 1- and
 * 2-character queries, which trigram indexes cannot serve. So every name carries its 1- and
 * 2-character substrings (an array with a GIN index: `name_grams @> {q}`), and queries of 3+
 * characters use a trigram index over the names (`search_text LIKE %q%`).
 */

/** Normalises names and queries alike: trims, folds full-width ASCII and spaces, upper-cases Latin. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** Every distinct 1- and 2-character substring of the given names (normalised). */
export function nameGrams(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    const chars = Array.from(normalizeName(raw));
    for (let i = 0; i < chars.length; i++) {
      out.add(chars[i]!);
      if (i + 1 < chars.length) out.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...out];
}

/** The text the trigram index covers: current and former names, normalised, separated. */
export function searchText(name: string, formerNames: readonly string[]): string {
  return [name, ...formerNames].map(normalizeName).join('|');
}

/** How a query is run: by grams (1–2 characters) or by trigram LIKE (3+). */
export function searchStrategy(query: string): { kind: 'grams' | 'trigram'; term: string } | undefined {
  const term = normalizeName(query);
  if (!term) return undefined;
  return { kind: Array.from(term).length <= 2 ? 'grams' : 'trigram', term };
}

/**
 * The distinct three-character substrings of a normalised term: the keys of the trigram bounds
 * (organisation_search_bound, whose trigger takes the same substrings of the normalised names).
 */
export function trigrams(term: string): string[] {
  const cs = Array.from(term);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= cs.length; i++) out.add(cs.slice(i, i + 3).join(''));
  return [...out];
}

/** Escapes LIKE wildcards in a user's term. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
