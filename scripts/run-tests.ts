/**
 * `npm test`: the static checks (types, lint, format), then every vitest layer, closing with the
 * plain `N passed, N failed` line that CI reads (vitest's own summary is not recognised there).
 * Each static check counts as one test. Exit code is non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnHeld } from './lib/held-child';
import { summaryLine, testSummary, type VitestReport } from './lib/test-summary';

const ASTRO = 'node_modules/astro/bin/astro.mjs';

/**
 * The checks run side by side, each on a core of its own, once `astro sync` has written the
 * content types that the type check and the type-checked lint both read (`astro check` is that
 * sync, then the check: the sync counts with the type check).
 */
const STATIC_CHECKS: [name: string, bin: string, args: string[]][] = [
  ['typecheck', ASTRO, ['check', '--noSync']],
  ['lint', 'node_modules/eslint/bin/eslint.js', ['.']],
  ['format', 'node_modules/prettier/bin/prettier.cjs', ['--check', '.']],
];

const vitestArgs = process.argv.slice(2);
let staticPassed = 0;
let staticFailed = 0;
// A filtered run (`npm test -- tests/unit/x`) is a developer's loop: static checks stay out of it.
if (vitestArgs.length === 0) {
  const synced = spawnSync(process.execPath, [ASTRO, 'sync'], { stdio: 'inherit' }).status === 0;
  const checks = STATIC_CHECKS.map(([name, bin, args]) => ({
    name,
    child: spawnHeld(process.execPath, [bin, ...args]),
  }));
  // Each check's output is shown whole, in order, once it has finished.
  for (const { name, child } of checks) {
    const status = await child.exited;
    child.release();
    if (status === 0 && (synced || name !== 'typecheck')) staticPassed += 1;
    else {
      staticFailed += 1;
      console.error(`✗ ${name} non è passato (npm run ${name})`);
    }
  }
}

const reportDir = mkdtempSync(join(tmpdir(), 'rotativa-tests-'));
const reportFile = join(reportDir, 'report.json');
const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...vitestArgs,
  ],
  { stdio: 'inherit' },
);

let report: VitestReport | undefined;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
} catch {
  report = undefined;
}
rmSync(reportDir, { recursive: true, force: true });

if (!report) {
  // No report: vitest itself failed, which counts as one failure.
  console.log(summaryLine({ passed: staticPassed, failed: staticFailed + 1, skipped: 0 }));
  process.exit(1);
}
const summary = testSummary(report, { staticPassed, staticFailed, vitestStatus: result.status });
for (const file of summary.unfinishedFiles) console.error(`✗ non passato: ${file}`);
console.log(summaryLine(summary));
process.exit(summary.ok ? 0 : 1);
