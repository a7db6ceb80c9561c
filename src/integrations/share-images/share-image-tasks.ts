/**
 * The work of a share-image worker thread: listing the images the content calls for, and drawing
 * one. satori lays the card out as SVG (text as outlines, so no font reaches the page) and sharp,
 * already the site's image library, rasterises and encodes it. Fonts are read once per thread.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { readArticleSources } from '../../lib/content/read-content-files';
import { validateArticle } from '../../lib/content/validate-article';
import {
  SHARE_FONT_FAMILY,
  SHARE_IMAGE_SIZE,
  shareCard,
  type ShareCardInput,
} from '../../lib/share-image/share-card';
import {
  shareImageJobs,
  type ShareImageJob,
  type ShareSite,
} from '../../lib/share-image/share-inputs';

/** Font files (Source Sans 3, SIL Open Font License), Latin and Latin Extended, two weights. */
const FONT_FILES = [400, 700].flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({
    weight: weight as 400 | 700,
    file: `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`,
  })),
);

const require = createRequire(import.meta.url);

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Promise<SatoriFonts> | undefined;

const loadFonts = (): Promise<SatoriFonts> =>
  (fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, file }) => ({
      name: SHARE_FONT_FAMILY,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(file)),
    })),
  ));

/** What `plan` is asked. */
export interface PlanTask {
  contentDir: string;
  cwd: string;
  site: ShareSite;
  /** The build's clock, as an ISO instant. */
  now: string;
}

/** The share images the content of `contentDir` calls for. */
export async function plan({ contentDir, cwd, site, now }: PlanTask): Promise<ShareImageJob[]> {
  const sources = await readArticleSources(contentDir, cwd);
  const articles = sources.flatMap((source) => {
    const { slug, data } = validateArticle(source);
    return data === undefined ? [] : [{ slug, data }];
  });
  return shareImageJobs(articles, site, new Date(now));
}

/** What `render` is asked: the card and the file to write it to. */
export interface RenderTask {
  input: ShareCardInput;
  file: string;
}

/** The PNG of one card. */
export async function renderShareImage(input: ShareCardInput): Promise<Buffer> {
  const svg = await satori(shareCard(input) as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE_SIZE,
    fonts: await loadFonts(),
  });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Draws one card into `file`, whole or not at all (a build stopped midway leaves no half image). */
export async function render({ input, file }: RenderTask): Promise<void> {
  const png = await renderShareImage(input);
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}
