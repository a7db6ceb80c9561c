/**
 * The allow-list a rendered comment must pass: text formatting, quotes and links, nothing that
 * can run code, load a resource or restyle the page.
 *
 * @see https://github.com/syntax-tree/hast-util-sanitize#schema
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Link schemes a comment may point to; everything else loses its link. */
export const COMMENT_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** What every link in a comment carries: no ranking credit, no opener access, no referrer. */
export const COMMENT_LINK_REL = ['nofollow', 'ugc', 'noopener', 'noreferrer'];

/**
 * Strict schema for `rehype-sanitize`: p, br, em, strong, blockquote, code and a (href only).
 * No ids (so no `user-content-` clobbering either), classes, styles, event handlers or images.
 */
export const commentSanitizeSchema: SanitizeSchema = {
  tagNames: ['p', 'br', 'em', 'strong', 'blockquote', 'a', 'code'],
  attributes: { a: ['href'] },
  protocols: { href: [...COMMENT_LINK_PROTOCOLS] },
  // Elements whose content is code or markup, not prose: removed with what they contain.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  clobber: [],
  clobberPrefix: '',
  ancestors: {},
  required: {},
  allowComments: false,
  allowDoctypes: false,
};
