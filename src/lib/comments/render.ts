/**
 * Comment text → safe HTML. Comments are untrusted: they are parsed as a small Markdown subset,
 * turned into HTML without any raw HTML, passed through a strict allow-list and every link is
 * marked as user content. One processor serves every comment of the build.
 */
import remarkBreaks from 'remark-breaks';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { commentHtml } from './comment-html';
import { isPlainText, renderPlainText } from './plain-text';
import { remarkBareUrls } from './remark-bare-urls';
import { remarkCommentSubset } from './remark-comment-subset';
import { renderSimpleMarkdown } from './simple-markdown';

/** The full pipeline, built once on first use. */
let processor: ReturnType<typeof createCommentProcessor> | undefined;

/** Markdown subset → hast, frozen so no caller can add a plugin to it; `commentHtml` does the rest. */
function createCommentProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkCommentSubset)
    .use(remarkBareUrls)
    .use(remarkBreaks)
    .use(remarkRehype)
    .freeze();
}

/** Renders `text` through the full pipeline, never the fast path; the reference the fast path is tested against. */
export function renderCommentBodySlow(text: string): string {
  processor ??= createCommentProcessor();
  return commentHtml(processor.runSync(processor.parse(text)));
}

/**
 * Safe HTML for an untrusted comment body: paragraphs, line breaks, emphasis, strong, quotes,
 * inline code and http(s)/mailto links (bare addresses included), each link with
 * `rel="nofollow ugc noopener noreferrer"`. Any HTML the reader typed is shown as text.
 * Plain prose (most comments) and the simplest Markdown skip the parser with the same result.
 */
export function renderCommentBody(text: string): string {
  if (isPlainText(text)) return renderPlainText(text);
  return renderSimpleMarkdown(text) ?? renderCommentBodySlow(text);
}
