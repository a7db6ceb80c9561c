/**
 * Where a build spends its CPU: self time per function and per package from a V8 `.cpuprofile`
 * (what `node --cpu-prof` writes), so a profile can be read in a terminal or a report.
 */

/** The parts of a V8 CPU profile the summary reads. */
export interface CpuProfile {
  nodes: readonly {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: readonly number[];
  }[];
  samples: readonly number[];
  timeDeltas: readonly number[];
}

/** Self time of one function or package. */
export interface SelfTime {
  name: string;
  /** Milliseconds. */
  ms: number;
  /** Share of the whole profile, 0-1. */
  share: number;
}

/** A profile's total time and its biggest consumers. */
export interface ProfileSummary {
  totalMs: number;
  /** Self time: in the function's own code. */
  functions: SelfTime[];
  packages: SelfTime[];
  /** Inclusive time: in the function or anything it called (each function once per sample). */
  callers: SelfTime[];
}

/**
 * The package a script URL belongs to: `astro`, `@astrojs/markdown-remark`, `src/lib/comments`,
 * `(native)` for V8's own entries (garbage collector, idle, program).
 */
export function packageOf(url: string): string {
  if (url === '') return '(native)';
  const path = url.replace(/^file:\/\//, '');
  // Astro bundles the site's own code into `<outDir>/.prerender/chunks/`, wherever outDir is.
  if (path.includes('/.prerender/')) return 'site bundle';
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [scope = '', name = ''] = path.slice(modules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (path.startsWith('node:')) return 'node';
  // Project files, by folder.
  const project = /\/(src|scripts|dist)\/(.*)\/[^/]+$/.exec(path);
  return project ? `${project[1]}/${project[2]}` : path.split('/').slice(-2).join('/');
}

function top(totals: Map<string, number>, totalMs: number, count: number): SelfTime[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: totalMs === 0 ? 0 : ms / totalMs }));
}

const add = (totals: Map<string, number>, key: string, ms: number): void => {
  totals.set(key, (totals.get(key) ?? 0) + ms);
};

type Frame = CpuProfile['nodes'][number]['callFrame'];

const frameName = (frame: Frame): string =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1} [${packageOf(frame.url)}]`;

/** The `count` functions and packages with the most self time, and functions with the most inclusive time. */
export function summariseCpuProfile(profile: CpuProfile, count = 25): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const byCaller = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = frames.get(id);
    if (frame === undefined) return;
    totalMs += ms;
    add(byFunction, frameName(frame), ms);
    add(byPackage, packageOf(frame.url), ms);
    // Recursion would count a function once per level: a sample counts once per function.
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
      const name = frameName(frames.get(node) as Frame);
      if (!seen.has(name)) add(byCaller, name, ms);
      seen.add(name);
    }
  });
  return {
    totalMs,
    functions: top(byFunction, totalMs, count),
    packages: top(byPackage, totalMs, count),
    callers: top(byCaller, totalMs, count),
  };
}
