import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, resolveUnder } from '@/lib/paths/resolve-under';

const root = resolve('/srv/sito/dist');

describe('resolveUnder', () => {
  it.each([
    ['2018/07/xiaomi.html', join(root, '2018/07/xiaomi.html')],
    ['sconto-100%.html', join(root, 'sconto-100%.html')],
    ['perché/index.html', join(root, 'perché/index.html')],
  ])('places %j inside the root', (relativePath, path) => {
    expect(resolveUnder(root, relativePath)).toEqual({ ok: true, path });
  });

  it.each([
    '',
    '../PWNED.html',
    'a/../../PWNED.html',
    '..',
    '.',
    'a//b.html',
    '/etc/passwd',
    '..\\PWNED.html',
    'a\u0000.html',
    'a\nb.html',
    `${'x'.repeat(MAX_NAME_BYTES + 1)}.md`,
    `${'è'.repeat(130)}.md`,
  ])('refuses %j with an Italian reason', (relativePath) => {
    const resolved = resolveUnder(root, relativePath);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.message).toMatch(/^(il|contiene|deve|uscirebbe)/);
  });
});
