/**
 * Builds the sample site (`tests/fixtures/sites/sample`, a frozen copy of the newsroom's sample
 * content, so an editor's commit never fails a browser test) once for every browser test, into a
 * temporary folder, with the production build script. Tests read its path with `inject('siteDir')`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT, siteRoot } from '../helpers/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const root = siteRoot('e2e-');
  const site = buildSite(root, { contentDir: join(PROJECT_ROOT, 'tests/fixtures/sites/sample') });
  if (site.status !== 0) {
    throw new Error(`Build of the sample site failed:\n${site.stdout}\n${site.stderr}`);
  }
  project.provide('siteDir', site.distDir);
  return () => rmSync(root, { recursive: true, force: true });
}
