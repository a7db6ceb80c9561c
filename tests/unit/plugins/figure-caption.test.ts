import type { ElementContent, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { italicCaption, nextParagraphCaption } from '@/plugins/figure-caption';

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[]): ElementContent => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

describe('italicCaption', () => {
  it('takes an <em> alone among blank text', () => {
    expect(italicCaption([text('\n'), element('em', [text('Foto')]), text(' ')])).toEqual([
      text('Foto'),
    ]);
  });

  it.each([
    ['nothing', []],
    ['text beside the <em>', [element('em', [text('a')]), text(' e altro')]],
    ['bold instead of italic', [element('strong', [text('a')])]],
  ])('finds no caption in %s', (_, nodes: ElementContent[]) => {
    expect(italicCaption(nodes)).toBeUndefined();
  });
});

describe('nextParagraphCaption', () => {
  const image = element('p', [element('img', [])]);

  it('finds the italic paragraph after blank text, with its position', () => {
    const siblings: RootContent[] = [
      image,
      text('\n'),
      element('p', [element('em', [text('Foto')])]),
    ];
    expect(nextParagraphCaption(siblings, 0)).toEqual({ children: [text('Foto')], index: 2 });
  });

  it('finds nothing at the end, or before a heading', () => {
    expect(nextParagraphCaption([image], 0)).toBeUndefined();
    expect(
      nextParagraphCaption([image, element('h2', [element('em', [text('Titolo')])])], 0),
    ).toBeUndefined();
  });
});
