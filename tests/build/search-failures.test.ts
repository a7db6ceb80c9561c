/**
 * Pagefind failing under the build: a binary that exits with an error and one that never
 * answers both stop the build with one Italian message, remove the staging folder and leave the
 * previous `dist/` as it was (issue 12, item 7). The binary that exits first writes down the
 * priority it was started at: the indexing is the build's background work.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeFixture } from '../helpers/build-site';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A fixture site with an old `dist/` and a fake Pagefind binary running `script`. */
function failingBuild(script: string, env: Record<string, string> = {}) {
  const root = writeFixture({
    'articles/uno.md': article({ title: 'Uno', date: '2024-01-01' }),
  });
  roots.push(root);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), 'vecchia build');
  const binary = join(root, 'fake-pagefind.sh');
  writeFileSync(binary, `#!/bin/sh\n${script}\n`);
  chmodSync(binary, 0o755);
  const site = buildSite(root, { env: { PAGEFIND_BINARY_PATH: binary, ...env } });
  return { site, output: `${site.stdout}\n${site.stderr}` };
}

function expectCleanFailure({ site, output }: ReturnType<typeof failingBuild>, reason: RegExp) {
  expect(site.status).toBe(1);
  expect(output).toContain('Indice di ricerca non creato');
  expect(output).toMatch(reason);
  expect(output).not.toMatch(/unsettled top-level await/i);
  expect(readFileSync(join(site.distDir, 'index.html'), 'utf8')).toBe('vecchia build');
  expect(existsSync(`${site.distDir}.staging`)).toBe(false);
}

describe('a failing Pagefind binary', () => {
  const recorded = mkdtempSync(join(tmpdir(), 'rotativa-priority-'));
  roots.push(recorded);
  let exiting: ReturnType<typeof failingBuild> | undefined;
  // One build for both tests below: the binary notes its priority and its session's, then dies.
  const exitingBuild = () =>
    (exiting ??= failingBuild(
      [
        `nice > ${join(recorded, 'nice')}`,
        `cat /proc/$$/autogroup > ${join(recorded, 'autogroup')} 2>/dev/null`,
        // Its parent is the indexing process, whose parent runs the build (field 4: parent, 19: nice).
        `awk '{print $19}' /proc/$(awk '{print $4}' /proc/$PPID/stat)/stat > ${join(recorded, 'build-nice')}`,
        'echo "pagefind: guasto simulato" >&2',
        'exit 1',
      ].join('\n'),
    ));

  it('that exits 1 stops the build with an Italian message and keeps the old dist/', () => {
    expectCleanFailure(
      exitingBuild(),
      // Pagefind dies before or after reading the first request: both end the same way.
      /(?:Pagefind si è fermato senza rispondere|Pagefind backend closed)/,
    );
  });

  it('that hangs is stopped after the deadline, the same way', () => {
    expectCleanFailure(
      failingBuild('exec sleep 600', { ROTATIVA_SEARCH_TIMEOUT_MS: '4000' }),
      /nessuna risposta da Pagefind dopo 4 s/,
    );
  });

  it('is started at the lowest priority, in a session group at the lowest priority', () => {
    expect(exitingBuild().site.status).toBe(1);
    expect(readFileSync(join(recorded, 'nice'), 'utf8').trim()).toBe('19');
    // Kernels built without session groups have no such file: the priority above is what counts.
    const group = readFileSync(join(recorded, 'autogroup'), 'utf8');
    if (group !== '') expect(group).toMatch(/ nice 19$/m);
    // Only the indexing: the process that runs the build keeps the priority it was started at.
    expect(readFileSync(join(recorded, 'build-nice'), 'utf8').trim()).toBe(String(getPriority()));
  });
});
