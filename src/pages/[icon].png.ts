/**
 * The site's icons as PNG, drawn at build time from `public/favicon.svg`. Pages link these and
 * not the SVG: a browser decodes a page's icon on that page's main thread, where an SVG icon
 * needs a document of its own, a long task on a phone's slower CPU (docs/performance.md, "Issue
 * 11, session 28"). A PNG of the size asked for decodes at once.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp, { type Sharp } from 'sharp';
import faviconSvg from '../../public/favicon.svg?raw';
import { SITE_ICONS, type SiteIcon } from '../lib/seo/site-icons';

export const getStaticPaths = (() =>
  SITE_ICONS.map((icon) => ({
    params: { icon: icon.name },
    props: icon,
  }))) satisfies GetStaticPaths;

/** The colour at the middle of the drawing's top edge, which fills an opaque icon's corners. */
async function edgeColour(drawn: Sharp): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await drawn.clone().raw().toBuffer({ resolveWithObject: true });
  const at = Math.floor(info.width / 2) * info.channels;
  return { r: data[at] ?? 0, g: data[at + 1] ?? 0, b: data[at + 2] ?? 0 };
}

export const GET: APIRoute<SiteIcon> = async ({ props: { size, opaque } }) => {
  const svg = Buffer.from(faviconSvg);
  const { width = size } = await sharp(svg).metadata();
  // Drawn at twice the size and scaled down, so the edges are smoothed like the SVG's.
  const drawn = sharp(svg, { density: (72 * 2 * size) / width }).resize(size, size);
  const png = await (opaque ? drawn.flatten({ background: await edgeColour(drawn) }) : drawn)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
