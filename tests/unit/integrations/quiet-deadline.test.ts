/**
 * The deadline of a thread that does not turn its event loop: a process that kept talking while
 * the thread was busy is not taken for a hung one, and a silent one still is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { quietDeadline } from '@/integrations/quiet-deadline';

/** Keeps the thread busy without turning its event loop, as the build's rendering does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** A process that sends a message every 20 ms until it is stopped. */
async function talker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', "setInterval(() => process.send('vivo'), 20)"], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  await once(child, 'message');
  return child;
}

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

describe('quietDeadline', () => {
  it('reads the messages that waited behind a busy thread before it expires', async () => {
    child = await talker();
    let expired = false;
    const deadline = quietDeadline(200, () => (expired = true));
    child.on('message', () => deadline.heard());
    busy(1500);
    // Two turns of the loop: the due timer, then the messages read before its second look.
    await new Promise((turned) => setTimeout(turned, 50));
    await new Promise((turned) => setImmediate(turned));
    deadline.stop();
    expect(expired).toBe(false);
  });

  it('expires when nothing is heard', async () => {
    const expired = new Promise<void>((resolve) => quietDeadline(100, resolve));
    await expect(expired).resolves.toBeUndefined();
  });

  it('never expires once stopped', async () => {
    let expired = false;
    quietDeadline(20, () => (expired = true)).stop();
    await new Promise((turned) => setTimeout(turned, 100));
    expect(expired).toBe(false);
  });
});
