/**
 * 人员管理's search keys (function `user`; also written by `org`'s community.create and the seed), stored on the user (`searchKeys`, indexed with the community): every
 * prefix of the name, of its pinyin and of its pinyin initials, lower-cased. A search is then one
 * equality on an indexed array field (`{ communityId, searchKeys: q }`), paged by `_id` — no scan,
 * however large the community. 张小明 is found by 张, 张小, zhang, zhangx, zxm, zx…
 * Written whenever the name is (join, profile.update, the seed and the community:create command).
 *
 * pinyin-pro is loaded on first use, not with the function: its dictionary is about a quarter of a
 * warm instance's memory (~20 MB of the ~85 MB an instance holding every function takes), and most
 * instances never write a name.
 */
type Pinyin = typeof import('pinyin-pro').pinyin;

/** Longest prefix kept of each spelling: enough to tell people apart, bounded per person. */
const MAX_PREFIX = 24;

export function normaliseQuery(q: string): string {
  return q.trim().toLowerCase().replace(/\s+/g, '');
}

function prefixes(word: string): string[] {
  const chars = [...word].slice(0, MAX_PREFIX);
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

export async function searchKeysOf(name: string): Promise<string[]> {
  const { pinyin } = await import('pinyin-pro');
  return searchKeysWith(pinyin, name);
}

function searchKeysWith(pinyin: Pinyin, name: string): string[] {
  const plain = normaliseQuery(name);
  if (!plain) return [];
  const syllables = pinyin(plain, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) =>
    normaliseQuery(s),
  );
  const full = syllables.join('');
  const initials = syllables.map((s) => s.charAt(0)).join('');
  return [...new Set([...prefixes(plain), ...prefixes(full), ...prefixes(initials)])];
}
