import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDigest } from '@/loaders/code-digest';

const roots: string[] = [];

/** A project folder holding `files`. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'digest-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const FILES = {
  'package-lock.json': '{"lockfileVersion":3}',
  'src/plugins/index.ts': "import { a } from './a';\nexport * from '../lib/b.ts';\n",
  'src/plugins/a.ts': "export const a = await import('./dynamic');\n",
  'src/plugins/dynamic.ts': 'export default 1;\n',
  'src/lib/b.ts': "import { c } from './c/index';\nimport x from 'some-package';\n",
  'src/lib/c/index.ts': 'export const c = 1;\n',
  'src/unrelated.ts': 'export const u = 1;\n',
};

const digestOf = (root: string, extra?: string) =>
  codeDigest(root, ['src/plugins/index.ts'], extra);

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('codeDigest', () => {
  it('is the same for the same code wherever the project lives', async () => {
    expect(await digestOf(project(FILES))).toBe(await digestOf(project(FILES)));
  });

  it.each([
    'src/plugins/index.ts',
    'src/plugins/a.ts',
    'src/plugins/dynamic.ts',
    'src/lib/b.ts',
    'src/lib/c/index.ts',
    'package-lock.json',
  ])('changes when %s, reachable from the entry or the lockfile, changes', async (path) => {
    const changed = { ...FILES, [path]: `${FILES[path as keyof typeof FILES]}// modificato\n` };
    expect(await digestOf(project(changed))).not.toBe(await digestOf(project(FILES)));
  });

  it('ignores modules the entry does not reach', async () => {
    const changed = { ...FILES, 'src/unrelated.ts': 'export const u = 2;\n' };
    expect(await digestOf(project(changed))).toBe(await digestOf(project(FILES)));
  });

  it('changes with the settings passed along', async () => {
    const root = project(FILES);
    expect(await digestOf(root, '{"gfm":true}')).not.toBe(await digestOf(root, '{"gfm":false}'));
  });
});
