import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_NICE_INCREMENT,
  runInBackground,
} from '../../../../src/lib/build/background-priority';

/** A Node process that waits until it is killed, started and ready. */
async function idleProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await once(child, 'spawn');
  return child;
}

describe('runInBackground', () => {
  it('moves a process below the build’s priority', async () => {
    const child = await idleProcess();
    try {
      runInBackground(child.pid);
      expect(getPriority(child.pid)).toBe(Math.min(19, getPriority() + BACKGROUND_NICE_INCREMENT));
    } finally {
      child.kill();
    }
  });

  it('leaves alone a process that has already exited', async () => {
    const child = await idleProcess();
    child.kill();
    await once(child, 'exit');
    expect(() => runInBackground(child.pid)).not.toThrow();
    expect(() => runInBackground(undefined)).not.toThrow();
  });
});
