import { describe, expect, it } from 'vitest';
import {
  shareCardLayout,
  shortenTitle,
  wrapLines,
  SHARE_IMAGE_SIZE,
  type MeasureText,
} from '../../../src/lib/share-image/share-card';

/** Every character 0.4 em wide (plus its letter spacing): enough to reason about lines. */
const measure: MeasureText = (text, font) =>
  [...text].length * (font.size * 0.4 + font.letterSpacing);

const card = {
  title: 'Xiaomi arriva negli Stati Uniti',
  category: 'Smartphone',
  date: '4 luglio 2018',
  site: 'Rotativa',
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

describe('wrapLines', () => {
  const byChars = (text: string) => text.length;

  it('breaks at spaces, filling each line', () => {
    expect(wrapLines('uno due tre quattro', 7, byChars)).toEqual(['uno due', 'tre', 'quattro']);
  });

  it('splits a word wider than the line by characters', () => {
    expect(wrapLines('a supercalifragilistico b', 8, byChars)).toEqual([
      'a',
      'supercal',
      'ifragili',
      'stico b',
    ]);
  });
});

describe('shareCardLayout', () => {
  it('paints category, title, date and site, in that order, inside the 1200 × 630 card', () => {
    const layout = shareCardLayout(card, measure);
    expect(layout.texts.map((text) => text.text)).toEqual([
      'SMARTPHONE',
      'Xiaomi arriva negli Stati Uniti',
      '4 luglio 2018',
      'Rotativa',
    ]);
    for (const { x, y, text, font, align } of layout.texts) {
      const left = align === 'right' ? x - measure(text, font) : x;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + measure(text, font)).toBeLessThanOrEqual(SHARE_IMAGE_SIZE.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(SHARE_IMAGE_SIZE.height);
    }
    const ys = layout.texts.map((text) => text.y);
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);
    expect(ys[1]).toBeLessThan(ys[2] ?? 0);
  });

  it('paints no kicker without a category', () => {
    const layout = shareCardLayout({ ...card, category: undefined }, measure);
    expect(layout.texts.map((text) => text.text)).toEqual([
      'Xiaomi arriva negli Stati Uniti',
      '4 luglio 2018',
      'Rotativa',
    ]);
  });

  it('wraps a long headline at a smaller size, every line inside the margins', () => {
    const title =
      'Il nuovo smartphone pieghevole arriva in Italia con un prezzo che farà discutere e una batteria enorme';
    const layout = shareCardLayout({ ...card, title }, measure);
    const lines = layout.texts.filter((text) => text.font.size >= 48);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.text).join(' ')).toBe(title);
    for (const line of lines)
      expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(1128);
  });

  it('cuts a headline that cannot fit even at the smallest size, with an ellipsis', () => {
    const title = 'W'.repeat(139);
    const headline = shareCardLayout(
      { ...card, title },
      (text, font) => measure(text, font) * 3,
    ).texts.filter((text) => text.font.size === 48);
    expect(headline.length).toBeGreaterThan(1);
    expect(headline.at(-1)?.text.endsWith('…')).toBe(true);
    for (const line of headline)
      expect(line.x + measure(line.text, line.font) * 3).toBeLessThanOrEqual(1128);
    expect(headline.at(-1)?.y).toBeLessThan(630 - 60 - 73);
  });
});
