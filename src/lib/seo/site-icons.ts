/**
 * The site's icons: PNGs drawn from the SVG favicon at build time (`src/pages/[icon].png.ts`) and
 * linked from every page's head. A tab's icon at 32 pixels, and the 180-pixel one phones put on
 * the home screen.
 */
export const SITE_ICONS = [
  { name: 'favicon-32', size: 32, rel: 'icon', opaque: false },
  // iOS draws a home-screen icon's transparent pixels black: this one has none.
  { name: 'apple-touch-icon', size: 180, rel: 'apple-touch-icon', opaque: true },
] as const;

export type SiteIcon = (typeof SITE_ICONS)[number];

/** Where the site serves `icon`. */
export const iconPath = (icon: Pick<SiteIcon, 'name'>): string => `/${icon.name}.png`;
