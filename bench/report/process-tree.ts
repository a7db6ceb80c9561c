/**
 * Memory of a whole process tree from Linux's `/proc/<pid>/status` files: the build is three or
 * four processes (the build script, Astro, Pagefind's binary, tsx's launcher), and its peak is
 * their sum. Pure: the caller reads the files.
 */

/** What the benchmark needs from one `/proc/<pid>/status`. */
export interface ProcessStatus {
  pid: number;
  ppid: number;
  /** The executable's name (`node`, `pagefind_extended`…). */
  name: string;
  /** Resident memory in KiB; 0 for kernel threads and zombies, which have none. */
  rssKb: number;
}

const field = (text: string, key: string): string | undefined =>
  new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();

/** Parses a `/proc/<pid>/status` file, or undefined when it is not one. */
export function parseProcStatus(text: string): ProcessStatus | undefined {
  const pid = Number(field(text, 'Pid'));
  const ppid = Number(field(text, 'PPid'));
  const name = field(text, 'Name');
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || name === undefined) return undefined;
  const rss = /^(\d+)\s*kB$/i.exec(field(text, 'VmRSS') ?? '');
  return { pid, ppid, name, rssKb: rss ? Number(rss[1]) : 0 };
}

/** `root` first, then all its descendants (none when `root` is not among `processes`). */
export function processTree(root: number, processes: readonly ProcessStatus[]): ProcessStatus[] {
  const children = new Map<number, ProcessStatus[]>();
  for (const process of processes) {
    children.set(process.ppid, [...(children.get(process.ppid) ?? []), process]);
  }
  const tree = processes.filter((process) => process.pid === root);
  for (const process of tree) tree.push(...(children.get(process.pid) ?? []));
  return tree;
}

/** Resident memory of `root` and all its descendants, in total and per executable name. */
export function treeMemory(
  root: number,
  processes: readonly ProcessStatus[],
): { totalKb: number; byName: Map<string, number> } {
  const byName = new Map<string, number>();
  let totalKb = 0;
  for (const process of processTree(root, processes)) {
    totalKb += process.rssKb;
    byName.set(process.name, (byName.get(process.name) ?? 0) + process.rssKb);
  }
  return { totalKb, byName };
}
