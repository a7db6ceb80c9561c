import { describe, expect, it } from 'vitest';
import { longMainThreadTasks } from '../../bench/main-thread-tasks';

const thread = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
const task = (name: string, pid: number, tid: number, ms: number, cpuMs: number) => ({
  name,
  ph: 'X',
  pid,
  tid,
  dur: ms * 1000,
  tdur: cpuMs * 1000,
});
const trace = (...events: object[]) => JSON.stringify({ traceEvents: events });

describe('longMainThreadTasks', () => {
  it('keeps the renderer main thread tasks over 50 ms, longest first, with their CPU time', () => {
    const tasks = longMainThreadTasks(
      trace(
        thread(1, 10, 'CrRendererMain'),
        thread(1, 11, 'DedicatedWorker thread'),
        task('RunTask', 1, 10, 80, 12),
        task('RunTask', 1, 10, 300, 3),
        task('RunTask', 1, 10, 40, 40),
        task('RunTask', 1, 11, 900, 900),
      ),
    );
    expect(tasks).toEqual([
      { wall: 300, cpu: 3 },
      { wall: 80, cpu: 12 },
    ]);
  });

  it('counts a task traced under both names once', () => {
    const tasks = longMainThreadTasks(
      trace(
        thread(1, 10, 'CrRendererMain'),
        task('RunTask', 1, 10, 60, 60),
        task('ThreadControllerImpl::RunTask', 1, 10, 60, 60),
      ),
    );
    expect(tasks).toEqual([{ wall: 60, cpu: 60 }]);
  });

  it('reads the older name when it is the only one', () => {
    const tasks = longMainThreadTasks(
      trace(thread(2, 5, 'CrRendererMain'), task('ThreadControllerImpl::RunTask', 2, 5, 70, 9)),
    );
    expect(tasks).toEqual([{ wall: 70, cpu: 9 }]);
  });
});
