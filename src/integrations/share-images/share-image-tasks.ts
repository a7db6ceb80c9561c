/**
 * The work of a share-image worker thread: drawing one card. Skia (`@napi-rs/canvas`) paints the
 * layout of `share-card.ts` with the card's own font and encodes it as PNG itself: handing the
 * pixels to another encoder first copied every one of them out of Skia, which cost more than
 * the drawing (docs/performance.md). Fonts are registered once per thread.
 */
import { rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, PngFilter, type Canvas } from '@napi-rs/canvas';
import {
  SHARE_FONT_FAMILY,
  SHARE_IMAGE_SIZE,
  shareCardLayout,
  type CardFont,
  type ShareCardInput,
} from '../../lib/share-image/share-card';

/** Font files (Source Sans 3, SIL Open Font License), Latin and Latin Extended, two weights. */
const FONT_FILES = [400, 700].flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({
    weight,
    file: `@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`,
  })),
);

const require = createRequire(import.meta.url);

/** Whether this thread has made sure the card's fonts are registered. */
let fontsReady = false;

/**
 * Registers the card's font files under one family, each with its weight (without it Skia takes
 * every face as regular); Skia picks, per glyph, the subset that has it. Skia's font collection
 * belongs to the process, not the thread: the first thread registers them, and a thread started
 * later finds them there and never changes the collection while another one paints. Each thread
 * asks once: `GlobalFonts.has` lists every font of the system as JSON.
 */
function registerFonts(): void {
  if (fontsReady) return;
  if (!GlobalFonts.has(SHARE_FONT_FAMILY)) {
    for (const { weight, file } of FONT_FILES) {
      const face = { weight, style: 'normal' } as const;
      if (GlobalFonts.registerFromPath(require.resolve(file), SHARE_FONT_FAMILY, face) === null)
        throw new Error(`carattere non caricato: ${file}`);
    }
  }
  fontsReady = true;
}

const cssFont = ({ size, weight }: CardFont): string =>
  `${weight} ${size}px "${SHARE_FONT_FAMILY}"`;

const { width, height } = SHARE_IMAGE_SIZE;
/**
 * One canvas per thread, painted over for each card (its background covers every pixel):
 * allocating a new one per card cost more than painting it. Painting and encoding are both
 * synchronous, so cards drawn concurrently (the dev server's requests) never share pixels.
 */
let canvas: Canvas | undefined;

/** The PNG of one card. */
export function renderShareImage(input: ShareCardInput): Buffer {
  registerFonts();
  canvas ??= createCanvas(width, height);
  // Opaque: Skia then paints without blending against an alpha channel (docs/performance.md),
  // and the PNG is the same byte for byte.
  const context = canvas.getContext('2d', { alpha: false });
  const useFont = (font: CardFont) => {
    context.font = cssFont(font);
    context.letterSpacing = `${font.letterSpacing}px`;
  };
  const layout = shareCardLayout(input, (text, font) => {
    useFont(font);
    return context.measureText(text).width;
  });
  context.fillStyle = layout.background;
  context.fillRect(0, 0, width, height);
  for (const rect of layout.rects) {
    context.fillStyle = rect.color;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  for (const text of layout.texts) {
    useFont(text.font);
    context.fillStyle = text.color;
    context.textAlign = text.align;
    context.fillText(text.text, text.x, text.y);
  }
  // zlib's fastest levels without row filters: a card is flat colour and text, which filters
  // hardly help, and the slower levels cost twice the CPU for files a quarter smaller.
  return canvas.encodeSync('png', { compressionLevel: 3, filters: PngFilter.None });
}

/** What `render` is asked: the card and the file to write it to. */
export interface RenderTask {
  input: ShareCardInput;
  file: string;
}

/**
 * Draws one card into `file`, whole or not at all (a build stopped midway leaves no half image),
 * and returns its bytes.
 */
export async function drawCard(input: ShareCardInput, file: string): Promise<Buffer> {
  const png = renderShareImage(input);
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}

/** The worker's task: one card into its file (the bytes stay in the worker). */
export async function render({ input, file }: RenderTask): Promise<void> {
  await drawCard(input, file);
}
