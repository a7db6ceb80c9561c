import { describe, expect, it } from 'vitest';
import { isContentEntry } from '@/lib/content/source-file';

describe('isContentEntry', () => {
  it('keeps ordinary entries, nested ones included', () => {
    expect(isContentEntry('xiaomi-usa.md')).toBe(true);
    expect(isContentEntry('2018/07/xiaomi-usa.md')).toBe(true);
    expect(isContentEntry('note_bozza.md')).toBe(true);
  });

  it('skips `_`-prefixed files, such as the Disqus importer report', () => {
    expect(isContentEntry('_unmatched-disqus.json')).toBe(false);
    expect(isContentEntry('2018/_bozza.md')).toBe(false);
  });

  it('skips everything under a `_`-prefixed folder', () => {
    expect(isContentEntry('_archivio/xiaomi-usa.md')).toBe(false);
    expect(isContentEntry('2018/_note/idea.md')).toBe(false);
  });
});
