import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTree } from '../../helpers/temp-files';
import { contentDigest } from '../../../scripts/lib/shard-stamp';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'shard-stamp-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const folder = (name: string, files: Record<string, string>) => writeTree(root, name, files);

describe('contentDigest', () => {
  const files = { 'articles/a.md': 'uno', 'articles/b.md': 'due', 'comments/a.json': '{}' };

  it('is the same for the same files in another folder', async () => {
    expect(await contentDigest(folder('x', files))).toBe(await contentDigest(folder('y', files)));
  });

  it('changes with a byte, a name, or a file moved between two', async () => {
    const base = await contentDigest(folder('base', files));
    const variants = [
      { ...files, 'articles/a.md': 'uno!' },
      { ...files, 'articles/c.md': 'due', 'articles/b.md': undefined },
      { ...files, 'articles/a.md': 'unod', 'articles/b.md': 'ue' },
      { ...files, 'articles/nuovo.md': '' },
    ];
    for (const [n, variant] of variants.entries()) {
      const written = Object.fromEntries(
        Object.entries(variant).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
      );
      expect(await contentDigest(folder(`v${n}`, written))).not.toBe(base);
    }
  });
});
