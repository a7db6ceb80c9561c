import { describe, expect, it } from 'vitest';
import { buildStages, builtPageCount, type TimedLine } from '../../../bench/report/build-stages';

/** The lines `npm run build` prints (colours stripped), at the second they arrived. */
const BUILD_LOG: TimedLine[] = [
  [0.8, '✓ 120 pagine collegate da dist/ in 0.1 s'],
  [1.5, '✓ contenuti verificati in 0.2 s'],
  [5.0, '18:48:04 [content] Syncing content'],
  [7.0, '18:48:06 [content] Synced content'],
  [7.1, '18:48:06 [build] ✓ Completed in 3.34s.'],
  [8.0, ' generating static routes '],
  [8.5, '18:48:07   ├─ /articoli/a/index.html (+4ms)'],
  [20.0, '18:48:09 ✓ Completed in 12.0s.'],
  [20.1, ' generating optimized images '],
  [21.0, '18:48:10 ✓ Completed in 0.9s.'],
  [21.1, '18:48:10 [build] ✓ Completed in 13.1s.'],
  [21.5, '18:48:10 [@astrojs/sitemap] `sitemap-index.xml` created at `dist.staging`'],
  [25.5, '18:48:14 [rotativa-pagefind] indice di ricerca: 50 articoli in 2 parti'],
  [25.6, '18:48:14 [rotativa-redirects] 0 redirect da vecchi indirizzi'],
  [25.6, '18:48:14 [build] 193 page(s) built in 24.6s'],
  [26.0, '✓ astro build in 24.5 s'],
  [26.1, '✓ /tmp/x/dist/ aggiornato in 0.1 s (totale 26.0 s)'],
].map(([at, line]) => ({ at: (at as number) * 1000, line: line as string }));

const rounded = (lines: TimedLine[]) =>
  buildStages(lines).map(({ name, seconds }) => [name, Math.round(seconds * 10) / 10]);

describe('buildStages', () => {
  it('times each stage from the end of the previous one to the line that ends it', () => {
    expect(rounded(BUILD_LOG)).toEqual([
      ['script startup + clone', 0.8],
      ['content check', 0.7],
      ['astro startup', 3.5],
      ['content sync', 2],
      ['types, config, bundling', 1],
      ['rendering', 12],
      ['images', 1],
      ['sitemap', 0.5],
      ['search index', 4],
      ['redirects', 0.1],
      ['astro shutdown', 0.4],
      ['swap', 0.1],
    ]);
  });

  it('folds a stage whose line is missing into the next one', () => {
    const withoutImages = BUILD_LOG.filter(({ line }) => !line.includes('optimized images'));
    const stages = rounded(withoutImages);
    expect(stages).toContainEqual(['images + sitemap', 1.5]);
    expect(stages.reduce((sum, [, seconds]) => sum + (seconds as number), 0)).toBeCloseTo(26.1, 1);
  });

  it('adds up to the time of the last line found', () => {
    const total = buildStages(BUILD_LOG).reduce((sum, stage) => sum + stage.seconds, 0);
    expect(total).toBeCloseTo(26.1, 5);
  });

  it('returns no stage for an unrelated log', () => {
    expect(buildStages([{ at: 10, line: 'hello' }])).toEqual([]);
  });
});

describe('builtPageCount', () => {
  it('reads the page count Astro reports', () => {
    expect(builtPageCount(BUILD_LOG)).toBe(193);
  });

  it('is undefined when Astro never reported one', () => {
    expect(builtPageCount(BUILD_LOG.slice(0, 3))).toBeUndefined();
  });
});
