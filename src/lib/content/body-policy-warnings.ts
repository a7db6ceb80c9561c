/**
 * What the newsroom policy will take out of an article body when it is published, as warnings
 * for `npm run check`: `content/articles/x.md:12: corpo: rimosso <script>`. The body is read as
 * the pipeline reads it (GFM, raw HTML parsed, embeds replaced) and the policy's own schema
 * decides, so the check names exactly what the page will lack.
 */
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ContentProblem } from '../errors';
import { auditRemovals } from '../policy/newsroom-audit';
import { rehypeNewsroomEmbeds } from '../policy/newsroom-embeds';
import { newsroomSanitizeSchema } from '../policy/newsroom-sanitize-schema';

const toHast = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeNewsroomEmbeds)
  .freeze();

/**
 * Text that may hold something the policy removes: HTML, or a link or definition whose scheme is
 * not `http(s)`, `mailto` or `tel`. Bodies without any are not parsed at all.
 */
const MAY_LOSE_SOMETHING =
  /<[a-z!?/]|\]\(\s*<?(?!https?:|mailto:|tel:)[a-z][a-z0-9+.-]*:|^ {0,3}\[[^\]]+\]:\s*<?(?!https?:|mailto:|tel:)[a-z][a-z0-9+.-]*:/im;

/**
 * Warnings for what publishing removes from `body`.
 *
 * @param lineOffset Lines of the file before the body.
 */
export function bodyPolicyWarnings(
  file: string,
  body: string,
  lineOffset: number,
): ContentProblem[] {
  if (!MAY_LOSE_SOMETHING.test(body)) return [];
  const tree = toHast.runSync(toHast.parse(body));
  return auditRemovals(tree, newsroomSanitizeSchema).map(({ line, message }) => ({
    file,
    line: line === undefined ? undefined : line + lineOffset,
    field: 'corpo',
    message,
    severity: 'warning' as const,
  }));
}
