/**
 * `npm run bench` at a tiny size: proves the benchmark generates a corpus, builds it for real
 * three times and reports every number. It asserts no timing: speed is measured, not tested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult, BuildRun } from '../../bench/report/bench-report';
import { runProjectFile, type ScriptRun } from '../scripts/run-script';

let run: ScriptRun;
let result: BenchResult;

beforeAll(() => {
  run = runProjectFile('bench/bench.ts', ['--articles', '20', '--seed', '7', '--json']);
  result = JSON.parse(run.stdout) as BenchResult;
});

const expectMeasured = (build: BuildRun) => {
  expect(build.ok).toBe(true);
  expect(build.wallSeconds).toBeGreaterThan(0);
  expect(build.peakRssMb).toBeGreaterThan(0);
  expect(build.pages).toBeGreaterThan(20);
  expect(build.stages.map((stage) => stage.name)).toEqual(
    expect.arrayContaining(['content sync', 'rendering', 'search index', 'swap']),
  );
  expect(build.output?.searchIndexFiles).toBeGreaterThan(0);
  expect(build.output?.htmlFiles).toBeGreaterThanOrEqual(build.pages ?? 0);
};

describe('npm run bench -- --articles 20 --json', () => {
  it('exits 0 with a JSON report on stdout', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(result.articles).toBe(20);
    expect(result.seed).toBe(7);
    expect(result.machine.cpus).toBeGreaterThan(0);
  });

  it('builds the corpus cold, again with no change, and after editing one article', () => {
    expect(result.runs.map((build) => build.kind)).toEqual([
      'cold',
      'no change',
      'one article edited',
    ]);
    result.runs.forEach(expectMeasured);
  });

  it('publishes the edit: the edited build is larger than the unchanged one', () => {
    const [, unchanged, edited] = result.runs;
    expect(edited?.output?.bytes).toBeGreaterThan(unchanged?.output?.bytes ?? Infinity);
  });

  it('counts the corpus it generated', () => {
    expect(result.commentFiles).toBeGreaterThan(0);
    expect(result.comments).toBeGreaterThanOrEqual(result.commentFiles);
    expect(result.corpusBytes).toBeGreaterThan(20 * 2_000);
  });

  it('weighs the article pages of the cold build', () => {
    const weight = result.runs[0]?.articleWeight;
    expect(weight?.sampled).toBe(20);
    expect(weight?.medianGzipBytes).toBeGreaterThan(1_000);
  });

  it('reports one median run per kind', () => {
    expect(result.medians.map((build) => build.kind)).toEqual([
      'cold',
      'no change',
      'one article edited',
    ]);
  });
});
