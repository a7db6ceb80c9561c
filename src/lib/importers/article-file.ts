/**
 * Article Markdown files as importers see them: writing a new one from imported text, and
 * reading the slug and old URLs of existing ones to match comments to them.
 */
import matter from 'gray-matter';
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { slugFromEntry } from '../articles/article-id';

/** Front-matter an importer sets; empty fields are left out of the file. */
export interface ImportedFrontmatter {
  title: string;
  /** As the source wrote it (`04 Luglio 2018`): the schema reads every newsroom form. */
  date: string;
  author?: string | undefined;
  category?: string | undefined;
  tags?: readonly string[] | undefined;
  aliases?: readonly string[] | undefined;
}

/** What comment importers need to know about an existing article. */
export interface ArticleRef {
  slug: string;
  /** Old URLs or paths, as written in front-matter. */
  aliases: string[];
}

const markdown = unified().use(remarkStringify).freeze();

/**
 * js-yaml dump options, which gray-matter passes through although its types do not list them:
 * no folding, so a long title stays on one line as an author would write it.
 */
const YAML_DUMP_OPTIONS = { lineWidth: -1 } as matter.GrayMatterOption<string, never>;

/**
 * Paragraphs as Markdown that renders them as written: remark-stringify escapes whatever the
 * text would otherwise start (a `1.` list, a `#` heading, `*emphasis*`, `<html>`).
 */
function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    })),
  };
  return markdown.stringify(tree);
}

/** The text of a new article file: front-matter in a fixed key order, then the paragraphs. */
export function buildArticleFile(
  frontmatter: ImportedFrontmatter,
  paragraphs: readonly string[],
): string {
  const { title, date, author, category, tags = [], aliases = [] } = frontmatter;
  const data = {
    title,
    date,
    ...(author ? { author } : {}),
    ...(category ? { category } : {}),
    ...(tags.length > 0 ? { tags: [...tags] } : {}),
    ...(aliases.length > 0 ? { aliases: [...aliases] } : {}),
  };
  return matter.stringify(paragraphsToMarkdown(paragraphs), data, YAML_DUMP_OPTIONS);
}

/**
 * The slug and aliases of an article file.
 *
 * @param entry Path relative to `content/articles` (`2018/xiaomi.md`).
 * @param text The file's content.
 */
export function readArticleRef(entry: string, text: string): ArticleRef {
  const data = matter(text).data as Record<string, unknown>;
  const aliases = Array.isArray(data['aliases'])
    ? data['aliases'].filter(
        (alias): alias is string => typeof alias === 'string' && alias.trim() !== '',
      )
    : [];
  return { slug: slugFromEntry(entry, data), aliases };
}
