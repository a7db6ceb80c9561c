import {
  type AstroMarkdownOptions,
  markdownConfigDefaults,
  unified,
} from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withUntimedHighlighting } from '@/plugins/untimed-highlighting';

/** The code themes of `astro.config.mjs`. */
const shared: AstroMarkdownOptions = {
  ...markdownConfigDefaults,
  shikiConfig: {
    ...markdownConfigDefaults.shikiConfig,
    themes: { light: 'github-light', dark: 'github-dark-default' },
  },
};

/** A long shell line whose quote, in a comment, opens a string only for a tokenizer cut short. */
const block = [
  '```bash',
  `sha256sum --check SHA256SUMS ${'--ignore-missing '.repeat(40)}# l'hash dell'immagine`,
  'echo "fatto"',
  '```',
].join('\n');

const render = async (options: AstroMarkdownOptions): Promise<string> =>
  (await (await unified().createRenderer(options)).render(block)).code;

/**
 * A machine so busy that every look at the clock finds another second gone: Shiki's tokenizer
 * (vscode-textmate) reads `Date.now()` while it works through a line.
 */
function busyMachine(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('withUntimedHighlighting', () => {
  it('highlights a block the same way however long the tokenizer takes', async () => {
    const calm = await render(withUntimedHighlighting(shared));
    busyMachine();
    expect(await render(withUntimedHighlighting(shared))).toBe(calm);
  });

  it('is what keeps it so: without it, the busy machine changes the colours', async () => {
    const calm = await render(shared);
    busyMachine();
    expect(await render(shared)).not.toBe(calm);
  });

  it('keeps the transformers already configured', () => {
    const own = { name: 'own' };
    const options = withUntimedHighlighting({ ...shared, shikiConfig: { transformers: [own] } });
    expect(options.shikiConfig?.transformers?.[0]).toBe(own);
    expect(options.shikiConfig?.transformers).toHaveLength(2);
  });
});
