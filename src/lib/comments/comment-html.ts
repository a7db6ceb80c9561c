/**
 * The one way a comment's hast becomes HTML, for the full pipeline and the fast paths alike:
 * links guarded, the tree sanitized with the comment schema, links marked as user content,
 * serialised by `hast-util-to-html` (what `rehype-stringify` runs). The plugins' transformers are
 * called directly: a unified run per comment would cost more than a fast path's whole render.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeGuardLinks } from './rehype-guard-links';
import { COMMENT_LINK_PROTOCOLS, COMMENT_LINK_REL, commentSanitizeSchema } from './sanitize-schema';

const guardLinks = rehypeGuardLinks();
const sanitizeTree = rehypeSanitize(commentSanitizeSchema);
const markLinks = rehypeExternalLinks({
  rel: COMMENT_LINK_REL,
  protocols: [...COMMENT_LINK_PROTOCOLS],
});

/** Safe HTML for a comment's hast, whoever built it (`tree` is changed in place). */
export function commentHtml(tree: Root): string {
  guardLinks(tree);
  const safe = sanitizeTree(tree);
  markLinks(safe);
  return toHtml(safe);
}
