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
 * `www.`/`http(s)://`: text with none of them has nothing to find.
 */
const MAY_HAVE_TARGETS = /\]\(|\]:|<|www\.|https?:\/\//i;

/** Once a body defines references, any `]` may use one (`[testo][rif]`, `[rif]`). */
const MAY_USE_DEFINITIONS = /\]|<|www\.|https?:\/\//i;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Whether `line` closes a code block opened by `fence`: the same character, at least as many. */
const closesFence = (line: string, fence: string): boolean => {
  const marks = line.trim();
  return marks.length >= fence.length && [...marks].every((mark) => mark === fence[0]);
};

/** The blocks of a body that may hold a link or image, and where each of their lines comes from. */
export interface TargetBlocks {
  /** The blocks, in order, one blank line apart. */
  text: string;
  /** 1-based line in the body of each line of `text`, by index (`lines[0]` for line 1). */
  lines: number[];
}

/**
 * The blocks of `body` that may hold a link or image, so the parser reads a fraction of a long
 * article (parsing every body in full took 35 s for 10,000 articles). A block is a run of lines up
 * to a blank line, fenced code included whole; indented lines after a blank stay with the block
 * before them (list items and their later paragraphs), so a kept block parses as it does in the
 * whole text.
 */
export function findTargetBlocks(body: string): TargetBlocks {
  const lines = body.split('\n');
  const blocks: { start: number; end: number }[] = [];
  let fence: string | undefined;
  let afterBlank = true;
  lines.forEach((line, index) => {
    const current = blocks.at(-1);
    if (fence !== undefined) {
      if (current) current.end = index;
      if (closesFence(line, fence)) fence = undefined;
      return;
    }
    if (line.trim() === '') {
      afterBlank = true;
      return;
    }
    if (current && (!afterBlank || /^\s/.test(line))) current.end = index;
    else blocks.push({ start: index, end: index });
    afterBlank = false;
    fence = FENCE.exec(line)?.[1];
  });
  const targets = DEFINITION.test(body) ? MAY_USE_DEFINITIONS : MAY_HAVE_TARGETS;
  const kept: string[] = [];
  const origins: number[] = [];
  for (const { start, end } of blocks) {
    const block = lines.slice(start, end + 1);
    if (!targets.test(block.join('\n'))) continue;
    if (kept.length > 0) {
      kept.push('');
      origins.push(start);
    }
    kept.push(...block);
    origins.push(...block.map((_, offset) => start + offset + 1));
  }
  return { text: kept.join('\n'), lines: origins };
}

/**
 * Finds every link and image in `body`, inline or by reference (`[testo][rif]` with its
 * `[rif]: /url` definition). Autolinks (`<https://…>`, `www.…`) are included; footnotes are not.
 *
 * @param body Markdown after the front-matter.
 * @param lineOffset Lines of the file before the body, added to the body's own line numbers.
 */
export function findBodyReferences(body: string, lineOffset = 0): BodyReference[] {
  const blocks = findTargetBlocks(body);
  const tree: Root = parser.parse(blocks.text);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    // CommonMark: the first definition of a label wins.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const references: BodyReference[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
    (blocks.lines[(node.position?.start.line ?? 1) - 1] ?? 1) + lineOffset;
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
