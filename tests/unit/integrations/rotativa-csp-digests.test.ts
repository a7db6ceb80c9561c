import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRecentCspDigests } from '../../../src/integrations/rotativa-csp-digests';

const require = createRequire(import.meta.url);
const astroEncryption = join(
  dirname(require.resolve('astro/package.json')),
  'dist/core/encryption.js',
);

describe('withRecentCspDigests', () => {
  it("wraps the installed Astro's generateCspDigest", () => {
    const code = withRecentCspDigests(readFileSync(astroEncryption, 'utf8'));
    expect(code).toBeDefined();
    expect(code).toContain('async function computeCspDigest(data, algorithm) {');
    expect(code).toContain('const generateCspDigest = __rotativaRemember(computeCspDigest);');
    expect(code).not.toContain('async function generateCspDigest(');
    expect(code).toMatch(/recent-digests\.ts";\n/);
  });

  it('keeps an export made in place', () => {
    const code = withRecentCspDigests(
      'export async function generateCspDigest(data, algorithm) {\n  return data;\n}\n',
    );
    expect(code).toContain('\nasync function computeCspDigest(data, algorithm) {');
    expect(code).toMatch(
      /\nexport const generateCspDigest = __rotativaRemember\(computeCspDigest\);$/,
    );
  });

  it('leaves an export list at the end to export the memo', () => {
    const code = withRecentCspDigests(
      'async function generateCspDigest(data, algorithm) {\n  return data;\n}\nexport { generateCspDigest };\n',
    );
    expect(code).toContain('export { generateCspDigest };');
    expect(code).toMatch(/\nconst generateCspDigest = __rotativaRemember\(computeCspDigest\);$/);
  });

  it('refuses a module where the function has another shape', () => {
    expect(withRecentCspDigests('export async function generateCspDigest(input) {}')).toBe(
      undefined,
    );
    const twice = 'async function generateCspDigest(data, algorithm) {\n}\n';
    expect(withRecentCspDigests(twice + twice)).toBe(undefined);
  });
});
