import { describe, expect, it } from 'vitest';
import {
  baselineRatios,
  formatBenchReport,
  median,
  medianRuns,
  pairedWallRatios,
  type Baseline,
  type BenchResult,
  type BuildRun,
} from '../../../bench/report/bench-report';

const run = (kind: string, wallSeconds: number, extra: Partial<BuildRun> = {}): BuildRun => ({
  kind,
  ok: true,
  exitCode: 0,
  wallSeconds,
  cpuSeconds: wallSeconds * 1.5,
  stages: [{ name: 'rendering', seconds: wallSeconds / 2 }],
  pages: 100,
  pagesPerSecond: 100 / wallSeconds,
  renderPagesPerSecond: 200 / wallSeconds,
  peakRssMb: wallSeconds * 10,
  peakRssMbByProcess: { node: wallSeconds * 9 },
  output: {
    bytes: 1024 * 1024,
    files: 10,
    htmlFiles: 8,
    searchIndexBytes: 2048,
    searchIndexFiles: 3,
  },
  articleWeight: undefined,
  ...extra,
});

/** A report of `runs` on a small archive, compared with `baseline`. */
const withBaseline = (runs: BuildRun[], baseline: Baseline): BenchResult => ({
  articles: 10,
  seed: 1,
  shape: {
    name: 'archive',
    layout: 'years',
    comments: 'archive',
    prose: 'plain',
    length: 'standard',
  },
  commentFiles: 1,
  comments: 1,
  corpusBytes: 1,
  generateSeconds: 1,
  machine: { cpus: 2, cpuModel: 'x', memoryGb: 1, node: '22', platform: 'linux' },
  runs,
  medians: medianRuns(runs),
  baseline,
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('medianRuns', () => {
  it('reduces repeats to one run per kind, in first-seen order, with median numbers', () => {
    const reduced = medianRuns([
      run('cold', 10),
      run('no change', 4),
      run('cold', 30),
      run('cold', 20),
    ]);
    expect(reduced.map((r) => [r.kind, r.wallSeconds, r.peakRssMb])).toEqual([
      ['cold', 20, 200],
      ['no change', 4, 40],
    ]);
    expect(reduced[0]?.stages).toEqual([{ name: 'rendering', seconds: 10 }]);
    expect(reduced[0]?.peakRssMbByProcess).toEqual({ node: 180 });
  });

  it('marks a kind failed when any of its runs failed', () => {
    const [cold] = medianRuns([run('cold', 10), run('cold', 12, { ok: false, exitCode: 1 })]);
    expect(cold?.ok).toBe(false);
    expect(cold?.exitCode).toBe(1);
  });
});

describe('formatBenchReport', () => {
  it('names the corpus, the machine, and each kind of build with its numbers', () => {
    const runs = [run('cold', 10), run('cold', 12)];
    const result: BenchResult = {
      articles: 1000,
      seed: 42,
      shape: {
        name: 'flat-heavy',
        layout: 'flat',
        comments: 'heavy',
        prose: 'heavy',
        length: 'mixed',
      },
      commentFiles: 970,
      comments: 20_000,
      corpusBytes: 5 * 1024 * 1024,
      generateSeconds: 1.5,
      machine: {
        cpus: 2,
        cpuModel: 'AMD EPYC',
        memoryGb: 23.5,
        node: '22.23.3',
        platform: 'linux x64',
      },
      runs,
      medians: medianRuns(runs),
    };
    const text = formatBenchReport(result);
    expect(text).toContain(
      '1000 articles, seed 42, shape flat-heavy (layout flat, comments heavy, prose heavy, length mixed)',
    );
    expect(text).toContain('2 × AMD EPYC');
    expect(text).toContain('cold (median of 2): ok');
    expect(text).toMatch(/wall time\s+11\.0 s \(CPU 16\.5 s\)/);
    expect(text).toMatch(/dist\/\s+1\.0 MB in 10 files \(8 HTML\)/);
  });
});

describe('baselineRatios', () => {
  const hugo = [run('cold', 5), run('one article edited', 4)];
  const baseline = { name: 'Hugo + Pagefind', runs: hugo, medians: medianRuns(hugo) };

  it('divides Rotativa by the baseline for every kind both built', () => {
    const rotativa = [run('cold', 20), run('no change', 3), run('one article edited', 2)];
    expect(baselineRatios(rotativa, baseline)).toEqual([
      { kind: 'cold', wall: 4, cpu: 4, peakRss: 4 },
      { kind: 'one article edited', wall: 0.5, cpu: 0.5, peakRss: 0.5 },
    ]);
  });

  it('leaves out kinds where either build failed', () => {
    expect(baselineRatios([run('cold', 20, { ok: false })], baseline)).toEqual([]);
  });

  it('is printed under the baseline in the report', () => {
    const text = formatBenchReport(withBaseline([run('cold', 20)], baseline));
    expect(text).toContain('Hugo + Pagefind, same corpus:');
    expect(text).toMatch(/cold\s+wall 4\.00×, CPU 4\.00×, peak RSS 4\.00×/);
    expect(text).not.toContain('in each pair');
  });
});

describe('pairedWallRatios', () => {
  const hugo = [run('cold', 40), run('cold', 50), run('cold', 45, { ok: false })];
  const baseline = { name: 'Hugo + Pagefind', runs: hugo, medians: medianRuns(hugo) };
  const rotativa = [run('cold', 80), run('no change', 3), run('cold', 110), run('cold', 90)];

  it('divides each round of one kind by the same round of the baseline, skipping failures', () => {
    expect(pairedWallRatios(rotativa, baseline, 'cold')).toEqual([2, 2.2]);
    expect(pairedWallRatios(rotativa, baseline, 'no change')).toEqual([]);
  });

  it('is printed with its median and how many pairs are within 2× when repeated', () => {
    const ok = hugo.slice(0, 2);
    const text = formatBenchReport(
      withBaseline(rotativa, { ...baseline, runs: ok, medians: medianRuns(ok) }),
    );
    expect(text).toContain('wall in each pair: 2.000, 2.200');
    expect(text).toContain('median 2.10×, ≤ 2× in 1 of 2');
  });
});
