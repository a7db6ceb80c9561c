/**
 * The links and images of an article body, found the way the site's Markdown pipeline reads
 * them (remark with GFM, so footnotes and tables are not mistaken for links), each with the line
 * of the file it is written on.
 */
import type {
  Definition,
  ImageReference,
  LinkReference,
  Parents,
  Root,
  RootContent,
} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { walkTree } from '../trees/walk-tree';

/** A link or image target written in a body. */
export interface BodyReference {
  kind: 'link' | 'image';
  /**
   * The target as written (`/articoli/x/`, `./images/a.jpg`), taken from the definition for a
   * reference.
   */
  url: string;
  /** An image's alternative text (empty when missing); undefined for links. */
  alt?: string | undefined;
  /** 1-based line in the whole file. */
  line: number;
}

// Parsing only: no plugin runs, so frozen parsers are shared by every call. GFM costs more
// (docs/performance.md) and changes what counts as a link only through footnotes (`[^1]`) and bare URLs, so it is
// used when the text has either.
const gfmParser = unified().use(remarkParse).use(remarkGfm).freeze();
const commonMarkParser = unified().use(remarkParse).freeze();
const NEEDS_GFM = /\[\^|(?<!\]\(\s*<?|<|\]:\s*)\b(?:https?:\/\/|www\.)/i;

/** Where to look, and which host counts as the site's own. */
export interface FindOptions {
  /** Lines of the file before the body, added to the body's own line numbers; 0 by default. */
  lineOffset?: number;
  /**
   * Host of the site (`rotativa.example.it`): blocks linking only other hosts are skipped.
   * Without it every link is found.
   */
  siteHost?: string | undefined;
}

const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * Text that may hold something to check: an image (`![`), an autolink or HTML (`<`), an inline
 * link without a scheme (`](/tag/5g/)`, `](altro/)`, `]()`), the site's own host, and, once the
 * body defines references, any `]` that may use one. Links to other hosts and `mailto:` alone
 * need no parsing.
 */
function targetPattern(siteHost: string | undefined, hasDefinitions: boolean): RegExp {
  const host =
    siteHost === undefined ? 'https?://|www\\.' : siteHost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const links = hasDefinitions ? '\\]' : '\\]\\((?!\\s*<?(?:[a-z][a-z0-9+.-]*:|//|#))';
  return new RegExp(`!\\[|<|${links}|${host}`, 'i');
}

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
 * article (parsing every body in full dominated the check of a large archive). A block is a run of lines up
 * to a blank line, fenced code included whole; indented lines after a blank stay with the block
 * before them (list items and their later paragraphs), so a kept block parses as it does in the
 * whole text.
 */
export function findTargetBlocks(body: string, siteHost?: string): TargetBlocks {
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
  const targets = targetPattern(siteHost, DEFINITION.test(body));
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
 * Finds every image and every link that may lead inside the site in `body`, inline or by
 * reference (`[testo][rif]` with its `[rif]: /url` definition). Autolinks (`<https://…>`,
 * `www.…`) are included; footnotes are not. Links to other hosts may be left out.
 *
 * @param body Markdown after the front-matter.
 */
export function findBodyReferences(
  body: string,
  { lineOffset = 0, siteHost }: FindOptions = {},
): BodyReference[] {
  const blocks = findTargetBlocks(body, siteHost);
  const tree: Root = (NEEDS_GFM.test(blocks.text) ? gfmParser : commonMarkParser).parse(
    blocks.text,
  );
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
    (blocks.lines[(node.position?.start.line ?? 1) - 1] ?? 1) + lineOffset;
  const definitions = new Map<string, Definition>();
  const uses: (LinkReference | ImageReference)[] = [];
  const references: BodyReference[] = [];
  walkTree<RootContent, Parents>(tree, (node) => {
    if (node.type === 'link') references.push({ kind: 'link', url: node.url, line: lineOf(node) });
    else if (node.type === 'image')
      references.push({ kind: 'image', url: node.url, alt: node.alt ?? '', line: lineOf(node) });
    else if (node.type === 'linkReference' || node.type === 'imageReference') uses.push(node);
    // CommonMark: the first definition of a label wins.
    else if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node);
  });
  for (const use of uses) {
    const definition = definitions.get(use.identifier);
    // Without a definition the brackets are plain text, as they render.
    if (definition === undefined) continue;
    references.push(
      use.type === 'linkReference'
        ? { kind: 'link', url: definition.url, line: lineOf(use) }
        : { kind: 'image', url: definition.url, alt: use.alt ?? '', line: lineOf(use) },
    );
  }
  references.sort((a, b) => a.line - b.line);
  return references;
}
