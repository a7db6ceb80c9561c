/**
 * The excerpt the build stores and indexes comes out of the article pipeline's render: it must
 * be the excerpt of the body as written, whatever the other plugins do to the text.
 */
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerptFromMarkdown } from '@/lib/articles/excerpt';
import { markdownOptions } from '@/plugins/index';

/** Blocks an article may start with, in any order: the excerpt skips or reads each. */
const block = fc.oneof(
  fc.constantFrom(
    '# Titolo',
    '## Sezione',
    '- voce\n- altra voce',
    '> Una citazione.',
    '```\ncodice\n\n```',
    '```\nrecinto mai chiuso',
    '<div>\nriquadro\n</div>',
    '<!--\n\nnota\n\n-->',
    '| a | b |\n| - | - |\n| 1 | 2 |',
    '![Foto](./a.jpg)',
    '[1]: https://x.it',
    '[^1]: Fonte.',
    'Vedi il [sito][1] e la nota[^1].',
    'Riga\\\nspezzata.',
  ),
  fc
    .array(
      fc.constantFrom('Il', 'nuovo', '"modello"', "l'IA", 'è', '**qui**', '`apt`', '...', '--'),
      { minLength: 1, maxLength: 40 },
    )
    .map((words) => `${words.join(' ')}.`),
);

describe('remarkExcerpt, in the article pipeline', () => {
  let renderer: MarkdownRenderer;
  beforeAll(async () => {
    renderer = await unified(markdownOptions).createRenderer(markdownConfigDefaults);
  });

  it('stores the excerpt of the body as written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 8 }), async (blocks) => {
        const body = blocks.join('\n\n');
        const { metadata } = await renderer.render(body, { frontmatter: {} });
        expect(metadata.frontmatter['excerpt']).toBe(excerptFromMarkdown(body));
      }),
      { numRuns: 150 },
    );
  });
});
