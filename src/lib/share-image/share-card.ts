/**
 * The share image's layout (Open Graph, 1200 × 630): the site's red rule, the category as a
 * kicker, the headline, and a footer with the date and the site's name. Pure: it returns the
 * element tree satori lays out, written as plain objects so no JSX runtime is needed.
 */

/** Width and height of a share image, as Facebook, LinkedIn and X crop them. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Family name the template asks for; the renderer registers the font files under it. */
export const SHARE_FONT_FAMILY = 'Rotativa Sans';

/** What one article's share image shows. */
export interface ShareCardInput {
  title: string;
  category: string | undefined;
  /** Publication date as the page shows it, e.g. `4 luglio 2018`. */
  date: string;
  site: string;
}

/** A satori element: a tag with inline style and children. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children?: CardChild | CardChild[] };
}
type CardChild = CardNode | string;

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: CardChild | CardChild[],
): CardNode => ({ type, props: children === undefined ? { style } : { style, children } });

// The light theme's tokens (src/styles/global.css): the image is seen on other sites' pages.
const COLORS = { bg: '#ffffff', text: '#15171a', muted: '#555a62', accent: '#c3141e' };

/** Headlines longer than this are shortened: four lines at the smaller size. */
const MAX_TITLE = 140;

/** Shortens `text` at a word boundary to at most `max` characters, with an ellipsis. */
export function shortenTitle(text: string, max = MAX_TITLE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // A cut that falls just before a space already ends at a word.
  const space = /\s/.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A long headline gets a smaller size, so it fits in at most four lines. */
const titleSize = (title: string): number => (title.length > 90 ? 56 : title.length > 50 ? 64 : 76);

/** The element tree of one share image. */
export function shareCard({ title, category, date, site }: ShareCardInput): CardNode {
  const headline = shortenTitle(title);
  return node(
    'div',
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.bg,
      borderTop: `20px solid ${COLORS.accent}`,
      padding: '56px 72px 60px',
      fontFamily: SHARE_FONT_FAMILY,
      color: COLORS.text,
    },
    [
      node(
        'div',
        {
          display: 'flex',
          fontSize: 30,
          fontWeight: 700,
          letterSpacing: 1,
          textTransform: 'uppercase',
          color: COLORS.accent,
          minHeight: 40,
        },
        category ?? '',
      ),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          fontSize: titleSize(headline),
          fontWeight: 700,
          lineHeight: 1.1,
        },
        headline,
      ),
      node(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: `3px solid ${COLORS.text}`,
          paddingTop: 20,
          fontSize: 30,
        },
        [
          node('div', { display: 'flex', color: COLORS.muted }, date),
          node('div', { display: 'flex', fontSize: 40, fontWeight: 700 }, site),
        ],
      ),
    ],
  );
}
