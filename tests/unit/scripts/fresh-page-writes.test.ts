/**
 * The guard preloaded into `astro build`: a write into the staging folder never goes through a
 * hard link to the live `dist/`, whichever fs function Astro, Vite or an integration uses.
 */
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPreloaded } from '../../helpers/preloaded-script';

const root = mkdtempSync(join(tmpdir(), 'fresh-writes-'));
const dist = join(root, 'dist');
const staging = join(root, 'dist.staging');
const WRITERS = {
  'fs.promises.writeFile': "await fs.promises.writeFile(target, 'nuovo')",
  'fs.writeFileSync': "fs.writeFileSync(target, 'nuovo')",
  'fs.writeFile': "await new Promise((done) => fs.writeFile(target, 'nuovo', done))",
  'named writeFile of node:fs/promises': "await writeFile(new URL(`file://${target}`), 'nuovo')",
  'fs.copyFileSync': "fs.writeFileSync(source, 'nuovo'); fs.copyFileSync(source, target)",
  'fs.promises.copyFile':
    "fs.writeFileSync(source, 'nuovo'); await fs.promises.copyFile(source, target)",
  'fs.createWriteStream':
    "await new Promise((done) => fs.createWriteStream(target).end('nuovo', done))",
};

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `statement` in a node process with the guard preloaded, the staging folder as outDir. */
function runGuarded(statement: string, target: string): void {
  const script = [
    "import fs from 'node:fs';",
    "import { writeFile } from 'node:fs/promises';",
    `const target = ${JSON.stringify(target)};`,
    `const source = ${JSON.stringify(join(root, 'source'))};`,
    statement,
  ].join('\n');
  runPreloaded(['fresh-page-writes.mjs'], script, { ROTATIVA_OUT_DIR: staging });
}

describe('fresh-page-writes', () => {
  it.each(Object.entries(WRITERS))(
    '%s writes a new file, not through the link',
    (name, statement) => {
      const page = `${name.replaceAll(/\W/g, '-')}.html`;
      mkdirSync(dist, { recursive: true });
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(dist, page), 'vecchio');
      linkSync(join(dist, page), join(staging, page));
      runGuarded(statement, join(staging, page));
      expect(readFileSync(join(dist, page), 'utf8')).toBe('vecchio');
      expect(readFileSync(join(staging, page), 'utf8')).toBe('nuovo');
      expect(statSync(join(dist, page)).nlink).toBe(1);
    },
  );

  it('leaves files outside the staging folder alone', () => {
    const outside = join(root, 'outside.txt');
    const alias = join(root, 'alias.txt');
    writeFileSync(outside, 'vecchio');
    linkSync(outside, alias);
    runGuarded("fs.writeFileSync(target, 'nuovo')", alias);
    expect(readFileSync(outside, 'utf8')).toBe('nuovo');
  });
});
