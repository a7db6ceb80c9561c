/**
 * A child process whose output is held back until the parent decides it is wanted:
 * `scripts/build.ts` starts `astro build`, whose content loaders check the content first, and
 * only shows Astro's log once the check has passed (a failed check kills Astro unseen, so the
 * author reads one list of problems, not Astro's take on the same file).
 */
import { spawn, type SpawnOptions } from 'node:child_process';

/** A running child with held output. */
export interface HeldChild {
  /** Prints what the child wrote so far, then lets its output through as it comes. */
  release(): void;
  /** Stops the child (its esbuild service exits with it); its held output is dropped. */
  kill(): Promise<void>;
  /** The exit code (1 when killed by a signal). */
  exited: Promise<number>;
  /**
   * The first message the child sent over its IPC channel (see {@link HeldOptions.ipc}), or
   * `undefined` if it exited without sending one.
   */
  message: Promise<unknown>;
  /** Calls `handler` with every message the child sends. */
  onMessage(handler: (message: unknown) => void): void;
  /** Sends `message` to the child over its IPC channel. */
  send(message: unknown): void;
}

/** `spawn`'s options, and whether the child gets an IPC channel. */
export type HeldOptions = Omit<SpawnOptions, 'stdio' | 'serialization'> & {
  /**
   * Open an IPC channel (`process.send` in the child). Messages are structured clones, so dates
   * and other values arrive as they were sent.
   */
  ipc?: boolean;
};

/**
 * Starts `command args` with stdout and stderr held. It stays in the terminal's process group,
 * so Ctrl-C stops it with the parent.
 */
export function spawnHeld(
  command: string,
  args: readonly string[],
  { ipc = false, ...options }: HeldOptions = {},
): HeldChild {
  const child = spawn(command, args, {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? (['ipc'] as const) : [])],
    serialization: 'advanced',
  });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    stream?.on('data', (chunk: Buffer) => {
      if (held) held.push([target, chunk]);
      else target.write(chunk);
    });
  }
  const exited = new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  const message = new Promise<unknown>((done) => {
    child.once('message', done);
    void exited.then(() => done(undefined));
  });
  return {
    release() {
      for (const [target, chunk] of held ?? []) target.write(chunk);
      held = undefined;
    },
    async kill() {
      held = [];
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    exited,
    message,
    onMessage(handler) {
      child.on('message', handler);
    },
    send(message) {
      if (child.connected) child.send(message as object);
    },
  };
}
