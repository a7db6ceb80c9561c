/**
 * `npm test`: runs every vitest layer and closes with the plain `N passed, N failed` line that CI
 * reads (vitest's own summary is not recognised there). Exit code is non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
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
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

let report: JsonReport | undefined;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
} catch {
  report = undefined;
}
rmSync(reportDir, { recursive: true, force: true });

if (!report) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const skipped = report.numPendingTests + report.numTodoTests;
const failed = report.numFailedTests + (report.success || report.numFailedTests > 0 ? 0 : 1);
console.log(
  `${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(result.status === 0 && failed === 0 && report.numPassedTests > 0 ? 0 : 1);
