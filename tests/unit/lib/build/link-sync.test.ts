import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLinks } from '../../../../src/lib/build/link-sync';

let root: string;
let sources: string;
let target: string;

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const inode = (path: string) => statSync(path).ino;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'link-sync-'));
  sources = join(root, 'sources');
  target = join(root, 'target');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('syncLinks', () => {
  it('links every wanted file into an absent folder', async () => {
    const a = write(join(sources, 'a.txt'), 'a');
    const b = write(join(sources, 'deep/b.txt'), 'b');
    const result = await syncLinks(
      target,
      new Map([
        ['a.txt', a],
        ['x/y/b.txt', b],
      ]),
    );
    expect(result).toEqual({ present: ['a.txt', 'x/y/b.txt'], kept: 0, linked: 2, removed: 0 });
    expect(inode(join(target, 'x/y/b.txt'))).toBe(inode(b));
  });

  it('leaves a target that already shares its source inode untouched', async () => {
    const a = write(join(sources, 'a.txt'), 'a');
    await syncLinks(target, new Map([['a.txt', a]]));
    const result = await syncLinks(target, new Map([['a.txt', a]]));
    expect(result).toMatchObject({ kept: 1, linked: 0, removed: 0 });
  });

  it('replaces a stale file with a link, without writing through it', async () => {
    const old = write(join(target, 'a.txt'), 'old');
    const shared = write(join(root, 'elsewhere.txt'), 'old');
    rmSync(old);
    linkSync(shared, old);
    const fresh = write(join(sources, 'a.txt'), 'new');
    const result = await syncLinks(target, new Map([['a.txt', fresh]]));
    expect(result).toMatchObject({ kept: 0, linked: 1, removed: 1 });
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('new');
    expect(readFileSync(shared, 'utf8')).toBe('old');
  });

  it('removes unwanted files and the folders they leave empty, but not spared ones', async () => {
    const a = write(join(sources, 'a.txt'), 'a');
    write(join(target, 'gone/deeper/page.html'), 'x');
    write(join(target, 'kept/other.html'), 'x');
    write(join(target, 'owned/bundle.js'), 'x');
    const result = await syncLinks(target, new Map([['kept/a.txt', a]]), {
      spare: (path) => path.startsWith('owned/'),
    });
    expect(result.removed).toBe(2);
    expect(existsSync(join(target, 'gone'))).toBe(false);
    expect(existsSync(join(target, 'kept/other.html'))).toBe(false);
    expect(existsSync(join(target, 'kept/a.txt'))).toBe(true);
    expect(existsSync(join(target, 'owned/bundle.js'))).toBe(true);
  });

  it('leaves out a target whose source does not exist, removing what was there', async () => {
    write(join(target, 'a/page.html'), 'x');
    const result = await syncLinks(target, new Map([['a/page.html', join(sources, 'none')]]));
    expect(result).toMatchObject({ present: [], linked: 0, removed: 1 });
    expect(existsSync(join(target, 'a'))).toBe(false);
  });

  it('ends with the same links whatever the folder held', async () => {
    const a = write(join(sources, 'a.txt'), 'a');
    const b = write(join(sources, 'b.txt'), 'b');
    write(join(target, 'a.txt'), 'junk');
    write(join(target, 'b.txt/inside'), 'a folder where a file goes');
    write(join(target, 'c.txt'), 'unwanted');
    await syncLinks(
      target,
      new Map([
        ['a.txt', a],
        ['b.txt', b],
      ]),
    );
    expect(inode(join(target, 'a.txt'))).toBe(inode(a));
    expect(inode(join(target, 'b.txt'))).toBe(inode(b));
    expect(existsSync(join(target, 'c.txt'))).toBe(false);
  });
});
