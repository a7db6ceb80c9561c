import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroHeapFlags, astroHeapLimitMb } from '../../../scripts/lib/archive-scale';

describe('astroHeapLimitMb', () => {
  it.each([
    [0, 1024],
    [10, 1026],
    [1_000, 1144],
    [10_000, 2224],
    [50_000, 7024],
  ])('gives %i articles a %i MB heap on a 24 GB machine', (articles, limit) => {
    expect(astroHeapLimitMb(articles, 24_000)).toBe(limit);
  });

  it('never asks for more than three quarters of the machine', () => {
    expect(astroHeapLimitMb(50_000, 4_000)).toBe(3_000);
  });
});

describe('astroHeapFlags', () => {
  it('sets the limit, lets each heap grow half past what was live, widens the young generation', () => {
    expect(astroHeapFlags(2224).slice(0, 3)).toEqual([
      '--max-old-space-size=2224',
      '--heap-growing-percent=50',
      '--max-semi-space-size=64',
    ]);
  });

  it('keeps the larger young generation on the main thread, not on the workers', () => {
    // Each thread fills its young generation with short-lived objects, then reports its size.
    const churn = `const v8 = require('node:v8');
      let kept = [];
      for (let i = 0; i < 3e6; i++) { kept.push({ i }); if (kept.length > 1e5) kept = []; }
      const young = () => v8.getHeapSpaceStatistics()
        .find((space) => space.space_name === 'new_space').space_size;`;
    const script = `${churn}
      const { Worker } = require('node:worker_threads');
      const main = young();
      new Worker(\`${churn}
        require('node:worker_threads').parentPort.postMessage(young());\`, { eval: true })
        .once('message', (worker) => console.log(JSON.stringify({ main, worker })));`;
    const result = spawnSync(process.execPath, [...astroHeapFlags(1024), '-e', script], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const { main, worker } = JSON.parse(result.stdout) as { main: number; worker: number };
    expect(main).toBeGreaterThan(worker);
  });

  it('gives flags this Node accepts', () => {
    const result = spawnSync(process.execPath, [...astroHeapFlags(1024), '-e', ''], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
