/**
 * The priority of the build's background work: the share cards' threads, and the search indexer's
 * process with the Pagefind binaries it starts. Astro renders the pages on one thread, the build's
 * longest serial path; at the same priority the background work took a share of its core, and the
 * rendering ended last, alone on an otherwise idle machine (docs/performance.md, "Issue 10,
 * session 16").
 */
import { getPriority, setPriority } from 'node:os';

/** How many nice steps below the build the background work runs. */
export const BACKGROUND_NICE_INCREMENT = 5;

/** Lowest priority the system has (highest nice value). */
const LOWEST = 19;

/**
 * Moves the process `pid` to the background priority; processes it starts later inherit it. A
 * process that has already exited is left alone: whoever started it reports its end.
 */
export function runInBackground(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, Math.min(LOWEST, getPriority() + BACKGROUND_NICE_INCREMENT));
  } catch {
    // Already gone.
  }
}
