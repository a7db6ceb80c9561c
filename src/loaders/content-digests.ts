/**
 * The two digests of code the content loaders cache their work under: the Markdown pipeline's
 * (a page record of a body is reused only while it would render the same HTML) and the content
 * code's (a store entry is reused only while validating and summarising its file would give the
 * same data).
 */
import type { AstroConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import { codeDigest } from './code-digest';
import { markdownSettings } from './markdown-settings';

/** See the module comment. */
export interface ContentDigests {
  /** Plugins and their modules, Markdown settings, package versions. */
  pipeline: string;
  /** The content config's modules (loaders, schemas, checks, excerpt), package versions. */
  data: string;
}

/** Settings as JSON, functions (plugins, transformers) by their source. */
function settingsText(settings: unknown): string {
  return JSON.stringify(settings, (_key, value: unknown) =>
    typeof value === 'function' ? String(value) : value,
  );
}

const computed = new Map<string, Promise<ContentDigests>>();

async function compute(config: AstroConfig): Promise<ContentDigests> {
  const root = fileURLToPath(config.root);
  const { processor } = config.markdown;
  const settings = settingsText({
    processor: { name: processor.name, options: processor.options },
    shared: markdownSettings(config),
  });
  const [pipeline, data] = await Promise.all([
    // `markdownOptions`, the module the configured processor takes its plugins from, the
    // highlighting settings that every renderer of `pooledUnified` adds to Astro's, and the
    // choice of parser each of them makes.
    codeDigest(
      root,
      ['plugins/index.ts', 'plugins/untimed-highlighting.ts', 'plugins/gfm-when-used.ts'].map(
        (path) => fileURLToPath(new URL(path, config.srcDir)),
      ),
      settings,
    ),
    codeDigest(root, [fileURLToPath(new URL('content.config.ts', config.srcDir))]),
  ]);
  return { pipeline, data };
}

/** The digests for `config`'s project, computed once per process. */
export function contentDigests(config: AstroConfig): Promise<ContentDigests> {
  const key = config.root.href;
  const digests = computed.get(key) ?? compute(config);
  computed.set(key, digests);
  return digests;
}
