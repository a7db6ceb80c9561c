import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  adoptRetiredOutput,
  removeRetiredOutputs,
  retireOutput,
} from '../../../scripts/lib/retired-output';

let root: string;
let cacheDir: string;

/** A folder standing for a build's output, holding one file that names it. */
function output(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), name);
  return dir;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'retired-output-'));
  cacheDir = join(root, 'cache');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('retired outputs', () => {
  it('gives the newest retired output back as the staging folder', async () => {
    await retireOutput(output('first'), cacheDir);
    await retireOutput(output('second'), cacheDir);
    const staging = join(root, 'dist.staging');
    expect(await adoptRetiredOutput(cacheDir, staging)).toBe(true);
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('second');
    await removeRetiredOutputs(cacheDir);
    expect(await adoptRetiredOutput(cacheDir, join(root, 'again'))).toBe(false);
  });

  it('says when there is nothing to take back, and retires a missing folder as nothing', async () => {
    await retireOutput(join(root, 'absent'), cacheDir);
    expect(await adoptRetiredOutput(cacheDir, join(root, 'dist.staging'))).toBe(false);
    expect(existsSync(join(root, 'dist.staging'))).toBe(false);
  });
});
