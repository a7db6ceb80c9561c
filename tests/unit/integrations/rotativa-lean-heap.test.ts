/**
 * After `astro:build:start` the build's heap stays close to what is live: the same allocations
 * leave a smaller heap behind `leanHeap` than under V8's default growth, and the memory of the
 * garbage it collects goes back to the system.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotativaLeanHeap } from '@/integrations/rotativa-lean-heap';
import { PROJECT_ROOT } from '../../helpers/build-site';

/** Runs `script` (an ES module) in a Node process that loads TypeScript; returns its output. */
function runScript(script: string): string {
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=2048', '--import=tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8', cwd: PROJECT_ROOT },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

const MODULE = JSON.stringify(join(PROJECT_ROOT, 'src/integrations/rotativa-lean-heap.ts'));

/** Largest heap seen while a process keeps 5 batches of 20,000 objects live out of 200, in MB. */
function peakHeapMb(lean: boolean): number {
  const script = `
    const { leanHeap } = await import(${MODULE});
    if (${lean}) leanHeap();
    let peak = 0;
    const live = [];
    for (let round = 0; round < 200; round++) {
      live.push(Array.from({ length: 20000 }, (_, i) => ({ text: 'x'.repeat(300) + i })));
      if (live.length > 5) live.shift();
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(Math.round(peak / 2 ** 20));
  `;
  return Number(runScript(script));
}

/** Resident memory in MB with 3 million objects live, then once they are garbage and `leanHeap` ran. */
function residentAroundLeanHeap(): { full: number; after: number } {
  const script = `
    const { leanHeap } = await import(${MODULE});
    const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
    let live = Array.from({ length: 3_000_000 }, (_, i) => ({ i, text: 'x' + i }));
    const full = mb();
    live = undefined;
    leanHeap();
    console.log(JSON.stringify({ full, after: mb() }));
  `;
  return JSON.parse(runScript(script)) as { full: number; after: number };
}

describe('rotativaLeanHeap', () => {
  it('sets the lean growth at astro:build:start only', () => {
    const { hooks } = rotativaLeanHeap();
    expect(Object.keys(hooks)).toEqual(['astro:build:start']);
  });

  it('leaves a smaller heap behind the same allocations', () => {
    const usual = peakHeapMb(false);
    const lean = peakHeapMb(true);
    expect(lean).toBeGreaterThan(0);
    expect(lean).toBeLessThan(usual * 0.75);
  });

  it('gives the memory of the garbage it collects back to the system', () => {
    const { full, after } = residentAroundLeanHeap();
    expect(full).toBeGreaterThan(200);
    expect(after).toBeLessThan(full / 2);
  });
});
