/**
 * The closing line of `npm test`, from vitest's JSON report: CI reads only that line, so every
 * test that did not pass counts there as failed, including the tests of a file whose worker
 * died before they ran and a run that vitest itself failed with an unhandled error.
 */

/** The part of vitest's JSON report the summary reads. */
export interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string }[];
}

/** What the static checks and vitest's process said. */
export interface RunOutcome {
  staticPassed: number;
  staticFailed: number;
  /** vitest's exit code. */
  vitestStatus: number | null;
}

/** The summary of one `npm test` run (pure). */
export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Test files that did not pass, as the report names them. */
  unfinishedFiles: string[];
  ok: boolean;
}

export function testSummary(report: VitestReport, outcome: RunOutcome): TestSummary {
  const skipped = report.numPendingTests + report.numTodoTests;
  const notPassed = report.numTotalTests - report.numPassedTests - skipped;
  const vitestFailed = outcome.vitestStatus === 0 ? notPassed : Math.max(notPassed, 1);
  const failed = outcome.staticFailed + vitestFailed;
  return {
    passed: outcome.staticPassed + report.numPassedTests,
    failed,
    skipped,
    unfinishedFiles: report.testResults
      .filter(({ status }) => status !== 'passed')
      .map(({ name }) => name),
    ok: failed === 0 && report.numPassedTests > 0,
  };
}

/** The line CI reads (pure). */
export function summaryLine({
  passed,
  failed,
  skipped,
}: Pick<TestSummary, 'passed' | 'failed' | 'skipped'>): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
