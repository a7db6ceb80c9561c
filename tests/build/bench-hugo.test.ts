/**
 * `npm run bench -- --hugo` at a tiny size: the same corpus built as a Hugo site with Pagefind,
 * timed like Rotativa's build, and the ratio reported. Hugo is a Debian package the benchmark
 * needs and `npm test` does not (`apt-get install hugo`): without it this suite is reported as
 * skipped under its name, while `bench.test.ts` still covers Rotativa's side of the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../bench/report/bench-report';
import { runProjectFile, type ScriptRun } from '../scripts/run-script';

const hasHugo = spawnSync('hugo', ['version']).status === 0;

describe.skipIf(!hasHugo)('npm run bench -- --hugo (needs `apt-get install hugo`)', () => {
  let run: ScriptRun;
  let result: BenchResult;

  beforeAll(() => {
    run = runProjectFile('bench/bench.ts', [
      ...['--articles', '20', '--seed', '3', '--shape', 'flat-heavy'],
      ...['--cold-only', '--hugo', '--json'],
    ]);
    result = JSON.parse(run.stdout) as BenchResult;
  });

  it('builds the same corpus with Hugo and Pagefind beside Rotativa', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(result.baseline?.name).toBe('Hugo + Pagefind');
    expect(result.baseline?.runs.map((build) => build.kind)).toEqual(['cold']);
  });

  it('measures the Hugo build like Rotativa’s: time, memory, output, search index', () => {
    const [hugo] = result.baseline?.runs ?? [];
    expect(hugo?.ok).toBe(true);
    expect(hugo?.wallSeconds).toBeGreaterThan(0);
    expect(hugo?.peakRssMb).toBeGreaterThan(0);
    expect(hugo?.stages.map((stage) => stage.name)).toEqual(['hugo', 'pagefind']);
    expect(hugo?.output?.searchIndexFiles).toBeGreaterThan(0);
    expect(hugo?.articleWeight?.sampled).toBe(20);
  });

  it('publishes every article page in both sites', () => {
    const [rotativa] = result.runs;
    const [hugo] = result.baseline?.runs ?? [];
    expect(rotativa?.articleWeight?.sampled).toBe(20);
    expect(hugo?.pages).toBeGreaterThan(20);
  });
});
