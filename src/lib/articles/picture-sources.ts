/**
 * Body images in every picture format. Astro's Markdown pipeline leaves a local image as
 * `<img __ASTRO_IMAGE_="{json}">`, which it resolves when the page renders into one `<img>` with
 * a `srcset` of one format; this wraps each in a `<picture>` whose `<source>` carries a second
 * placeholder for each better format, resolved by the same step. Pure: HTML in, HTML out.
 */

/** The placeholder Astro writes for a local image, with its JSON options (HTML-escaped). */
const PLACEHOLDER_IMAGE = /<img __ASTRO_IMAGE_="([^"]+)">/g;

/** Options a `<source>` keeps: the file and its widths; the rest belongs to the `<img>`. */
const SOURCE_OPTIONS = ['src', 'widths', 'densities', 'sizes', 'width', 'height', 'quality'];

const decode = (attribute: string): Record<string, unknown> =>
  JSON.parse(
    attribute
      .replace(/&(?:#x22|quot);/g, '"')
      .replace(/&(?:#x27|apos);/g, "'")
      .replace(/&(?:amp|#x26|#38);/g, '&'),
  ) as Record<string, unknown>;

const encode = (options: Record<string, unknown>): string =>
  JSON.stringify(options).replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');

/**
 * Wraps each placeholder image of `html` in a `<picture>`: a `<source>` per format of `formats`
 * but the last, best first, and the `<img>` in the last format.
 */
export function withPictureSources(html: string, formats: readonly string[]): string {
  const fallback = formats.at(-1);
  if (fallback === undefined) return html;
  return html.replace(PLACEHOLDER_IMAGE, (whole, attribute: string) => {
    let options: Record<string, unknown>;
    try {
      options = decode(attribute);
    } catch {
      return whole;
    }
    const sourceOptions = Object.fromEntries(
      Object.entries(options).filter(([key]) => SOURCE_OPTIONS.includes(key)),
    );
    const sources = formats
      .slice(0, -1)
      .map(
        (format) =>
          `<source type="image/${format}" __ASTRO_IMAGE_="${encode({ ...sourceOptions, format })}">`,
      );
    const img = `<img __ASTRO_IMAGE_="${encode({ ...options, format: fallback })}">`;
    return `<picture>${sources.join('')}${img}</picture>`;
  });
}
