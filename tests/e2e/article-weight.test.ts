/**
 * The weight budget of an article page on the sample site (`tests/fixtures/sites/sample`): its
 * HTML (comments included) and the stylesheets it links, each gzipped, at most 20 KB together,
 * and no JavaScript at all (JSON-LD is data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { hasScript, stylesheetHrefs } from '../../bench/report/page-weight';
import { builtOutput } from '../helpers/build-site';

/** The budget of issue 14, in bytes. */
const BUDGET = 20 * 1024;

/** Built once for the project by its global setup. */
const site = builtOutput(inject('siteDir'));

const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

describe('article pages of the sample site', () => {
  it('weigh at most 20 KB gzipped, HTML and CSS together, and ship no JavaScript', () => {
    const slugs = readdirSync(join(site.distDir, 'articoli'));
    expect(slugs.length).toBeGreaterThan(5);
    const weights = slugs.map((slug) => {
      const html = site.read(`articoli/${slug}/index.html`);
      const css = stylesheetHrefs(html).map((href) =>
        readFileSync(join(site.distDir, href), 'utf8'),
      );
      return {
        slug,
        bytes: gzipped(html) + css.reduce((sum, sheet) => sum + gzipped(sheet), 0),
        script: hasScript(html),
      };
    });
    const over = weights.filter(({ bytes, script }) => bytes > BUDGET || script);
    expect(over, JSON.stringify(weights, null, 2)).toEqual([]);
  });
});
