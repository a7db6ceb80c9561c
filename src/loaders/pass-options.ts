import type { AstroConfig } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadContentOptions } from '../lib/content/read-content';
import { startBodyRender } from './body-renders';
import { contentDigests } from './content-digests';

/**
 * How the content loaders run the content pass: paths of the project, the per-file facts kept
 * in its cache under the digest of the content code (new code starts from an empty memo), and
 * each article's body rendered as soon as its file is checked. Both loaders ask with the same
 * options, whichever runs the pass first.
 */
export async function passOptions(config: AstroConfig): Promise<ReadContentOptions> {
  const root = fileURLToPath(config.root);
  const { data } = await contentDigests(config);
  return {
    cwd: root,
    publicDir: relative(root, fileURLToPath(config.publicDir)),
    memoFile: join(fileURLToPath(config.cacheDir), 'rotativa-check', `${data}.v8`),
    onArticle: ({ validated }, { source }) => startBodyRender(config, validated, source),
  };
}
