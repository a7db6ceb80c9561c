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
 * CPU seconds `pid` has used so far (user + system), from `/proc/<pid>/stat`; `undefined` once
 * it is gone, so that its last reading stands.
 */
export function cpuSeconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces) start at state, field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}
