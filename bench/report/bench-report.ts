/**
 * What `npm run bench` measured, as data (`--json`) and as a terminal report. Repeated runs are
 * reduced to their median, since a 2-core machine shared with other work is noisy.
 */
import type { NamedShape } from '../corpus/shapes';
import type { StageTime } from './build-stages';

/** Size of a build's output. */
export interface OutputSize {
  bytes: number;
  files: number;
  htmlFiles: number;
  /** `dist/pagefind/`. */
  searchIndexBytes: number;
  searchIndexFiles: number;
}

/** Gzipped weight of article pages (HTML without comments, plus linked CSS), over a sample. */
export interface ArticleWeight {
  sampled: number;
  medianGzipBytes: number;
  maxGzipBytes: number;
  /** Sampled pages that ship JavaScript. */
  pagesWithScript: number;
}

/** One run of `scripts/build.ts`. */
export interface BuildRun {
  /** `cold`, `no change` or `one article edited`. */
  kind: string;
  ok: boolean;
  exitCode: number;
  wallSeconds: number;
  /** User + system CPU time of the whole process tree, when GNU time is installed. */
  cpuSeconds: number | undefined;
  stages: StageTime[];
  pages: number | undefined;
  /** Pages over the whole wall time. */
  pagesPerSecond: number | undefined;
  /** Pages over the rendering stage alone. */
  renderPagesPerSecond: number | undefined;
  /** Highest sum of resident memory over the build's process tree, sampled every ~100 ms. */
  peakRssMb: number;
  /** Highest resident memory of each executable of the tree (`node`, `pagefind_extended`). */
  peakRssMbByProcess: Record<string, number>;
  output: OutputSize | undefined;
  articleWeight: ArticleWeight | undefined;
}

/** The machine a benchmark ran on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
}

/** A whole benchmark. */
export interface BenchResult {
  articles: number;
  seed: number;
  shape: NamedShape;
  commentFiles: number;
  comments: number;
  corpusBytes: number;
  generateSeconds: number;
  machine: Machine;
  /** Every build, in the order they ran. */
  runs: BuildRun[];
  /** One run per kind: the median of the repeats (or the only run). */
  medians: BuildRun[];
  /** Another generator built on the same corpus in the same run (`--hugo`). */
  baseline?: Baseline;
}

/** The builds of another generator, to compare against. */
export interface Baseline {
  name: string;
  runs: BuildRun[];
  medians: BuildRun[];
}

/** How many times Rotativa's numbers are the baseline's, for one kind of build. */
export interface Ratio {
  kind: string;
  wall: number;
  cpu: number | undefined;
  peakRss: number;
}

/** Rotativa over the baseline, for each kind of build both ran successfully. */
export function baselineRatios(medians: readonly BuildRun[], baseline: Baseline): Ratio[] {
  return medians.flatMap((run) => {
    const other = baseline.medians.find((candidate) => candidate.kind === run.kind);
    if (other === undefined || !run.ok || !other.ok) return [];
    return [
      {
        kind: run.kind,
        wall: run.wallSeconds / other.wallSeconds,
        cpu:
          run.cpuSeconds === undefined || other.cpuSeconds === undefined
            ? undefined
            : run.cpuSeconds / other.cpuSeconds,
        peakRss: run.peakRssMb / other.peakRssMb,
      },
    ];
  });
}

/**
 * Rotativa's wall time over the baseline's for builds of `kind`, round by round: each pair ran
 * back to back and met the same load on the machine, which a ratio of medians taken from
 * different rounds does not. Rounds where either build failed are left out.
 */
export function pairedWallRatios(
  runs: readonly BuildRun[],
  baseline: Baseline,
  kind: string,
): number[] {
  const ours = runs.filter((run) => run.kind === kind);
  const theirs = baseline.runs.filter((run) => run.kind === kind);
  return ours.flatMap((run, round) => {
    const other = theirs[round];
    return other?.ok && run.ok ? [run.wallSeconds / other.wallSeconds] : [];
  });
}

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const medianOf = <T>(
  runs: readonly T[],
  value: (run: T) => number | undefined,
): number | undefined => {
  const values = runs.map(value).filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : median(values);
};

/**
 * One run per kind (in first-seen order) whose every number is the median over the runs of
 * that kind; `ok` only if all of them succeeded. Output sizes are the first run's: they do not vary.
 */
