/**
 * Compares a screenshot with its committed reference, pixel by pixel with a tolerance (anti-aliasing
 * and sub-pixel text differ between runs), and writes the reference instead when `UPDATE=1`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour distance tolerated, 0 to 1 (pixelmatch's `threshold`). */
export const PIXEL_THRESHOLD = 0.15;

/** Share of differing pixels tolerated before a layout counts as changed. */
export const MAX_DIFF_RATIO = 0.005;

/** How a screenshot compares with its reference. */
export type ScreenshotComparison =
  | { status: 'written' }
  | { status: 'missing' }
  | { status: 'size'; expected: string; actual: string }
  | { status: 'compared'; diffRatio: number; diffFile: string | undefined };

/**
 * Compares `actual` (PNG bytes) with the PNG at `reference`; a differing one leaves a diff image
 * beside `diffFile` for the person looking at the failure.
 */
export function compareScreenshot(
  actual: Buffer,
  reference: string,
  diffFile: string,
): ScreenshotComparison {
  if (process.env['UPDATE'] === '1') {
    mkdirSync(dirname(reference), { recursive: true });
    writeFileSync(reference, actual);
    return { status: 'written' };
  }
  if (!existsSync(reference)) return { status: 'missing' };
  const want = PNG.sync.read(readFileSync(reference));
  const got = PNG.sync.read(actual);
  if (want.width !== got.width || want.height !== got.height) {
    return {
      status: 'size',
      expected: `${want.width}×${want.height}`,
      actual: `${got.width}×${got.height}`,
    };
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const pixels = pixelmatch(want.data, got.data, diff.data, want.width, want.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const diffRatio = pixels / (want.width * want.height);
  if (diffRatio <= MAX_DIFF_RATIO) return { status: 'compared', diffRatio, diffFile: undefined };
  mkdirSync(dirname(diffFile), { recursive: true });
  writeFileSync(diffFile, PNG.sync.write(diff));
  return { status: 'compared', diffRatio, diffFile };
}
