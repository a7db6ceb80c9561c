import { describe, expect, it } from 'vitest';
import { summaryLine, testSummary, type VitestReport } from '../../../scripts/lib/test-summary';

const report = (overrides: Partial<VitestReport> = {}): VitestReport => ({
  numTotalTests: 10,
  numPassedTests: 10,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [
    { name: '/repo/tests/a.test.ts', status: 'passed' },
    { name: '/repo/tests/b.test.ts', status: 'passed' },
  ],
  ...overrides,
});

describe('testSummary', () => {
  it('counts the static checks with the tests when everything passed', () => {
    const summary = testSummary(report(), { staticPassed: 3, staticFailed: 0, vitestStatus: 0 });
    expect(summary).toMatchObject({ passed: 13, failed: 0, ok: true, unfinishedFiles: [] });
    expect(summaryLine(summary)).toBe('13 passed, 0 failed');
  });

  it('counts the tests of a file whose worker died as failed, and names the file', () => {
    const summary = testSummary(
      report({
        numPassedTests: 4,
        testResults: [
          { name: '/repo/tests/a.test.ts', status: 'passed' },
          { name: '/repo/tests/b.test.ts', status: 'failed' },
        ],
      }),
      { staticPassed: 3, staticFailed: 0, vitestStatus: 1 },
    );
    expect(summaryLine(summary)).toBe('7 passed, 6 failed');
    expect(summary.unfinishedFiles).toEqual(['/repo/tests/b.test.ts']);
    expect(summary.ok).toBe(false);
  });

  it('fails a run that vitest failed even when every test passed (an unhandled error)', () => {
    const summary = testSummary(report(), { staticPassed: 3, staticFailed: 0, vitestStatus: 1 });
    expect(summaryLine(summary)).toBe('13 passed, 1 failed');
    expect(summary.ok).toBe(false);
  });

  it('keeps skipped tests out of the failures and says how many there were', () => {
    const summary = testSummary(
      report({ numPassedTests: 8, numPendingTests: 1, numTodoTests: 1 }),
      {
        staticPassed: 3,
        staticFailed: 0,
        vitestStatus: 0,
      },
    );
    expect(summaryLine(summary)).toBe('11 passed, 0 failed, 2 skipped');
    expect(summary.ok).toBe(true);
  });

  it('counts a failed static check', () => {
    const summary = testSummary(report(), { staticPassed: 2, staticFailed: 1, vitestStatus: 0 });
    expect(summaryLine(summary)).toBe('12 passed, 1 failed');
    expect(summary.ok).toBe(false);
  });

  it('never passes a run in which no test passed', () => {
    const summary = testSummary(report({ numTotalTests: 0, numPassedTests: 0, testResults: [] }), {
      staticPassed: 3,
      staticFailed: 0,
      vitestStatus: 0,
    });
    expect(summary.ok).toBe(false);
  });
});
