import { describe, expect, it } from 'vitest';
import { shareCard, shortenTitle, SHARE_IMAGE_SIZE } from '../../../src/lib/share-image/share-card';

const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object' && 'props' in node) {
    return texts((node as { props: { children?: unknown } }).props.children ?? []);
  }
  return [];
};

describe('shortenTitle', () => {
  it('keeps a headline that fits', () => {
    expect(shortenTitle('Linux compie trent’anni')).toBe('Linux compie trent’anni');
  });

  it('cuts a long headline at a word, without trailing punctuation, with an ellipsis', () => {
    const long = 'Una notizia, con un titolo lunghissimo, che continua ancora e ancora';
    const short = shortenTitle(long, 40);
    expect(short).toBe('Una notizia, con un titolo lunghissimo…');
    expect(short.length).toBeLessThanOrEqual(40);
  });
});

describe('shareCard', () => {
  it('is 1200 × 630 and shows category, title, date and site, in that order', () => {
    const card = shareCard({
      title: 'Xiaomi arriva negli Stati Uniti',
      category: 'Smartphone',
      date: '4 luglio 2018',
      site: 'Rotativa',
    });
    expect(card.props.style).toMatchObject(SHARE_IMAGE_SIZE);
    expect(texts(card)).toEqual([
      'Smartphone',
      'Xiaomi arriva negli Stati Uniti',
      '4 luglio 2018',
      'Rotativa',
    ]);
  });

  it('keeps the kicker line empty without a category', () => {
    const card = shareCard({
      title: 'Titolo',
      category: undefined,
      date: '1 maggio 2020',
      site: 'R',
    });
    expect(texts(card)).toEqual(['', 'Titolo', '1 maggio 2020', 'R']);
  });
});
