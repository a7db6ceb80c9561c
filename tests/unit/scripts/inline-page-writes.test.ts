/**
 * The preload that writes pages synchronously in `astro build`: under the staging and cache
 * folders, `fs.promises.writeFile` and `fs.promises.mkdir` are done at once and settle as usual
 * (a failure rejects), still never through a link to the live `dist/`; elsewhere nothing changes.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPreloaded } from '../../helpers/preloaded-script';

const root = mkdtempSync(join(tmpdir(), 'inline-writes-'));
const dist = join(root, 'dist');
const staging = join(root, 'dist.staging');
const cache = join(root, 'cache');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs `statements` in a node process with both preloads, as `scripts/build.ts` starts Astro;
 * returns what the script printed.
 */
function run(statements: string): string {
  return runPreloaded(
    ['fresh-page-writes.mjs', 'inline-page-writes.mjs'],
    ["import fs from 'node:fs';", statements].join('\n'),
    { ROTATIVA_OUT_DIR: staging, ROTATIVA_CACHE_DIR: cache },
  );
}

describe('inline-page-writes', () => {
  it('has the page written by the time the call returns, in a new folder', () => {
    const page = join(staging, 'articoli', 'nuovo', 'index.html');
    const printed = run(
      [
        `const page = ${JSON.stringify(page)};`,
        'const made = fs.promises.mkdir(new URL(`file://${page}/..`), { recursive: true });',
        "const written = fs.promises.writeFile(page, Buffer.from('<p>nuovo</p>'));",
        // Written before either promise settles: the work was not handed to another thread.
        'console.log(fs.readFileSync(page, "utf8"));',
        'await made; await written;',
      ].join('\n'),
    );
    expect(printed.trim()).toBe('<p>nuovo</p>');
  });

  it('still writes a shared page as a new file, not through the link', () => {
    mkdirSync(dist, { recursive: true });
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(dist, 'condiviso.html'), 'vecchio');
    linkSync(join(dist, 'condiviso.html'), join(staging, 'condiviso.html'));
    run(
      `await fs.promises.writeFile(${JSON.stringify(join(staging, 'condiviso.html'))}, 'nuovo');`,
    );
    expect(readFileSync(join(dist, 'condiviso.html'), 'utf8')).toBe('vecchio');
    expect(readFileSync(join(staging, 'condiviso.html'), 'utf8')).toBe('nuovo');
  });

  it('writes the cache folder at once too', () => {
    const copy = join(cache, 'dist', 'pagina.html');
    const printed = run(
      [
        `const copy = ${JSON.stringify(copy)};`,
        "const made = fs.promises.mkdir(copy.replace(/[^/]+$/, ''), { recursive: true });",
        "const written = fs.promises.writeFile(copy, 'copia');",
        'console.log(fs.existsSync(copy));',
        'await made; await written;',
      ].join('\n'),
    );
    expect(printed.trim()).toBe('true');
  });

  it('rejects a failed write instead of throwing', () => {
    const printed = run(
      [
        `const missing = ${JSON.stringify(join(staging, 'assente', 'index.html'))};`,
        'let thrown = false;',
        'let promise;',
        "try { promise = fs.promises.writeFile(missing, 'x'); } catch { thrown = true; }",
        'const code = await promise.then(() => "ok", (error) => error.code);',
        'console.log(thrown, code);',
      ].join('\n'),
    );
    expect(printed.trim()).toBe('false ENOENT');
  });

  it('leaves abortable writes, and writes elsewhere, to the usual way', () => {
    const outside = join(root, 'fuori.txt');
    const aborted = join(staging, 'interrotto.html');
    const printed = run(
      [
        `await fs.promises.writeFile(${JSON.stringify(outside)}, 'fuori');`,
        `const write = fs.promises.writeFile(${JSON.stringify(aborted)}, 'x', { signal: AbortSignal.abort() });`,
        'console.log(await write.then(() => "scritto", (error) => error.name));',
      ].join('\n'),
    );
    expect(printed.trim()).toBe('AbortError');
    expect(existsSync(aborted)).toBe(false);
    expect(readFileSync(outside, 'utf8')).toBe('fuori');
  });
});
