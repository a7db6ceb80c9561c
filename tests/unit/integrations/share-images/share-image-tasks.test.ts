import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderShareImage } from '../../../../src/integrations/share-images/share-image-tasks';

const card = (title: string) => ({
  title,
  category: 'Smartphone',
  date: '4 luglio 2018',
  site: 'Rotativa',
});

/** Share of the card's pixels that are not the white background. */
function inked(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] !== 255 || data[i + 1] !== 255) count++;
  return count / (width * height);
}

describe('renderShareImage', () => {
  it('draws a 1200 × 630 PNG with text on it', () => {
    const png = renderShareImage(card('Xiaomi arriva negli Stati Uniti'));
    const { width, height } = PNG.sync.read(png);
    expect([width, height]).toEqual([1200, 630]);
    expect(inked(png)).toBeGreaterThan(0.03);
  });

  it('gives the same bytes for the same card, whatever was drawn before', () => {
    const first = renderShareImage(card('Linux compie trent’anni'));
    renderShareImage(card('Un titolo molto più lungo, che va a capo su più righe del primo'));
    const again = renderShareImage(card('Linux compie trent’anni'));
    const other = renderShareImage(card('Škoda e Łódź'));
    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
  });
});
