import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, PROJECT_ROOT, siteRoot } from '../helpers/build-site';
import { linesOf, runScript } from './run-script';

/** The last deploy ran at 06:45 Rome time; the scheduled run looks at 07:05. */
const LAST_DEPLOY = '2026-12-04T05:45:00Z';
const NOW = '2026-12-04T06:05:00Z';

describe('npm run due', () => {
  let dir: string;
  let shown: string;

  beforeAll(() => {
    dir = siteRoot('due-');
    shown = relative(PROJECT_ROOT, dir);
    mkdirSync(join(dir, 'articles'));
    const write = (name: string, date: string, draft = 'false') =>
      writeFileSync(join(dir, 'articles', name), article({ title: name, date, draft }));
    write('vecchio.md', '02 Dicembre 2026 10:00');
    write('alle-sette.md', '04 Dicembre 2026 07:00');
    write('bozza-delle-sette.md', '04 Dicembre 2026 07:00', 'true');
    write('stasera.md', '04 Dicembre 2026 20:30');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const due = (since: string | undefined, env: Record<string, string> = {}) =>
    runScript(
      'due.ts',
      ['--content-dir', dir, ...(since === undefined ? [] : ['--since', since])],
      { ROTATIVA_NOW: NOW, GITHUB_OUTPUT: '', ...env },
    );

  it('says a build is due when an article became public since the last deploy', () => {
    const run = due(LAST_DEPLOY);
    expect(run.status).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      `da pubblicare: ${shown}/articles/alle-sette.md (programmato per il 4 dicembre 2026, 07:00)`,
      `prossimo: ${shown}/articles/stasera.md il 4 dicembre 2026, 20:30`,
      'due=true',
    ]);
  });

  it('says nothing is due when the last deploy already saw every public article', () => {
    const run = due('2026-12-04T06:01:00Z');
    expect(linesOf(run.stdout)).toEqual([
      'niente da pubblicare dal 4 dicembre 2026, 07:01',
      `prossimo: ${shown}/articles/stasera.md il 4 dicembre 2026, 20:30`,
      'due=false',
    ]);
    expect(run.status).toBe(0);
  });

  it('asks for a build when no deploy is known, and writes the answer for GitHub Actions', () => {
    const output = join(mkdtempSync(join(dir, 'gh-')), 'output');
    const run = due(undefined, { GITHUB_OUTPUT: output });
    expect(linesOf(run.stdout)[0]).toBe('nessun deploy precedente noto: la build va fatta');
    expect(readFileSync(output, 'utf8')).toBe('due=true\n');
  });

  it('refuses a --since that is no date, with the usage line', () => {
    const run = due('ieri');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--since: "ieri" non è una data ISO');
  });
});
