import {
  markdownConfigDefaults,
  type MarkdownRenderer,
  parseFrontmatter,
  type RemarkPlugin,
  type Smartypants,
  unified,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/corpus';
import { createRandom } from '../../../bench/corpus/random';
import { markdownOptions } from '@/plugins/index';
import { remarkItalianSmartypants } from '@/plugins/remark-italian-smartypants';
import { SITE } from '@/site.config';

/** The typography `remarkItalianSmartypants` replaced: Astro's retext SmartyPants… */
const retextSmartypants: Smartypants = {
  quotes: true,
  openingQuotes: { double: '«', single: '‘' },
  closingQuotes: { double: '»', single: '’' },
  dashes: 'oldschool',
  ellipses: true,
};

/** …followed by the fix of the apostrophe it got wrong (`‘90` → `’90`). */
const remarkElidedYears: RemarkPlugin<[]> = () => (tree) => {
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(/‘(?=\d{2}(?!\d))/g, '’');
  });
};

/** The same pipeline with the retext typography in place of `remarkItalianSmartypants`. */
function withRetext(options: UnifiedProcessorOptions): UnifiedProcessorOptions {
  const others = (options.remarkPlugins ?? []).filter(
    (plugin) => plugin !== remarkItalianSmartypants,
  );
  return {
    ...options,
    smartypants: retextSmartypants,
    remarkPlugins: [remarkElidedYears, ...others],
  };
}

// Real newsroom prose, copied from the sample site so editors' commits never change a unit test.
const contentFolder = new URL('../../fixtures/markdown/newsroom/', import.meta.url);

function realArticles(): string[] {
  return readdirSync(contentFolder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => readFileSync(join(contentFolder.pathname, path), 'utf8'));
}

/** The benchmark corpus: realistic structure, but no quotes, apostrophes or dashes. */
function syntheticArticles(): string[] {
  return [...generateCorpus({ articles: 200, seed: 42, timeZone: SITE.timeZone })]
    .filter((file) => file.path.endsWith('.md'))
    .map((file) => file.text);
}

const WORDS = [
  'ciao',
  'Poi',
  "l'IA",
  "dell'anno",
  "po'",
  "'90",
  "un'altra",
  'IA',
  '2018',
  'è',
  'E',
];
const MORE_WORDS = [...WORDS, '10--20', "`l'x`", '`"c"`', "all'`npm`"];
const SHAPES = [
  '"W"',
  "'W'",
  '"W',
  'W"',
  "'W",
  "W'",
  '**W**',
  '*W*',
  '"**W**"',
  '**"W"**',
  '"*W*,"',
  '(W)',
  '("W")',
  '[W](/x)',
  '"[W](/x)"',
  'W,',
  'W.',
  'W?',
  'W!',
  'W...',
  'W:',
  'W --',
  'W ---',
  'W;',
  '«W»',
  'W.»',
  'W."',
  'W?"',
  "W!'",
  'W".',
  "W'.",
  '"W."',
  `"'W' W"`,
  '"W"[^1]',
  '"W…"',
  '"W..."',
];

/** Paragraphs of every quote, apostrophe, dash and ellipsis pattern, in and out of markup. */
function typographyParagraphs(): string[] {
  const random = createRandom(42);
  return Array.from({ length: 100 }, () => {
    const words = Array.from({ length: random.int(3, 12) }, () =>
      random.chance(0.5)
        ? random.pick(MORE_WORDS)
        : random.pick(SHAPES).replaceAll('W', () => random.pick(MORE_WORDS)),
    );
    return `${words.join(' ')}\n\n[^1]: Nota.`;
  });
}

const renderWith = async (processor: MarkdownRenderer, markdown: string) => {
  const { content, frontmatter } = parseFrontmatter(markdown);
  return (await processor.render(content, { frontmatter })).code;
};

describe('remarkItalianSmartypants against the retext SmartyPants it replaced', () => {
  let before: MarkdownRenderer;
  let after: MarkdownRenderer;

  beforeAll(async () => {
    // Shiki gives up tokenizing a line after a time limit, so highlighted code differs between two
    // renders on a loaded machine; code is no concern of SmartyPants.
    const config = { ...markdownConfigDefaults, syntaxHighlight: false } as const;
    before = await unified(withRetext(markdownOptions)).createRenderer(config);
    after = await unified(markdownOptions).createRenderer(config);
  });

  it.each([
    ['the newsroom fixture articles', realArticles, 50],
    ['200 synthetic articles (seed 42)', syntheticArticles, 0],
    ['100 paragraphs of typography (seed 42)', typographyParagraphs, 500],
  ])(
    'renders %s to the same HTML',
    async (_label, articles, minimumCurled) => {
      let curled = 0;
      for (const markdown of articles()) {
        const html = await renderWith(after, markdown);
        expect(html).toBe(await renderWith(before, markdown));
        curled += html.match(/[«»‘’“”–—…]/g)?.length ?? 0;
      }
      // The comparison proves something only where there is typography to get right.
      expect(curled).toBeGreaterThanOrEqual(minimumCurled);
    },
    // Two full pipelines over 200 articles: minutes on a loaded 2-core machine.
    180_000,
  );
});

describe('where retext SmartyPants was wrong', () => {
  const lean = {
    gfm: true,
    remarkPlugins: [remarkItalianSmartypants],
    smartypants: false,
  };
  const config = { ...markdownConfigDefaults, syntaxHighlight: false } as const;
  let before: MarkdownRenderer;
  let after: MarkdownRenderer;

  beforeAll(async () => {
    before = await unified(withRetext(lean)).createRenderer(config);
    after = await unified(lean).createRenderer(config);
  });

  it.each([
    [
      'an opening quote before an ellipsis and a capital',
      'Disse "...Poi" e basta',
      '<p>Disse »…Poi» e basta</p>',
      '<p>Disse «…Poi» e basta</p>',
    ],
    [
      'an autolinked URL',
      'Vedi https://example.com/a--b...',
      '<p>Vedi <a href="https://example.com/a--b">https://example.com/a–b</a>…</p>',
      '<p>Vedi <a href="https://example.com/a--b">https://example.com/a--b</a>…</p>',
    ],
    [
      'a quote after a hard line break',
      'Fine  \n"Ciao"',
      '<p>Fine<br>\n»Ciao»</p>',
      '<p>Fine<br>\n«Ciao»</p>',
    ],
    [
      'an apostrophe before a hard line break and a quote',
      'un po\'  \n"Ciao"',
      '<p>un po‘<br>\n«Ciao»</p>',
      '<p>un po’<br>\n«Ciao»</p>',
    ],
  ])('fixes %s', async (_label, markdown, oldHtml, newHtml) => {
    expect(await renderWith(before, markdown)).toBe(oldHtml);
    expect(await renderWith(after, markdown)).toBe(newHtml);
  });
});
