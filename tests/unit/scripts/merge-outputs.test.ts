import { linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTree } from '../../helpers/temp-files';
import { planMerge } from '../../../scripts/lib/merge-outputs';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'merge-outputs-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const shard = (name: string, files: Record<string, string>) => writeTree(root, name, files);

describe('planMerge', () => {
  it('takes each file from the shard that has it, shared files from the first', async () => {
    const one = shard('uno', { 'a/index.html': 'a', '_astro/x.css': 'css', 'stamp.json': '1' });
    const two = shard('due', { 'b/index.html': 'b', '_astro/x.css': 'css', 'stamp.json': '2' });
    const plan = await planMerge([one, two], (path) => path === 'stamp.json');
    expect(plan.conflicts).toEqual([]);
    expect([...plan.sources].sort()).toEqual([
      ['_astro/x.css', join(one, '_astro/x.css')],
      ['a/index.html', join(one, 'a/index.html')],
      ['b/index.html', join(two, 'b/index.html')],
    ]);
  });

  it('reports every shared path with different bytes, same size or not', async () => {
    const one = shard('uno', { 'x.css': 'aaaa', 'y.js': 'short', 'z.txt': 'same' });
    const two = shard('due', { 'x.css': 'bbbb', 'y.js': 'longer', 'z.txt': 'same' });
    const plan = await planMerge([one, two], () => false);
    expect(plan.conflicts).toEqual([
      `x.css: diverso in ${one} e in ${two}`,
      `y.js: diverso in ${one} e in ${two}`,
    ]);
  });

  it('takes two links to one file as the same bytes', async () => {
    const one = shard('uno', { 'x.css': 'a' });
    mkdirSync(join(root, 'due'));
    linkSync(join(one, 'x.css'), join(root, 'due/x.css'));
    expect((await planMerge([one, join(root, 'due')], () => false)).conflicts).toEqual([]);
  });
});
