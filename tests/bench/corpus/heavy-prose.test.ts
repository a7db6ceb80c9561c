import { describe, expect, it } from 'vitest';
import { heavyMarkdown, heavyProse } from '../../../bench/corpus/heavy-prose';
import { sentence } from '../../../bench/corpus/italian-text';
import { createRandom } from '../../../bench/corpus/random';

const sentences = (count: number) => {
  const random = createRandom(3);
  return Array.from({ length: count }, () => sentence(random).text);
};

describe('heavyProse', () => {
  const plain = sentences(300);
  const random = createRandom(11);
  const heavy = plain.map((text) => heavyProse(random, text));

  it('is deterministic for a seed', () => {
    const again = createRandom(11);
    expect(plain.map((text) => heavyProse(again, text))).toEqual(heavy);
  });

  it('changes most sentences', () => {
    const changed = heavy.filter((text, i) => text !== plain[i]).length;
    expect(changed).toBeGreaterThan(250);
  });

  it('never nests quotations and always closes them', () => {
    for (const text of heavy) {
      expect(text.split('«').length).toBe(text.split('»').length);
      expect(text).not.toMatch(/«[^»]*«/);
      expect((text.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it('keeps the closing full stop last', () => {
    for (const text of heavy) expect(text).toMatch(/\.$/);
  });

  it('leaves Markdown syntax alone', () => {
    const link = 'Leggi [il comunicato ufficiale](https://esempio.it/comunicato-ufficiale) oggi.';
    const emphasis = 'Una **novità** attesa da mesi arriva finalmente anche in Italia.';
    const random = createRandom(5);
    for (let i = 0; i < 50; i++) {
      expect(heavyProse(random, link)).toContain('](https://esempio.it/comunicato-ufficiale)');
      expect(heavyProse(random, emphasis)).toContain('**novità**');
    }
  });
});

describe('heavyMarkdown', () => {
  it('leaves code blocks as they are', () => {
    const code = '```bash\nnpm run aggiornamento\n```';
    const blocks = heavyMarkdown(createRandom(1), [code, ...sentences(20)]);
    expect(blocks[0]).toBe(code);
    expect(blocks.slice(1)).not.toEqual(sentences(20));
  });
});
