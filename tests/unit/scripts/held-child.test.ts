import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnHeld } from '../../../scripts/lib/held-child';

const node = (code: string) => spawnHeld(process.execPath, ['-e', code]);

/** What the parent printed to stdout while `run` ran. */
function captureStdout() {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  return written;
}

afterEach(() => vi.restoreAllMocks());

describe('spawnHeld', () => {
  it('holds the child’s output until released, then prints it in order', async () => {
    const written = captureStdout();
    const child = node('console.log("uno"); console.log("due")');
    expect(await child.exited).toBe(0);
    expect(written).toEqual([]);
    child.release();
    expect(written.join('')).toBe('uno\ndue\n');
  });

  it('passes output through as it comes once released', async () => {
    const written = captureStdout();
    const child = node('setTimeout(() => console.log("dopo"), 200)');
    child.release();
    await child.exited;
    expect(written.join('')).toBe('dopo\n');
  });

  it('reports the child’s exit code', async () => {
    expect(await node('process.exit(3)').exited).toBe(3);
  });

  it('stops a running child and drops what it held', async () => {
    const written = captureStdout();
    // The child says it has printed by writing a marker file: its output itself is held.
    const marker = join(mkdtempSync(join(tmpdir(), 'held-child-')), 'printed');
    const child = node(
      `console.log("tenuto"); require("node:fs").writeFileSync(${JSON.stringify(marker)}, ""); setInterval(() => {}, 1000)`,
    );
    await vi.waitFor(() => expect(existsSync(marker)).toBe(true), { timeout: 10_000 });
    await child.kill();
    child.release();
    expect(written).toEqual([]);
    expect(await child.exited).toBe(1);
  });
});
