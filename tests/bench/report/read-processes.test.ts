import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuSeconds, readProcesses } from '../../../bench/report/read-processes';

describe('readProcesses', () => {
  it('lists this process with its parent, name and resident memory', () => {
    const own = readProcesses().find((status) => status.pid === process.pid);
    expect(own).toMatchObject({ ppid: process.ppid, name: 'node' });
    expect(own?.rssKb).toBeGreaterThan(0);
  });
});

describe('cpuSeconds', () => {
  it('reads the CPU this process has used', () => {
    const before = cpuSeconds(process.pid) ?? 0;
    // Work the kernel will count: a few hundredths of a second at least.
    const until = performance.now() + 100;
    while (performance.now() < until);
    expect(cpuSeconds(process.pid)).toBeGreaterThan(before);
  });

  it('has no reading for a process that is gone, so its last one stands', () => {
    const { pid } = spawnSync('true');
    expect(pid).toBeGreaterThan(0);
    expect(cpuSeconds(pid)).toBeUndefined();
  });
});
