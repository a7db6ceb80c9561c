import { describe, expect, it } from 'vitest';
import { rememberRecentDigests } from '../../../../src/lib/build/recent-digests';

function counting() {
  const calls: string[] = [];
  const compute = (data: string, algorithm: string) => {
    calls.push(`${algorithm}:${data}`);
    return Promise.resolve(`${algorithm}-${data.length}-${data.slice(0, 3)}`);
  };
  return { calls, compute };
}

describe('rememberRecentDigests', () => {
  it('computes an input once and answers it again from memory', async () => {
    const { calls, compute } = counting();
    const digest = rememberRecentDigests(compute);
    const first = await digest('body{color:red}', 'SHA-256');
    expect(await digest('body{color:red}', 'SHA-256')).toBe(first);
    expect(calls).toEqual(['SHA-256:body{color:red}']);
  });

  it('keeps algorithms apart', async () => {
    const { calls, compute } = counting();
    const digest = rememberRecentDigests(compute);
    await digest('a', 'SHA-256');
    await digest('a', 'SHA-384');
    expect(calls).toEqual(['SHA-256:a', 'SHA-384:a']);
  });

  it('forgets the oldest input once 64 newer ones were asked', async () => {
    const { calls, compute } = counting();
    const digest = rememberRecentDigests(compute);
    for (let n = 0; n <= 64; n++) await digest(`style ${n}`, 'SHA-256');
    await digest('style 64', 'SHA-256');
    await digest('style 1', 'SHA-256');
    expect(calls.filter((call) => call === 'SHA-256:style 64')).toHaveLength(1);
    expect(calls.filter((call) => call === 'SHA-256:style 1')).toHaveLength(1);
    await digest('style 0', 'SHA-256');
    expect(calls.filter((call) => call === 'SHA-256:style 0')).toHaveLength(2);
  });

  it('retries an input whose digest failed', async () => {
    let fail = true;
    const digest = rememberRecentDigests((data) =>
      fail ? Promise.reject(new Error('down')) : Promise.resolve(`ok ${data}`),
    );
    await expect(digest('x', 'SHA-256')).rejects.toThrow('down');
    fail = false;
    expect(await digest('x', 'SHA-256')).toBe('ok x');
  });
});
