/**
 * `npm run screenshots -- --site dist --out docs/screenshots`: full-page screenshots of every
 * page type of a built site, at phone and desktop width, in the light and dark colour schemes.
 * JPEG, to keep the documentation light in the repository (the visual tests compare PNGs).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/helpers/static-server';
import {
  loadLazyImages,
  SCREENSHOT_PAGES,
  SCREENSHOT_VIEWS,
} from '../tests/helpers/screenshot-pages';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
    only: { type: 'string' },
  },
});
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const [server, browser] = await Promise.all([serveStatic(resolve(values.site)), launchBrowser()]);
try {
  for (const view of SCREENSHOT_VIEWS) {
    const context = await browser.newContext({
      viewport: { width: view.width, height: view.height },
      colorScheme: view.scheme,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(SCREENSHOT_PAGES)) {
      if (values.only && !values.only.split(',').includes(name)) continue;
      await page.goto(server.url + path, { waitUntil: 'load' });
      await loadLazyImages(page);
      const file = join(out, `${name}-${view.name}.jpg`);
      await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
