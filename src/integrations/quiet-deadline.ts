/**
 * A deadline that runs from the last sign of life of another process, kept on a thread that may
 * not turn its event loop for minutes: the build's thread renders pages synchronously, and when
 * its loop turns again it runs due timers before it reads the messages that waited meanwhile. An
 * expired deadline is therefore checked once more after those messages are read (`setImmediate`
 * runs after the loop's poll phase), so a process that kept talking while the thread was busy is
 * never taken for a hung one.
 */

/** A running {@link quietDeadline}. */
export interface QuietDeadline {
  /** A sign of life: the deadline runs again from now. */
  heard(): void;
  /** Ends the deadline; `onExpire` is never called after this. */
  stop(): void;
}

/** Calls `onExpire` once `timeoutMs` pass without {@link QuietDeadline.heard}. */
export function quietDeadline(timeoutMs: number, onExpire: () => void): QuietDeadline {
  let heardAt = performance.now();
  let stopped = false;
  let timer: NodeJS.Timeout;
  const check = () => {
    setImmediate(() => {
      if (stopped) return;
      const quiet = performance.now() - heardAt;
      if (quiet < timeoutMs) {
        timer = setTimeout(check, timeoutMs - quiet);
        return;
      }
      stopped = true;
      onExpire();
    });
  };
  timer = setTimeout(check, timeoutMs);
  return {
    heard: () => {
      heardAt = performance.now();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
