import type { Page } from 'playwright-core';

/**
 * The page types the screenshots cover, by path on the real site, and the four views
 * (phone and desktop width, light and dark scheme) each is taken in.
 */
export const SCREENSHOT_PAGES = {
  home: '/',
  article: '/articoli/come-verificare-una-iso-di-linux-prima-di-installarla/',
  comments:
    '/articoli/xiaomi-vuole-entrare-anche-nel-mercato-nordamericano-e-in-tempi-relativamente-brevi/',
  category: '/categorie/smartphone/',
  tag: '/tag/intelligenza-artificiale/',
  categories: '/categorie/',
  tags: '/tag/',
  authors: '/autori/',
  author: '/autori/redazione/',
  archive: '/archivio/',
  'archive-year': '/archivio/2018/',
  'archive-month': '/archivio/2018/07/',
  search: '/cerca/',
  'not-found': '/404.html',
} as const;

export const SCREENSHOT_VIEWS = [
  { name: 'phone-light', width: 390, height: 844, scheme: 'light' },
  { name: 'phone-dark', width: 390, height: 844, scheme: 'dark' },
  { name: 'desktop-light', width: 1280, height: 800, scheme: 'light' },
  { name: 'desktop-dark', width: 1280, height: 800, scheme: 'dark' },
] as const;

/**
 * Loads the lazy images a full-page screenshot would otherwise show as empty boxes: they load
 * only near the viewport, which a full-page capture does not scroll.
 */
export async function loadLazyImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = [...document.querySelectorAll('img')];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  });
}
