import { describe, expect, it } from 'vitest';
import {
  parseProcStatus,
  processTree,
  treeMemory,
  type ProcessStatus,
} from '../../../bench/report/process-tree';

const STATUS = `Name:\tnode
Umask:\t0022
State:\tS (sleeping)
Tgid:\t4242
Pid:\t4242
PPid:\t4200
VmPeak:\t 1400000 kB
VmRSS:\t  812344 kB
Threads:\t11
`;

describe('parseProcStatus', () => {
  it('reads pid, parent, name and resident memory', () => {
    expect(parseProcStatus(STATUS)).toEqual({ pid: 4242, ppid: 4200, name: 'node', rssKb: 812344 });
  });

  it('gives 0 KiB to a process without VmRSS (kernel thread, zombie)', () => {
    expect(parseProcStatus(STATUS.replace(/^VmRSS.*\n/m, ''))?.rssKb).toBe(0);
  });

  it('is undefined for text that is not a status file', () => {
    expect(parseProcStatus('hello')).toBeUndefined();
  });
});

describe('processTree and treeMemory', () => {
  const processes: ProcessStatus[] = [
    { pid: 1, ppid: 0, name: 'init', rssKb: 5_000 },
    { pid: 10, ppid: 1, name: 'node', rssKb: 100 },
    { pid: 11, ppid: 10, name: 'node', rssKb: 200 },
    { pid: 12, ppid: 11, name: 'pagefind', rssKb: 400 },
    { pid: 13, ppid: 1, name: 'vitest', rssKb: 9_000 },
  ];

  it('lists the root first, then every descendant, and nothing else', () => {
    expect(processTree(10, processes).map(({ pid }) => pid)).toEqual([10, 11, 12]);
    expect(processTree(99, processes)).toEqual([]);
  });

  it('sums the root and every descendant, and nothing else', () => {
    expect(treeMemory(10, processes).totalKb).toBe(700);
  });

  it('splits the sum by executable name', () => {
    expect(Object.fromEntries(treeMemory(10, processes).byName)).toEqual({
      node: 300,
      pagefind: 400,
    });
  });

  it('is empty once the root has exited', () => {
    expect(treeMemory(99, processes).totalKb).toBe(0);
  });
});
