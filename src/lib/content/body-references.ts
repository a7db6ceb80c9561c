/**
 * The links and images of an article body, found the way the site's Markdown pipeline reads
 * them (remark with GFM, so footnotes and tables are not mistaken for links), each with the line
 * of the file it is written on.
 */
import type { Definition, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A link or image target written in a body. */
export interface BodyReference {
  kind: 'link' | 'image';
  /** The target as written (`/articoli/x/`, `./images/a.jpg`), from a reference's definition when needed. */
  url: string;
  /** An image's alternative text (empty when missing); undefined for links. */
  alt?: string | undefined;
  /** 1-based line in the whole file. */
  line: number;
}

// Parsing only: no plugin runs, so a frozen parser is shared by every call.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * An inline link or image needs `](`, a reference a `]:` definition, an autolink `<` or a bare
 * `www.`/`http(s)://`: a body with none of them has nothing to find, which spares the parsing of
 * most of a large archive of plain text.
 */
const MAY_HAVE_TARGETS = /\]\(|\]:|<|www\.|https?:\/\//i;

/**
 * Finds every link and image in `body`, inline or by reference (`[testo][rif]` with its
 * `[rif]: /url` definition). Autolinks (`<https://…>`, `www.…`) are included; footnotes are not.
 *
 * @param body Markdown after the front-matter.
 * @param lineOffset Lines of the file before the body, added to the body's own line numbers.
 */
export function findBodyReferences(body: string, lineOffset = 0): BodyReference[] {
  if (!MAY_HAVE_TARGETS.test(body)) return [];
  const tree: Root = parser.parse(body);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    // CommonMark: the first definition of a label wins.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const references: BodyReference[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
    (node.position?.start.line ?? 1) + lineOffset;
  visit(tree, (node) => {
    if (node.type === 'link') references.push({ kind: 'link', url: node.url, line: lineOf(node) });
    else if (node.type === 'image')
      references.push({ kind: 'image', url: node.url, alt: node.alt ?? '', line: lineOf(node) });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      // Without a definition the brackets are plain text, as they render.
      if (definition === undefined) return;
      references.push(
        node.type === 'linkReference'
          ? { kind: 'link', url: definition.url, line: lineOf(node) }
          : { kind: 'image', url: definition.url, alt: node.alt ?? '', line: lineOf(node) },
      );
    }
  });
  return references;
}