export function medianRuns(runs: readonly BuildRun[]): BuildRun[] {
  const kinds = [...new Set(runs.map((run) => run.kind))];
  return kinds.map((kind) => {
    const same = runs.filter((run) => run.kind === kind);
    const first = same[0] as BuildRun;
    const stageNames = [...new Set(same.flatMap((run) => run.stages.map((stage) => stage.name)))];
    const processNames = [...new Set(same.flatMap((run) => Object.keys(run.peakRssMbByProcess)))];
    return {
      ...first,
      ok: same.every((run) => run.ok),
      exitCode: same.find((run) => !run.ok)?.exitCode ?? first.exitCode,
      wallSeconds: medianOf(same, (run) => run.wallSeconds) ?? Number.NaN,
      cpuSeconds: medianOf(same, (run) => run.cpuSeconds),
      stages: stageNames.map((name) => ({
        name,
        seconds:
          medianOf(same, (run) => run.stages.find((stage) => stage.name === name)?.seconds) ?? 0,
      })),
      pagesPerSecond: medianOf(same, (run) => run.pagesPerSecond),
      renderPagesPerSecond: medianOf(same, (run) => run.renderPagesPerSecond),
      peakRssMb: medianOf(same, (run) => run.peakRssMb) ?? Number.NaN,
      peakRssMbByProcess: Object.fromEntries(
        processNames.map((name) => [
          name,
          medianOf(same, (run) => run.peakRssMbByProcess[name]) ?? 0,
        ]),
      ),
    };
  });
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (value: number): string => `${value.toFixed(1)} s`;

function formatRun(run: BuildRun, repeats: number): string[] {
  const lines = [
    `${run.kind}${repeats > 1 ? ` (median of ${repeats})` : ''}: ${run.ok ? 'ok' : `FAILED (exit ${run.exitCode})`}`,
    `  wall time        ${seconds(run.wallSeconds)}${run.cpuSeconds === undefined ? '' : ` (CPU ${seconds(run.cpuSeconds)})`}`,
    ...run.stages.map((stage) => `    ${stage.name.padEnd(28)} ${seconds(stage.seconds)}`),
  ];
  if (run.pages !== undefined) {
    lines.push(
      `  pages            ${run.pages} (${run.pagesPerSecond?.toFixed(0) ?? '?'} pages/s overall, ${run.renderPagesPerSecond?.toFixed(0) ?? '?'} pages/s rendering)`,
    );
  }
  const byProcess = Object.entries(run.peakRssMbByProcess)
    .map(([name, value]) => `${name} ${value.toFixed(0)} MB`)
    .join(', ');
  lines.push(`  peak RSS (tree)  ${run.peakRssMb.toFixed(0)} MB (per process peak: ${byProcess})`);
  if (run.output !== undefined) {
    const { bytes, files, htmlFiles, searchIndexBytes, searchIndexFiles } = run.output;
    lines.push(
      `  dist/            ${mb(bytes)} in ${files} files (${htmlFiles} HTML)`,
      `  search index     ${mb(searchIndexBytes)} in ${searchIndexFiles} files`,
    );
  }
  if (run.articleWeight !== undefined) {
    const { sampled, medianGzipBytes, maxGzipBytes, pagesWithScript } = run.articleWeight;
    lines.push(
      `  article page     ${kb(medianGzipBytes)} median, ${kb(maxGzipBytes)} max gzipped HTML+CSS without comments (${sampled} sampled, ${pagesWithScript} with JavaScript)`,
    );
  }
  return lines;
}

const formatShape = ({ name, layout, comments, prose, length }: NamedShape): string =>
  `${name} (layout ${layout}, comments ${comments}, prose ${prose}, length ${length})`;

/** Issue 10's bound on a cold build's wall time, as a multiple of the baseline's. */
const TARGET_RATIO = 2;

function formatBaseline(result: BenchResult): string[] {
  const baseline = result.baseline as Baseline;
  const repeats = (kind: string) => baseline.runs.filter((run) => run.kind === kind).length;
  const times = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(2)}×`);
  const pairs = (kind: string): string[] => {
    const ratios = pairedWallRatios(result.runs, baseline, kind);
    if (ratios.length < 2) return [];
    const within = ratios.filter((ratio) => ratio <= TARGET_RATIO).length;
    const indent = ' '.repeat(23);
    return [
      `${indent}wall in each pair: ${ratios.map((ratio) => ratio.toFixed(3)).join(', ')}`,
      `${indent}median ${times(median(ratios))}, ≤ ${TARGET_RATIO}× in ${within} of ${ratios.length}`,
    ];
  };
  return [
    `${baseline.name}, same corpus:`,
    '',
    ...baseline.medians.flatMap((run) => [...formatRun(run, repeats(run.kind)), '']),
    `Rotativa / ${baseline.name}:`,
    ...baselineRatios(result.medians, baseline).flatMap(({ kind, wall, cpu, peakRss }) => [
      `  ${kind.padEnd(20)} wall ${times(wall)}, CPU ${times(cpu)}, peak RSS ${times(peakRss)}`,
      ...pairs(kind),
    ]),
    '',
  ];
}

/** The human-readable report of a benchmark. */
export function formatBenchReport(result: BenchResult): string {
  const { machine } = result;
  const repeats = (kind: string) => result.runs.filter((run) => run.kind === kind).length;
  return [
    `Rotativa build benchmark: ${result.articles} articles, seed ${result.seed}, shape ${formatShape(result.shape)}`,
    `  corpus: ${mb(result.corpusBytes)}, ${result.commentFiles} comment files with ${result.comments} comments, generated in ${seconds(result.generateSeconds)}`,
    `  machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb.toFixed(1)} GB, Node ${machine.node}, ${machine.platform}`,
    '',
    ...result.medians.flatMap((run) => [...formatRun(run, repeats(run.kind)), '']),
    ...(result.baseline === undefined ? [] : formatBaseline(result)),
  ].join('\n');
}
