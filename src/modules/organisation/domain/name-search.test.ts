import { describe, expect, it } from 'vitest';
import { escapeLike, nameGrams, normalizeName, searchStrategy, searchText, trigrams } from './name-search.js';

describe('name search', () => {
  it('keeps every 1- and 2-character substring, so short queries find any position', () => {
    const grams = nameGrams(['嘉定区养老服务中心']);
    for (const q of ['嘉', '定区', '养老', '中心', '务中']) expect(grams).toContain(q);
    expect(grams).not.toContain('养老服'); // 3+ characters go through the trigram index
  });

  it('includes former names', () => {
    expect(nameGrams(['新名称协会', '旧名学会'])).toEqual(expect.arrayContaining(['旧名', '学会']));
    expect(searchText('新名称协会', ['旧名学会'])).toBe('新名称协会|旧名学会');
  });

  it('normalises full-width letters, spaces and case the same way for names and queries', () => {
    expect(normalizeName(' ＡＢＣ 协会 ')).toBe('ABC协会');
    expect(searchStrategy('ａｂ')).toEqual({ kind: 'grams', term: 'AB' });
  });

  it('chooses grams for 1–2 characters and trigrams for 3+', () => {
    expect(searchStrategy('养老')?.kind).toBe('grams');
    expect(searchStrategy('养老服')?.kind).toBe('trigram');
    expect(searchStrategy('   ')).toBeUndefined();
  });

  it('takes the distinct three-character substrings of a term (by character, not UTF-16 unit)', () => {
    expect(trigrams('市鸡冠区')).toEqual(['市鸡冠', '鸡冠区']);
    expect(trigrams('哈哈哈哈')).toEqual(['哈哈哈']);
    expect(trigrams('𠀀嘉定区')).toEqual(['𠀀嘉定', '嘉定区']);
    expect(trigrams('嘉定')).toEqual([]);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('100%_好')).toBe('100\\%\\_好');
  });
});
