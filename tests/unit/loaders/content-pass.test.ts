import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentPass, passOnceStarted, publishableContent } from '@/loaders/content-pass';
import {
  isContentCheckedMessage,
  type ContentCheckedMessage,
} from '@/lib/build/content-checked-message';
import { ContentError } from '@/lib/errors';

const CLEAN = 'tests/fixtures/check/clean';
const PROBLEMS = 'tests/fixtures/check/problems';

const { send } = Object.getOwnPropertyDescriptors(process);

/** Catches what the pass sends to the build script. */
function captureMessages(): unknown[] {
  const sent: unknown[] = [];
  process.send = vi.fn((message: unknown) => sent.push(message) > 0);
  return sent;
}

afterEach(() => {
  if (send) Object.defineProperty(process, 'send', send);
  else delete process.send;
});

describe('passOnceStarted', () => {
  it('waits for someone else to start the pass, then gives that pass', async () => {
    captureMessages();
    const folder = 'tests/fixtures/check/clean/';
    let given: unknown;
    const waiting = passOnceStarted(folder).then((report) => (given = report));
    await new Promise((turn) => setImmediate(turn));
    expect(given).toBeUndefined();
    const started = contentPass(folder);
    await waiting;
    expect(given).toBe(await started);
    expect(await passOnceStarted(folder)).toBe(await started);
  });
});

describe('contentPass', () => {
  it('reads a folder once per process, and again when asked for a fresh pass', async () => {
    captureMessages();
    const first = contentPass(CLEAN);
    expect(contentPass(CLEAN)).toBe(first);
    const fresh = contentPass(CLEAN, { fresh: true });
    expect(fresh).not.toBe(first);
    expect(contentPass(CLEAN)).toBe(fresh);
    // Both passes settle inside the test: a late one would send its message through the real
    // process.send, to the test runner.
    expect((await first).articleCount).toBe(4);
    expect((await fresh).articleCount).toBe(4);
  });

  it('tells the build script what it found, problems included', async () => {
    const sent = captureMessages();
    const report = await contentPass(PROBLEMS, { fresh: true });
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(isContentCheckedMessage(message)).toBe(true);
    expect(message).toMatchObject({
      problems: report.problems,
      articleCount: 5,
      commentFileCount: 3,
    } satisfies Partial<ContentCheckedMessage>);
  });
});

describe('publishableContent', () => {
  it('stops on a content problem with every problem in the message', async () => {
    captureMessages();
    const error: unknown = await publishableContent(PROBLEMS, { fresh: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toHaveLength(15);
    expect((error as Error).message.split('\n')[0]).toMatch(
      new RegExp(`^${PROBLEMS}/articles/altro-doppio.md:4: slug: `),
    );
  });

  it('gives the pass of content that can be published', async () => {
    captureMessages();
    expect((await publishableContent(CLEAN, { fresh: true })).problems).toEqual([]);
  });
});
