import type { Options } from 'rehype-external-links';
import type { Element } from 'hast';

/** Warning read by screen readers after every link that opens a new tab. */
export const NEW_TAB_NOTICE = ' (si apre in una nuova scheda)';

/**
 * Whether `href` leaves the site at `siteUrl`. Only absolute and protocol-relative URLs reach
 * this test (rehype-external-links skips relative ones); a link to the site's own host, with or
 * without `www.`, stays internal, so absolute links to our articles do not open a new tab.
 */
export function isExternalHref(href: string, siteUrl: string): boolean {
  const site = new URL(siteUrl).hostname.replace(/^www\./, '');
  try {
    return new URL(href, siteUrl).hostname.replace(/^www\./, '') !== site;
  } catch {
    return false;
  }
}

/**
 * Settings for rehype-external-links: external http(s) links open in a new tab with
 * `rel="external noopener noreferrer"` (`external` is the marker styles can target with
 * `a[rel~='external']`), and end with a visually hidden notice of the new tab. The search index is built from
 * the Markdown, so the notice never reaches it.
 */
export function externalLinksOptions(siteUrl: string): Options {
  return {
    rel: ['external', 'noopener', 'noreferrer'],
    target: '_blank',
    test: (element: Element) => {
      const href = element.properties['href'];
      return typeof href === 'string' && isExternalHref(href, siteUrl);
    },
    content: { type: 'text', value: NEW_TAB_NOTICE },
    contentProperties: { className: ['visually-hidden'] },
  };
}
