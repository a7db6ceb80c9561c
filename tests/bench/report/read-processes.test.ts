import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { cpuSeconds, readProcesses, treeCpuSeconds } from '../../../bench/report/read-processes';

/** CPU this process has used, in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Keeps this process on the CPU until it has used `ms` more of it, however busy the machine. */
function busy(ms: number): void {
  const until = cpuMs() + ms;
  while (cpuMs() < until);
}

/** The same loop for a child, as a script: the kernel counts CPU in ticks of 10 ms. */
const BUSY = (ms: number) =>
  `const c = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };` +
  `const u = c() + ${ms}; while (c() < u);`;

/** Runs a child that uses `ms` of CPU, and waits for it. */
const busyChild = (ms: number) => spawnSync(process.execPath, ['-e', BUSY(ms)]);

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
    busy(100);
    expect(cpuSeconds(process.pid)).toBeGreaterThan(before);
  });

  it('counts the children waited for only when asked to', () => {
    const own = cpuSeconds(process.pid) ?? 0;
    const withChildren = cpuSeconds(process.pid, { reapedChildren: true }) ?? 0;
    expect(busyChild(300).status).toBe(0);
    const ownAfter = cpuSeconds(process.pid) ?? 0;
    const withChildrenAfter = cpuSeconds(process.pid, { reapedChildren: true }) ?? 0;
    // The child's 0.3 s, less a tick or two of rounding, moved into this process's count.
    expect(withChildrenAfter - withChildren - (ownAfter - own)).toBeGreaterThan(0.2);
  });

  it('has no reading for a process that is gone', () => {
    const { pid } = spawnSync('true');
    expect(pid).toBeGreaterThan(0);
    expect(cpuSeconds(pid)).toBeUndefined();
  });
});

describe('treeCpuSeconds', () => {
  it('counts a child once: running, then once it has been waited for', async () => {
    const before = treeCpuSeconds(process.pid, []) ?? 0;
    // Busy for 0.3 s, then says so and waits for its input to close before it exits.
    const child = spawn(process.execPath, [
      '-e',
      `${BUSY(300)} console.log("done"); process.stdin.resume();`,
    ]);
    const [said] = (await once(child.stdout, 'data')) as [Buffer];
    expect(said.toString().trim()).toBe('done');
    const running = (treeCpuSeconds(process.pid, [child.pid ?? -1]) ?? 0) - before;
    child.stdin.end();
    await once(child, 'exit');
    const waited = (treeCpuSeconds(process.pid, [child.pid ?? -1]) ?? 0) - before;
    expect(running).toBeGreaterThan(0.25);
    expect(waited).toBeGreaterThanOrEqual(running - 0.02);
    // Its time moved into the root's count and is not added a second time.
    expect(waited).toBeLessThan(running + 0.25);
  });

  it('has no reading once the root is gone', () => {
    const { pid } = spawnSync('true');
    expect(treeCpuSeconds(pid, [])).toBeUndefined();
  });
});
