/**
 * The share image's layout (Open Graph, 1200 × 630): the site's red rule, the category as a
 * kicker, the headline, and a footer with the date and the site's name. Pure: given a way to
 * measure text, it returns the rectangles and text runs to paint, in order.
 */

/** Width and height of a share image, as Facebook, LinkedIn and X crop them. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Family name the layout asks for; the renderer registers the font files under it. */
export const SHARE_FONT_FAMILY = 'Rotativa Sans';

/** What one article's share image shows. */
export interface ShareCardInput {
  title: string;
  category: string | undefined;
  /** Publication date as the page shows it, e.g. `4 luglio 2018`. */
  date: string;
  site: string;
}

/** A font of the card: size in pixels and weight, of {@link SHARE_FONT_FAMILY}. */
export interface CardFont {
  size: number;
  weight: 400 | 700;
  /** Extra space after each character, in pixels. */
  letterSpacing: number;
}

/** One run of text, painted from its alphabetic baseline at `y`. */
export interface CardText {
  text: string;
  /** The left edge, or the right edge when `align` is `right`. */
  x: number;
  y: number;
  align: 'left' | 'right';
  font: CardFont;
  color: string;
}

/** A filled rectangle. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** Everything painted on one card, background first. */
export interface CardLayout {
  background: string;
  rects: CardRect[];
  texts: CardText[];
}

/** Width of `text` in `font`, as the renderer will paint it. */
export type MeasureText = (text: string, font: CardFont) => number;

// The light theme's tokens (src/styles/global.css): the image is seen on other sites' pages.
const COLORS = { bg: '#ffffff', text: '#15171a', muted: '#555a62', accent: '#c3141e' };

const { width: WIDTH, height: HEIGHT } = SHARE_IMAGE_SIZE;
const ACCENT_RULE = 20;
const SIDE = 72;
const TOP = ACCENT_RULE + 56;
const BOTTOM = HEIGHT - 60;
const TEXT_WIDTH = WIDTH - 2 * SIDE;
const KICKER = { size: 30, weight: 700, letterSpacing: 1 } as const satisfies CardFont;
const KICKER_HEIGHT = 40;
const DATE = { size: 30, weight: 400, letterSpacing: 0 } as const satisfies CardFont;
const SITE = { size: 40, weight: 700, letterSpacing: 0 } as const satisfies CardFont;
const FOOTER_RULE = 3;
/** Top of the footer's rule: room for the rule, its padding and the site's name below it. */
const FOOTER_TOP = BOTTOM - FOOTER_RULE - 20 - 50;
const HEADLINE_TOP = TOP + KICKER_HEIGHT;
const HEADLINE_HEIGHT = FOOTER_TOP - HEADLINE_TOP;
const LINE_HEIGHT = 1.1;
/** Headline sizes, largest first; the smallest is the last resort before cutting lines. */
const HEADLINE_SIZES = [76, 64, 56, 48] as const;

/** Headlines longer than this are shortened before layout. */
const MAX_TITLE = 140;

/** Shortens `text` at a word boundary to at most `max` characters, with an ellipsis. */
export function shortenTitle(text: string, max = MAX_TITLE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // A cut that falls just before a space already ends at a word.
  const space = /\s/.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A long headline starts smaller, so it fits in about four lines. */
const firstSize = (title: string): number => (title.length > 90 ? 56 : title.length > 50 ? 64 : 76);

/** Splits a word too wide for a line into pieces that `fits`, one character at a time. */
function splitWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && !fits(piece + char)) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** Breaks `text` into lines no wider than `width`, greedily at spaces. */
export function wrapLines(
  text: string,
  width: number,
  measure: (text: string) => number,
): string[] {
  const fits = (candidate: string) => measure(candidate) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = fits(word) ? [word] : splitWord(word, fits);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  return line === '' ? lines : [...lines, line];
}

/** `line` shortened, by words and then by characters, until it fits `width` with an ellipsis. */
function ellipsize(line: string, width: number, measure: (text: string) => number): string {
  let kept = line;
  while (kept !== '' && measure(`${kept}…`) > width) {
    const space = kept.lastIndexOf(' ');
    kept = space > 0 ? kept.slice(0, space) : [...kept].slice(0, -1).join('');
  }
  return `${kept}…`;
}

/** The headline's size and lines: the largest size, from its first, whose lines fit the area. */
function headlineLines(title: string, measure: MeasureText): { font: CardFont; lines: string[] } {
  let font: CardFont = { size: firstSize(title), weight: 700, letterSpacing: 0 };
  let lines: string[] = [];
  for (const size of HEADLINE_SIZES.filter((candidate) => candidate <= font.size)) {
    font = { size, weight: 700, letterSpacing: 0 };
    const measureLine = (text: string) => measure(text, font);
    lines = wrapLines(title, TEXT_WIDTH, measureLine);
    const room = Math.floor(HEADLINE_HEIGHT / (size * LINE_HEIGHT));
    if (lines.length <= room) return { font, lines };
    if (size === HEADLINE_SIZES.at(-1))
      return {
        font,
        lines: [
          ...lines.slice(0, room - 1),
          ellipsize(lines[room - 1] ?? '', TEXT_WIDTH, measureLine),
        ],
      };
  }
  return { font, lines };
}

/** Baseline of a line of `size` whose box is centred on `middle`. */
const baseline = (middle: number, size: number): number => Math.round(middle + 0.33 * size);

/** What to paint for one article's share image. */
export function shareCardLayout(
  { title, category, date, site }: ShareCardInput,
  measure: MeasureText,
): CardLayout {
  const headline = headlineLines(shortenTitle(title), measure);
  const lineHeight = headline.font.size * LINE_HEIGHT;
  const blockTop = HEADLINE_TOP + (HEADLINE_HEIGHT - headline.lines.length * lineHeight) / 2;
  const footerBaseline = BOTTOM - 10;
  const kicker: CardText[] = category
    ? [
        {
          text: category.toLocaleUpperCase('it-IT'),
          x: SIDE,
          y: baseline(TOP + KICKER_HEIGHT / 2, KICKER.size),
          align: 'left',
          font: KICKER,
          color: COLORS.accent,
        },
      ]
    : [];
  return {
    background: COLORS.bg,
    rects: [
      { x: 0, y: 0, width: WIDTH, height: ACCENT_RULE, color: COLORS.accent },
      { x: SIDE, y: FOOTER_TOP, width: TEXT_WIDTH, height: FOOTER_RULE, color: COLORS.text },
    ],
    texts: [
      ...kicker,
      ...headline.lines.map((text, index): CardText => ({
        text,
        x: SIDE,
        y: baseline(blockTop + (index + 0.5) * lineHeight, headline.font.size),
        align: 'left',
        font: headline.font,
        color: COLORS.text,
      })),
      { text: date, x: SIDE, y: footerBaseline, align: 'left', font: DATE, color: COLORS.muted },
      {
        text: site,
        x: WIDTH - SIDE,
        y: footerBaseline,
        align: 'right',
        font: SITE,
        color: COLORS.text,
      },
    ],
  };
}
