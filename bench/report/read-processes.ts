/**
 * What `/proc` says of the machine's processes now (the I/O edge of `process-tree.ts`), read the
 * way the benchmarks sample the builds they measure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseProcStatus, type ProcessStatus } from './process-tree';

/**
 * Milliseconds between two samples. The sampler shares the cores with what it measures, and
 * sampling twice as often slowed the indexing it measured (docs/performance.md, session 23).
 */
export const SAMPLE_MS = 100;

/** Every `/proc/<pid>/status` that can still be read (processes come and go while reading). */
export function readProcesses(): ProcessStatus[] {
  // Synchronous: ten times a second, a few hundred reads through libuv's pool took a tenth of a
  // core from the build being measured (docs/performance.md).
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  return pids.flatMap((pid) => {
    try {
      const status = parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return status ? [status] : [];
    } catch {
      return [];
    }
  });
}

/**
 * CPU seconds `pid` has used so far (user + system), from `/proc/<pid>/stat`; with
 * `reapedChildren`, also those of the children it has waited for; `undefined` once it is gone.
 */
export function cpuSeconds(pid: number, { reapedChildren = false } = {}): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces) start at state, field 3: user and
  // system time are fields 14 and 15, the waited-for children's 16 and 17.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, reapedChildren ? 15 : 13);
  return fields.reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

/**
 * CPU seconds of the process tree under `root` so far: the root's own and its waited-for
 * children's, plus the descendants still running. A child's time moves into its parent's count
 * when it is waited for, so nothing counts twice, and a short-lived child is counted even if
 * no sample saw it.
 */
export function treeCpuSeconds(root: number, descendants: readonly number[]): number | undefined {
  const own = cpuSeconds(root, { reapedChildren: true });
  if (own === undefined) return undefined;
  return descendants.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), own);
}
