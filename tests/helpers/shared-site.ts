/**
 * A fixture site that several test files only read, built once per run by a vitest global
 * setup instead of once per file. Files read its output folder with `inject(key)`.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, siteRoot, writeFixture } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site (`tests/fixtures/sites/sample`), built: the e2e project's. */
    siteDir: string;
    /** The newsroom fixture (`tests/fixtures/sites/newsroom.ts`), built. */
    newsroomDir: string;
  }
}

/** Where the site's content comes from: a folder as it is, or files to write into a new one. */
export type SiteContent = { dir: string } | { files: () => Record<string, string | Buffer> };

/**
 * A global setup that builds `content` with the production build script, provides the output
 * folder as `key` and removes the site when the run ends.
 */
export function sharedSiteSetup(
  key: 'siteDir' | 'newsroomDir',
  prefix: string,
  content: SiteContent,
): (project: TestProject) => () => void {
  return (project) => {
    const root = siteRoot(prefix);
    const site =
      'dir' in content
        ? buildSite(root, { contentDir: content.dir })
        : buildSite(writeFixture(content.files(), root));
    if (site.status !== 0) {
      rmSync(root, { recursive: true, force: true });
      throw new Error(`Build of the shared site failed:\n${site.stdout}\n${site.stderr}`);
    }
    project.provide(key, site.distDir);
    return () => rmSync(root, { recursive: true, force: true });
  };
}
